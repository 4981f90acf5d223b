// Page-weight budgets on the built hubs (the webServer in playwright.config.ts builds them), read
// from the files in dist/ as a static host serves them:
//   - our own JavaScript ≤ 2 KB gzipped per page: inline scripts and scripts loaded from the site
//     itself; JSON-LD is data, and vendor loaders from other hosts are the site owner's choice;
//     asset pages carry no script but the attribution script;
//   - HTML plus the CSS it links ≤ 30 KB gzipped per page;
//   - every <img> has explicit width and height, and is offered as AVIF and WebP with a srcset
//     (a <picture> with both sources), unless it is an SVG.
// The first test feeds the same measuring code pages that break each budget, so it is known to fail.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse, type HTMLElement } from 'node-html-parser';
import { expect, test } from './fixtures.ts';

const JS_BUDGET = 2 * 1024;
const HTML_CSS_BUDGET = 30 * 1024;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

interface PageWeight {
  page: string;
  /** Gzipped bytes of each of our scripts, summed (each is compressed on its own, as served). */
  ownJs: number;
  scripts: string[];
  htmlCss: number;
  imageProblems: string[];
}

/** Reads a file of the site given its URL path, or undefined for other hosts and missing files. */
type SiteFile = (urlPath: string) => string | undefined;

