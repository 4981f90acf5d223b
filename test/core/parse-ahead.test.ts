// Parsing pages while Astro still writes them (src/core/seo/parse-ahead.ts): the lint then finds
// them parsed, and a page read before its last bytes were written is never used.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { parsePage } from '../../src/core/seo/html.ts';
import { parseWhileWriting } from '../../src/core/seo/parse-ahead.ts';
import { parseCache } from '../../src/core/seo/parse-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'parse-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const page = (title: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

it('parses pages as they appear until the writer is done; the lint uses them only for the same bytes', async () => {
  const out = join(dir, 'site');
  const cache = parseCache(join(dir, 'cache/pages.json'));
  let finish!: () => void;
  const done = new Promise<void>((ok) => (finish = ok));
  const ahead = parseWhileWriting(out, cache, done, { pollMs: 10, settleMs: 20 });

  mkdirSync(join(out, 'a'), { recursive: true });
  writeFileSync(join(out, 'a/index.html'), page('A'));
  mkdirSync(join(out, 'b'), { recursive: true });
  // Caught half-written: what is read ahead is not the page the lint will see.
  writeFileSync(join(out, 'b/index.html'), page('B').slice(0, 40));
  await sleep(150);
  writeFileSync(join(out, 'b/index.html'), page('B'));
  finish();
  expect(await ahead).toBeGreaterThanOrEqual(2);

  const parsedByLint: string[] = [];
  const lintRead = (file: string, html: string) =>
    cache.page(file, html, () => {
      parsedByLint.push(file);
      return parsePage(file, html);
    });
  expect(lintRead('a/index.html', page('A')).titles).toEqual(['A']);
  expect(lintRead('b/index.html', page('B')).titles).toEqual(['B']);
  // a was parsed ahead; b's early read was of other bytes (unless it was read again once whole).
  expect(parsedByLint).not.toContain('a/index.html');
});

it('stops when the writer fails, and when the folder never appears', async () => {
  const cache = parseCache(join(dir, 'cache2/pages.json'));
  const failed = Promise.reject(new Error('astro build exited with code 1'));
  failed.catch(() => {});
  expect(await parseWhileWriting(join(dir, 'never'), cache, failed, { pollMs: 10 })).toBe(0);
});

it('once the writer is done, parses the rest at once (no settling), unless told to stop', async () => {
  const out = join(dir, 'rest');
  for (const p of ['x', 'y', 'z']) {
    mkdirSync(join(out, p), { recursive: true });
    writeFileSync(join(out, p, 'index.html'), page(p.toUpperCase()));
  }
  // Too fresh to be read while the writer runs (settleMs 10 s): only the last pass reads them.
  const slow = { pollMs: 10, settleMs: 10_000 };
  const cache = parseCache(join(dir, 'cache3/pages.json'));
  expect(await parseWhileWriting(out, cache, sleep(50), { ...slow, stop: new Promise(() => {}) })).toBe(3);
  const parsedByLint: string[] = [];
  cache.page('y/index.html', page('Y'), () => {
    parsedByLint.push('y');
    return parsePage('y/index.html', page('Y'));
  });
  expect(parsedByLint).toEqual([]);

  const stopped = parseCache(join(dir, 'cache4/pages.json'));
  expect(await parseWhileWriting(out, stopped, sleep(50), { ...slow, stop: Promise.resolve() })).toBe(0);
});
