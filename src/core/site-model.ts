// Which assets a build shows and how they group: pure functions over {kind, slug, data}, shared by
// the pages, the sitemap filter in astro.config.mjs, the feed and the tests.
import type { AssetKind } from './schema/asset.ts';
import { isLive } from './today.ts';

export interface AssetLike<D = AssetCore> {
  kind: AssetKind;
  slug: string;
  data: D;
}

export interface AssetCore {
  title: string;
  published: string;
  updated?: string | undefined;
  draft: boolean;
  noindex: boolean;
  canonical?: string | undefined;
  promises: string[];
  series: string;
  tags: string[];
  authors: string[];
}

export type BuildMode = 'production' | 'preview';

/** Production shows live assets; the dev preview also shows drafts and scheduled ones. */
export function visibleAssets<A extends AssetLike>(assets: readonly A[], today: string, mode: BuildMode): A[] {
  return assets
    .filter((a) => mode === 'preview' || isLive(a.data, today))
    .sort((x, y) => y.data.published.localeCompare(x.data.published) || x.slug.localeCompare(y.slug));
}

/** Page path of an asset without the base: /<kind>/<slug>/ */
export const assetPagePath = (a: Pick<AssetLike, 'kind' | 'slug'>) => `/${a.kind}/${a.slug}/`;

/** The date search engines see as last modified. */
export const lastModified = (a: AssetLike) => a.data.updated ?? a.data.published;

/** An asset page belongs in the sitemap when it is indexable and its own canonical. */
export const inSitemap = (a: AssetLike) => !a.data.noindex && !a.data.canonical;

/**
 * Related assets: those sharing the series or a promise, scored by overlap (series 2, each promise 1,
 * each tag 0.5), newest first among equals.
 */
export function relatedAssets<A extends AssetLike>(asset: A, pool: readonly A[], limit = 3): A[] {
  const score = (b: A) =>
    (b.data.series === asset.data.series ? 2 : 0) +
    b.data.promises.filter((p) => asset.data.promises.includes(p)).length +
    b.data.tags.filter((t) => asset.data.tags.includes(t)).length * 0.5;
  return pool
    .filter((b) => !(b.kind === asset.kind && b.slug === asset.slug))
    .filter((b) => b.data.series === asset.data.series || b.data.promises.some((p) => asset.data.promises.includes(p)))
    .map((b) => ({ b, s: score(b) }))
    .sort((x, y) => y.s - x.s || y.b.data.published.localeCompare(x.b.data.published))
    .slice(0, limit)
    .map((x) => x.b);
}

/** Every tag in use, sorted, with its assets. */
export function tagIndex<A extends AssetLike>(assets: readonly A[]): Map<string, A[]> {
  const map = new Map<string, A[]>();
  for (const a of assets) for (const t of a.data.tags) map.set(t, [...(map.get(t) ?? []), a]);
  return new Map([...map.entries()].sort(([x], [y]) => x.localeCompare(y)));
}

/** `<title>`: "Asset title · Site name" when that fits in 60 characters, else the title alone. */
export function pageTitle(title: string, siteName: string, max = 60): string {
  const full = `${title} · ${siteName}`;
  return [...full].length <= max ? full : title;
}
