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
  const { series, promises, tags } = asset.data;
  // One pass keeping the best `limit`, not a sort of the whole pool: every asset page asks, so a
  // sort made the build quadratic in the hub's size (1.3 s of 1,000 pages: scripts/bench).
  const best: { b: A; s: number }[] = [];
  const beats = (s: number, b: A, x: { b: A; s: number }) => s > x.s || (s === x.s && b.data.published > x.b.data.published);
  for (const b of pool) {
    if (b.kind === asset.kind && b.slug === asset.slug) continue;
    let shared = 0;
    for (const p of b.data.promises) if (promises.includes(p)) shared++;
    const sameSeries = b.data.series === series;
    if (!sameSeries && shared === 0) continue;
    let s = (sameSeries ? 2 : 0) + shared;
    for (const t of b.data.tags) if (tags.includes(t)) s += 0.5;
    // Equal candidates keep pool order: an earlier one stays ahead.
    let i = best.length;
    while (i > 0 && beats(s, b, best[i - 1]!)) i--;
    if (i < limit) {
      best.splice(i, 0, { b, s });
      if (best.length > limit) best.pop();
    }
  }
  return best.map((x) => x.b);
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