function measurePage(page: string, html: string, siteFile: SiteFile): PageWeight {
  const doc = parse(html, { comment: false });
  const scripts: string[] = [];
  let ownJs = 0;
  for (const s of doc.querySelectorAll('script')) {
    const type = (s.getAttribute('type') ?? '').toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON-LD and other data blocks
    const src = s.getAttribute('src');
    if (src) {
      if (/^(https?:)?\/\//.test(src)) continue; // a vendor loader from another host
      const text = siteFile(src);
      if (text === undefined) throw new Error(`${page}: <script src="${src}"> is missing from dist/`);
      ownJs += gz(text);
      scripts.push(src);
    } else if (s.rawText.trim()) {
      ownJs += gz(s.rawText);
      scripts.push(`inline${s.id ? ` #${s.id}` : ''}`);
    }
  }
  let css = 0;
  for (const l of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const href = l.getAttribute('href')!;
    if (/^(https?:)?\/\//.test(href)) continue;
    const text = siteFile(href);
    if (text === undefined) throw new Error(`${page}: stylesheet ${href} is missing from dist/`);
    css += gz(text);
  }
  const imageProblems: string[] = [];
  for (const img of doc.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const name = `${page}: <img src="${src}">`;
    if (!/^\d+$/.test(img.getAttribute('width') ?? '') || !/^\d+$/.test(img.getAttribute('height') ?? '')) imageProblems.push(`${name} has no explicit width and height`);
    if (/\.svg(\?|$)/i.test(src)) continue;
    const picture = img.parentNode as HTMLElement | null;
    const sources = picture?.rawTagName?.toLowerCase() === 'picture' ? picture.querySelectorAll('source') : [];
    for (const type of ['image/avif', 'image/webp']) {
      const source = sources.find((x) => x.getAttribute('type') === type);
      if (!source) imageProblems.push(`${name} is not offered as ${type}`);
      else if (!(source.getAttribute('srcset') ?? '').includes(' ')) imageProblems.push(`${name}: its ${type} source has no srcset with widths`);
    }
  }
  return { page, ownJs, scripts, htmlCss: gz(html) + css, imageProblems };
}

function pagesOf(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

test('the budget checks catch a page over each budget', () => {
  const files: Record<string, string> = {
    '/_astro/big.js': Array.from({ length: 4000 }, (_, i) => `var v${i}=${(i * 7919) % 104729};`).join(''),
    '/_astro/site.css': '.a{color:red}',
  };
  const siteFile: SiteFile = (p) => files[p];
  const ok = measurePage(
    'ok.html',
    '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"@type":"Thing"}</script><script src="https://vendor.example/loader.js"></script></head>' +
      '<body><picture><source type="image/avif" srcset="/a.avif 400w"><source type="image/webp" srcset="/a.webp 400w"><img src="/a.png" width="400" height="300" alt=""></picture><img src="/logo.svg" width="10" height="10" alt=""></body></html>',
    siteFile,
  );
  expect(ok.ownJs, 'JSON-LD and other hosts are not our JavaScript').toBe(0);
  expect(ok.imageProblems).toEqual([]);

  const heavy = measurePage('heavy.html', '<html><head><script src="/_astro/big.js"></script><script>console.log(1)</script></head><body></body></html>', siteFile);
  expect(heavy.scripts).toEqual(['/_astro/big.js', 'inline']);
  expect(heavy.ownJs).toBeGreaterThan(JS_BUDGET);

  const bulky = measurePage('bulky.html', `<html><body>${Array.from({ length: 20000 }, (_, i) => `<p>${(i * 48271) % 2147483647}</p>`).join('')}</body></html>`, siteFile);
  expect(bulky.htmlCss).toBeGreaterThan(HTML_CSS_BUDGET);

  const images = measurePage('images.html', '<html><body><img src="/a.png" alt=""><picture><source type="image/webp" srcset="/b.webp"><img src="/b.png" width="1" height="1" alt=""></picture></body></html>', siteFile);
  expect(images.imageProblems).toEqual([
    'images.html: <img src="/a.png"> has no explicit width and height',
    'images.html: <img src="/a.png"> is not offered as image/avif',
    'images.html: <img src="/a.png"> is not offered as image/webp',
    'images.html: <img src="/b.png"> is not offered as image/avif',
    'images.html: <img src="/b.png">: its image/webp source has no srcset with widths',
  ]);
});

test('every built page stays within the page-weight budgets', ({ hub }) => {
  expect(existsSync(hub.dist), `${hub.dist} (built by the webServer)`).toBe(true);
  const siteFile: SiteFile = (urlPath) => {
    const path = urlPath.split(/[?#]/)[0]!;
    if (!path.startsWith(hub.base)) return undefined;
    const file = join(hub.dist, decodeURIComponent(path.slice(hub.base.length)));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const pages = pagesOf(hub.dist);
  expect(pages.length).toBeGreaterThan(10);
  const weights = pages.map((p) => measurePage(p, readFileSync(join(hub.dist, p), 'utf8'), siteFile));

  const overJs = weights.filter((w) => w.ownJs > JS_BUDGET).map((w) => `${w.page}: ${w.ownJs} B (${w.scripts.join(', ')})`);
  expect(overJs, `pages over ${JS_BUDGET} B of our own gzipped JavaScript`).toEqual([]);
  const overHtml = weights.filter((w) => w.htmlCss > HTML_CSS_BUDGET).map((w) => `${w.page}: ${w.htmlCss} B`);
  expect(overHtml, `pages over ${HTML_CSS_BUDGET} B of gzipped HTML + CSS`).toEqual([]);
  expect(weights.flatMap((w) => w.imageProblems)).toEqual([]);

  // Asset pages: no JavaScript but the inline attribution script.
  const assetPages = weights.filter((w) => /^(case-study|benchmark|methodology)\/[^/]+\/index\.html$/.test(w.page.split('\\').join('/')));
  expect(assetPages.length).toBeGreaterThan(0);
  const extra = assetPages.filter((w) => w.scripts.some((s) => s !== 'inline #ph-attribution')).map((w) => `${w.page}: ${w.scripts.join(', ')}`);
  expect(extra, 'asset pages with a script other than the attribution script').toEqual([]);

  // The heaviest page of each budget, for the log.
  const top = (key: 'ownJs' | 'htmlCss') => weights.reduce((a, b) => (b[key] > a[key] ? b : a));
  test.info().annotations.push({
    type: 'budgets',
    description: `${pages.length} pages; most JS ${top('ownJs').ownJs} B (${top('ownJs').page}); most HTML+CSS ${top('htmlCss').htmlCss} B (${top('htmlCss').page})`,
  });
});
