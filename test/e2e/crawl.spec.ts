// What a crawler finds: robots.txt → sitemap index → sitemaps, and every page they list.
// Plain HTTP against the local server (no browser), so the whole site is covered in seconds.
import { parse } from 'node-html-parser';
import { escapeRegExp } from './checks.ts';
import { expect, test } from './fixtures.ts';
import { localUrl, publicUrl, toLocal } from './hubs.ts';
import { builtAssets, builtPages, get, indexableAssets, readSitemap } from './site.ts';

test('robots.txt allows crawling and points at the sitemap index', async ({ hub }) => {
  const robots = await get(localUrl(hub, 'robots.txt'));
  expect(robots.status).toBe(200);
  expect(robots.contentType).toMatch(/^text\/plain/);
  expect(robots.text).toMatch(/^User-agent: \*$/m);
  expect(robots.text).not.toMatch(/^Disallow: \/\s*$/m);
  const sitemapLines = robots.text.split('\n').filter((l) => /^sitemap:/i.test(l)).map((l) => l.replace(/^sitemap:\s*/i, '').trim());
  expect(sitemapLines).toContain(publicUrl(hub, 'sitemap-index.xml'));
  for (const url of sitemapLines) expect((await get(toLocal(hub, url))).status, `${url} is served`).toBe(200);
});

test('sitemap lists every indexable asset with lastmod, and no tag page or noindex asset', async ({ hub }) => {
  const { sitemaps, entries } = await readSitemap(hub);
  expect(sitemaps.length).toBeGreaterThan(0);
  const locs = entries.map((e) => e.loc);
  expect(new Set(locs).size, 'no duplicate <loc>').toBe(locs.length);
  for (const loc of locs) {
    expect(loc, 'every <loc> is on site.url + base').toMatch(new RegExp(`^${escapeRegExp(hub.siteUrl + hub.base)}`));
    expect(new URL(loc).pathname, 'no tag page in the sitemap').not.toMatch(new RegExp(`^${escapeRegExp(hub.base)}tag/`));
    expect(loc, 'no query string').not.toContain('?');
  }

  const byLoc = new Map(entries.map((e) => [e.loc, e]));
  const indexable = indexableAssets(hub);
  expect(indexable.length).toBeGreaterThan(0);
  for (const asset of indexable) {
    const entry = byLoc.get(publicUrl(hub, asset.path));
    expect(entry, `${asset.path} is in the sitemap`).toBeDefined();
    expect(entry?.lastmod, `${asset.path} has <lastmod>`).toMatch(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/);
  }
  // Noindex assets, and assets whose canonical is another URL, stay out.
  const indexablePaths = new Set(indexable.map((a) => a.path));
  for (const asset of builtAssets(hub).filter((a) => !indexablePaths.has(a.path))) {
    expect(byLoc.has(publicUrl(hub, asset.path)), `${asset.path} (noindex: ${asset.noindex}) stays out of the sitemap`).toBe(false);
  }

  // Tag pages exist, are noindex, and are left out.
  for (const tag of builtPages(hub, 'tag')) {
    expect(byLoc.has(publicUrl(hub, tag.path)), `${tag.path} stays out of the sitemap`).toBe(false);
    expect(parse(tag.html).querySelector('meta[name="robots"]')?.getAttribute('content'), `${tag.path} is noindex`).toMatch(/noindex/);
  }
});

test('every page in the sitemap is served, self-canonical, with one h1 and valid JSON-LD', async ({ hub }) => {
  const { entries } = await readSitemap(hub);
  for (const { loc } of entries) {
    const res = await get(toLocal(hub, loc));
    expect(res.status, `${loc} is served`).toBe(200);
    const doc = parse(res.text);
    expect(doc.querySelectorAll('link[rel="canonical"]').map((l) => l.getAttribute('href')), `canonical of ${loc}`).toEqual([loc]);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'), `og:url of ${loc}`).toBe(loc);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '', `${loc} is indexable`).not.toMatch(/noindex/);
    expect(doc.querySelectorAll('h1').length, `one <h1> on ${loc}`).toBe(1);
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      expect(() => JSON.parse(script.textContent), `JSON-LD on ${loc} parses`).not.toThrow();
    }
  }
});

test('rss.xml lists indexable assets with absolute links on site.url', async ({ hub }) => {
  const rss = await get(localUrl(hub, 'rss.xml'));
  expect(rss.status).toBe(200);
  expect(rss.contentType).toMatch(/xml/);
  const links = [...rss.text.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.startsWith(publicUrl(hub)), `${link} is on site.url + base`).toBe(true);
    expect((await get(toLocal(hub, link))).status, `${link} is served`).toBe(200);
  }
});

test('unknown URLs get the 404 page with status 404', async ({ hub, page }) => {
  const missing = localUrl(hub, 'no-such-page-here/');
  const res = await get(missing);
  expect(res.status).toBe(404);
  expect(res.contentType).toMatch(/^text\/html/);
  const doc = parse(res.text);
  expect(doc.querySelectorAll('h1').length).toBe(1);
  expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toMatch(/noindex/);

  // In the browser: the 404 page renders with a way back home.
  const nav = await page.goto(missing);
  expect(nav?.status()).toBe(404);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator(`main a[href="${hub.base}"]`).first()).toBeVisible();
});
