// The build's promise on failure: a check that fails while Astro is already compiling stops it,
// says why, and leaves the previous dist/ and snippets/ exactly as they were, with no half-built
// folders beside them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

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
