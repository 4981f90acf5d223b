// The pages a reader lands on and a crawler indexes, on each hub: home, every asset page of each
// kind, a promise page, a series page, and the list templates. Pages come from the built dist/
// (see site.ts), so new content is covered without touching the specs.
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  expectJsonLdTypes,
  expectNoAxeViolations,
  expectOneH1,
  expectOnlyAllowedScripts,
  expectResponsiveHero,
  expectSocialHead,
} from './checks.ts';
import { expect, expectNoProblems, resetProblems, test, type Problems } from './fixtures.ts';
import { localUrl, publicUrl, type Hub } from './hubs.ts';
import { ASSET_KINDS, builtAssets, builtPages, indexableAssets, readSitemap, type AssetKind, type BuiltAsset } from './site.ts';

const ASSET_TYPES: Record<AssetKind, string[]> = {
  'case-study': ['Article'],
  benchmark: ['Report', 'Dataset'],
  methodology: ['TechArticle'],
};

async function open(page: Page, hub: Hub, path: string) {
  const res = await page.goto(localUrl(hub, path), { waitUntil: 'load' });
  expect(res?.status(), `status of ${path}`).toBe(200);
  expect(res?.headers()['content-type']).toMatch(/^text\/html/);
}

async function commonChecks(page: Page, hub: Hub, path: string, problems: Problems, canonicalElsewhere?: string) {
  await expectSocialHead(page, hub, path, canonicalElsewhere ? { canonicalElsewhere } : {});
  await expectOneH1(page);
  await expect(page.locator('html')).toHaveAttribute('lang', hub.language);
  await expectNoAxeViolations(page);
  expectNoProblems(problems);
}

async function checkAssetPage(page: Page, hub: Hub, asset: BuiltAsset, problems: Problems) {
  await open(page, hub, asset.path);
  const faqs = page.locator('main details > summary');
  const required = [...ASSET_TYPES[asset.kind], 'BreadcrumbList'];
  if ((await faqs.count()) > 0) required.push('FAQPage');
  const types = await expectJsonLdTypes(page, required);
  if (!required.includes('FAQPage')) expect([...types], 'FAQPage JSON-LD only where the page has a FAQ').not.toContain('FAQPage');

  await expectOnlyAllowedScripts(page);
  await expectResponsiveHero(page);
  const self = publicUrl(hub, asset.path);
  await commonChecks(page, hub, asset.path, problems, asset.canonical && asset.canonical !== self ? asset.canonical : undefined);
}

/**
 * Runs `check` on each page, as one step each, and fails once at the end with every page that
 * failed, so one bad page does not hide the others.
 */
async function eachPage<T extends { path: string }>(items: T[], problems: Problems, check: (item: T) => Promise<void>) {
  const failures: string[] = [];
  for (const item of items) {
    resetProblems(problems);
    try {
      await test.step(item.path, () => check(item));
    } catch (err) {
      failures.push(`${item.path}\n${(err as Error).message}`);
    }
  }
  if (failures.length) throw new Error(`${failures.length} of ${items.length} pages failed:\n\n${failures.join('\n\n')}`);
}

test('home page', async ({ page, hub, problems }) => {
  await open(page, hub, '');
  await expectJsonLdTypes(page, ['Organization', 'WebSite']);
  await commonChecks(page, hub, '', problems);
});

test('every asset kind has at least one published, indexable asset', ({ hub }) => {
  for (const kind of ASSET_KINDS) expect(indexableAssets(hub, kind).length, `${kind} assets in ${hub.dist}`).toBeGreaterThanOrEqual(1);
});

for (const kind of ASSET_KINDS) {
  test(`${kind} asset pages`, async ({ page, hub, problems }) => {
    const assets = builtAssets(hub, kind);
    expect(assets.length, `${kind} pages in ${hub.dist}/${kind}/`).toBeGreaterThanOrEqual(1);
    test.setTimeout(15_000 + 10_000 * assets.length);
    test.info().annotations.push({ type: 'pages', description: assets.map((a) => a.path).join(' ') });
    await eachPage(assets, problems, (asset) => checkAssetPage(page, hub, asset, problems));
  });
}

