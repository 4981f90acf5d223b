// Incremental builds (Astro's experimental.incrementalBuild with our cacheKey, src/core/page-cache-key.ts):
// a rebuild with no change restores every asset page; a change re-renders exactly the pages that
// print the changed data, and never serves a stale one. Builds a copy of the Swedish fixture hub.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'incremental-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES = ['benchmark/sensornoggrannhet', 'case-study/apoteksgruppen', 'methodology/kalibrering'];

const LISTS = ['methodology', 'series/sa-gjorde-vi', 'author/maja'];
let lastOutput = '';
const restoredOf = (pages: string[]) => pages.filter((p) => new RegExp(`/${p}/index\\.html \\((restored|cached)\\)`).test(lastOutput));

/** Builds the copy; returns which asset pages Astro restored from its cache. */
function build(env: NodeJS.ProcessEnv = process.env): string[] {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--root', work], { cwd: PROJECT, env, encoding: 'utf8', timeout: 180_000 });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  lastOutput = r.stdout;
  return restoredOf(PAGES);
}
const page = (p: string) => readFileSync(join(work, 'dist', p, 'index.html'), 'utf8');
const edit = (file: string, from: string, to: string) => {
  const path = join(work, 'content', file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

describe('incremental builds', () => {
  let first: Record<string, string>;
  beforeAll(() => {
    // content/ only: the fixture's own dist/ and caches (left by the browser tests) must not come along.
    cpSync(join(PROJECT, 'test/fixtures/hubs/sv/content'), join(work, 'content'), { recursive: true });
    // A shell (or test runner) in development mode must not turn the build into a preview with drafts.
    expect(build({ ...process.env, NODE_ENV: 'development', DEV: '1', MODE: 'development' })).toEqual([]);
    expect(existsSync(join(work, 'dist/methodology/utkast-metod'))).toBe(false);
    first = Object.fromEntries(PAGES.map((p) => [p, page(p)]));
  }, 200_000);

  it('restores every asset page when nothing changed, byte for byte', () => {
    expect(build()).toEqual(PAGES);
    for (const p of PAGES) expect(page(p)).toBe(first[p]);
    // List pages have keys of their own (their cards and what frames them).
    expect(restoredOf(LISTS)).toEqual(LISTS);
  }, 200_000);

  it("re-renders only the page whose body changed", () => {
    edit('methodology/kalibrering.mdx', '## Varför kalibrera?', '## Varför kalibrera varje givare?');
    expect(build()).toEqual(['benchmark/sensornoggrannhet', 'case-study/apoteksgruppen']);
    expect(page('methodology/kalibrering')).toContain('Varför kalibrera varje givare?');
  }, 200_000);

  it("re-renders the pages that list an asset as related when its title changes", () => {
    edit('methodology/kalibrering.mdx', 'title: Så kalibrerar vi varje sensor före leverans', 'title: Så kalibrerar vi givarna före leverans');
    expect(build()).toEqual([]);
    expect(page('case-study/apoteksgruppen')).toContain('Så kalibrerar vi givarna före leverans');
    // Every list that shows its card is rendered again too.
    expect(restoredOf(LISTS)).toEqual([]);
    for (const list of LISTS) expect(page(list)).toContain('Så kalibrerar vi givarna före leverans');
    expect(page('benchmark/sensornoggrannhet')).toContain('Så kalibrerar vi givarna före leverans');
  }, 200_000);

  it('re-renders a benchmark when its data file changes, though its MDX did not', () => {
    edit('benchmarks/sensornoggrannhet.csv', 'KT-1,0.42,', 'KT-1,0.47,');
    expect(build()).toEqual(['case-study/apoteksgruppen', 'methodology/kalibrering']);
    expect(page('benchmark/sensornoggrannhet')).toContain('0.47');
    expect(page('benchmark/sensornoggrannhet')).not.toContain('0.42');
  }, 200_000);
});
