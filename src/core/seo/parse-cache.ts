// Parsed pages kept between lint runs, keyed by each page's path and bytes: a rebuild restores
// most pages byte for byte from Astro's cache, and parsing them again was most of the lint (0.9 s
// of 1.4 s at 1,000 assets, on the path after Astro). Node-only; html.ts stays pure.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { atomicWrite } from '../file-cache.ts';
import type { PageDoc } from './html.ts';

/**
 * What the entries were made with: the text of our parser module and of the HTML parser it calls,
 * so any change to how pages are parsed drops the old entries without anyone remembering to.
 */
export const PARSE_CACHE_VERSION = createHash('sha256')
  .update(readFileSync(new URL('./html.ts', import.meta.url)))
  .update(readFileSync(new URL(import.meta.resolve('node-html-parser'))))
  .digest('hex')
  .slice(0, 16);

type Stored = Omit<PageDoc, 'ids'> & { ids: string[] };

export interface ParseCache {
  /** The parsed page for this file and HTML, or what `parse` returns (then kept). */
  page(file: string, html: string, parse: () => PageDoc): PageDoc;
  /**
   * Parses a page ahead of the lint (while Astro is still writing others). Kept only if the lint
   * later reads these exact bytes at this path: a page caught half-written is simply a miss.
   */
  prewarm(file: string, html: string, parse: () => PageDoc): void;
  /** Writes the entries this run used (only these: the rest are gone pages), if any was new. */
  save(): void;
}

export function parseCache(file: string): ParseCache {
  let before = new Map<string, Stored>();
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; pages?: Record<string, Stored> };
    if (data.version === PARSE_CACHE_VERSION && data.pages) before = new Map(Object.entries(data.pages));
  } catch {
    // No cache yet, or an unreadable one: every page is parsed.
  }
  const used = new Map<string, Stored>();
  const early = new Map<string, PageDoc>();
  const keyOf = (path: string, html: string) => createHash('sha256').update(path).update('\0').update(html).digest('hex');
  let added = false;
  return {
    prewarm(path, html, parse) {
      const key = keyOf(path, html);
      if (!before.has(key) && !early.has(key)) early.set(key, parse());
    },
    page(path, html, parse) {
      const key = keyOf(path, html);
      const hit = before.get(key);
      if (hit) {
        used.set(key, hit);
        return { ...hit, ids: new Set(hit.ids) };
      }
      const doc = early.get(key) ?? parse();
      used.set(key, { ...doc, ids: [...doc.ids] });
      added = true;
      return doc;
    },
    save() {
      if (added || used.size !== before.size) atomicWrite(file, JSON.stringify({ version: PARSE_CACHE_VERSION, pages: Object.fromEntries(used) }));
    },
  };
}
