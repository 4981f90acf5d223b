// Landing pages and the attribution script, in the browser, on the example hub (served with the
// headers from dist/_headers, so the CSP is a real HTTP header here):
//   message match per UTM set and per variant URL, no layout shift, no JavaScript needed;
//   the CTA link and hidden fields carry the visitor's UTM and the view id;
//   events reach the beacon endpoint and dataLayer only with consent and never with GPC;
//   each vendor adapter calls a recording stand-in of the vendor's global with the documented shape;
//   hostile parameters leave no dialog, no console error, no raw text and a valid CTA URL;
//   no CSP violation on any kind of page.
import type { Page, Route } from '@playwright/test';
import { expect, expectNoProblems, resetProblems, test } from './fixtures.ts';
import { localUrl } from './hubs.ts';
import { pickAssetWithFaq } from './site.ts';
import { expectNoAxeViolations, expectOnlyAllowedScripts } from './checks.ts';

const LP = 'lp/excursion-audit/';
const FORM_LP = 'lp/open-sensor-data/';
const ENDPOINT = 'https://collect.coldtrace.example/v1/events';
const UTM_VALUE = /^[\p{L}\p{N}_.-]+$/u;

type Beacon = Record<string, unknown>[];

/** Records every beacon sent to the hub's endpoint (the host does not exist: nothing leaves the machine). */
async function recordBeacons(page: Page): Promise<Beacon[]> {
  const beacons: Beacon[] = [];
  await page.route(`${ENDPOINT}**`, (route: Route) => {
    beacons.push(JSON.parse(route.request().postData() ?? '[]'));
    return route.fulfill({ status: 204 });
  });
  return beacons;
}

/** Grants consent the way a consent tool would, through the documented hook. */
const grantConsent = (page: Page) => page.evaluate(() => (window as unknown as { proofHub: { consent: (v: unknown) => void } }).proofHub.consent(true));

/** Every CSP violation the page reports, collected from the start. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}
const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Text of what is visible in the hero: the shown headline. */
const shownHeadline = (page: Page) => page.locator('h1 [data-lp-slot]:visible').innerText();

