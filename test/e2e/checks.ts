// Page checks shared by the specs: what a crawler, a social card scraper and a reader see.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { publicUrl, toLocal, type Hub } from './hubs.ts';

/**
 * Scripts an asset page may carry; every other <script> fails the page. A rule matches when all the
 * fields it gives match.
 */
export interface ScriptRule {
  why: string;
  type?: string;
  src?: RegExp;
  id?: string;
}
export const ALLOWED_SCRIPTS: ScriptRule[] = [
  { why: 'JSON-LD structured data', type: 'application/ld+json' },
  { why: 'the attribution script (src/scripts/attribution.ts), inline and hashed in the CSP', type: '', src: /^$/, id: 'ph-attribution' },
];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface HeadTags {
  canonical: string[];
  ogUrl: string[];
  ogTitle: string[];
  ogDescription: string[];
  ogImage: string[];
  twitterCard: string[];
}

async function readHead(page: Page): Promise<HeadTags> {
  return page.evaluate(() => {
    const all = (selector: string, attr: string) => [...document.querySelectorAll(selector)].map((e) => e.getAttribute(attr) ?? '');
    return {
      canonical: all('link[rel="canonical"]', 'href'),
      ogUrl: all('meta[property="og:url"]', 'content'),
      ogTitle: all('meta[property="og:title"]', 'content'),
      ogDescription: all('meta[property="og:description"]', 'content'),
      ogImage: all('meta[property="og:image"]', 'content'),
      twitterCard: all('meta[name="twitter:card"]', 'content'),
    };
  });
}

/**
 * Canonical and social tags of the page at `path` (inside the hub): one absolute https canonical on
 * the hub's site.url + base, no query string, equal to og:url; og:title/description/image and
 * twitter:card present; og:image is a PNG the local server returns.
 */
export async function expectSocialHead(page: Page, hub: Hub, path: string, { canonicalElsewhere }: { canonicalElsewhere?: string } = {}): Promise<void> {
  const head = await readHead(page);
  expect(head.canonical, 'exactly one <link rel=canonical>').toHaveLength(1);
  const canonical = head.canonical[0]!;
  const url = new URL(canonical);
  expect(url.protocol, `canonical ${canonical} is https`).toBe('https:');
  expect(url.search, `canonical ${canonical} has no query string`).toBe('');
  expect(canonical, 'canonical has no query string or fragment').not.toMatch(/[?#]/);
  if (canonicalElsewhere) {
    // An asset republished from elsewhere (frontmatter `canonical:`) points at the original.
    expect(canonical, 'canonical is the original publication').toBe(canonicalElsewhere);
  } else {
    expect(url.origin, `canonical ${canonical} is on site.url`).toBe(new URL(hub.siteUrl).origin);
    expect(canonical, 'canonical is the page itself').toBe(publicUrl(hub, path));
  }
  expect(head.ogUrl, 'og:url equals canonical').toEqual([canonical]);

  for (const [name, values] of [
    ['og:title', head.ogTitle],
    ['og:description', head.ogDescription],
    ['og:image', head.ogImage],
    ['twitter:card', head.twitterCard],
  ] as const) {
    expect(values, `exactly one ${name}`).toHaveLength(1);
    expect(values[0]!.trim(), `${name} is not empty`).not.toBe('');
  }
  expect(head.twitterCard[0]).toBe('summary_large_image');

  const ogImage = head.ogImage[0]!;
  expect(ogImage, 'og:image is an absolute https URL on site.url').toMatch(new RegExp(`^${escapeRegExp(hub.siteUrl + hub.base)}.+\\.png$`));
  const res = await page.request.get(toLocal(hub, ogImage));
  expect(res.status(), `og:image ${ogImage} is served`).toBe(200);
  expect(res.headers()['content-type'], `og:image ${ogImage} content-type`).toMatch(/^image\/png\b/);
  const bytes = await res.body();
  expect(bytes.subarray(0, 8).toString('hex'), `og:image ${ogImage} is a PNG file`).toBe('89504e470d0a1a0a');
}

/** Parses every JSON-LD block (failing on invalid JSON) and returns every @type in it, @graph included. */
export async function jsonLdTypes(page: Page): Promise<Set<string>> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const types = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    const type = obj['@type'];
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.add(t);
    if (obj['@graph']) visit(obj['@graph']);
  };
  blocks.forEach((text, i) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new Error(`JSON-LD block ${i + 1} of ${blocks.length} does not parse: ${(err as Error).message}\n${text.slice(0, 300)}`);
    }
    // Only the top level of each block (and its @graph) names what the page is; nested objects
    // (authors, publisher) are properties, not page types.
    visit(json);
  });
  return types;
}

export async function expectJsonLdTypes(page: Page, required: string[]): Promise<Set<string>> {
  const types = await jsonLdTypes(page);
  for (const type of required) expect([...types], `JSON-LD @type ${type}`).toContain(type);
  return types;
}

export async function expectOneH1(page: Page): Promise<void> {
  await expect(page.locator('h1'), 'exactly one <h1>').toHaveCount(1);
  await expect(page.locator('h1')).toBeVisible();
  expect((await page.locator('h1').innerText()).trim(), '<h1> has text').not.toBe('');
}

/** No <script> outside ALLOWED_SCRIPTS. */
export async function expectOnlyAllowedScripts(page: Page): Promise<void> {
  const scripts = await page.locator('script').evaluateAll((els) =>
    els.map((e) => ({ type: e.getAttribute('type') ?? '', src: e.getAttribute('src') ?? '', id: e.id, start: (e.textContent ?? '').slice(0, 80) })),
  );
  const allowed = (s: (typeof scripts)[number]) =>
    ALLOWED_SCRIPTS.some((rule) => (rule.type === undefined || rule.type === s.type) && (rule.src === undefined || rule.src.test(s.src)) && (rule.id === undefined || rule.id === s.id));
  expect(scripts.filter((s) => !allowed(s)), 'scripts not in ALLOWED_SCRIPTS (test/e2e/checks.ts)').toEqual([]);
}

/** Zero axe-core violations for WCAG 2.0/2.1 A and AA. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n    ')}`,
  );
  expect(found, `axe violations on ${page.url()}`).toEqual([]);
}

/** The hero: the first <picture> of the article, with AVIF and WebP sources and an eager <img> with its size. */
export async function expectResponsiveHero(page: Page): Promise<void> {
  const picture = page.locator('main article picture').first();
  await expect(picture, 'hero <picture> in the article').toHaveCount(1);
  for (const type of ['image/avif', 'image/webp']) {
    const source = picture.locator(`source[type="${type}"]`);
    await expect(source, `hero <source type=${type}>`).toHaveCount(1);
    expect(await source.getAttribute('srcset'), `hero ${type} srcset`).toMatch(/\S+\s+\d+w/);
  }
  const img = picture.locator('img');
  await expect(img).toHaveCount(1);
  expect(Number(await img.getAttribute('width')), 'hero <img width>').toBeGreaterThan(0);
  expect(Number(await img.getAttribute('height')), 'hero <img height>').toBeGreaterThan(0);
  expect(await img.getAttribute('loading'), 'hero is not lazy-loaded').not.toBe('lazy');
  expect((await img.getAttribute('alt'))?.trim(), 'hero has alt text').toBeTruthy();
  // It really loads (one of the sources, in this browser), at its intrinsic aspect ratio.
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { message: 'hero image loads' }).toBe(true);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
