// `npm run generate-events -- [--seed N] [--visits N] [--from D] [--to D] [--out DIR] [--formats LIST] [--bad-rows] [--root DIR]`
// Seeded synthetic events for the hub's landing pages (content/landing), for the demo, the tests and
// the benchmark. Formats: hub-ndjson, hub-csv, ga4-ndjson, ga4-parquet, posthog-csv, posthog-json
// (default hub-ndjson). Every file is written beside its target and renamed into place.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadHub } from '../src/core/content/load.ts';
import { INPUT_FORMATS, type InputFormat } from '../src/core/report/model.ts';
import { lit, openDb } from '../src/report/duckdb.ts';
import { BAD_NDJSON_LINES, ga4Rows, HUB_CSV_COLUMNS, hubEvents, posthogCsv, posthogRows, synthVisits, csvLine, type SynthLanding, type SynthOptions } from '../src/report/synth.ts';

export const FILE_NAMES: Record<InputFormat, string> = {
  'hub-ndjson': 'hub-events.ndjson',
  'hub-csv': 'hub-events.csv',
  'ga4-ndjson': 'ga4-export.ndjson',
  'ga4-parquet': 'ga4-export.parquet',
  'posthog-csv': 'posthog-export.csv',
  'posthog-json': 'posthog-export.json',
};

export interface GenerateArgs extends SynthOptions {
  out: string;
  root: string;
  formats: InputFormat[];
  badRows: boolean;
}

const USAGE = 'usage: npm run generate-events -- [--seed N] [--visits N] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out DIR] [--formats hub-ndjson,ga4-ndjson,…] [--bad-rows] [--root DIR]';

export function readGenerateArgs(argv: readonly string[]): GenerateArgs {
  const a: GenerateArgs = {
    seed: 7,
    visits: 2000,
    from: '2026-04-01',
    to: '2026-06-14',
    origin: 'https://coldtrace.example',
    out: 'examples/events',
    root: process.cwd(),
    formats: ['hub-ndjson'],
    badRows: false,
    assetViews: 1,
    duplicates: 0.004,
    orphans: 0.02,
    messyCase: 0.03,
    armLift: 0.25,
  };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    const whole = (v: string) => {
      if (!/^\d+$/.test(v)) throw new Error(`${name}: expected a whole number, e.g. 1000; found "${v}"`);
      return Number(v);
    };
    if (name === '--seed') a.seed = whole(value());
    else if (name === '--visits') a.visits = whole(value());
    else if (name === '--from') a.from = value();
    else if (name === '--to') a.to = value();
    else if (name === '--out') a.out = value();
    else if (name === '--root') a.root = value();
    else if (name === '--bad-rows') a.badRows = true;
    else if (name === '--formats') {
      const list = value().split(',');
      const bad = list.filter((f) => !(INPUT_FORMATS as readonly string[]).includes(f));
      if (bad.length) throw new Error(`--formats: expected some of ${INPUT_FORMATS.join(', ')}; found "${bad.join(', ')}"`);
      a.formats = list as InputFormat[];
    } else throw new Error(`unknown option "${argv[i]}"\n${USAGE}`);
  }
  for (const d of [a.from, a.to]) if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw new Error(`--from/--to: expected a day as YYYY-MM-DD; found "${d}"`);
  return a;
}

/** The landing pages of the hub at `root` (content/landing/*.mdx). */
export function landingsOf(root: string): SynthLanding[] {
  const { hub, errors } = loadHub(resolve(root));
  if (!hub) throw new Error(`cannot read the hub at ${root}: ${errors.map((e) => `${e.file}: ${e.expected}`).join('; ')}`);
  const live = hub.landings.filter((l) => !l.data.draft);
  if (!live.length) throw new Error(`no landing pages in ${join(root, 'content/landing')}: nothing to generate events for`);
  return live.map((l) => ({ slug: l.slug, data: l.data }));
}

