// `npm run dev`: serves each asset's data files beside its page, as the build publishes them
// (core/data-files.ts), drafts' included since the dev server previews them. A middleware rather
// than an Astro route: with trailingSlash 'always' a route answered /x.csv/ only, and a build
// rendered one page per file just to copy it.
import type { AstroIntegration } from 'astro';
import { devMiddleware, type Req, type Res } from './dev-middleware.ts';
import { readFileSync } from 'node:fs';
import { loadHub } from '../core/content/load.ts';
import { publishedDataFiles } from '../core/data-files.ts';

/** Site path (without base) -> the original, for every asset under content/ (previewed, so "today" does not matter). */
function dataFilesOf(root: string): Map<string, string> {
  const { hub } = loadHub(root);
  return new Map(hub ? publishedDataFiles(hub, '', 'preview').map((f) => [f.path, f.absPath] as const) : []);
}

/** The middleware: answers `<base><kind>/<slug>/<file>.csv|.json` of a known asset and passes everything else to `next`. */
export function dataFileRequestHandler(root: string, base: string) {
  const prefix = base.replace(/\/$/, '');
  let known: Map<string, string> | undefined;
  return (req: Req, res: Res, next: (err?: unknown) => void): void => {
    const url = req.url?.split('?')[0] ?? '';
    if (!url.startsWith(`${prefix}/`) || !/\.(csv|json)$/i.test(url)) return next();
    let path: string;
    try {
      path = decodeURIComponent(url.slice(prefix.length));
    } catch {
      return next(); // Malformed escapes: no file of ours has such a name.
    }
    try {
      // A new or renamed file: look again before giving up.
      if (!known?.has(path)) known = dataFilesOf(root);
      const file = known.get(path);
      if (!file) return next();
      const body = readFileSync(file);
      res.setHeader('Content-Type', file.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(body);
    } catch (err) {
      next(err);
    }
  };
}

export const dataFileServer = (root: string, base: string): AstroIntegration => devMiddleware('proof-hub:data-file-server', dataFileRequestHandler(root, base));
