// `npm run bench:report -- [--rows N] [--formats LIST] [--runs N] [--fresh]`
// Not a test and not part of `npm test`: how fast the report reads a million generated events, as
// rows per second and as a ratio to DuckDB's own plain scan of the same file (every column read into
// a table: the floor any reader built on DuckDB stands on). Files are generated once, seeded, into
// the git-ignored .cache/proof-hub/bench-report/ and reused while they match.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { INPUT_FORMATS, type InputFormat } from '../src/core/report/model.ts';
import { table } from '../src/core/report/format.ts';
import { lit, openDb } from '../src/report/duckdb.ts';
import { readEvents } from '../src/report/read.ts';
import { FILE_NAMES, generate, readGenerateArgs } from './generate-events.ts';

const DIR = '.cache/proof-hub/bench-report';
/** Rows per visit in each format (from the generator's mix), to size the visits for N rows. */
const ROWS_PER_VISIT: Record<InputFormat, number> = { 'hub-ndjson': 2.44, 'hub-csv': 2.44, 'ga4-ndjson': 3.99, 'ga4-parquet': 3.99, 'posthog-csv': 3.93, 'posthog-json': 3.93 };

interface BenchArgs {
  rows: number;
  formats: InputFormat[];
  runs: number;
  fresh: boolean;
}

function readArgs(argv: readonly string[]): BenchArgs {
  const a: BenchArgs = { rows: 1_000_000, formats: ['hub-ndjson', 'hub-csv', 'ga4-ndjson', 'ga4-parquet', 'posthog-csv'], runs: 3, fresh: false };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--rows') a.rows = Number(value());
    else if (name === '--runs') a.runs = Number(value());
    else if (name === '--fresh') a.fresh = true;
    else if (name === '--formats') {
      a.formats = value().split(',') as InputFormat[];
      const bad = a.formats.filter((f) => !(INPUT_FORMATS as readonly string[]).includes(f));
      if (bad.length) throw new Error(`--formats: expected some of ${INPUT_FORMATS.join(', ')}; found "${bad.join(', ')}"`);
    } else throw new Error(`unknown option "${argv[i]}"\nusage: npm run bench:report -- [--rows N] [--formats LIST] [--runs N] [--fresh]`);
  }
  if (!(a.rows >= 1000) || !(a.runs >= 1)) throw new Error('--rows: at least 1000; --runs: at least 1');
  return a;
}

/** DuckDB's own scan of the file, every column into a table, with its reader's automatic detection. */
function plainScan(format: InputFormat, file: string): string {
  const src = format.endsWith('parquet')
    ? `read_parquet(${lit(file)})`
    : format.endsWith('csv')
      ? `read_csv(${lit(file)}, header=true)`
      : format === 'posthog-json'
        ? `read_json(${lit(file)}, format='array')`
        : `read_json(${lit(file)}, format='newline_delimited')`;
  return `CREATE OR REPLACE TEMP TABLE scan AS SELECT * FROM ${src}`;
}

async function ensureFile(format: InputFormat, rows: number, fresh: boolean): Promise<{ file: string; rows: number }> {
  const dir = join(DIR, `${format}-${rows}`);
  const file = join(dir, FILE_NAMES[format]);
  const stamp = join(dir, 'rows.json');
  if (!fresh && existsSync(file) && existsSync(stamp)) return { file, rows: JSON.parse(readFileSync(stamp, 'utf8')).rows as number };
  rmSync(dir, { recursive: true, force: true });
  const next = `${dir}.next-${process.pid}`;
  mkdirSync(next, { recursive: true });
  const visits = Math.round(rows / ROWS_PER_VISIT[format]);
  const t = Date.now();
  const [out] = await generate(readGenerateArgs(['--visits', String(visits), '--seed', '42', '--out', next, '--formats', format, '--from', '2025-06-15', '--to', '2026-06-14']));
  writeFileSync(join(next, 'rows.json'), JSON.stringify({ rows: out!.rows }));
  renameSync(next, dir);
  console.error(`generated ${file}: ${out!.rows.toLocaleString('en-US')} rows, ${(statSync(file).size / 1e6).toFixed(0)} MB, in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return { file, rows: out!.rows };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const a = readArgs(process.argv.slice(2));
  const rows: string[][] = [];
  for (const format of a.formats) {
    const { file, rows: n } = await ensureFile(format, a.rows, a.fresh);
    const scans: number[] = [];
    const reads: number[] = [];
    for (let run = 0; run < a.runs; run++) {
      const db = await openDb();
      let t = performance.now();
      await db.run(plainScan(format, resolve(file)));
      scans.push((performance.now() - t) / 1000);
      db.close();
      t = performance.now();
      const r = await readEvents([resolve(file)]);
      reads.push((performance.now() - t) / 1000);
      if (r.files[0]!.rows !== n) throw new Error(`${file}: read ${r.files[0]!.rows} rows, expected ${n}`);
    }
    const scan = median(scans);
    const read = median(reads);
    rows.push([
      format,
      n.toLocaleString('en-US'),
      `${(statSync(file).size / 1e6).toFixed(0)} MB`,
      scan.toFixed(2),
      Math.round(n / scan).toLocaleString('en-US'),
      read.toFixed(2),
      Math.round(n / read).toLocaleString('en-US'),
      (scan / read).toFixed(2),
    ]);
  }
  console.log(`Conversion report reading speed · median of ${a.runs} runs · DuckDB ${(await (async () => { const db = await openDb(); const v = String((await db.all('SELECT version() AS v'))[0]!.v); db.close(); return v; })())} · Node ${process.versions.node}`);
  console.log(table(['Format', 'Rows', 'File', 'DuckDB scan s', 'Scan rows/s', 'Report s', 'Report rows/s', 'Ratio to scan'], rows).join('\n'));
  console.log('\nRatio: the report\'s rows per second divided by the plain scan\'s (1.00 = as fast as DuckDB reading the file; the report also parses, checks, classifies and aggregates every row).');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
