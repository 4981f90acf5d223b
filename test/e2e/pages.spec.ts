// The pages a reader lands on and a crawler indexes, on each hub: home, every asset page of each
// kind, a promise page, a series page, and the list templates. Pages come from the built dist/
// (see site.ts), so new content is covered without touching the specs.
import type { Page } from '@playwright/test';
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
import { ASSET_KINDS, builtAssets, builtPages, indexableAssets, type AssetKind, type BuiltAsset } from './site.ts';

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