test.describe('message match', () => {
  for (const [query, headline, variant] of [
    ['', 'Find out where your pallets spoil before the next excursion', null],
    ['?utm_source=linkedin&utm_medium=social&utm_campaign=spring-audit', 'The 41% post: see the same analysis on your own lanes', 'linkedin'],
    ['?utm_source=LinkedIn', 'The 41% post: see the same analysis on your own lanes', 'linkedin'],
    ['?utm_source=newsletter&utm_medium=email', 'From 340 alarms a week to 12 that matter, on your lanes', 'newsletter'],
    ['?utm_source=reddit&utm_campaign=cold-chain-mistakes', 'Which of the eight cold-chain mistakes are costing you pallets?', 'mistakes'],
    ['?utm_source=linkedin&utm_campaign=Cold-Chain-Mistakes', 'Which of the eight cold-chain mistakes are costing you pallets?', 'mistakes'],
  ] as const) {
    test(`base page with "${query || 'no UTM'}" shows the ${variant ?? 'default or an A/B arm'}`, async ({ page, hub, problems }) => {
      await watchCsp(page);
      await page.goto(localUrl(hub, LP) + query);
      if (variant) await expect(page.locator('html')).toHaveAttribute('data-lp', /^[1-9]$/);
      const shown = await shownHeadline(page);
      if (variant) expect(shown).toBe(headline);
      // Readers no variant matched take part in the numbers-first test: control or the numbers arm.
      else expect([headline, '41% fewer spoiled pallets. Find out what you could save']).toContain(shown);
      await expect(page.locator('h1 [data-lp-slot]:visible')).toHaveCount(1);
      await expect(page.locator('.lp-sub [data-lp-slot]:visible')).toHaveCount(1);
      expect(await cspViolations(page)).toEqual([]);
      expectNoProblems(problems);
    });
  }

  test('variant pages show their copy, canonical to the base page, and the base page is self-canonical', async ({ page, hub }) => {
    await page.goto(localUrl(hub, `${LP}newsletter/`));
    expect(await shownHeadline(page)).toBe('From 340 alarms a week to 12 that matter, on your lanes');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${hub.siteUrl}/${LP}`);
    await expect(page.locator('meta[name=robots]')).toHaveCount(0);
    await page.goto(localUrl(hub, LP));
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${hub.siteUrl}/${LP}`);
    await expectOnlyAllowedScripts(page);
    await expectNoAxeViolations(page);
  });

  test('JSON-LD: a WebPage about the promise with the featured proof as an ItemList, and a BreadcrumbList; variant pages describe the base page', async ({ page, hub }) => {
    const blocks = async () => (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);
    await page.goto(localUrl(hub, LP));
    const base = await blocks();
    expect(base.map((b) => b['@type'])).toEqual(['WebPage', 'BreadcrumbList']);
    const web = base[0] as { url: string; about: { name: string }; mainEntity: { '@type': string; itemListElement: { url: string }[] } };
    expect(web.url).toBe(`${hub.siteUrl}/${LP}`);
    expect(web.about.name).toBe(await page.locator('.eyebrow a').textContent());
    expect(web.mainEntity['@type']).toBe('ItemList');
    const shown = await page.locator('.lp-proof .card h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(shown.length).toBeGreaterThan(0);
    expect(web.mainEntity.itemListElement.map((i) => new URL(i.url).pathname)).toEqual(shown);
    await page.goto(localUrl(hub, `${LP}newsletter/`));
    expect(await blocks()).toEqual(base);
  });

  test('the copy is chosen before first paint: no layout shift', async ({ page, hub }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { cls: number };
      w.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(localUrl(hub, LP) + '?utm_source=newsletter&utm_medium=email', { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the base page shows the default, a variant page its own copy, and the CTA carries static attribution', async ({ page, hub }) => {
    await page.goto(localUrl(hub, LP) + '?utm_source=linkedin');
    expect(await shownHeadline(page)).toBe('Find out where your pallets spoil before the next excursion');
    const href = new URL((await page.locator('a[data-cta]').getAttribute('href'))!);
    expect(Object.fromEntries(href.searchParams)).toEqual({
      utm_source: 'proof-hub', utm_medium: 'referral', utm_campaign: 'spring-audit', utm_content: 'lp-excursion-audit', ph_landing: 'excursion-audit', ph_variant: 'default',
    });
    await page.goto(localUrl(hub, `${LP}linkedin/`));
    expect(await shownHeadline(page)).toBe('The 41% post: see the same analysis on your own lanes');
    const vhref = new URL((await page.locator('a[data-cta]').getAttribute('href'))!);
    expect(vhref.searchParams.get('utm_source')).toBe('linkedin');
    expect(vhref.searchParams.get('ph_variant')).toBe('linkedin');
  });
});

test.describe('attribution', () => {
  test('the CTA link carries the visitor\'s UTM set and the view id', async ({ page, hub, problems }) => {
    await page.goto(localUrl(hub, LP) + '?utm_source=X&utm_medium=Social&utm_campaign=spring-audit&utm_content=post%201&utm_term=logger&utm_id=42');
    const href = new URL((await page.locator('a[data-cta]').getAttribute('href'))!);
    const p = Object.fromEntries(href.searchParams);
    expect(p).toMatchObject({ utm_source: 'twitter', utm_medium: 'social', utm_campaign: 'spring-audit', utm_content: 'post-1', utm_term: 'logger', utm_id: '42', ph_landing: 'excursion-audit', ph_variant: 'default' });
    expect(p.ph_view).toMatch(/^[0-9a-f-]{36}$/);
    expect(href.origin + href.pathname).toBe('https://coldtrace.example/audit');
    expectNoProblems(problems);
  });

  test('form hidden fields carry the same values (set as values, posted to the form handler)', async ({ page, hub }) => {
    let posted: URLSearchParams | undefined;
    await page.route('https://forms.coldtrace.example/**', (route) => {
      posted = new URLSearchParams(route.request().postData() ?? '');
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>ok</title><p>ok</p>' });
    });
    await page.goto(localUrl(hub, FORM_LP) + '?utm_source=youtube&utm_medium=social&utm_campaign=sensor-lab-q2');
    expect(await shownHeadline(page)).toBe('You saw the bath test. Now get the numbers behind it');
    await page.fill('input[name=email]', 'lena@nordpharma.example');
    await page.fill('input[name=company]', 'Nordpharma');
    await page.click('form button[type=submit]');
    await expect.poll(() => posted).toBeDefined();
    expect(Object.fromEntries(posted!)).toMatchObject({
      email: 'lena@nordpharma.example', utm_source: 'youtube', utm_medium: 'social', utm_campaign: 'sensor-lab-q2', utm_content: '', ph_landing: 'open-sensor-data', ph_variant: 'youtube',
    });
    expect(posted!.get('ph_view')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

test.describe('events', () => {
  test('nothing is sent before consent; then landing_view, variant_exposure and cta_click go to the beacon and dataLayer', async ({ page, hub }) => {
    const beacons = await recordBeacons(page);
    await page.route('https://coldtrace.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Audit</title>' }));
    await page.goto(localUrl(hub, LP) + '?utm_source=linkedin&utm_medium=social&utm_campaign=spring-audit');
    await page.waitForTimeout(200);
    expect(beacons, 'no beacon before consent').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { dataLayer?: unknown[] }).dataLayer), 'no dataLayer push before consent').toBeUndefined();

    await grantConsent(page);
    await expect.poll(() => beacons.flat().map((e) => e.event)).toEqual(['landing_view', 'variant_exposure']);
    const view = beacons[0]![0]!;
    expect(view).toMatchObject({ schema: 'proof-hub.event/1', page: `/${LP}`, page_type: 'landing', landing: 'excursion-audit', variant: 'linkedin', utm_source: 'linkedin', utm_medium: 'social', utm_campaign: 'spring-audit', utm_term: null });
    const dataLayer = await page.evaluate(() => (window as unknown as { dataLayer: Record<string, string>[] }).dataLayer);
    expect(dataLayer.map((e) => e.event)).toEqual(['landing_view', 'variant_exposure']);

    const viewId = view.view_id as string;
    const href = new URL((await page.locator('a[data-cta]').getAttribute('href'))!);
    expect(href.searchParams.get('ph_view'), 'the CTA carries the view id the events report').toBe(viewId);
    await page.locator('a[data-cta]').click();
    await expect.poll(() => beacons.flat().map((e) => e.event)).toContain('cta_click');
    expect(beacons.flat().find((e) => e.event === 'cta_click')).toMatchObject({ view_id: viewId, link_url: 'https://coldtrace.example/audit' });
  });

  test('the thank-you step sends conversion, joined to the view through the CTA\'s ids', async ({ page, hub }) => {
    const beacons = await recordBeacons(page);
    const viewId = '6f1c1f0e-8d7a-4b8e-9a43-1f0e2d3c4b5a';
    await page.goto(localUrl(hub, `${LP}thanks/`) + `?ph_view=${viewId}&ph_landing=excursion-audit&ph_variant=newsletter&ph_arm=numbers-first.numbers&utm_source=newsletter`);
    await grantConsent(page);
    await expect.poll(() => beacons.flat().map((e) => e.event)).toEqual(['conversion']);
    expect(beacons[0]![0]).toMatchObject({ view_id: viewId, method: 'thank_you', page_type: 'thanks', variant: 'newsletter', experiment: 'numbers-first', arm: 'numbers' });
  });

  test('a form whose page has a thank-you step sends no conversion on submit: the step counts it once', async ({ page, hub }) => {
    const beacons = await recordBeacons(page);
    await page.route('https://forms.coldtrace.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>ok</title>' }));
    await page.goto(localUrl(hub, FORM_LP) + '?utm_source=youtube&utm_medium=social');
    await grantConsent(page);
    await expect.poll(() => beacons.flat().map((e) => e.event)).toContain('landing_view');
    await page.fill('input[name=email]', 'lena@nordpharma.example');
    await page.fill('input[name=company]', 'Nordpharma');
    await page.click('form button[type=submit]');
    await page.waitForURL('https://forms.coldtrace.example/**');
    expect(beacons.flat().map((e) => e.event)).not.toContain('conversion');
  });

  test('consent refused: nothing is sent', async ({ page, hub }) => {
    const beacons = await recordBeacons(page);
    await page.goto(localUrl(hub, LP) + '?utm_source=linkedin');
    await page.evaluate(() => (window as unknown as { proofHub: { consent: (v: unknown) => void } }).proofHub.consent({ analytics: false }));
    await page.locator('a[data-cta]').evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await page.locator('a[data-cta]').click();
    await page.waitForTimeout(200);
    expect(beacons).toEqual([]);
  });

  test('IAB TCF: consent for purpose 8 through __tcfapi sends the events', async ({ page, hub }) => {
    const beacons = await recordBeacons(page);
    await page.addInitScript(() => {
      (window as unknown as { __tcfapi: unknown }).__tcfapi = (cmd: string, _v: number, cb: (tc: unknown, ok: boolean) => void) => {
        if (cmd === 'addEventListener') setTimeout(() => cb({ eventStatus: 'useractioncomplete', gdprApplies: true, purpose: { consents: { 1: false, 8: true } } }, true), 50);
      };
    });
    await page.goto(localUrl(hub, LP));
    await expect.poll(() => beacons.flat().map((e) => e.event)).toContain('landing_view');
  });
});

