// Broken internal links in a built site. Every URL a page points at inside the site (relative,
// root-relative under the base path, or absolute on the site's origin and base) must resolve to a
// file in dist/, with the trailing slash the site always uses, and a #fragment must name an
// element on the target page. Links elsewhere (other hosts, mailto:, tel:, other paths on the
// same origin) are not checked.
import type { ContentError } from '../errors.ts';
import type { SiteAddress } from '../urls.ts';
import type { DistSite, PageDoc } from './html.ts';

/** URL attributes checked per element, and whether the value is a srcset list. */
const REF_ATTRS: Record<string, readonly (readonly [attr: string, srcset: boolean])[]> = {
  a: [['href', false]],
  area: [['href', false]],
  img: [['src', false], ['srcset', true]],
  source: [['src', false], ['srcset', true]],
  script: [['src', false]],
  video: [['src', false], ['poster', false]],
  audio: [['src', false]],
  iframe: [['src', false]],
};

const ORIGIN_RELS = new Set(['preconnect', 'dns-prefetch']);

/** Meta tags whose content is a URL on the site. */
const URL_META = ['og:image', 'og:image:url', 'og:image:secure_url', 'og:url', 'twitter:image'];

export interface LinkRef {
  /** What was checked, e.g. a[href], img[srcset], meta[property=og:image]. */
  field: string;
  /** The URL as written (attributes decoded). */
  value: string;
}

export interface LinkCheck {
  errors: ContentError[];
  /** Internal references checked (each page and URL once). */
  checked: number;
}

/** Site address with the url trimmed of trailing slashes and the base starting and ending in /. */
export function normaliseSite(site: SiteAddress): SiteAddress {
  const url = site.url.replace(/\/+$/, '');
  const base = `/${site.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { url, base };
}

/** The URL a dist file is served at: case-study/foo/index.html -> https://x/base/case-study/foo/ */
export function pageUrl(site: SiteAddress, file: string): string {
  const path = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${site.url}${site.base}${path}`;
}

/** Quotes a URL for `found`/`expected`: whole, however long (unlike quoteFound). */
export const quoteUrl = (url: string) => `"${url}"`;

