// What a built hub contains, found at test time (after the webServer's build) from its dist/ folder
// and its sitemap, so the specs follow the content instead of hard-coding slugs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { localUrl, toLocal, type Hub } from './hubs.ts';

export const ASSET_KINDS = ['case-study', 'benchmark', 'methodology'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

export interface BuiltPage {
  /** Path inside the hub, without the base: "case-study/x/" */
  path: string;
  html: string;
}

export interface BuiltAsset extends BuiltPage {
  kind: AssetKind;
  slug: string;
  noindex: boolean;
  /** href of <link rel=canonical>. */
  canonical: string | undefined;
  hasFaq: boolean;
}

function subfolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

/** Pages built under one section, e.g. section "promise" → promise/<id>/ pages. */
export function builtPages(hub: Hub, section: string): BuiltPage[] {
  return subfolders(join(hub.dist, section)).map((name) => ({
    path: `${section}/${name}/`,
    html: readFileSync(join(hub.dist, section, name, 'index.html'), 'utf8'),
  }));
}

/** Every asset page in dist/, with the facts the specs select by. */
export function builtAssets(hub: Hub, kind?: AssetKind): BuiltAsset[] {
  return (kind ? [kind] : ASSET_KINDS).flatMap((k) =>
    builtPages(hub, k).map((page) => {
      const doc = parse(page.html);
      const robots = doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
      return {
        ...page,
        kind: k,
        slug: page.path.split('/')[1]!,
        noindex: /noindex/i.test(robots),
        canonical: doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        hasFaq: doc.querySelectorAll('details > summary').length > 0,
      };
    }),
  );
}

/** Indexable, self-canonical assets: the ones that belong in the sitemap. */
export function indexableAssets(hub: Hub, kind?: AssetKind): BuiltAsset[] {
  return builtAssets(hub, kind).filter((a) => !a.noindex && (!a.canonical || a.canonical === `${hub.siteUrl}${hub.base}${a.path}`));
}

/**
 * The asset a spec examines for a kind: an indexable one, preferring one with a FAQ section (so the
 * FAQ checks have something to check), then by slug. Fails when the kind has no indexable asset.
 */
export function pickAsset(hub: Hub, kind: AssetKind, { needFaq = false } = {}): BuiltAsset {
  const candidates = indexableAssets(hub, kind).sort((a, b) => Number(b.hasFaq) - Number(a.hasFaq) || a.slug.localeCompare(b.slug));
  const pick = candidates[0];
  if (!pick) throw new Error(`${hub.name} hub: no indexable ${kind} page in ${hub.dist}/${kind}/`);
  if (needFaq && !pick.hasFaq) throw new Error(`${hub.name} hub: no ${kind} page with a FAQ section`);
  return pick;
}

/** Any indexable asset with a FAQ section (any kind), for the FAQ-specific specs. */
export function pickAssetWithFaq(hub: Hub): BuiltAsset {
  const pick = indexableAssets(hub).find((a) => a.hasFaq);
  if (!pick) throw new Error(`${hub.name} hub: no asset page with a FAQ section`);
  return pick;
}

export interface Fetched {
  status: number;
  contentType: string;
  body: Buffer;
  text: string;
}

/** GET from the local server, without following redirects. */
export async function get(url: string): Promise<Fetched> {
  const res = await fetch(url, { redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body, text: body.toString('utf8') };
}

export interface SitemapEntry {
  loc: string;
  lastmod: string | undefined;
}

const tagText = (xml: string, tag: string) => [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!.trim());

/** Every <url> of every sitemap the sitemap index lists, fetched from the local server. */
export async function readSitemap(hub: Hub): Promise<{ sitemaps: string[]; entries: SitemapEntry[] }> {
  const index = await get(localUrl(hub, 'sitemap-index.xml'));
  if (index.status !== 200) throw new Error(`sitemap-index.xml: status ${index.status}`);
  const sitemaps = tagText(index.text, 'loc');
  const entries: SitemapEntry[] = [];
  for (const loc of sitemaps) {
    const map = await get(toLocal(hub, loc));
    if (map.status !== 200) throw new Error(`${loc}: status ${map.status}`);
    for (const [, url] of map.text.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      entries.push({ loc: tagText(url!, 'loc')[0]!, lastmod: tagText(url!, 'lastmod')[0] });
    }
  }
  return { sitemaps, entries };
}