test.describe('Global Privacy Control', () => {
  test('with GPC on: no event, no view id, no storage, and the UTM still reaches the CTA', async ({ page, hub }) => {
    const beacons = await recordBeacons(page);
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(localUrl(hub, LP) + '?utm_source=linkedin&utm_medium=social&utm_campaign=spring-audit');
    await grantConsent(page);
    await page.locator('a[data-cta]').evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await page.locator('a[data-cta]').click();
    await page.waitForTimeout(200);
    expect(beacons).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { dataLayer?: unknown[] }).dataLayer)).toBeUndefined();
    const href = new URL((await page.locator('a[data-cta]').getAttribute('href'))!);
    expect(href.searchParams.get('utm_source')).toBe('linkedin');
    expect(href.searchParams.has('ph_view')).toBe(false);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });
});

test.describe('vendor adapters', () => {
  /** Serves the landing page with every destination switched on (the script text, and so its CSP hash, unchanged). */
  async function withAllDestinations(page: Page) {
    await page.route(/\/lp\/excursion-audit\/\?/, async (route) => {
      const res = await route.fetch();
      const body = (await res.text()).replace('&quot;s&quot;:[&quot;beacon&quot;,&quot;dataLayer&quot;]', '&quot;s&quot;:[&quot;dataLayer&quot;,&quot;plausible&quot;,&quot;posthog&quot;,&quot;umami&quot;]');
      await route.fulfill({ response: res, body });
    });
    // Recording stand-ins with the vendors' documented call shapes; each throws on any other shape.
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown> & { calls: unknown[] };
      w.calls = [];
      const isProps = (p: unknown) => !!p && typeof p === 'object' && Object.values(p).every((v) => typeof v === 'string');
      w.plausible = (name: unknown, opts: { props?: unknown }) => {
        if (typeof name !== 'string' || !isProps(opts?.props) || Object.keys(opts.props as object).length > 30) throw new Error('plausible(name, { props }) expected');
        w.calls.push(['plausible', name, opts]);
      };
      w.posthog = { capture: (name: unknown, props: unknown) => { if (typeof name !== 'string' || !isProps(props)) throw new Error('posthog.capture(name, props) expected'); w.calls.push(['posthog', name, props]); } };
      w.umami = { track: (name: unknown, data: unknown) => { if (typeof name !== 'string' || name.length > 50 || !isProps(data)) throw new Error('umami.track(name, data) expected'); w.calls.push(['umami', name, data]); } };
    });
  }

  test('dataLayer, Plausible, PostHog and Umami each get the documented call', async ({ page, hub, problems }) => {
    await withAllDestinations(page);
    await page.goto(localUrl(hub, LP) + '?utm_source=reddit&utm_campaign=cold-chain-mistakes');
    await grantConsent(page);
    const calls = await page.evaluate(() => (window as unknown as { calls: [string, string, Record<string, unknown>][] }).calls);
    expect(calls.map(([vendor, name]) => `${vendor}:${name}`)).toEqual([
      'plausible:landing_view', 'posthog:landing_view', 'umami:landing_view',
      'plausible:variant_exposure', 'posthog:variant_exposure', 'umami:variant_exposure',
    ]);
    expect(calls[0]![2]).toMatchObject({ props: { landing: 'excursion-audit', variant: 'mistakes', utm_source: 'reddit', utm_campaign: 'cold-chain-mistakes' } });
    expect(calls[1]![2]).toMatchObject({ variant: 'mistakes' });
    const dataLayer = await page.evaluate(() => (window as unknown as { dataLayer: Record<string, string>[] }).dataLayer);
    expect(dataLayer[0]).toMatchObject({ event: 'landing_view', landing: 'excursion-audit', variant: 'mistakes' });
    await page.locator('a[data-cta]').evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await page.locator('a[data-cta]').click();
    const after = await page.evaluate(() => (window as unknown as { dataLayer: Record<string, string>[] }).dataLayer);
    expect(after.at(-1)).toMatchObject({ event: 'select_content', content_type: 'cta', content_id: 'excursion-audit', link_url: 'https://coldtrace.example/audit' });
    expectNoProblems(problems);
  });
});

