// The Swedish fixture hub (test/fixtures/hubs/sv): language sv, base path /proof-hub/, "today"
// pinned to 2026-05-20, with a draft (utkast-metod) and a scheduled asset (framtida-metod) that
// must not be published. Runs in the "sv" project only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, expectNoProblems, test } from './fixtures.ts';
import { localUrl, publicUrl } from './hubs.ts';
import { get, readSitemap } from './site.ts';

const UNPUBLISHED = ['methodology/utkast-metod/', 'methodology/framtida-metod/'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

test.beforeEach(({ hub }) => {
  expect(hub.name, 'sv-*.spec.ts runs in the sv project').toBe('sv');
  expect(hub.base).toBe('/proof-hub/');
});

test('pages are in Swedish: lang, navigation, breadcrumbs, dates, FAQ', async ({ page, hub, problems }) => {
  await page.goto(localUrl(hub, 'case-study/apoteksgruppen/'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'sv_SE');

  const crumbs = page.locator('nav.breadcrumbs li, nav[aria-label="Brödsmulor"] li');
  await expect(crumbs.nth(0)).toHaveText('Start');
  await expect(crumbs.nth(1)).toHaveText('Kundcase');
  await expect(page.locator('header nav')).toContainText('Kundcase');
  await expect(page.locator('header nav')).toContainText('Mätningar');
  await expect(page.locator('header nav')).toContainText('Metoder');
  await expect(page.locator('main')).toContainText('Publicerad');
  await expect(page.locator('main time[datetime="2026-04-14"]')).toHaveText('14 april 2026');
  await expect(page.getByRole('heading', { name: 'Vanliga frågor' })).toBeVisible();
  await expect(page.locator('a.skip, a[href="#main"]').first()).toHaveText('Hoppa till innehållet');

  // The breadcrumb JSON-LD uses the same words and the base path.
  const crumbsLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  const breadcrumb = crumbsLd.map((t) => JSON.parse(t)).find((j) => j['@type'] === 'BreadcrumbList');
  expect(breadcrumb.itemListElement.map((i: { name: string }) => i.name).slice(0, 2)).toEqual(['Start', 'Kundcase']);
  expect(breadcrumb.itemListElement[0].item).toBe(publicUrl(hub));

  await page.goto(localUrl(hub));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  expectNoProblems(problems);
});

test('every internal link, image and stylesheet starts with /proof-hub/ and is served', async ({ hub }) => {
  const site = new URL(hub.siteUrl);
  const bad: string[] = [];
  const internal = new Set<string>();
  for (const file of htmlFiles(hub.dist)) {
    const where = relative(hub.dist, file);
    const doc = parse(readFileSync(file, 'utf8'));
    const refs: string[] = [];
    for (const el of doc.querySelectorAll('a[href], link[href], area[href]')) refs.push(el.getAttribute('href')!);
    for (const el of doc.querySelectorAll('img[src], script[src], source[src], iframe[src]')) refs.push(el.getAttribute('src')!);
    for (const el of doc.querySelectorAll('form[action]')) refs.push(el.getAttribute('action')!);
    for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
      refs.push(...el.getAttribute('srcset')!.split(',').map((c) => c.trim().split(/\s+/)[0]!));
    }
    for (const ref of refs) {
      if (/^(mailto:|tel:|#|data:)/.test(ref)) continue;
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
        const url = new URL(ref, site);
        if (url.host !== site.host) continue; // another site
        if (!url.pathname.startsWith(hub.base)) bad.push(`${where}: ${ref}`);
        continue;
      }
      if (!ref.startsWith(hub.base)) bad.push(`${where}: ${ref}`);
      else internal.add(ref.split('#')[0]!);
    }
  }
  expect(bad, 'internal references outside /proof-hub/').toEqual([]);
  expect(internal.size).toBeGreaterThan(10);

  const broken: string[] = [];
  for (const ref of internal) {
    const res = await get(`${hub.origin}${ref}`);
    if (res.status !== 200) broken.push(`${res.status} ${ref}`);
  }
  expect(broken, 'internal references that are not served').toEqual([]);
});

test('the draft and the future-dated asset are not published anywhere', async ({ hub }) => {
  const { entries } = await readSitemap(hub);
  const rss = await get(localUrl(hub, 'rss.xml'));
  expect(rss.status).toBe(200);
  const index = await get(localUrl(hub, 'methodology/'));
  expect(index.status).toBe(200);
  const home = await get(localUrl(hub));

  for (const path of UNPUBLISHED) {
    const slug = path.split('/')[1]!;
    const res = await get(localUrl(hub, path));
    expect(res.status, `${path} is not served`).toBe(404);
    expect(res.text, `${path} gets the 404 page`).toContain('Sidan finns inte');
    expect((await get(localUrl(hub, `og/methodology/${slug}.png`))).status, `no OG card for ${slug}`).toBe(404);
    expect(entries.map((e) => e.loc).filter((loc) => loc.includes(slug)), `${slug} in the sitemap`).toEqual([]);
    expect(rss.text, `${slug} in rss.xml`).not.toContain(slug);
    expect(index.text, `${slug} on the methodology index`).not.toContain(slug);
    expect(home.text, `${slug} on the home page`).not.toContain(slug);
  }
  // The published methodology asset is there, so the absence above means something.
  expect(entries.map((e) => e.loc)).toContain(publicUrl(hub, 'methodology/kalibrering/'));
  expect(rss.text).toContain(publicUrl(hub, 'methodology/kalibrering/'));
});

test('unknown URLs get the Swedish 404 page', async ({ page, hub, problems }) => {
  for (const url of [localUrl(hub, 'finns-inte/'), localUrl(hub, 'case-study/finns-inte/'), `${hub.origin}/utanfor-bas/`]) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('h1')).toHaveText('Sidan finns inte');
    await expect(page.getByRole('link', { name: 'Tillbaka till startsidan' })).toHaveAttribute('href', '/proof-hub/');
  }
  // The 404 page's own images and stylesheet load even from a URL outside the base.
  problems.consoleErrors = problems.consoleErrors.filter((e) => !/status of 404/.test(e));
  expectNoProblems(problems);
});

test('security.csp widens the policy for a vendor in the <meta> and the _headers header alike', async ({ page, hub }) => {
  const res = await page.goto(localUrl(hub, 'case-study/apoteksgruppen/'));
  const header = res?.headers()['content-security-policy'] ?? '';
  const meta = (await page.locator('meta[http-equiv=content-security-policy]').getAttribute('content')) ?? '';
  for (const policy of [meta, header]) {
    expect(policy).toMatch(/script-src 'self' https:\/\/www\.googletagmanager\.com 'sha256-/);
    expect(policy).toContain("connect-src 'self' https://*.google-analytics.com");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  }
  expect(header).toContain("frame-ancestors 'none'");
});
