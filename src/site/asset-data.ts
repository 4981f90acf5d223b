// Reads what an asset page and its MDX components need from disk: claims with resolved source
// links and the benchmark's data table. Data files are served beside the page (core/data-files.ts).
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseDataFile, type DataTable } from '../core/data-file.ts';
import { assetDataFiles, type AssetDataFile } from '../core/data-files.ts';
import { assetPagePath } from '../core/site-model.ts';
import type { AssetContext, ClaimView } from './asset-context.ts';
import { href, type SiteAsset } from './hub.ts';

function mdxDir(asset: SiteAsset): string {
  if (!asset.entry.filePath) throw new Error(`No file path for ${asset.kind}/${asset.slug}`);
  return dirname(resolve(process.cwd(), asset.entry.filePath));
}

/** Data files an asset publishes: its benchmark data and any claim sources that are files. */
export const dataFiles = (asset: SiteAsset): AssetDataFile[] => assetDataFiles(mdxDir(asset), asset.data);

export function dataFileHref(asset: SiteAsset, rel: string): string {
  return href(`${assetPagePath(asset)}${basename(rel)}`);
}

export function assetData(asset: SiteAsset): AssetContext & { dataPath?: string } {
  const d = asset.data;
  const claims: ClaimView[] = d.claims.map((c) => {
    if (c.source.url) return { id: c.id, text: c.text, sourceHref: c.source.url, sourceLabel: new URL(c.source.url).hostname.replace(/^www\./, '') };
    if (c.source.data) return { id: c.id, text: c.text, sourceHref: dataFileHref(asset, c.source.data), sourceLabel: basename(c.source.data) };
    const [kind, slug] = (c.source.asset ?? '').split('/');
    return { id: c.id, text: c.text, sourceHref: href(`/${kind}/${slug}/`), sourceLabel: c.source.asset ?? '' };
  });
  let table: DataTable | undefined;
  let dataPath: string | undefined;
  if ('data' in d) {
    const abs = resolve(mdxDir(asset), d.data.file);
    const parsed = parseDataFile(abs, readFileSync(abs, 'utf8'));
    if (!parsed.ok) throw new Error(`${abs}: expected ${parsed.expected}; found ${parsed.found}`);
    table = parsed.table;
    dataPath = `${assetPagePath(asset)}${basename(d.data.file)}`;
  }
  return {
    kind: asset.kind,
    slug: asset.slug,
    title: d.title,
    series: d.series,
    claims,
    table,
    dataHref: dataPath ? href(dataPath) : undefined,
    dataPath,
  };
}
