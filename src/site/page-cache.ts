// Site glue for incremental builds: reads the files an asset page depends on and asks
// core/page-cache-key.ts for its cacheKey (see the comment there for what Astro tracks itself).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { HUB_CONFIG_FILE } from '../core/content/load.ts';
import { figureFile, heroFile } from '../core/images/published.ts';
import { fileDigest } from '../core/file-cache.ts';
import { attribute, componentUses } from '../core/mdx-components.ts';
import { assetPageCacheKey, listPageCacheKey, type RelatedCard } from '../core/page-cache-key.ts';
import type { ListPage } from '../core/pagination.ts';
import { hubRoot } from '../core/root.ts';
import { dataFiles } from './asset-data.ts';
import { mode, type SiteAsset } from './hub.ts';

const heroDigest = (a: SiteAsset) => fileDigest(heroFile(hubRoot(), a.kind, a.data.hero.src));
/** What an asset's card prints (components/site/AssetCard.astro). */
const card = (a: SiteAsset): RelatedCard => ({ kind: a.kind, slug: a.slug, title: a.data.title, summary: a.data.summary, published: a.data.published, heroDigest: heroDigest(a) });
const configDigest = () => fileDigest(join(hubRoot(), HUB_CONFIG_FILE));

export function assetPageKey(asset: SiteAsset, related: readonly SiteAsset[], byline: readonly { id: string; data: unknown }[]): string {
  const root = hubRoot();
  const figures = componentUses(asset.entry.body ?? '').flatMap((u) => {
    const src = u.name === 'Figure' ? attribute(u.attributes, 'src') : undefined;
    return src ? [fileDigest(figureFile(root, src))] : [];
  });
  return assetPageCacheKey({
    // Our own digest of what the entry holds, rather than trusting an optional field of Astro's.
    entryDigest: createHash('sha256').update(JSON.stringify(asset.data)).update('\0').update(asset.entry.body ?? '').digest('hex'),
    configDigest: configDigest(),
    authors: byline.map((a) => ({ id: a.id, data: a.data })),
    dataDigests: dataFiles(asset).map((f) => fileDigest(f.absPath)),
    imageDigests: [heroDigest(asset), ...figures],
    related: related.map(card),
    mode,
  });
}

/** The cacheKey of one page of a list; `extra` is whatever else the page prints (an author's data). */
export function listPageKey(page: ListPage<SiteAsset>, extra?: unknown): string {
  return listPageCacheKey({ configDigest: configDigest(), extra, number: page.number, count: page.count, total: page.total, cards: page.items.map(card), mode });
}