/** Writes lines to a temporary file beside `path`, then renames it into place. */
function writeLines(path: string, lines: Iterable<string>): void {
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    let buf: string[] = [];
    let size = 0;
    for (const line of lines) {
      buf.push(line);
      size += line.length;
      if (size > 1 << 22) {
        writeSync(fd, `${buf.join('\n')}\n`);
        buf = [];
        size = 0;
      }
    }
    if (buf.length) writeSync(fd, `${buf.join('\n')}\n`);
    closeSync(fd);
    renameSync(tmp, path);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Generates the files; returns what it wrote and how many rows each holds. */
export async function generate(a: GenerateArgs): Promise<{ file: string; rows: number }[]> {
  const landings = landingsOf(a.root);
  const visits = synthVisits(landings, a);
  mkdirSync(a.out, { recursive: true });
  const written: { file: string; rows: number }[] = [];
  const CHUNK = 20_000;
  // Events per chunk of visits, so a million rows never sit in memory at once.
  function* events() {
    for (let i = 0; i < visits.length; i += CHUNK) yield hubEvents(visits.slice(i, i + CHUNK), { ...a, seed: a.seed + i });
  }
  const emit = (format: InputFormat, lines: () => Iterable<string>) => {
    const file = join(a.out, FILE_NAMES[format]);
    let rows = 0;
    writeLines(
      file,
      (function* () {
        for (const l of lines()) {
          rows++;
          yield l;
        }
      })(),
    );
    written.push({ file, rows: rows - (format.endsWith('csv') ? 1 : 0) });
    return file;
  };
  for (const format of a.formats) {
    if (format === 'hub-ndjson')
      emit(format, function* () {
        for (const chunk of events()) for (const e of chunk) yield JSON.stringify(e);
        if (a.badRows) yield* BAD_NDJSON_LINES;
      });
    else if (format === 'hub-csv')
      emit(format, function* () {
        yield HUB_CSV_COLUMNS.join(',');
        for (const chunk of events()) for (const e of chunk) yield csvLine(HUB_CSV_COLUMNS.map((c) => (e as unknown as Record<string, unknown>)[c]));
      });
    else if (format === 'ga4-ndjson' || format === 'ga4-parquet') {
      const target = format === 'ga4-ndjson' ? undefined : join(a.out, `.ga4-${process.pid}.ndjson`);
      const lines = function* () {
        for (const chunk of events()) for (const row of ga4Rows(chunk, { ...a, seed: a.seed + chunk.length })) yield JSON.stringify(row);
      };
      if (!target) emit(format, lines);
      else {
        writeLines(target, lines());
        await ndjsonToParquet(target, join(a.out, FILE_NAMES[format]));
        rmSync(target, { force: true });
        const db = await openDb();
        const n = Number((await db.all(`SELECT count(*) AS n FROM read_parquet(${lit(join(a.out, FILE_NAMES[format]))})`))[0]!.n);
        db.close();
        written.push({ file: join(a.out, FILE_NAMES[format]), rows: n });
      }
    } else if (format === 'posthog-csv') {
      const file = join(a.out, FILE_NAMES[format]);
      const tmp = `${file}.tmp-${process.pid}`;
      let rows = 0;
      const fd = openSync(tmp, 'w');
      let first = true;
      for (const chunk of events()) {
        const text = posthogCsv(posthogRows(chunk, { ...a, seed: a.seed + chunk.length }));
        const body = first ? text : text.slice(text.indexOf('\n') + 1);
        rows += body.split('\n').length - 1 - (first ? 1 : 0);
        writeSync(fd, body);
        first = false;
      }
      closeSync(fd);
      renameSync(tmp, file);
      written.push({ file, rows });
    } else if (format === 'posthog-json') {
      const file = join(a.out, FILE_NAMES[format]);
      let n = 0;
      writeLines(
        file,
        (function* () {
          yield '[';
          for (const chunk of events())
            for (const row of posthogRows(chunk, { ...a, seed: a.seed + chunk.length })) {
              yield `${n++ ? ',' : ''}${JSON.stringify(row)}`;
            }
          yield ']';
        })(),
      );
      written.push({ file, rows: n });
    }
  }
  return written;
}

/** GA4 rows as Parquet with BigQuery's export types (INT64 as BIGINT, nested records as structs). */
async function ndjsonToParquet(from: string, to: string): Promise<void> {
  const value = `STRUCT(string_value VARCHAR, int_value BIGINT, float_value DOUBLE, double_value DOUBLE)`;
  const columns = {
    event_date: 'VARCHAR',
    event_timestamp: 'BIGINT',
    event_name: 'VARCHAR',
    event_params: `STRUCT(key VARCHAR, value ${value})[]`,
    user_pseudo_id: 'VARCHAR',
    traffic_source: 'STRUCT(name VARCHAR, medium VARCHAR, source VARCHAR)',
    collected_traffic_source: 'STRUCT(manual_source VARCHAR, manual_medium VARCHAR, manual_campaign_name VARCHAR, manual_content VARCHAR, manual_term VARCHAR, gclid VARCHAR)',
    session_traffic_source_last_click: 'STRUCT(manual_campaign STRUCT(source VARCHAR, medium VARCHAR, campaign_name VARCHAR))',
    device: 'STRUCT(category VARCHAR)',
    geo: 'STRUCT(country VARCHAR)',
    platform: 'VARCHAR',
    stream_id: 'VARCHAR',
  };
  const spec = `{${Object.entries(columns).map(([k, v]) => `${lit(k)}: ${lit(v)}`).join(', ')}}`;
  const tmp = `${to}.tmp-${process.pid}.parquet`;
  const db = await openDb();
  try {
    await db.run(`COPY (SELECT * FROM read_json(${lit(from)}, format='newline_delimited', columns=${spec})) TO ${lit(tmp)} (FORMAT parquet, COMPRESSION zstd)`);
    renameSync(tmp, to);
  } finally {
    db.close();
    rmSync(tmp, { force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const args = readGenerateArgs(process.argv.slice(2));
    const t = Date.now();
    const out = await generate(args);
    for (const f of out) console.log(`wrote ${f.file} (${f.rows.toLocaleString('en-US')} rows)`);
    console.log(`seed ${args.seed}, ${args.visits.toLocaleString('en-US')} visits, ${args.from} to ${args.to}, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } catch (err) {
    console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
