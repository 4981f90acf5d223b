// The readers against hand-written fixtures in each export's documented shape (test/fixtures/report/),
// the generator's six formats against each other, bad rows with their lines, and bad files as
// exact errors.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative as relativePath } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReadResult } from '../../src/core/report/model.ts';
import { lit, openDb } from '../../src/report/duckdb.ts';
import { readEvents, ReadErrors } from '../../src/report/read.ts';
import { generate, readGenerateArgs } from '../../scripts/generate-events.ts';

const FIX = 'test/fixtures/report';
const tmp = mkdtempSync(join(tmpdir(), 'report-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const brief = (r: ReadResult) => ({
  files: r.files,
  bad: r.badRows.map((b) => [b.reason, b.count, b.lines]),
  variants: r.variants.map((v) => `${v.landing} ${v.variant} ${v.experiment ?? '-'} ${v.arm ?? '-'}: ${v.visits} visits, ${v.clicks} clicks, ${v.conversions} conversions`),
  sources: r.sources.map((s) => `${s.landing} ${s.source ?? '-'}/${s.medium ?? '-'}/${s.campaign ?? '-'}: ${s.visits}`),
});

async function errorsOf(files: string[]) {
  try {
    await readEvents(files);
  } catch (e) {
    if (e instanceof ReadErrors) return e.errors;
    throw e;
  }
  throw new Error('expected ReadErrors');
}

describe('the hub’s own events', () => {
  it('NDJSON: visits by view id, duplicates counted once, every bad row by reason and line', async () => {
    const r = await readEvents([`${FIX}/hub.ndjson`]);
    expect(brief(r)).toEqual({
      files: [{ file: `${FIX}/hub.ndjson`, format: 'hub-ndjson', rows: 17, used: 7, ignored: 1, bad: 9 }],
      bad: [
        ['InvalidJson', 2, [13, 14]],
        ['InvalidPageType', 1, [18]],
        ['InvalidTimestamp', 1, [10]],
        ['InvalidViewId', 1, [16]],
        ['MissingLanding', 1, [17]],
        ['MissingViewId', 1, [11]],
        ['UnknownEvent', 1, [12]],
        ['UnknownSchema', 1, [15]],
      ],
      variants: ['excursion-audit default numbers-first control: 1 visits, 1 clicks, 1 conversions', 'excursion-audit linkedin - -: 1 visits, 0 clicks, 0 conversions'],
      // "LinkedIn " is lowercased and trimmed; the offset +02:00 is read as an instant.
      sources: ['excursion-audit linkedin/social/spring-audit: 2'],
    });
    expect(r.duplicateViews).toBe(1);
    expect(r.orphans).toEqual({ clicks: 1, conversions: 0 });
    expect(r.from).toBe('2026-06-01T08:00:00Z');
    expect(r.badRows[0]).toEqual({ file: `${FIX}/hub.ndjson`, reason: 'InvalidJson', expected: 'one JSON object per line', count: 2, lines: [13, 14] });
  });
  it('NDJSON without a broken line takes DuckDB’s own reader: same bad rows, lines still counted with blank lines', async () => {
    const r = await readEvents([`${FIX}/hub-clean.ndjson`]);
    expect(brief(r).bad).toEqual([
      ['InvalidPageType', 1, [16]],
      ['InvalidTimestamp', 1, [10]],
      ['InvalidViewId', 1, [14]],
      ['MissingLanding', 1, [15]],
      ['MissingViewId', 1, [11]],
      ['UnknownEvent', 1, [12]],
      ['UnknownSchema', 1, [13]],
    ]);
    const full = await readEvents([`${FIX}/hub.ndjson`]);
    expect(r.variants).toEqual(full.variants);
    expect(r.sources).toEqual(full.sources);
  });
  it('CSV: quoted fields over two lines and blank lines keep line numbers right; a ragged record is a bad row', async () => {
    const r = await readEvents([`${FIX}/hub.csv`]);
    expect(brief(r)).toEqual({
      files: [{ file: `${FIX}/hub.csv`, format: 'hub-csv', rows: 6, used: 3, ignored: 0, bad: 3 }],
      bad: [
        ['InvalidTimestamp', 1, [8]],
        ['MalformedCsvRow', 1, [7]],
        ['UnknownEvent', 1, [9]],
      ],
      variants: ['gdp-checklist default - -: 1 visits, 1 clicks, 0 conversions', 'gdp-checklist linkedin - -: 1 visits, 0 clicks, 0 conversions'],
      sources: ['gdp-checklist linkedin/social/gdp-checklist: 1', 'gdp-checklist newsletter/email/gdp-checklist: 1'],
    });
  });
});

