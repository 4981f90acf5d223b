// npm run cadence end to end: the example hub's report as a golden file (pinned today), and a fixture
// hub where the publishing gate fails and --strict turns warnings into a failure.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cadence, cadenceForBuild, INTERNAL_REPORT_CSS, INTERNAL_REPORT_PATH, readCadenceArgs } from '../../scripts/cadence.ts';
import { REPORT_CSS } from '../../src/core/cadence/html.ts';
import { loadAndCheckHub } from '../../src/core/content/check.ts';

const GOLDEN = 'test/fixtures/cadence/example-report.txt';
const GATE = 'test/fixtures/cadence/gate';

describe('the example hub', () => {
  it('prints the golden report for 2026-06-15 (regenerate deliberately: UPDATE_GOLDEN=1 npx vitest run test/core/cadence-cli.test.ts)', () => {
    const { output, exitCode } = cadence(readCadenceArgs(['--today', '2026-06-15']));
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, `${output}\n`);
    expect(`${output}\n`).toBe(readFileSync(GOLDEN, 'utf8'));
    expect(exitCode).toBe(0);
  });

  it('fails under --strict, and writes JSON and a noindex HTML page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadence-'));
    const { exitCode, report } = cadence(readCadenceArgs(['--today', '2026-06-15', '--strict', '--json', join(dir, 'r.json'), '--html', join(dir, 'r.html')]));
    expect(exitCode).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)));
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html.match(/<svg role="img" aria-label="[^"]*: (proof assets|social posts)/g)?.length).toBe(6);
    expect(html).not.toContain('<script');
    expect(html, 'slot colours are classes, not style attributes').not.toMatch(/ style="/);
  });
});

describe('the published page (governance.publishReport)', () => {
  it('is written with its stylesheet beside it, and only when the hub enables it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadence-site-'));
    const on = loadAndCheckHub('test/fixtures/hubs/cadence').hub!;
    expect(cadenceForBuild(on, '2026-05-20').publish(dir)).toBe(INTERNAL_REPORT_PATH);
    const html = readFileSync(join(dir, INTERNAL_REPORT_PATH), 'utf8');
    // The site's CSP header allows stylesheets from 'self' and no inline style.
    expect(html).toContain('<link rel="stylesheet" href="report.css">');
    expect(html).not.toMatch(/<style|<script| style="/);
    expect(readFileSync(join(dir, INTERNAL_REPORT_CSS), 'utf8')).toBe(REPORT_CSS);
    for (const state of ['filled', 'late', 'missed', 'scheduled', 'draft', 'empty']) expect(REPORT_CSS).toContain(`.s-${state}{background:`);

    const off = mkdtempSync(join(tmpdir(), 'cadence-site-'));
    expect(cadenceForBuild(loadAndCheckHub('test/fixtures/hubs/sv').hub!, '2026-05-20').publish(off)).toBeUndefined();
    expect(existsSync(join(off, 'internal'))).toBe(false);
  });
});

describe('a hub that fails the publishing gate', () => {
  it('fails without --strict, naming the asset and the missing checks; Swedish superlatives are flagged', () => {
    const { output, exitCode, report } = cadence(readCadenceArgs(['--root', GATE, '--short']));
    expect(exitCode).toBe(1);
    expect(report?.findings.filter((f) => f.severity === 'error').map((f) => [f.kind, f.file, f.line, f.message])).toEqual([
      ['ReviewIncomplete', 'content/benchmarks/sensornoggrannhet.mdx', 18, 'benchmark/sensornoggrannhet is public (since 2026-04-21) without a complete review: missing policy, date'],
    ]);
    expect(report?.findings.filter((f) => f.kind === 'Superlative').map((f) => [f.field, f.line])).toEqual([['heading', 21], ['title', 2]]);
    expect(report?.coverage.weeks[0].week).toBe('2026-W15');
    expect(output.split('\n').at(-1)).toBe('✖ The publishing gate failed: fix the errors above (they fail every build).');
  });

  it('moves "today" with --today: the scheduled method is live on 2026-06-02', () => {
    const before = cadence(readCadenceArgs(['--root', GATE, '--today', '2026-06-01'])).report!;
    const after = cadence(readCadenceArgs(['--root', GATE, '--today', '2026-06-02'])).report!;
    const slot = (r: typeof before) => r.series[0].rhythms[0].slots.find((s) => s.date === '2026-06-02')?.state;
    expect([slot(before), slot(after)]).toEqual(['scheduled', 'filled']);
  });

  it('refuses unknown options and bad values', () => {
    expect(() => readCadenceArgs(['--stritc'])).toThrow('unknown option "--stritc"');
    expect(() => readCadenceArgs(['--due-days', 'soon'])).toThrow('--due-days: expected a whole number of days, e.g. 7; found "soon"');
    expect(() => readCadenceArgs(['--json'])).toThrow('--json needs a value');
    expect(existsSync(GATE)).toBe(true);
  });
});