for (const section of ['promise', 'series'] as const) {
  test(`${section} page`, async ({ page, hub, problems }) => {
    const pages = builtPages(hub, section);
    expect(pages.length, `${section} pages in ${hub.dist}/${section}/`).toBeGreaterThanOrEqual(1);
    const { path } = pages[0]!;
    test.info().annotations.push({ type: 'page', description: path });
    await open(page, hub, path);
    await expectJsonLdTypes(page, ['BreadcrumbList']);
    await commonChecks(page, hub, path, problems);
    // A promise or series page lists its proof: at least one link to an asset page.
    const assetLinks = ASSET_KINDS.map((k) => `main a[href^="${hub.base}${k}/"]`).join(', ');
    await expect(page.locator(assetLinks).first()).toBeVisible();
  });
}

test('list pages: kind indexes, a tag page, an author page', async ({ page, hub, problems }) => {
  const lists = [...ASSET_KINDS.map((k) => ({ path: `${k}/` })), ...builtPages(hub, 'tag').slice(0, 1), ...builtPages(hub, 'author').slice(0, 1)];
  expect(lists.length).toBe(ASSET_KINDS.length + 2);
  await eachPage(lists, problems, async ({ path }) => {
    await open(page, hub, path);
    await expectOneH1(page);
    await expectJsonLdTypes(page, []);
    await expectNoAxeViolations(page);
    expectNoProblems(problems);
  });
});

test('long lists are split into pages that link to each other and hold every asset once', async ({ page, hub, problems }) => {
  // Every list with a second page, in any section (kinds, promises, series, authors, tags).
  const sections = [...ASSET_KINDS, 'promise', 'series', 'author', 'tag'];
  const lists = sections.flatMap((s) => [
    ...(existsSync(join(hub.dist, s, 'page/2/index.html')) ? [`${s}/`] : []),
    ...builtPages(hub, s).filter((p) => existsSync(join(hub.dist, p.path, 'page/2/index.html'))).map((p) => p.path),
  ]);
  // The example hub sets listPageSize: 12 so that its longer lists show a second page.
  if (hub.name === 'example') expect(lists).toEqual(expect.arrayContaining(['promise/every-degree/', 'tag/pharma/']));
  const { entries } = await readSitemap(hub);
  const inSitemap = new Set(entries.map((e) => e.loc));
  await eachPage(lists.map((path) => ({ path })), problems, async ({ path }) => {
    const cards: string[] = [];
    let at: string | undefined = path;
    let pages = 0;
    while (at) {
      await open(page, hub, at);
      pages++;
      await expectOneH1(page);
      const nav = page.getByRole('navigation', { name: hub.language === 'sv' ? 'Sidor' : 'Pages' });
      if (pages > 1) await expect(nav.locator('a[rel="prev"]')).toHaveAttribute('href', `${hub.base}${path}${pages === 2 ? '' : `page/${pages - 1}/`}`);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', publicUrl(hub, at));
      // Indexable list pages are in the sitemap, every one of them; tag pages never are.
      expect(inSitemap.has(publicUrl(hub, at)), `${at} in the sitemap`).toBe(!path.startsWith('tag/'));
      cards.push(...(await page.locator('li.card h2 a, li.card h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))));
      const nextLink = nav.locator('a[rel="next"]');
      const next = (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
      at = next ? next.slice(hub.base.length) : undefined;
      if (pages === 2) await expectNoAxeViolations(page);
    }
    expect(pages, `${path} has more than one page`).toBeGreaterThan(1);
    expect(new Set(cards).size, `${path}: no asset twice across its pages`).toBe(cards.length);
    // Where the list says how many it holds ("17 assets", "17 belägg"), every one is on some page.
    const count = /(\d+) (?:assets?|belägg)\b/.exec((await page.locator('main').textContent()) ?? '');
    if (count) expect(cards.length, `${path}: every asset on some page`).toBe(Number(count[1]));
    else expect(path, 'lists without a count: promises and authors').toMatch(/^(promise|author)\//);
    expectNoProblems(problems);
  });
});
