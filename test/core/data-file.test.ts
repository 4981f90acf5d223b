// Benchmark data files: CSV or JSON parsed once, with errors that name the line and what was wrong.
import { describe, expect, it } from 'vitest';
import { csvRecords, numericColumns, parseCsv, parseDataFile, parseJsonTable } from '../../src/core/data-file.ts';
import { parsePostsLog } from '../../src/core/cadence/posts-log.ts';

describe('parseCsv', () => {
  it('reads a header row and data rows, turning numbers into numbers', () => {
    expect(parseCsv('gateway,p95_ms,share\nG1,120,0.25\nG2,-4,n/a\n')).toEqual({
      ok: true,
      table: {
        columns: ['gateway', 'p95_ms', 'share'],
        rows: [
          { gateway: 'G1', p95_ms: 120, share: 0.25 },
          { gateway: 'G2', p95_ms: -4, share: 'n/a' },
        ],
      },
    });
  });

  it('keeps commas and doubled quotes inside quoted fields', () => {
    expect(parseCsv('model,note\n"Tag, v2","say ""cold"" twice"\n')).toEqual({
      ok: true,
      table: { columns: ['model', 'note'], rows: [{ model: 'Tag, v2', note: 'say "cold" twice' }] },
    });
  });

  it('keeps a newline inside a quoted field', () => {
    expect(parseCsv('model,note\nA,"line one\nline two"\n')).toEqual({
      ok: true,
      table: { columns: ['model', 'note'], rows: [{ model: 'A', note: 'line one\nline two' }] },
    });
  });

  it('reads Windows line endings and a byte-order mark the same as plain text', () => {
    expect(parseCsv('\uFEFFmodel,drift\r\nA,0.5\r\nB,1\r\n')).toEqual(parseCsv('model,drift\nA,0.5\nB,1\n'));
    expect(parseCsv('model,drift\r\nA,0.5\r\nB,1\r\n')).toEqual({
      ok: true,
      table: { columns: ['model', 'drift'], rows: [{ model: 'A', drift: 0.5 }, { model: 'B', drift: 1 }] },
    });
  });

  it('trims spaces around headers and values', () => {
    expect(parseCsv(' model , drift \n A , 0.5 \n')).toEqual({ ok: true, table: { columns: ['model', 'drift'], rows: [{ model: 'A', drift: 0.5 }] } });
  });

  it('skips blank lines, still counting them for line numbers', () => {
    expect(parseCsv('a,b\n\n1,2\n\n3\n')).toEqual({ ok: false, line: 5, expected: '2 values per row (a, b)', found: '1 value: "3"' });
  });

  it('reports the line of a short row', () => {
    expect(parseCsv('model,low,high\nA,1,2\nB,3\nC,4,5\n')).toEqual({
      ok: false,
      line: 3,
      expected: '3 values per row (model, low, high)',
      found: '2 values: "B,3"',
    });
  });

  it('reports the right line after a CRLF file and a quoted newline', () => {
    expect(parseCsv('a,b\r\n"x\ny",1\r\n1,2,3\r\n')).toEqual({ ok: false, line: 4, expected: '2 values per row (a, b)', found: '3 values: "1,2,3"' });
  });

  it('reports a quote that is never closed at the line it opens', () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toEqual({ ok: false, line: 3, expected: 'every opening quote closed', found: 'a quote that is never closed' });
  });

  it('needs a header and at least one data row', () => {
    expect(parseCsv('a,b\n')).toEqual({ ok: false, expected: 'a header row and at least one data row', found: '1 row' });
    expect(parseCsv('')).toEqual({ ok: false, expected: 'a header row and at least one data row', found: '0 rows' });
  });

  it('needs a name for every column', () => {
    expect(parseCsv('a,,c\n1,2,3\n')).toEqual({ ok: false, line: 1, expected: 'a name for every column in the header row', found: '"a,,c"' });
  });

  it('keeps number-like text that is not a plain decimal as text', () => {
    const parsed = parseCsv('v\n1e3\n+5\n.5\n12.\n');
    expect(parsed.ok && parsed.table.rows.map((r) => r.v)).toEqual(['1e3', '+5', '.5', '12.']);
  });
});

