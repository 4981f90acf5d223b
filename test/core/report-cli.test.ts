// `npm run report`: the example data's report as golden JSON and HTML, exit codes, the outputs
// written whole or not at all, and the HTML page self-contained.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReportArgs, report } from '../../scripts/report.ts';
import { writeAll } from '../../src/report/write.ts';

const tmp = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const GOLDEN = 'test/fixtures/report/golden';
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, text: string) {
  const path = join(GOLDEN, name);
  if (update || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, text);
  }
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('npm run report on the example data', () => {
  it('works with no arguments and matches the golden JSON, CSV and HTML', async () => {
    const out = join(tmp, 'example');
    const r = await report(readReportArgs(['--out', out]));
    expect(r.exitCode).toBe(0);
    expect(r.report!.inputs.files.map((f) => f.file)).toEqual(['examples/events/hub-events.ndjson']);
    golden('example-report.json', readFileSync(join(out, 'report.json'), 'utf8'));
    golden('example-report.csv', readFileSync(join(out, 'report.csv'), 'utf8'));
    golden('example-report.html', readFileSync(join(out, 'report.html'), 'utf8'));
    expect(r.output).toContain('A/B test numbers-first · audience default · planned 5,300 per arm');
    expect(r.output).toContain('Not enough data yet: about');
  }, 30_000);
  it('the GA4 Parquet example holds the same visits', async () => {
    const a = await report(readReportArgs(['--no-files']));
    const b = await report(readReportArgs(['examples/events/ga4-export.parquet', '--no-files']));
    expect(b.report!.landings).toEqual(a.report!.landings);
    expect(b.report!.kpi).toEqual(a.report!.kpi);
  }, 30_000);
  it('the HTML page is self-contained: no script, no external asset, noindex', () => {
    const html = readFileSync(join(GOLDEN, 'example-report.html'), 'utf8');
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import|href="https?:/i);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html.match(/<svg /g)!.length).toBeGreaterThan(5);
  });
  it('--strict fails on rows not read (the example has three)', async () => {
    const r = await report(readReportArgs(['--strict', '--no-files']));
    expect(r.exitCode).toBe(1);
    expect(r.output).toContain('✖ --strict: rows were not read or a test shows a sample-ratio mismatch.');
  }, 30_000);
});

describe('errors', () => {
  it('a bad file: the report of errors, exit 1, nothing written', async () => {
    const bad = join(tmp, 'posts.csv');
    writeFileSync(bad, 'Date,Channel,Text\n2026-06-01,linkedin,Hello\n');
    const out = join(tmp, 'none');
    const r = await report(readReportArgs([bad, 'test/fixtures/report/hub.csv', '--out', out]));
    expect(r.exitCode).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.output.replace(/\.\.\/.*\/posts\.csv/, 'posts.csv')).toBe(
      [
        '✖ 1 problem in 1 file:',
        '',
        '  posts.csv:1',
        "    expected a header with the hub's columns (event, ts, view_id, landing, …) or PostHog's (event, timestamp, distinct_id, properties.…)",
        '    found    columns Date, Channel, Text  [UnknownColumnLayout]',
        '',
        'Fix these and run the command again. The README section "Reading conversion (growth team)" lists the formats the report reads.',
      ].join('\n'),
    );
  });
  it('unknown options', () => {
    expect(() => readReportArgs(['--jsn', 'x'])).toThrow('unknown option "--jsn"');
    expect(() => readReportArgs(['--out'])).toThrow('--out needs a value');
  });
});

describe('outputs are replaced whole or not at all', () => {
  it('a failure while writing leaves the previous files and no temporary file', () => {
    const dir = join(tmp, 'out');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.json'), 'old json');
    writeFileSync(join(tmp, 'not-a-folder'), 'x');
    expect(() =>
      writeAll([
        { path: join(dir, 'report.json'), text: 'new json' },
        { path: join(tmp, 'not-a-folder', 'report.html'), text: 'new html' },
      ]),
    ).toThrow();
    expect(readFileSync(join(dir, 'report.json'), 'utf8')).toBe('old json');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
  it('writes every file when nothing fails', () => {
    const dir = join(tmp, 'ok');
    writeAll([
      { path: join(dir, 'a.txt'), text: 'a' },
      { path: join(dir, 'b.txt'), text: 'b' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'b.txt']);
  });
});
