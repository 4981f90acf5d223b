// The build as a whole, by running scripts/build.ts on copies of fixture hubs. One file on purpose:
// Astro writes its prerender chunks into the project's .astro/, so two builds from this project
// at once (vitest runs files in parallel) would trip over each other.
//
// On failure: a check that fails while Astro is already compiling stops it, says why, and leaves
// the previous dist/ and snippets/ exactly as they were, with no half-built folders beside them.
//
// Incremental builds (Astro's experimental.incrementalBuild with our cacheKeys, src/core/page-cache-key.ts):
// a rebuild with no change restores every asset and list page; a change re-renders exactly the
// pages that print the changed data, and never serves a stale one. Builds a copy of the Swedish hub.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PROJECT = join(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the gate fixture with a previous build's dist/ and snippets/ in place. */
function hubWithPreviousBuild(): string {
  const work = mkdtempSync(join(tmpdir(), 'build-test-'));
  temps.push(work);
  cpSync(join(PROJECT, 'test/fixtures/cadence/gate/content'), join(work, 'content'), { recursive: true });
  mkdirSync(join(work, 'dist'));
  writeFileSync(join(work, 'dist/index.html'), 'the site as it was');
  mkdirSync(join(work, 'snippets'));
  writeFileSync(join(work, 'snippets/index.md'), 'the snippets as they were');
  return work;
}

const build = (root: string) => spawnSync(process.execPath, ['scripts/build.ts', '--root', root], { cwd: PROJECT, encoding: 'utf8', timeout: 120_000 });

function expectUntouched(work: string) {
  expect(readFileSync(join(work, 'dist/index.html'), 'utf8')).toBe('the site as it was');
  expect(readFileSync(join(work, 'snippets/index.md'), 'utf8')).toBe('the snippets as they were');
  // Caches may stay (they are keyed by content); no staging folder may.
  expect(readdirSync(work).filter((f) => /next|stage|tmp/.test(f))).toEqual([]);
}