const hasExtension = (path: string) => /\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/') + 1));

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The candidate URLs of a srcset attribute (descriptors dropped). */
export function srcsetUrls(srcset: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = srcset.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Skip the descriptors up to the next comma outside parentheses.
      let depth = 0;
      while (i < n && (depth > 0 || srcset[i] !== ',')) {
        if (srcset[i] === '(') depth++;
        else if (srcset[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
    }
    if (url) out.push(url);
  }
  return out;
}

/** Every URL a page points at, with the attribute it came from, in document order per kind. */
export function pageRefs(page: PageDoc): LinkRef[] {
  const refs: LinkRef[] = [];
  for (const el of page.refs) {
    for (const [attr, isSrcset] of REF_ATTRS[el.tag] ?? []) {
      const value = el.attrs[attr];
      if (value === undefined) continue;
      const field = `${el.tag}[${attr}]`;
      if (isSrcset) for (const url of srcsetUrls(value)) refs.push({ field, value: url });
      else refs.push({ field, value });
    }
  }
  for (const el of page.links) {
    // preconnect and dns-prefetch name an origin, not a file.
    const rels = (el.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (el.attrs.href !== undefined && !rels.some((r) => ORIGIN_RELS.has(r))) refs.push({ field: 'link[href]', value: el.attrs.href });
  }
  for (const el of page.meta) {
    if (el.attrs.content === undefined) continue;
    if (el.attrs['http-equiv']?.toLowerCase() === 'refresh') {
      const target = /^\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(el.attrs.content)?.[2];
      if (target) refs.push({ field: 'meta[http-equiv=refresh]', value: target });
      continue;
    }
    for (const key of ['property', 'name'] as const) {
      const which = el.attrs[key]?.toLowerCase();
      if (which && URL_META.includes(which)) {
        refs.push({ field: `meta[${key}=${which}]`, value: el.attrs.content });
        break;
      }
    }
  }
  return refs;
}

/** The way a path below the base resolves in dist/. */
interface Resolution {
  /** The dist file the path names. */
  target: string;
  /** A page path without its trailing slash (broken under trailingSlash 'always'). */
  slashless: boolean;
}

function resolvePath(rel: string): Resolution {
  if (rel === '' || rel.endsWith('/')) return { target: `${rel}index.html`, slashless: false };
  if (hasExtension(rel)) return { target: rel, slashless: false };
  return { target: `${rel}/index.html`, slashless: true };
}

const describeTarget = (target: string) => (target === 'index.html' || target.endsWith('/index.html') ? `a page at ${target}` : `a file at ${target}`);

/** The href with a slash added before its query string or fragment. */
const withSlash = (href: string) => href.replace(/^([^?#]*)/, '$1/');

export interface LinkContext {
  site: SiteAddress;
  origin: string;
  files: ReadonlySet<string>;
  pages: ReadonlyMap<string, PageDoc>;
}

export type RefResult = { internal: false } | { internal: true; problem?: { name: 'BrokenLink' | 'BrokenAnchor'; expected: string } };

/** Checks one URL written on `page`. Pure over the context. */
export function checkRef(value: string, page: PageDoc, ctx: LinkContext): RefResult {
  const href = value.trim();
  if (href === '') return { internal: false };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { internal: false };
  let url: URL;
  try {
    url = new URL(href, pageUrl(ctx.site, page.file));
  } catch {
    return { internal: true, problem: { name: 'BrokenLink', expected: 'a valid URL' } };
  }
  if (url.origin !== ctx.origin) return { internal: false };
  const { base } = ctx.site;
  const path = url.pathname;

  if (!path.startsWith(base) && `${path}/` !== base) {
    // Same origin, outside the base path: not ours, unless it is one of our pages missing the base
    // ("/" itself is the origin's home page, which may well be another site).
    if (base === '/' || path === '/') return { internal: false };
    const guess = resolvePath(decode(path.slice(1)));
    if (!ctx.files.has(guess.target)) return { internal: false };
    const fixed = href.startsWith('/') ? `${base}${href.slice(1)}` : `${ctx.origin}${base}${path.slice(1)}${url.search}${url.hash}`;
    return { internal: true, problem: { name: 'BrokenLink', expected: `a link that includes the base path ${base}: "${guess.slashless ? withSlash(fixed) : fixed}"` } };
  }

  // "/proof-hub" is the home page without its slash.
  const { target, slashless } = path.startsWith(base) ? resolvePath(decode(path.slice(base.length))) : { target: 'index.html', slashless: true };
  const exists = ctx.files.has(target);
  if (slashless)
    return {
      internal: true,
      problem: {
        name: 'BrokenLink',
        expected: exists
          ? `the trailing-slash form "${withSlash(href)}" (the site uses trailingSlash 'always')`
          : `${describeTarget(target)}, linked with a trailing slash`,
      },
    };
  if (!exists) return { internal: true, problem: { name: 'BrokenLink', expected: describeTarget(target) } };

  const fragment = decode(url.hash.slice(1));
  if (fragment && fragment.toLowerCase() !== 'top' && target.toLowerCase().endsWith('.html')) {
    const targetPage = ctx.pages.get(target);
    if (targetPage && !targetPage.ids.has(fragment))
      return { internal: true, problem: { name: 'BrokenAnchor', expected: `an element with id="${fragment}" in ${target}` } };
  }
  return { internal: true };
}

/** Checks every internal reference on every page; each (page, URL) is reported once. */
export function checkLinks(dist: Pick<DistSite, 'files' | 'pages'>, address: SiteAddress): LinkCheck {
  const site = normaliseSite(address);
  const ctx: LinkContext = { site, origin: new URL(site.url).origin, files: dist.files, pages: new Map(dist.pages.map((p) => [p.file, p])) };
  const errors: ContentError[] = [];
  let checked = 0;
  for (const page of dist.pages) {
    const seen = new Set<string>();
    for (const ref of pageRefs(page)) {
      if (seen.has(ref.value)) continue;
      seen.add(ref.value);
      const result = checkRef(ref.value, page, ctx);
      if (!result.internal) continue;
      checked++;
      if (result.problem) errors.push({ name: result.problem.name, file: page.file, field: ref.field, expected: result.problem.expected, found: quoteUrl(ref.value) });
    }
  }
  return { errors, checked };
}