describe('parseJsonTable', () => {
  it('reads an array of flat objects; columns are every key in first-seen order', () => {
    expect(parseJsonTable('[{"setup":"A","p95_ms":12},{"p95_ms":15.5,"setup":"B","note":null},{"setup":"C","p95_ms":"n/a","extra":true}]')).toEqual({
      ok: true,
      table: {
        columns: ['setup', 'p95_ms', 'note', 'extra'],
        rows: [
          { setup: 'A', p95_ms: 12, note: '', extra: '' },
          { setup: 'B', p95_ms: 15.5, note: '', extra: '' },
          { setup: 'C', p95_ms: 'n/a', note: '', extra: 'true' },
        ],
      },
    });
  });

  it('reports JSON that does not parse', () => {
    const parsed = parseJsonTable('[{"a":1},]');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.expected).toBe('valid JSON: an array of objects');
  });

  it('refuses an empty array, an object, and arrays of non-objects', () => {
    const expected = 'a non-empty JSON array of objects, e.g. [{"setup": "A", "p95_ms": 12}]';
    expect(parseJsonTable('[]')).toEqual({ ok: false, expected, found: '[]' });
    expect(parseJsonTable('{"a":1}')).toEqual({ ok: false, expected, found: '{"a":1}' });
    expect(parseJsonTable('[[1,2]]')).toEqual({ ok: false, expected, found: '[[1,2]]' });
    expect(parseJsonTable('[{"a":1},null]')).toEqual({ ok: false, expected, found: '[{"a":1},null]' });
  });
});

describe('parseDataFile', () => {
  it('picks the parser by file extension', () => {
    expect(parseDataFile('./r.json', '[{"a":1}]')).toEqual({ ok: true, table: { columns: ['a'], rows: [{ a: 1 }] } });
    expect(parseDataFile('./r.csv', 'a\n1\n')).toEqual({ ok: true, table: { columns: ['a'], rows: [{ a: 1 }] } });
  });
});

describe('numericColumns', () => {
  it('lists the columns a bar chart can plot: numbers in every row', () => {
    const parsed = parseCsv('model,cold,warm,note\nA,0.4,1.2,ok\nB,0.6,n/a,7\n');
    expect(parsed.ok && numericColumns(parsed.table)).toEqual(['cold']);
  });
});

describe('csvRecords (shared by data files and the cadence posts log)', () => {
  it('gives each record the line it starts on: quoted commas, quotes and newlines, CRLF, a BOM, blank lines', () => {
    expect(csvRecords('\uFEFFa,b\r\n"x, ""y""",2\r\n\r\n"multi\nline",3\n')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['x, "y"', '2'], line: 2 },
      { fields: ['multi\nline', '3'], line: 4 },
    ]);
  });

  it('names the line a never-closed quote opens on', () => {
    expect(csvRecords('a,b\n1,2\n"open,3\n4,5')).toEqual({ unclosedAt: 3 });
  });

  it('the posts log reads through it: the same lines for posts, the same error for an open quote', () => {
    const channels = [{ id: 'linkedin', platform: 'linkedin' }] as Parameters<typeof parsePostsLog>[3];
    const log = '\uFEFFDate,Channel,Text\r\n2026-05-05 08:30,linkedin,"A post, with a\nsecond line"\r\n\r\n2026-05-06 09:00,linkedin,Another\r\n';
    expect(parsePostsLog(log, 'posts.csv', 'UTC', channels, {}).posts.map((p) => [p.line, p.day, p.text])).toEqual([
      [2, '2026-05-05', 'A post, with a\nsecond line'],
      [5, '2026-05-06', 'Another'],
    ]);
    expect(parsePostsLog('Date,Channel,Text\n2026-05-05,linkedin,"never closed\n', 'posts.csv', 'UTC', channels, {}).errors).toEqual([
      { name: 'BadPostsLog', file: 'posts.csv', line: 2, expected: 'every opening quote closed', found: 'a quote that is never closed' },
    ]);
  });
});