/** At least 25 hostile values: markup, script URLs, quotes, control and bidi characters, huge, repeated and encoded. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<svg/onload=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.domain)',
  'data:text/html,<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  "'-alert(1)-'",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '</title><script>alert(1)</script>',
  '\u202Eevil\u202C',
  '\u200B\u200Bzero-width',
  'nul\u0000byte',
  '\u0007bell\u001b[31m',
  'line\r\nSet-Cookie: x=1',
  'a'.repeat(10_000),
  '𝒳'.repeat(500),
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%253Cscript%253E',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  '../../etc/passwd',
  '&amp;&lt;&gt;',
  '\\u003cscript\\u003e',
  'linkedin&utm_source=<b>x</b>',
];

test.describe('hostile parameters', () => {
  test(`${HOSTILE.length} hostile values leave no dialog, console error, raw text or broken CTA`, async ({ page, hub, problems }) => {
    test.setTimeout(60_000);
    await watchCsp(page);
    for (const value of HOSTILE) {
      resetProblems(problems);
      const enc = encodeURIComponent(value);
      // Huge values go in one parameter: servers refuse request lines over ~16 KB (Node answers 431).
      const query = enc.length > 2000
        ? `?utm_source=${enc}&utm_campaign=spring-audit`
        : `?utm_source=${enc}&utm_medium=${enc}&utm_campaign=${enc}&utm_content=${enc}&utm_term=${enc}&utm_id=${enc}&utm_source=linkedin&ph_view=${enc}`;
      await page.goto(localUrl(hub, LP) + query, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('h1')).toBeVisible();
      const dom = await page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));
      for (const needle of [value, value.slice(0, 40)].filter((n) => n.length > 3 && /[<>"'\\]|script|alert|evil|\u202E/i.test(n))) {
        expect(dom.html.includes(needle), `raw "${needle.slice(0, 40)}" in the DOM`).toBe(false);
      }
      expect(dom.text).not.toMatch(/alert\(|onerror|<script/i);
      // Unknown values never choose copy: the default or an A/B arm shows, never a variant.
      expect(['0', '4', null]).toContain(await page.locator('html').getAttribute('data-lp'));
      const href = new URL((await page.locator('a[data-cta]').getAttribute('href'))!);
      expect(href.origin + href.pathname).toBe('https://coldtrace.example/audit');
      for (const [key, v] of href.searchParams) {
        if (key.startsWith('utm_')) {
          expect(v, `${key} for ${JSON.stringify(value.slice(0, 30))}`).toMatch(UTM_VALUE);
          expect([...v].length).toBeLessThanOrEqual(64);
        }
      }
      expect(href.searchParams.get('ph_view')).toMatch(/^[0-9a-f-]{36}$/);
      expectNoProblems(problems);
    }
    expect(await cspViolations(page)).toEqual([]);
  });
});

test.describe('Content-Security-Policy', () => {
  test('every kind of page, under the _headers policy sent as an HTTP header, reports no violation', async ({ page, hub, problems }) => {
    const asset = pickAssetWithFaq(hub);
    await watchCsp(page);
    for (const path of ['', asset.path, LP, `${LP}linkedin/`, `${LP}thanks/`, FORM_LP, 'case-study/']) {
      resetProblems(problems);
      const res = await page.goto(localUrl(hub, path) + '?utm_source=linkedin');
      const policy = res?.headers()['content-security-policy'] ?? '';
      expect(policy, `CSP header on /${path}`).toContain("script-src 'self' 'sha256-");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).toContain("frame-ancestors 'none'");
      expect(res?.headers()['x-content-type-options']).toBe('nosniff');
      // The head script's hash is in the header policy and in the page's meta policy.
      const meta = await page.locator('meta[http-equiv=content-security-policy]').getAttribute('content');
      const script = await page.locator('#ph-attribution').textContent();
      const hash = await page.evaluate(async (text) => {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text ?? ''));
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      }, script);
      if (script) {
        expect(policy).toContain(hash);
        expect(meta).toContain(hash);
      }
      await expect(page.locator('h1')).toBeVisible();
      expect(await cspViolations(page), `CSP violations on /${path}`).toEqual([]);
      expectNoProblems(problems);
    }
  });
});
