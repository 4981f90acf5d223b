// Reads a built site (dist/) once: every file's path, and every .html page parsed into the few
// facts the SEO lint and the link checker need. Both share these records, so each page is parsed
// a single time however many rules run over it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, parse } from 'node-html-parser';
import { listFiles } from '../file-cache.ts';

/** One element the checks look at, with lower-case attribute names and decoded values. */
export interface PageElement {
  tag: string;
  attrs: Record<string, string>;
  /** Decoded text, whitespace collapsed: kept for <title>, <h1> and JSON-LD scripts only. */
  text?: string;
}

export interface PageDoc {
  /** Path relative to distDir with forward slashes, e.g. case-study/foo/index.html */
  file: string;
  /** The <html lang> value; undefined when the attribute (or the <html> element) is missing. */
  lang: string | undefined;
  /** Every <title> outside <svg>, in document order (normally one). */
  titles: string[];
  h1s: string[];
  meta: PageElement[];
  /** <link> elements. */
  links: PageElement[];
  /** Elements that point at other URLs: a, area, img, source, script, video, audio, iframe. */
  refs: PageElement[];
  /** <img> elements (also in refs), for the alt rule. */
  imgs: PageElement[];
  /** Raw text of every <script type="application/ld+json">. */
  jsonLd: string[];
  /** Fragment targets: every id, and the name of every <a name>. */
  ids: Set<string>;
}

export interface DistSite {
  distDir: string;
  /** Every file in distDir, relative, forward slashes. */
  files: Set<string>;
  /** Every .html file, parsed, sorted by path. */
  pages: PageDoc[];
}

const REF_TAGS = new Set(['a', 'area', 'img', 'source', 'script', 'video', 'audio', 'iframe']);
// Text of these elements is kept; everything else is only walked for its children.
const TEXT_TAGS = new Set(['title', 'h1']);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function attrsOf(el: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(el.attributes)) {
    const key = k.toLowerCase();
    if (!(key in out)) out[key] = v;
  }
  return out;
}

/** Parses one page. Pure: no file access, so tests can call it on a string. */
export function parsePage(file: string, html: string): PageDoc {
  // Only script and style hold raw text; <pre> and <noscript> are parsed so their links count.
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const doc: PageDoc = { file, lang: undefined, titles: [], h1s: [], meta: [], links: [], refs: [], imgs: [], jsonLd: [], ids: new Set() };
  let sawHtml = false;

  const visit = (el: HTMLElement, inSvg: boolean) => {
    for (const child of el.childNodes) {
      if (!(child instanceof HTMLElement)) continue;
      const tag = child.rawTagName ? child.rawTagName.toLowerCase() : '';
      const attrs = attrsOf(child);
      if (attrs.id) doc.ids.add(attrs.id);
      if (tag === 'a' && attrs.name) doc.ids.add(attrs.name);
      const svg = inSvg || tag === 'svg';
      if (tag === 'html' && !sawHtml) {
        sawHtml = true;
        doc.lang = attrs.lang;
      } else if (TEXT_TAGS.has(tag) && !svg) {
        (tag === 'title' ? doc.titles : doc.h1s).push(collapse(child.text));
      } else if (tag === 'meta') {
        doc.meta.push({ tag, attrs });
      } else if (tag === 'link') {
        doc.links.push({ tag, attrs });
      } else if (tag === 'script' && (attrs.type ?? '').trim().toLowerCase() === 'application/ld+json') {
        doc.jsonLd.push(child.text);
      }
      if (REF_TAGS.has(tag)) {
        const ref = { tag, attrs };
        doc.refs.push(ref);
        if (tag === 'img') doc.imgs.push(ref);
      }
      // <template> content is not part of the page.
      if (tag !== 'script' && tag !== 'style' && tag !== 'title' && tag !== 'template') visit(child, svg);
    }
  };
  visit(root, false);
  return doc;
}

/** Parsed pages from an earlier run (parse-cache.ts), asked before parsing a page. */
export interface PageSource {
  page(file: string, html: string, parse: () => PageDoc): PageDoc;
}

/** Reads distDir: returns undefined when it does not exist or is not a folder. */
export function readDist(distDir: string, cache?: PageSource): DistSite | undefined {
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) return undefined;
  const all = listFiles(distDir);
  const read = (f: string) => {
    const html = readFileSync(join(distDir, f), 'utf8');
    return cache ? cache.page(f, html, () => parsePage(f, html)) : parsePage(f, html);
  };
  const pages = all.filter((f) => f.toLowerCase().endsWith('.html')).map(read);
  return { distDir, files: new Set(all), pages };
}

/** The content attribute of the first meta whose name or property is `key` (case-insensitive). */
export function metaContent(doc: PageDoc, key: string): string | undefined {
  return metaTag(doc, key)?.attrs.content;
}

/** The first meta whose name or property is `key` (case-insensitive). */
export function metaTag(doc: PageDoc, key: string): PageElement | undefined {
  const k = key.toLowerCase();
  return doc.meta.find((e) => e.attrs.name?.toLowerCase() === k || e.attrs.property?.toLowerCase() === k);
}

/** Link elements whose rel list includes `rel`. */
export function linksWithRel(doc: PageDoc, rel: string): PageElement[] {
  return doc.links.filter((l) => (l.attrs.rel ?? '').toLowerCase().split(/\s+/).includes(rel));
}

/** `<meta name="robots" content="noindex…">` (or "none"). */
export function isNoindex(doc: PageDoc): boolean {
  return doc.meta.some((m) => (m.attrs.name ?? '').toLowerCase() === 'robots' && /\b(noindex|none)\b/i.test(m.attrs.content ?? ''));
}

/** A redirect stub (Astro's `redirects`): a meta refresh on a noindex page. */
export function isRedirect(doc: PageDoc): boolean {
  return isNoindex(doc) && doc.meta.some((m) => (m.attrs['http-equiv'] ?? '').toLowerCase() === 'refresh');
}
