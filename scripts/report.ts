// `npm run report -- [events files…] [--root DIR] [--out DIR] [--json FILE] [--csv FILE] [--html FILE] [--no-files] [--strict]`
// The conversion report: reads events (the hub's NDJSON or CSV, GA4's BigQuery export as NDJSON or
// Parquet, a PostHog export as CSV or JSON) with DuckDB, prints conversion by landing page, variant,
// A/B arm, source/medium/campaign and channel with intervals and verdicts, and writes JSON, CSV and a
// self-contained HTML page (default into reports/). With no files it reads the committed example
// data. Exit 1 when a file cannot be read; with --strict also on any row not read or a sample-ratio mismatch.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadHub } from '../src/core/content/load.ts';
import { formatReport as formatErrors } from '../src/core/errors.ts';
import { buildReport } from '../src/core/report/analyse.ts';
import { formatReport, reportCsv } from '../src/core/report/format.ts';
import { renderHtml } from '../src/core/report/html.ts';
import type { LandingPlan, Report } from '../src/core/report/model.ts';
import { planFor } from '../src/core/report/plan.ts';
import { readEvents, ReadErrors } from '../src/report/read.ts';
import { writeAll } from '../src/report/write.ts';

/** What `npm run report` reads when given no files. */
export const EXAMPLE_EVENTS = 'examples/events/hub-events.ndjson';

export interface ReportArgs {
  files: string[];
  root: string;
  out: string;
  json?: string;
  csv?: string;
  html?: string;
  write: boolean;
  strict: boolean;
}

const USAGE = 'usage: npm run report -- [events files…] [--root DIR] [--out DIR] [--json FILE] [--csv FILE] [--html FILE] [--no-files] [--strict]';

export function readReportArgs(argv: readonly string[]): ReportArgs {
  const a: ReportArgs = { files: [], root: process.cwd(), out: 'reports', write: true, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value\n${USAGE}`);
      return v;
    };
    if (!arg.startsWith('--')) a.files.push(arg);
    else if (name === '--root') a.root = value();
    else if (name === '--out') a.out = value();
    else if (name === '--json') a.json = value();
    else if (name === '--csv') a.csv = value();
    else if (name === '--html') a.html = value();
    else if (name === '--no-files') a.write = false;
    else if (name === '--strict') a.strict = true;
    else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  return a;
}

/** Landing plans and social sources from the hub's content; none (and a note) when it cannot be read. */
export function hubContext(root: string): { plans: LandingPlan[]; socialSources: string[]; note?: string } {
  if (!existsSync(join(root, 'content/hub.yaml'))) return { plans: [], socialSources: [], note: `No hub at ${root} (content/hub.yaml): conversion rules are inferred from the events.` };
  const { hub, errors } = loadHub(root);
  if (!hub) return { plans: [], socialSources: [], note: `The hub's content could not be read (${errors.length} problems; run npm run check): conversion rules are inferred from the events.` };
  return {
    plans: hub.landings.map((l) => planFor(l.slug, l.data)),
    socialSources: hub.config.channels.filter((c) => c.platform !== 'email').map((c) => c.utmSource),
  };
}

export async function report(a: ReportArgs): Promise<{ output: string; exitCode: number; report?: Report; written: string[] }> {
  const root = resolve(a.root);
  const files = a.files.length ? a.files.map((f) => resolve(f)) : [resolve(root, EXAMPLE_EVENTS)];
  let read;
  try {
    read = await readEvents(files, { cwd: process.cwd() });
  } catch (e) {
    if (e instanceof ReadErrors) return { output: formatErrors(e.errors).replace('The README section "Content model" lists every field.', 'The README section "Reading conversion (growth team)" lists the formats the report reads.'), exitCode: 1, written: [] };
    throw e;
  }
  const ctx = hubContext(root);
  const r = buildReport({ read, plans: ctx.plans, socialSources: ctx.socialSources });
  if (ctx.note) r.warnings.push(ctx.note);
  const written: string[] = [];
  if (a.write) {
    const targets = [
      { path: a.json ?? join(a.out, 'report.json'), text: `${JSON.stringify(r, null, 2)}\n` },
      { path: a.csv ?? join(a.out, 'report.csv'), text: reportCsv(r) },
      { path: a.html ?? join(a.out, 'report.html'), text: renderHtml(r) },
    ];
    writeAll(targets);
    written.push(...targets.map((t) => relative(process.cwd(), resolve(t.path)) || t.path));
  }
  const strictFail = a.strict && (r.inputs.badRows.length > 0 || r.landings.some((l) => l.experiments.some((x) => x.status === 'sample-ratio-mismatch')));
  let output = formatReport(r);
  if (written.length) output += `\n\nWrote ${written.join(', ')}`;
  if (strictFail) output += '\n\n✖ --strict: rows were not read or a test shows a sample-ratio mismatch.';
  return { output, exitCode: strictFail ? 1 : 0, report: r, written };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { output, exitCode } = await report(readReportArgs(process.argv.slice(2)));
    (exitCode ? console.error : console.log)(output);
    process.exit(exitCode);
  } catch (err) {
    console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