describe('GA4 BigQuery export', () => {
  const expected = [
    // Session 1: the dataLayer's landing_view carries the arm; select_content and generate_lead join by session.
    'excursion-audit default numbers-first numbers: 1 visits, 1 clicks, 1 conversions',
    // Session 2: only GA4's page_view, so the variant comes from the URL.
    'excursion-audit newsletter - -: 1 visits, 0 clicks, 0 conversions',
    // Session 3 (same user, another ga_session_id): a click on a page whose CTA leaves the site.
    'gdp-checklist default - -: 1 visits, 1 clicks, 0 conversions',
  ];
  it('NDJSON rows with nested event_params; int_value as number or string; collected and last-click sources', async () => {
    const r = await readEvents([`${FIX}/ga4.ndjson`]);
    expect(brief(r)).toEqual({
      files: [{ file: `${FIX}/ga4.ndjson`, format: 'ga4-ndjson', rows: 15, used: 9, ignored: 3, bad: 3 }],
      bad: [
        ['InvalidJson', 1, [13]],
        ['InvalidTimestamp', 1, [15]],
        ['MissingSessionId', 1, [14]],
      ],
      variants: expected,
      sources: ['excursion-audit linkedin/social/spring-audit: 1', 'excursion-audit newsletter/email/spring-audit: 1', 'gdp-checklist linkedin/paid-social/gdp-checklist: 1'],
    });
  });
  it('a file with no broken line reads the same through DuckDB’s own reader', async () => {
    const r = await readEvents([`${FIX}/ga4-clean.ndjson`]);
    expect(brief(r).bad).toEqual([
      ['InvalidTimestamp', 1, [14]],
      ['MissingSessionId', 1, [13]],
    ]);
    expect(brief(r).variants).toEqual(expected);
  });
  it('a session shown two arms counts once, in its first view’s arm, and is reported', async () => {
    const view = (micros: number, arm: string) =>
      JSON.stringify({
        event_timestamp: String(micros), event_name: 'landing_view', user_pseudo_id: '77.1',
        event_params: [
          { key: 'ga_session_id', value: { int_value: 1780300800 } },
          { key: 'page_location', value: { string_value: 'https://coldtrace.example/lp/excursion-audit/' } },
          { key: 'landing', value: { string_value: 'excursion-audit' } }, { key: 'variant', value: { string_value: 'default' } },
          { key: 'experiment', value: { string_value: 'numbers-first' } }, { key: 'arm', value: { string_value: arm } },
        ],
      });
    const p = join(tmp, 'mixed.ndjson');
    writeFileSync(p, `${view(1780300900000000, 'numbers')}\n${view(1780300800000000, 'control')}\n`);
    const r = await readEvents([p]);
    expect(r.mixedArms).toBe(1);
    expect(brief(r).variants).toEqual(['excursion-audit default numbers-first control: 1 visits, 0 clicks, 0 conversions']);
  });
  it('Parquet with BigQuery’s types (INT64 as BIGINT, records as structs) reads the same', async () => {
    const good = readFileSync(`${FIX}/ga4.ndjson`, 'utf8').split('\n').slice(0, 12).join('\n');
    writeFileSync(join(tmp, 'ga4-good.ndjson'), `${good}\n`);
    const db = await openDb();
    const value = 'STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE)';
    await db.run(`COPY (SELECT * FROM read_json(${lit(join(tmp, 'ga4-good.ndjson'))}, format='newline_delimited', columns={
      'event_timestamp': 'BIGINT', 'event_name': 'VARCHAR', 'event_params': 'STRUCT(key VARCHAR, value ${value})[]', 'user_pseudo_id': 'VARCHAR',
      'collected_traffic_source': 'STRUCT(manual_source VARCHAR, manual_medium VARCHAR, manual_campaign_name VARCHAR)',
      'session_traffic_source_last_click': 'STRUCT(manual_campaign STRUCT(source VARCHAR, medium VARCHAR, campaign_name VARCHAR))'})) TO ${lit(join(tmp, 'ga4.parquet'))} (FORMAT parquet)`);
    db.close();
    const r = await readEvents([join(tmp, 'ga4.parquet')]);
    expect(r.files[0]).toMatchObject({ format: 'ga4-parquet', rows: 12, used: 9, ignored: 3, bad: 0 });
    expect(brief(r).variants).toEqual(expected);
  });
});

