// Which data files an asset publishes beside its page (its benchmark data and claim sources that
// are files), for the page's links, the dev server (src/integrations/data-file-server.ts) and the
// build, which copies them into the site itself: through Astro each was a rendered route (295 of
// them at N = 1,000, ~0.7 s of Astro's page generation for a file copy).
import { basename, dirname, join, resolve } from 'node:path';
import type { AssetData } from './schema/asset.ts';
import type { LoadedHub } from './content/load.ts';
import { assetPagePath, visibleAssets, type BuildMode } from './site-model.ts';

export interface AssetDataFile {
  /** Name the file is served under, beside the page. */
  name: string;
  absPath: string;
}

/** The data files of an asset whose MDX file sits in `mdxDir`, once per name. */
export function assetDataFiles(mdxDir: string, data: AssetData): AssetDataFile[] {
  const rels = [...('data' in data ? [data.data.file] : []), ...data.claims.flatMap((c) => (c.source.data ? [c.source.data] : []))];
  const byName = new Map(rels.map((r) => [basename(r), { name: basename(r), absPath: resolve(mdxDir, r) }]));
  return [...byName.values()];
}

/** Every data file the site serves: site path (without the base) -> original. `preview` (the dev server) includes drafts'. */
export function publishedDataFiles(hub: LoadedHub, today: string, mode: BuildMode = 'production'): { path: string; absPath: string }[] {
  return visibleAssets(hub.assets, today, mode).flatMap((a) =>
    assetDataFiles(dirname(join(hub.root, a.file)), a.data).map((f) => ({ path: `${assetPagePath(a)}${f.name}`, absPath: f.absPath })),
  );
}
