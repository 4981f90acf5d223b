// Serves each asset's data files beside its page, e.g. /benchmark/gateway-latency/gateway-latency.csv,
// so readers can download what a benchmark or claim rests on.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { dataFiles } from '../../../site/asset-data.ts';
import { assets } from '../../../site/hub.ts';

export const getStaticPaths = (async () =>
  (await assets()).flatMap((asset) =>
    dataFiles(asset).map((f) => ({ params: { kind: asset.kind, slug: asset.slug, file: f.name }, props: { absPath: f.absPath } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const absPath = (props as { absPath: string }).absPath;
  const type = absPath.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8';
  return new Response(readFileSync(absPath), { headers: { 'Content-Type': type } });
};
