// Reads event files into counts: finds each file's format from its name and first record, refuses
// a file it cannot read (empty, unknown column layout, malformed) with an error naming the file, the
// line and what was expected, and counts every row it cannot use by reason and line.
import { closeSync, existsSync, openSync, readSync, statSync, createReadStream } from 'node:fs';
import { relative } from 'node:path';
import type { ContentError } from '../core/errors.ts';
import type { BadRows, DayCounts, FileStats, InputFormat, ReadResult, SourceCounts, VariantCounts } from '../core/report/model.ts';
import { lit, openDb, type Db, type Row } from './duckdb.ts';
import * as sql from './sql.ts';

export class ReadErrors extends Error {
  readonly errors: ContentError[];
  constructor(errors: ContentError[]) {
    super(errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: expected ${e.expected}; found ${e.found} [${e.name}]`).join('\n'));
    this.name = 'ReadErrors';
    this.errors = errors;
  }
}

export const LAYOUTS =
  "the hub's events (NDJSON or CSV with event, ts, view_id, landing, …), GA4's BigQuery export (NDJSON or Parquet rows with event_name, event_timestamp, user_pseudo_id, event_params) or a PostHog export (CSV or JSON with event, timestamp, distinct_id and properties)";

interface Sniffed {
  format: InputFormat;
  /** CSV header or Parquet columns. */
  columns: string[];
  /** PostHog JSON given as one array. */
  array?: boolean;
}

/** The first bytes of a file, enough for its first record. */
function head(path: string, bytes = 1 << 20): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(bytes, statSync(path).size));
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** The last bytes of a file. */
function tail(path: string, bytes = 4096): string {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(Math.min(bytes, size));
    const n = readSync(fd, buf, 0, buf.length, size - buf.length);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Splits one CSV record (the header) into fields, honouring quotes. */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') out.push(cur), (cur = '');
    else cur += c;
  }
  out.push(cur);
  return out.map((f) => f.trim().replace(/^\uFEFF/, ''));
}

const HUB_CSV_NEEDS = ['event', 'ts', 'view_id', 'landing'];
const PH_CSV_NEEDS = ['event', 'timestamp', 'distinct_id'];
const GA4_NEEDS = ['event_name', 'event_timestamp', 'user_pseudo_id', 'event_params'];

/** Which reader a file needs, or the error that says why none fits. */
export async function sniff(db: Db, path: string, file: string): Promise<Sniffed | ContentError> {
  const err = (name: string, expected: string, found: string, line?: number): ContentError => ({ name, file, expected, found, ...(line ? { line } : {}) });
  if (!existsSync(path)) return err('MissingFile', 'an events file at this path', 'no such file');
  if (statSync(path).isDirectory()) return err('MissingFile', 'an events file (give the files inside the folder, e.g. events/*.ndjson)', 'a folder');
  const lower = file.toLowerCase();
  if (lower.endsWith('.gz')) return err('UnknownFileType', 'an uncompressed .ndjson, .jsonl, .json, .csv or .parquet file (gunzip it first)', 'a .gz file');
  if (lower.endsWith('.parquet')) {
    let columns: string[];
    try {
      columns = (await db.all(`DESCRIBE SELECT * FROM read_parquet(${lit(path)})`)).map((r) => String(r.column_name));
    } catch (e) {
      return err('MalformedFile', 'a Parquet file', (e as Error).message.split('\n')[0]!);
    }
    const missing = GA4_NEEDS.filter((c) => !columns.includes(c));
    if (missing.length) return err('UnknownColumnLayout', `GA4 BigQuery export columns (${GA4_NEEDS.join(', ')})`, `columns ${columns.slice(0, 12).join(', ')}${columns.length > 12 ? ', …' : ''}; missing ${missing.join(', ')}`);
    if (!(await db.all(`SELECT 1 FROM read_parquet(${lit(path)}) LIMIT 1`)).length) return err('EmptyInput', 'at least one event row', 'a Parquet file with no rows');
    return { format: 'ga4-parquet', columns };
  }
  const text = head(path);
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return err('EmptyInput', 'at least one event row', 'an empty file');
  const firstLine = lines[first]!.replace(/^\uFEFF/, '').trim();
  if (lower.endsWith('.csv')) {
    const columns = csvFields(firstLine);
    if (!lines.slice(first + 1).some((l) => l.trim() !== '')) return err('EmptyInput', 'at least one event row under the header', 'only a header row', first + 1);
    if (HUB_CSV_NEEDS.every((c) => columns.includes(c))) return { format: 'hub-csv', columns };
    if (PH_CSV_NEEDS.every((c) => columns.includes(c))) return { format: 'posthog-csv', columns };
    return err(
      'UnknownColumnLayout',
      `a header with the hub's columns (${HUB_CSV_NEEDS.join(', ')}, …) or PostHog's (${PH_CSV_NEEDS.join(', ')}, properties.…)`,
      `columns ${columns.slice(0, 10).join(', ')}${columns.length > 10 ? ', …' : ''}`,
      first + 1,
    );
  }
  if (!/\.(ndjson|jsonl|json)$/.test(lower)) return err('UnknownFileType', 'a file ending in .ndjson, .jsonl, .json, .csv or .parquet', `"${file}"`);
  if (firstLine.startsWith('[')) {
    // One JSON array (PostHog's JSON export): the first object decides.
    const m = /\{[^{}]*"(event_name|event|schema)"\s*:/.exec(text.slice(0, 65536));
    if (m && m[1] === 'event' && /"distinct_id"\s*:/.test(text.slice(0, 65536))) {
      const end = tail(path).trimEnd();
      if (!end.endsWith(']')) return err('MalformedFile', 'one JSON array of objects, closed with ] at the end of the file', `a file that ends in "${end.slice(-20)}" (cut off?)`);
      return { format: 'posthog-json', columns: [], array: true };
    }
    return err('UnknownColumnLayout', `one JSON object per line with ${LAYOUTS}, or a PostHog JSON array`, 'a JSON array whose objects are not PostHog events', first + 1);
  }
  let obj: unknown;
  try {
    obj = JSON.parse(firstLine);
  } catch {
    return err('MalformedFile', 'one JSON object per line (NDJSON)', `"${firstLine.slice(0, 60)}${firstLine.length > 60 ? '…' : ''}"`, first + 1);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return err('MalformedFile', 'one JSON object per line (NDJSON)', JSON.stringify(obj).slice(0, 60), first + 1);
  const keys = Object.keys(obj);
  if (GA4_NEEDS.slice(0, 3).every((k) => keys.includes(k))) return { format: 'ga4-ndjson', columns: keys };
  if (['event', 'ts', 'view_id'].every((k) => keys.includes(k))) return { format: 'hub-ndjson', columns: keys };
  if (['event', 'distinct_id'].every((k) => keys.includes(k))) return { format: 'posthog-json', columns: keys };
  return err('UnknownColumnLayout', LAYOUTS, `an object with keys ${keys.slice(0, 10).join(', ')}${keys.length > 10 ? ', …' : ''}`, first + 1);
}

/** Starting line of every CSV record after the header (blank lines skipped, quotes honoured). */
async function csvRecordLines(path: string): Promise<number[]> {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atStart = true;
  let recordLine = 1;
  let blank = true;
  let header = true;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (atStart) {
        recordLine = line;
        atStart = false;
        blank = true;
      }
      if (c === 34) quoted = !quoted;
      if (c === 10) {
        line++;
        if (!quoted) {
          if (!blank) {
            if (header) header = false;
            else starts.push(recordLine);
          }
          atStart = true;
        }
      } else if (c !== 13) blank = false;
    }
  }
  if (!atStart && !blank && !header) starts.push(recordLine);
  return starts;
}

/** Line numbers of the first `upTo` lines that hold more than white space. */
async function nonBlankLines(path: string, upTo: number): Promise<number[]> {
  const out: number[] = [];
  let line = 1;
  let blank = true;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) {
        if (!blank) out.push(line);
        if (out.length >= upTo) return out;
        line++;
        blank = true;
      } else if (c !== 32 && c !== 9 && c !== 13) blank = false;
    }
  }
  if (!blank) out.push(line);
  return out;
}

/** 1 + the number of newlines before a byte offset. */
async function lineAtByte(path: string, byte: number): Promise<number> {
  let line = 1;
  let seen = 0;
  for await (const chunk of createReadStream(path, { end: Math.max(0, byte - 1), highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (const b of chunk) if (b === 10) line++;
    seen += chunk.length;
    if (seen >= byte) break;
  }
  return line;
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const str = (v: unknown): string | null => (v == null ? null : String(v));

export interface ReadOptions {
  /** Paths are shown relative to this folder (the project root). */
  cwd?: string;
}

/**
 * Reads every file into counts. Throws ReadErrors (every bad file, not only the first) when a file
 * cannot be read at all; rows that cannot be used are counted in `badRows`.
 */
export async function readEvents(paths: readonly string[], opts: ReadOptions = {}): Promise<ReadResult> {
  const cwd = opts.cwd ?? process.cwd();
  const show = (p: string) => relative(cwd, p).split('\\').join('/') || p;
  if (!paths.length) throw new ReadErrors([{ name: 'EmptyInput', file: '(no files)', expected: 'one or more events files: npm run report -- events/*.ndjson', found: 'no files given' }]);
  const db = await openDb();
  try {
    await db.run(sql.CREATE_EVENTS);
    const errors: ContentError[] = [];
    const formats = new Map<string, InputFormat>();
    const csvRejects = new Map<string, string>();
    /** Files whose `line` is a record number (blank lines skipped), mapped to lines for bad rows. */
    const recordNumbered = new Set<string>();
    let n = 0;
    for (const path of paths) {
      const file = show(path);
      const s = await sniff(db, path, file);
      if ('name' in s) {
        errors.push(s);
        continue;
      }
      formats.set(file, s.format);
      const rejects = `rejects_${n++}`;
      const select =
        s.format === 'hub-ndjson'
          ? sql.hubNdjson(path)
          : s.format === 'hub-csv'
            ? sql.hubCsv(path, s.columns, rejects)
            : s.format === 'ga4-ndjson'
              ? sql.ga4Ndjson(path)
              : s.format === 'ga4-parquet'
                ? sql.ga4Parquet(path, s.columns)
                : s.format === 'posthog-csv'
                  ? sql.posthogCsv(path, s.columns, rejects)
                  : sql.posthogJson(path, Boolean(s.array));
      if (s.format.endsWith('-csv')) csvRejects.set(file, rejects);
      // NDJSON: DuckDB's own reader first (about ten times faster); a file with a line that is not
      // a JSON object makes it fail, and then every line is read on its own.
      const fast = s.format === 'hub-ndjson' ? sql.hubNdjsonFast(path) : s.format === 'ga4-ndjson' ? sql.ga4NdjsonFast(path) : undefined;
      if (fast) {
        try {
          await db.run(sql.insertEvents(file, fast));
          recordNumbered.add(file);
          continue;
        } catch {
          // fall through to the line-by-line reader
        }
      }
      try {
        await db.run(sql.insertEvents(file, select));
      } catch (e) {
        errors.push({ name: 'MalformedFile', file, expected: s.format.endsWith('csv') ? 'a CSV file (RFC 4180)' : s.array ? 'one JSON array of objects' : 'a readable file', found: (e as Error).message.split('\n')[0]!.slice(0, 200) });
      }
    }
    if (errors.length) throw new ReadErrors(errors);

    const badRows: BadRows[] = (await db.all(sql.Q_BAD)).map((r) => ({
      file: String(r.file),
      reason: String(r.reason),
      expected: sql.BAD_ROW_EXPECTED[String(r.reason)] ?? '',
      count: num(r.count),
      lines: (r.lines as unknown[]).map(num),
    }));
    for (const file of recordNumbered) {
      const mine = badRows.filter((b) => b.file === file);
      if (!mine.length) continue;
      const lines = await nonBlankLines(paths.find((p) => show(p) === file)!, Math.max(...mine.flatMap((b) => b.lines)));
      for (const b of mine) b.lines = b.lines.map((k) => lines[k - 1] ?? k);
    }
    // CSV: records rejected by the parser, and record numbers turned into lines.
    const extraBad = new Map<string, number>();
    for (const [file, table] of csvRejects) {
      const path = paths.find((p) => show(p) === file)!;
      let rej: Row[] = [];
      try {
        rej = await db.all(`SELECT DISTINCT line_byte_position FROM ${table} ORDER BY 1`);
      } catch {
        rej = [];
      }
      const mine = badRows.filter((b) => b.file === file);
      if (!rej.length && !mine.length) continue;
      const rejLines = await Promise.all(rej.map((r) => lineAtByte(path, num(r.line_byte_position))));
      if (mine.length) {
        const rejected = new Set(rejLines);
        const records = (await csvRecordLines(path)).filter((l) => !rejected.has(l));
        for (const b of mine) b.lines = b.lines.map((k) => records[k - 1] ?? k);
      }
      if (rejLines.length) {
        badRows.push({ file, reason: 'MalformedCsvRow', expected: sql.BAD_ROW_EXPECTED.MalformedCsvRow!, count: rejLines.length, lines: rejLines.slice(0, 5) });
        extraBad.set(file, rejLines.length);
      }
    }
    badRows.sort((a, b) => a.file.localeCompare(b.file) || a.reason.localeCompare(b.reason));

    const fileRows = new Map((await db.all(sql.Q_FILES)).map((r) => [String(r.file), r]));
    const files: FileStats[] = [...formats].map(([file, format]) => {
      const r = fileRows.get(file);
      const extra = extraBad.get(file) ?? 0;
      return { file, format, rows: num(r?.rows) + extra, used: num(r?.used), ignored: num(r?.ignored), bad: num(r?.bad) + extra };
    });
    const empty = files.filter((f) => f.rows === 0);
    if (empty.length) throw new ReadErrors(empty.map((f) => ({ name: 'EmptyInput', file: f.file, expected: 'at least one event row', found: 'no rows' })));

    await db.run(sql.CREATE_VISITS);
    const counts = (r: Row) => ({ visits: num(r.visits), clicks: num(r.clicks), conversions: num(r.conversions) });
    const variants: VariantCounts[] = (await db.all(sql.Q_VARIANTS)).map((r) => ({ landing: String(r.landing), variant: String(r.variant), experiment: str(r.experiment), arm: str(r.arm), ...counts(r) }));
    const sources: SourceCounts[] = (await db.all(sql.Q_SOURCES)).map((r) => ({ landing: String(r.landing), source: str(r.source), medium: str(r.medium), campaign: str(r.campaign), ...counts(r) }));
    const days: DayCounts[] = (await db.all(sql.Q_DAYS)).map((r) => ({ landing: String(r.landing), experiment: String(r.experiment), arm: String(r.arm), day: String(r.day), ...counts(r) }));
    const orphans = (await db.all(sql.Q_ORPHANS))[0]!;
    const summary = (await db.all(sql.Q_SUMMARY))[0]!;
    return {
      files,
      badRows,
      orphans: { clicks: num(orphans.clicks), conversions: num(orphans.conversions) },
      duplicateViews: num(summary.duplicates),
      mixedArms: num(summary.mixed),
      ...(summary.from ? { from: String(summary.from) } : {}),
      ...(summary.to ? { to: String(summary.to) } : {}),
      variants,
      sources,
      days,
    };
  } finally {
    db.close();
  }
}
