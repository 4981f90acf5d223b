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

/** A pool's assets as small integers, computed once per pool: asset pages ask about the same pool 1,000s of times. */
interface CompactPool {
  keys: number[];
  series: number[];
  promises: number[][];
  tags: number[][];
  published: string[];
  intern: (s: string) => number;
}
const compactPools = new WeakMap<readonly AssetLike[], CompactPool>();

function compactPool(pool: readonly AssetLike[]): CompactPool {
  let c = compactPools.get(pool);
  if (!c) {
    const ids = new Map<string, number>();
    const intern = (s: string) => {
      let id = ids.get(s);
      if (id === undefined) ids.set(s, (id = ids.size));
      return id;
    };
    c = {
      keys: pool.map((a) => intern(`asset\0${a.kind}/${a.slug}`)),
      series: pool.map((a) => intern(`series\0${a.data.series}`)),
      promises: pool.map((a) => a.data.promises.map((p) => intern(`promise\0${p}`))),
      tags: pool.map((a) => a.data.tags.map((t) => intern(`tag\0${t}`))),
      published: pool.map((a) => a.data.published),
      intern,
    };
    compactPools.set(pool, c);
  }
  return c;
}

const shared = (xs: readonly number[], ys: readonly number[]) => {
  let n = 0;
  for (const x of xs) if (ys.includes(x)) n++;
  return n;
};

/**
 * Related assets: those sharing the series or a promise, scored by overlap (series 2, each promise 1,
 * each tag 0.5), newest first among equals, pool order among full ties.
 */
export function relatedAssets<A extends AssetLike>(asset: A, pool: readonly A[], limit = 3): A[] {
  const c = compactPool(pool);
  const self = c.intern(`asset\0${asset.kind}/${asset.slug}`);
  const series = c.intern(`series\0${asset.data.series}`);
  const promises = asset.data.promises.map((p) => c.intern(`promise\0${p}`));
  const tags = asset.data.tags.map((t) => c.intern(`tag\0${t}`));
  // One pass keeping the best `limit`, not a sort of the whole pool: every asset page asks, so a
  // sort made the build quadratic with a large constant (1.3 s of 1,000 pages: scripts/bench).
  const best: { i: number; s: number }[] = [];
  for (let i = 0; i < pool.length; i++) {
    if (c.keys[i] === self) continue;
    const sameSeries = c.series[i] === series;
    const sharedPromises = shared(c.promises[i]!, promises);
    if (!sameSeries && sharedPromises === 0) continue;
    const s = (sameSeries ? 2 : 0) + sharedPromises + shared(c.tags[i]!, tags) * 0.5;
    // Equal candidates keep pool order: an earlier one stays ahead.
    let at = best.length;
    while (at > 0 && (s > best[at - 1]!.s || (s === best[at - 1]!.s && c.published[i]! > c.published[best[at - 1]!.i]!))) at--;
    if (at < limit) {
      best.splice(at, 0, { i, s });
      if (best.length > limit) best.pop();
    }
  }
  return best.map((x) => pool[x.i]!);
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