describe('a failed build', () => {
it('a content error found while Astro starts stops it with the report, and leaves the previous build', () => {
  const work = hubWithPreviousBuild();
  const file = join(work, 'content/case-studies/apoteksgruppen.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('series: sa-gjorde-vi', 'series: sa-gjorde-vii'));
  const r = build(work);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('content/case-studies/apoteksgruppen.mdx:7 › series');
  expect(r.stderr).toContain('found    "sa-gjorde-vii"  [UnknownSeries]');
  expectUntouched(work);
});

it('a failing publishing gate stops the build and leaves dist/ and snippets/ untouched', () => {
  const work = hubWithPreviousBuild();
  const r = build(work);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('✖ the publishing gate failed: see the cadence and governance report above');
  expect(r.stdout).toContain('benchmark/sensornoggrannhet is public (since 2026-04-21) without a complete review: missing policy, date');
  expectUntouched(work);
});
});

const work = mkdtempSync(join(tmpdir(), 'incremental-test-'));
temps.push(work);

const PAGES = ['benchmark/sensornoggrannhet', 'case-study/apoteksgruppen', 'methodology/kalibrering'];

const LISTS = ['methodology', 'series/sa-gjorde-vi', 'author/maja'];
let lastOutput = '';
const restoredOf = (pages: string[]) => pages.filter((p) => new RegExp(`/${p}/index\\.html \\((restored|cached)\\)`).test(lastOutput));

/** Builds the copy; returns which asset pages Astro restored from its cache. */
function incrementalBuild(env: NodeJS.ProcessEnv = process.env, ...flags: string[]): string[] {
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--root', work, ...flags], { cwd: PROJECT, env, encoding: 'utf8', timeout: 180_000 });
  expect(r.status, r.stdout + r.stderr).toBe(0);
  // Astro colours its log when CI is set: the page lines are matched without the colour codes.
  lastOutput = r.stdout.replace(/\x1b\[[0-9;]*m/g, '');
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
  let snippetsWritten: number;
  beforeAll(() => {
    // content/ only: the fixture's own dist/ and caches (left by the browser tests) must not come along.
    cpSync(join(PROJECT, 'test/fixtures/hubs/sv/content'), join(work, 'content'), { recursive: true });
    // A shell (or test runner) in development mode must not turn the build into a preview with drafts.
    expect(incrementalBuild({ ...process.env, NODE_ENV: 'development', DEV: '1', MODE: 'development' })).toEqual([]);
    expect(existsSync(join(work, 'dist/methodology/utkast-metod'))).toBe(false);
    // rolldown's warning about Astro's own "use astro:head-inject" (one per MDX file) is not shown.
    expect(lastOutput).toContain('[build] Building static entrypoints');
    expect(lastOutput).not.toContain('MODULE_LEVEL_DIRECTIVE');
    // The closing line says where the time went, each step with its own span.
    expect(lastOutput).toMatch(/^ {2}astro \d+\.\d s · beside it: check \d+\.\d s, snippet text \d+\.\d s, cadence \d+\.\d s, snippet files \d+\.\d s, cards \d+\.\d s, images \d+\.\d s, lint ahead \d+\.\d s · after Astro: headers \d+\.\d s, SEO lint \d+\.\d s, swap \d+\.\d s$/m);
    snippetsWritten = statSync(join(work, 'snippets/.digest')).mtimeMs;
    first = Object.fromEntries(PAGES.map((p) => [p, page(p)]));
  }, 200_000);

  it('stops at once when nothing it reads changed, leaving dist/ and snippets/ as they were, until an output is touched', () => {
    const index = join(work, 'dist/index.html');
    const before = statSync(index).mtimeMs;
    expect(incrementalBuild()).toEqual([]);
    expect(lastOutput).toMatch(/^✔ nothing changed since the build of \d{4}-\d\d-\d\dT[\d:.]+Z \(same content, code, lockfile and day\): .*dist and .*snippets kept as they are · \d+\.\d s \(--force builds anyway\)$/m);
    // The cadence report is still in the log.
    expect(lastOutput).toContain('Cadence');
    expect(statSync(index).mtimeMs).toBe(before);
    // Something wrote into dist/ since: the next build is a full one, and puts the page back.
    writeFileSync(index, 'edited by hand');
    expect(incrementalBuild()).toEqual(PAGES);
    expect(lastOutput).not.toContain('nothing changed');
    expect(readFileSync(index, 'utf8')).not.toBe('edited by hand');
  }, 200_000);

  it('restores every asset page when nothing changed, byte for byte (--force)', () => {
    expect(incrementalBuild(process.env, '--force')).toEqual(PAGES);
    for (const p of PAGES) expect(page(p)).toBe(first[p]);
    // List pages have keys of their own (their cards and what frames them).
    expect(restoredOf(LISTS)).toEqual(LISTS);
    // Unchanged snippets are not written again.
    expect(statSync(join(work, 'snippets/.digest')).mtimeMs).toBe(snippetsWritten);
  }, 200_000);

  it("re-renders only the page whose body changed", () => {
    edit('methodology/kalibrering.mdx', '## Varför kalibrera?', '## Varför kalibrera varje givare?');
    expect(incrementalBuild()).toEqual(['benchmark/sensornoggrannhet', 'case-study/apoteksgruppen']);
    expect(page('methodology/kalibrering')).toContain('Varför kalibrera varje givare?');
  }, 200_000);

  it("re-renders the pages that list an asset as related when its title changes", () => {
    edit('methodology/kalibrering.mdx', 'title: Så kalibrerar vi varje sensor före leverans', 'title: Så kalibrerar vi givarna före leverans');
    expect(incrementalBuild()).toEqual([]);
    expect(page('case-study/apoteksgruppen')).toContain('Så kalibrerar vi givarna före leverans');
    // Every list that shows its card is rendered again too.
    expect(restoredOf(LISTS)).toEqual([]);
    for (const list of LISTS) expect(page(list)).toContain('Så kalibrerar vi givarna före leverans');
    // The snippets name the asset by its title, so they are written again.
    expect(readFileSync(join(work, 'snippets/methodology/kalibrering/linkedin.md'), 'utf8')).toContain('Så kalibrerar vi givarna före leverans');
    expect(page('benchmark/sensornoggrannhet')).toContain('Så kalibrerar vi givarna före leverans');
  }, 200_000);

  it('re-renders a benchmark when its data file changes, though its MDX did not', () => {
    edit('benchmarks/sensornoggrannhet.csv', 'KT-1,0.42,', 'KT-1,0.47,');
    expect(incrementalBuild()).toEqual(['case-study/apoteksgruppen', 'methodology/kalibrering']);
    expect(page('benchmark/sensornoggrannhet')).toContain('0.47');
    expect(page('benchmark/sensornoggrannhet')).not.toContain('0.42');
    // The file the page links for download is the new one too (the build copies it beside the page).
    expect(readFileSync(join(work, 'dist/benchmark/sensornoggrannhet/sensornoggrannhet.csv'), 'utf8')).toContain('KT-1,0.47,');
  }, 200_000);
});

// Astro renames its assets from the project's .astro/ into the output folder; with the hub on
// another file system (a tmpfs /tmp, a second disk) that rename failed with EXDEV. /dev/shm is a
// tmpfs on Linux: where it is not another file system than the project, there is nothing to test.
const shm = '/dev/shm';
const otherFs = existsSync(shm) && statSync(shm).dev !== statSync(PROJECT).dev;
describe.skipIf(!otherFs)('a hub on another file system than the project', () => {
  it('builds, with the site, cards and images in its dist/ and nothing left behind', () => {
    const hub = mkdtempSync(join(shm, 'build-test-'));
    temps.push(hub);
    cpSync(join(PROJECT, 'test/fixtures/hubs/sv/content'), join(hub, 'content'), { recursive: true });
    const r = build(hub);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(readFileSync(join(hub, 'dist/case-study/apoteksgruppen/index.html'), 'utf8')).toContain('<h1');
    expect(readdirSync(join(hub, 'dist/_astro')).some((f) => f.endsWith('.css'))).toBe(true);
    expect(existsSync(join(hub, 'dist/og/case-study/apoteksgruppen.png'))).toBe(true);
    expect(existsSync(join(hub, 'dist/benchmark/sensornoggrannhet/sensornoggrannhet.csv'))).toBe(true);
    expect(readdirSync(hub).filter((f) => /next|stage/.test(f))).toEqual([]);
    expect(readdirSync(join(PROJECT, '.astro')).filter((f) => f.startsWith('out-'))).toEqual([]);
  }, 200_000);
});
