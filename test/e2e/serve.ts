// A tiny static server for the e2e tests: serves a built hub's dist/ under its base path, the way a
// static host (GitHub Pages) does. Playwright starts one per hub (see playwright.config.ts).
//
//   node test/e2e/serve.ts --dir <dist> --base /proof-hub/ --port 4392
//
// - GET/HEAD only; files are read per request, so a rebuild that swaps dist/ is picked up.
// - /base/x/ serves x/index.html; /base/x (a folder) redirects to /base/x/.
// - Anything else (including paths outside the base) gets dist/404.html with status 404.
// - /__health answers 200 (Playwright waits for it; the build has finished by then).
// - The headers in dist/_headers (Netlify/Cloudflare format) are sent, as those hosts would: the CSP
//   tests see the policy as a real HTTP header. --no-headers leaves them out.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeaders } from '../../src/core/landing/csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface ServeOptions {
  dir: string;
  base: string;
  port: number;
  host?: string;
  /** Send the headers from <dir>/_headers (default true). */
  headers?: boolean;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function serve({ dir, base, port, host = '127.0.0.1', headers = true }: ServeOptions) {
  const root = resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;

  const server = createServer((req, res) => {
    const send = (status: number, file: string | null, extra: Record<string, string> = {}) => {
      const type = file ? (TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
      const rulesFile = join(root, '_headers');
      const site = headers && existsSync(rulesFile) ? headersFor(parseHeaders(readFileSync(rulesFile, 'utf8')), `/${(req.url ?? '/').split('?')[0]!.slice(prefix.length)}`) : {};
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...site, ...extra });
      if (req.method === 'HEAD' || !file) return res.end(file ? undefined : `${status}\n`);
      createReadStream(file).on('error', () => res.destroy()).pipe(res);
    };
    const notFound = () => {
      const page = join(root, '404.html');
      return isFile(page) ? send(404, page) : send(404, null);
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null, { allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__health') return send(200, null);

    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (`${pathname}/` === prefix) return send(301, null, { location: prefix + url.search });
    if (!pathname.startsWith(prefix)) return notFound();

    const rel = pathname.slice(prefix.length);
    const target = normalize(join(root, rel));
    if (target !== root && !target.startsWith(root + sep)) return notFound();

    if (isDir(target)) {
      if (!pathname.endsWith('/')) return send(301, null, { location: `${url.pathname}/${url.search}` });
      const index = join(target, 'index.html');
      return isFile(index) ? send(200, index) : notFound();
    }
    if (isFile(target)) return send(200, target);
    return notFound();
  });
  server.listen(port, host);
  return server;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string' },
      base: { type: 'string', default: '/' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  if (!values.dir || !values.port) {
    console.error('usage: node test/e2e/serve.ts --dir <dist> [--base /path/] --port <n> [--host 127.0.0.1]');
    process.exit(2);
  }
  const server = serve({ dir: values.dir, base: values.base, port: Number(values.port), host: values.host });
  server.on('listening', () => console.log(`serving ${resolve(values.dir!)} at http://${values.host}:${values.port}${values.base}`));
  server.on('error', (err) => {
    console.error(`✖ ${err.message}`);
    process.exit(1);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}