describe('PostHog export', () => {
  it('CSV with properties.<name> columns: our events by view id, $pageview ignored, a visit without view id by $session_id', async () => {
    const r = await readEvents([`${FIX}/posthog.csv`]);
    expect(brief(r)).toEqual({
      files: [{ file: `${FIX}/posthog.csv`, format: 'posthog-csv', rows: 8, used: 4, ignored: 2, bad: 2 }],
      bad: [
        ['InvalidTimestamp', 1, [7]],
        ['MissingVisitId', 1, [9]],
      ],
      // The form submit and the thank-you step of one view: one conversion.
      variants: ['open-sensor-data default - -: 1 visits, 0 clicks, 0 conversions', 'open-sensor-data youtube - -: 1 visits, 0 clicks, 1 conversions'],
      sources: ['open-sensor-data reddit/social/sensor-lab-q2: 1', 'open-sensor-data youtube/social/sensor-lab-q2: 1'],
    });
  });
  it('CSV with one properties column of JSON', async () => {
    const r = await readEvents([`${FIX}/posthog-properties.csv`]);
    expect(brief(r).variants).toEqual(['open-sensor-data default - -: 1 visits, 0 clicks, 1 conversions']);
  });
  it('JSON array (rows are item numbers)', async () => {
    const r = await readEvents([`${FIX}/posthog.json`]);
    expect(brief(r)).toMatchObject({
      files: [{ file: `${FIX}/posthog.json`, format: 'posthog-json', rows: 4, used: 2, ignored: 1, bad: 1 }],
      bad: [['InvalidViewId', 1, [4]]],
      variants: ['excursion-audit linkedin - -: 1 visits, 1 clicks, 0 conversions'],
    });
  });
});

describe('the seeded generator', () => {
  it('writes the same visits in six formats, and every reader counts them alike', async () => {
    const out = join(tmp, 'gen');
    const args = readGenerateArgs(['--visits', '400', '--seed', '11', '--out', out, '--formats', 'hub-ndjson,hub-csv,ga4-ndjson,ga4-parquet,posthog-csv,posthog-json']);
    const files = await generate(args);
    expect(files.map((f) => f.file.split('/').pop())).toEqual(['hub-events.ndjson', 'hub-events.csv', 'ga4-export.ndjson', 'ga4-export.parquet', 'posthog-export.csv', 'posthog-export.json']);
    const results = [];
    for (const f of files) results.push(await readEvents([f.file]));
    const first = results[0]!;
    expect(first.variants.reduce((s, v) => s + v.visits, 0)).toBeGreaterThan(350);
    for (const r of results.slice(1)) {
      expect(r.variants).toEqual(first.variants);
      expect(r.sources).toEqual(first.sources);
      expect(r.badRows).toEqual([]);
    }
  });
  it('is deterministic: the same seed gives the same bytes', async () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    await generate(readGenerateArgs(['--visits', '50', '--out', a]));
    await generate(readGenerateArgs(['--visits', '50', '--out', b]));
    expect(readFileSync(join(a, 'hub-events.ndjson'), 'utf8')).toBe(readFileSync(join(b, 'hub-events.ndjson'), 'utf8'));
  });
  it('refuses unknown options and formats', () => {
    expect(() => readGenerateArgs(['--formats', 'ga5'])).toThrow('--formats: expected some of hub-ndjson, hub-csv, ga4-ndjson, ga4-parquet, posthog-csv, posthog-json; found "ga5"');
    expect(() => readGenerateArgs(['--visits', 'many'])).toThrow('--visits: expected a whole number, e.g. 1000; found "many"');
  });
});

