// Site glue for incremental builds: reads the files an asset page depends on and asks
// core/page-cache-key.ts for its cacheKey (see the comment there for what Astro tracks itself).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HUB_CONFIG_FILE } from '../core/content/load.ts';
import { figureFile, heroFile } from '../core/images/published.ts';
import { imageDigest } from '../core/images/source.ts';
import { attribute, componentUses } from '../core/mdx-components.ts';
import { assetPageCacheKey } from '../core/page-cache-key.ts';
import { hubRoot } from '../core/root.ts';
import { dataFiles } from './asset-data.ts';
import { mode, type SiteAsset } from './hub.ts';

const fileDigests = new Map<string, string>();
function fileDigest(file: string): string {
  let d = fileDigests.get(file);
  if (d === undefined) {
    d = createHash('sha256').update(readFileSync(file)).digest('hex');
    fileDigests.set(file, d);
  }
  return d;
}

const heroDigest = (a: SiteAsset) => imageDigest(heroFile(hubRoot(), a.kind, a.data.hero.src));

export function assetPageKey(asset: SiteAsset, related: readonly SiteAsset[], byline: readonly { id: string; data: unknown }[]): string {
  const root = hubRoot();
  const figures = componentUses(asset.entry.body ?? '').flatMap((u) => {
    const src = u.name === 'Figure' ? attribute(u.attributes, 'src') : undefined;
    return src ? [imageDigest(figureFile(root, src))] : [];
  });
  return assetPageCacheKey({
    // Our own digest of what the entry holds, rather than trusting an optional field of Astro's.
    entryDigest: createHash('sha256').update(JSON.stringify(asset.data)).update('\0').update(asset.entry.body ?? '').digest('hex'),
    configDigest: fileDigest(join(root, HUB_CONFIG_FILE)),
    authors: byline.map((a) => ({ id: a.id, data: a.data })),
    dataDigests: dataFiles(asset).map((f) => fileDigest(f.absPath)),
    imageDigests: [heroDigest(asset), ...figures],
    related: related.map((r) => ({ kind: r.kind, slug: r.slug, title: r.data.title, summary: r.data.summary, published: r.data.published, heroDigest: heroDigest(r) })),
    mode,
  });
}
