// Readers arriving from social links: hostile UTM parameters change nothing, and the page works
// without JavaScript (h1, body, FAQ answers, the CTA with its UTM parameters).
import { expect, expectNoProblems, test } from './fixtures.ts';
import { localUrl } from './hubs.ts';
import { pickAssetWithFaq } from './site.ts';

const PAYLOAD = '<script>alert(1)</script>';
/** The UTM naming rule of both hubs (utm.naming.pattern). */
const UTM_VALUE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

test.describe('hostile UTM parameters', () => {
  test('an asset page renders normally, fires no dialog and never shows the raw value', async ({ page, hub, problems }) => {
    const asset = pickAssetWithFaq(hub);
    const query = `?utm_source=${PAYLOAD}&utm_campaign=x`;
    const res = await page.goto(localUrl(hub, asset.path) + query, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('utm_source'), 'the browser kept the query').toBe(PAYLOAD);

    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main')).toBeVisible();

    const dom = await page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));
    expect(dom.html, 'raw payload in the DOM').not.toContain(PAYLOAD);
    expect(dom.html, 'escaped payload in the DOM').not.toContain('&lt;script&gt;alert(1)');
    expect(dom.text, 'payload in the visible text').not.toContain('alert(1)');
    const inlineScripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(inlineScripts.filter((s) => s.includes('alert(')), 'payload as a script').toEqual([]);

    // CTA links still carry clean, standard UTM values (the hostile one is not passed on).
    const ctas = await page.locator('main a[href*="utm_source="]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
    expect(ctas.length, 'CTA links with UTM parameters').toBeGreaterThan(0);
    for (const href of ctas) {
      for (const [key, value] of new URL(href).searchParams) {
        if (key.startsWith('utm_')) expect(value, `${key} in ${href}`).toMatch(UTM_VALUE);
      }
    }
    expectNoProblems(problems);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an asset page shows its h1, body, FAQ answers and the CTA with UTM parameters', async ({ page, hub }) => {
    const asset = pickAssetWithFaq(hub);
    const res = await page.goto(localUrl(hub, asset.path), { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    // Playwright's own evaluate still runs; the page's scripting state is what the reader gets.
    expect(await page.evaluate(() => matchMedia('(scripting: none)').matches), 'JavaScript is off for the page').toBe(true);

    await expect(page.locator('h1')).toBeVisible();
    const paragraphs = page.locator('main article p');
    expect(await paragraphs.count(), 'body paragraphs').toBeGreaterThan(1);
    await expect(paragraphs.first()).toBeVisible();

    // FAQ: native <details>, so each answer opens with a click on its summary and no script.
    const faqs = page.locator('main details');
    const count = await faqs.count();
    expect(count, 'FAQ entries').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const details = faqs.nth(i);
      const summary = details.locator('summary');
      await expect(summary).toBeVisible();
      await summary.click();
      await expect(details).toHaveAttribute('open', '');
      const answer = details.locator(':scope > :not(summary)').first();
      await expect(answer, `answer to "${await summary.innerText()}"`).toBeVisible();
      expect((await answer.innerText()).trim()).not.toBe('');
    }

    const cta = page.locator('main a[href*="utm_source="]').first();
    await expect(cta, 'CTA link with UTM parameters').toBeVisible();
    const href = new URL((await cta.getAttribute('href'))!, page.url());
    for (const key of ['utm_source', 'utm_medium', 'utm_campaign']) {
      expect(href.searchParams.get(key), `${key} on the CTA ${href}`).toMatch(UTM_VALUE);
    }
  });
});