describe('bad files are errors naming the file, the line and what was expected', () => {
  const file = (name: string, text: string) => {
    const p = join(tmp, 'bad', name);
    mkdirSync(join(tmp, 'bad'), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  it('every bad file at once', async () => {
    const empty = file('empty.ndjson', '\n\n');
    const header = file('header.csv', 'event,ts,view_id,landing\n');
    const posts = file('posts.csv', 'Date,Channel,Text\n2026-06-01,linkedin,Hello\n');
    const text = file('garbage.ndjson', '\nevent=landing_view ts=2026-06-01\n');
    const keys = file('keys.ndjson', '{"name":"landing_view","time":"2026-06-01"}\n');
    const arr = file('array.json', '[{"type":"x"}]');
    const broken = file('broken.json', '[{"event":"landing_view","distinct_id":"d","timestamp":"2026-06-01T00:00:00Z"},');
    const txt = file('events.txt', 'x');
    const errors = await errorsOf([empty, header, posts, text, keys, arr, txt, join(tmp, 'missing.ndjson'), broken]);
    const r = (p: string) => relative(p);
    expect(errors).toEqual([
      { name: 'EmptyInput', file: r(empty), expected: 'at least one event row', found: 'an empty file' },
      { name: 'EmptyInput', file: r(header), expected: 'at least one event row under the header', found: 'only a header row', line: 1 },
      {
        name: 'UnknownColumnLayout',
        file: r(posts),
        expected: "a header with the hub's columns (event, ts, view_id, landing, …) or PostHog's (event, timestamp, distinct_id, properties.…)",
        found: 'columns Date, Channel, Text',
        line: 1,
      },
      { name: 'MalformedFile', file: r(text), expected: 'one JSON object per line (NDJSON)', found: '"event=landing_view ts=2026-06-01"', line: 2 },
      {
        name: 'UnknownColumnLayout',
        file: r(keys),
        expected:
          "the hub's events (NDJSON or CSV with event, ts, view_id, landing, …), GA4's BigQuery export (NDJSON or Parquet rows with event_name, event_timestamp, user_pseudo_id, event_params) or a PostHog export (CSV or JSON with event, timestamp, distinct_id and properties)",
        found: 'an object with keys name, time',
        line: 1,
      },
      { name: 'UnknownColumnLayout', file: r(arr), expected: expect.stringContaining('or a PostHog JSON array'), found: 'a JSON array whose objects are not PostHog events', line: 1 },
      { name: 'UnknownFileType', file: r(txt), expected: 'a file ending in .ndjson, .jsonl, .json, .csv or .parquet', found: `"${r(txt)}"` },
      { name: 'MissingFile', file: r(join(tmp, 'missing.ndjson')), expected: 'an events file at this path', found: 'no such file' },
      { name: 'MalformedFile', file: r(broken), expected: 'one JSON array of objects, closed with ] at the end of the file', found: 'a file that ends in "6-06-01T00:00:00Z"}," (cut off?)' },
    ]);
  });
  it('no files at all', async () => {
    expect(await errorsOf([])).toEqual([{ name: 'EmptyInput', file: '(no files)', expected: 'one or more events files: npm run report -- events/*.ndjson', found: 'no files given' }]);
  });
  it('a Parquet file that is not GA4’s export', async () => {
    const p = join(tmp, 'other.parquet');
    const db = await openDb();
    await db.run(`COPY (SELECT 1 AS a, 'x' AS b) TO ${lit(p)} (FORMAT parquet)`);
    db.close();
    expect(await errorsOf([p])).toEqual([
      { name: 'UnknownColumnLayout', file: relative(p), expected: 'GA4 BigQuery export columns (event_name, event_timestamp, user_pseudo_id, event_params)', found: 'columns a, b; missing event_name, event_timestamp, user_pseudo_id, event_params' },
    ]);
  });
});

function relative(p: string): string {
  return relativePath(process.cwd(), p);
}
