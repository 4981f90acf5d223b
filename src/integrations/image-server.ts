// `npm run dev`: serves the responsive image files pages name (core/images/variants.ts), drawing
// each on first request into the same cache the build uses. Any image under content/ can be asked
// for, so drafts' images show in the preview; the build publishes only live ones.
import type { AstroIntegration } from 'astro';
import { devMiddleware, type Req, type Res } from './dev-middleware.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from '../core/file-cache.ts';
import { cacheName, encodeVariant, IMAGE_CACHE_DIR } from '../core/images/render.ts';
import { readImageSource } from '../core/images/source.ts';
import { IMAGE_DIR, imageVariants, type ImageVariant } from '../core/images/variants.ts';

const ORIGINAL = /\.(png|jpe?g|webp|avif)$/i;

/** Site path (without base) -> variant, for every image under content/. */
async function variantsUnder(contentDir: string): Promise<Map<string, ImageVariant>> {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => ORIGINAL.test(f));
  const sources = await Promise.all(files.map((f) => readImageSource(join(contentDir, f))));
  return new Map(sources.flatMap(imageVariants).map((v) => [v.path, v]));
}

/**
 * The middleware: answers `<base>_img/<file>` with the drawn variant (drawing it into the cache
 * on first request) and passes everything else, and unknown files, to `next`.
 */
export function imageRequestHandler(root: string, base: string) {
  const prefix = `${base.replace(/\/$/, '')}/${IMAGE_DIR}/`;
  let known: Map<string, ImageVariant> | undefined;
  return async (req: Req, res: Res, next: (err?: unknown) => void): Promise<void> => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith(prefix)) return next();
    try {
      const path = `/${IMAGE_DIR}/${url.slice(prefix.length)}`;
      // An edited or new image has a new digest: look again before giving up.
      if (!known?.has(path)) known = await variantsUnder(join(root, 'content'));
      const v = known.get(path);
      if (!v) return next();
      const cached = join(root, IMAGE_CACHE_DIR, cacheName(v));
      if (!existsSync(cached)) atomicWrite(cached, await encodeVariant(v));
      res.setHeader('Content-Type', `image/${v.format}`);
      res.setHeader('Cache-Control', 'no-cache');
      res.end(readFileSync(cached));
    } catch (err) {
      next(err);
    }
  };
}

export const imageServer = (root: string, base: string): AstroIntegration => devMiddleware('proof-hub:image-server', imageRequestHandler(root, base));
