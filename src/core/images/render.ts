// Draws the responsive image files into a site folder, keeping each in a content-addressed cache
// (key: original's digest, width, format, encoder settings) so a rebuild copies instead of encoding.
// sharp runs on libuv's thread pool, so a few encodes in flight use both cores while the caller's
// thread stays free; the build runs this beside `astro build` and the OG cards (scripts/build.ts).
import { existsSync, mkdirSync, utimesSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { atomicCopy, atomicWrite, pool, pruneCache } from '../file-cache.ts';
import { readImageSource } from './source.ts';
import { ENCODER, ENCODER_VERSION, imageVariants, type ImageVariant } from './variants.ts';

export const IMAGE_CACHE_DIR = 'node_modules/.cache/proof-hub/img';

export interface ImageRenderResult {
  drawn: number;
  reused: number;
  /** Site paths written, e.g. /_img/dock-sensors-3f9a1c2b7d-800.avif */
  paths: string[];
}

/** File name of a variant in the cache: the same for the build and the dev server. */
export const cacheName = (v: ImageVariant) => `${v.source.hash}-${v.width}-${ENCODER_VERSION}.${v.format}`;

/** Encodes one variant from its original. */
export async function encodeVariant(v: ImageVariant): Promise<Buffer> {
  const [bytes] = await encodeWidth([v]);
  return bytes!;
}

/**
 * Encodes variants of one original at one width (its formats): the original is decoded and resized
 * once and each format encoded from those pixels. The 20 originals of the bench hub, in one
 * process, three runs: 3.7-3.9 CPU s against 4.2-4.9 one file at a time; the files are byte for
 * byte the same (test/core/images.test.ts).
 */
export async function encodeWidth(vs: readonly ImageVariant[]): Promise<Buffer[]> {
  const { default: sharp } = await import('sharp');
  const first = vs[0];
  if (!first || vs.some((v) => v.source.file !== first.source.file || v.width !== first.width)) throw new Error('encodeWidth: expected variants of one original at one width');
  const resized = sharp(first.source.file).autoOrient().resize({ width: first.width, withoutEnlargement: true });
  const encode = (img: import('sharp').Sharp, format: ImageVariant['format']) => (format === 'avif' ? img.avif(ENCODER.avif) : img.webp(ENCODER.webp)).toBuffer();
  if (vs.length === 1) return [await encode(resized, first.format)];
  const { data, info } = await resized.raw().toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const out: Buffer[] = [];
  for (const v of vs) out.push(await encode(sharp(data, { raw }), v.format));
  return out;
}

/** Writes every variant of `files` (absolute paths of originals) under `outDir` (the site root). */
export async function renderImages(opts: { root: string; files: readonly string[]; outDir: string; cacheDir?: string; concurrency?: number }): Promise<ImageRenderResult> {
  const cacheDir = resolve(opts.root, opts.cacheDir ?? IMAGE_CACHE_DIR);
  mkdirSync(cacheDir, { recursive: true });
  const sources = await Promise.all([...new Set(opts.files)].map(readImageSource));
  const variants = sources.flatMap(imageVariants);
  const missing = variants.filter((v) => !existsSync(join(cacheDir, cacheName(v))));
  // One job per original and width (its formats share the resize); largest first, so the long
  // AVIF encodes start early instead of trailing at the end.
  const jobs = [...Map.groupBy(missing, (v) => `${v.source.hash} ${v.width}`).values()].sort((a, b) => b[0]!.width - a[0]!.width);
  await pool(jobs, opts.concurrency ?? availableParallelism(), async (vs) => {
    const encoded = await encodeWidth(vs);
    vs.forEach((v, i) => atomicWrite(join(cacheDir, cacheName(v)), encoded[i]!));
  });

  const now = new Date();
  const used = new Set<string>();
  const drawn = new Set(missing.map(cacheName));
  for (const v of variants) {
    const name = cacheName(v);
    atomicCopy(join(cacheDir, name), join(opts.outDir, v.path));
    if (!drawn.has(name)) utimesSync(join(cacheDir, name), now, now);
    used.add(name);
  }
  pruneCache(cacheDir, used, /\.(avif|webp)$/);
  return { drawn: missing.length, reused: variants.length - missing.length, paths: variants.map((v) => v.path) };
}
