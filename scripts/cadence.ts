// `npm run cadence [-- --today D] [--root DIR] [--json FILE] [--html FILE] [--strict] [--due-days N] [--quiet]`
// Checks every proof series' cadence (assets and posts), promise coverage, the proof ratio and the
// governance rules, and prints the report. Exit 1 on an error (the publishing gate, claim sources,
// disclosure); with --strict also on any warning (a missed slot, an empty slot due within N days,
// a superlative, a starving promise...).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatReport as formatContentErrors } from '../src/core/errors.ts';
import { formatFinding, formatReport } from '../src/core/cadence/format.ts';
import { renderHtml, REPORT_CSS } from '../src/core/cadence/html.ts';
import { exitCodeOf, type CadenceReport } from '../src/core/cadence/report.ts';
import { reportForHub, runCadence } from '../src/core/cadence/run.ts';
import type { LoadedHub } from '../src/core/content/load.ts';
import { governanceOf } from '../src/core/governance/config.ts';
import { readArgs } from './cli-args.ts';

export interface CadenceArgs {
  root: string;
  today?: string;
  json?: string;
  html?: string;
  strict: boolean;
  short: boolean;
  dueDays?: number;
}

const USAGE = 'usage: npm run cadence -- [--today YYYY-MM-DD] [--root DIR] [--json FILE] [--html FILE] [--strict] [--due-days N] [--short]';

export function readCadenceArgs(argv: readonly string[]): CadenceArgs {
  const args = readArgs(argv, { values: ['json', 'html', 'due-days'], flags: ['strict', 'short'], usage: USAGE });
  if (args.positionals.length) throw new Error(`unknown option "${args.positionals[0]}"\n${USAGE}`);
  const out: CadenceArgs = { root: args.root, strict: args.flags.has('strict'), short: args.flags.has('short') };
  if (args.today !== undefined) out.today = args.today;
  if (args.values.json !== undefined) out.json = args.values.json;
  if (args.values.html !== undefined) out.html = args.values.html;
  const due = args.values['due-days'];
  if (due !== undefined) {
    if (!/^\d+$/.test(due)) throw new Error(`--due-days: expected a whole number of days, e.g. 7; found "${due}"`);
    out.dueDays = Number(due);
  }
  return out;
}

function write(file: string, text: string) {
  mkdirSync(dirname(resolve(file)), { recursive: true });
  writeFileSync(resolve(file), text);
}

/** Runs the check; returns the printed text, the exit code and the report. */
export function cadence(args: CadenceArgs): { output: string; exitCode: number; report?: CadenceReport } {
  const run = runCadence({ root: resolve(args.root), today: args.today, dueDays: args.dueDays });
  if (!run.report) {
    const lines = [formatContentErrors(run.errors)];
    if (run.contentFindings.length) lines.push('', 'Governance:', ...run.contentFindings.map(formatFinding));
    return { output: lines.join('\n'), exitCode: 1 };
  }
  if (args.json) write(args.json, `${JSON.stringify(run.report, null, 2)}\n`);
  if (args.html) write(args.html, renderHtml(run.report));
  const output = formatReport(run.report, { strict: args.strict, findings: args.short ? 'problems' : 'all' });
  return { output, exitCode: exitCodeOf(run.report, args.strict), report: run.report };
}

/** The internal report's path in a built site when governance.publishReport is true. */
export const INTERNAL_REPORT_PATH = 'internal/cadence/index.html';
/** Its stylesheet, beside it: the site's CSP header allows no inline style. */
export const INTERNAL_REPORT_CSS = 'internal/cadence/report.css';

/**
 * The build's step: the short report (errors only, warnings counted), the HTML and JSON written to
 * .cache/proof-hub/cadence/ beside content/, and `publish(outDir)` to put the page into the site
 * when the hub enables it. `failed` is the publishing gate: any error fails every build.
 */
export function cadenceForBuild(hub: LoadedHub, today: string): { output: string; failed: boolean; publish: (outDir: string) => string | undefined } {
  const run = reportForHub(hub, today);
  if (!run.report) return { output: formatContentErrors(run.errors), failed: true, publish: () => undefined };
  const report = run.report;
  const html = renderHtml(report);
  const cache = join(hub.root, '.cache/proof-hub/cadence');
  write(join(cache, 'report.html'), html);
  write(join(cache, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const output = `${formatReport(report, { findings: 'errors' })}\n  full report: npm run cadence · page: ${relative(process.cwd(), join(cache, 'report.html')) || '.'}`;
  return {
    output,
    failed: report.counts.errors > 0,
    publish: (outDir) => {
      if (!governanceOf(hub.config).publishReport) return undefined;
      write(join(outDir, INTERNAL_REPORT_PATH), renderHtml(report, { stylesheet: 'report.css', icon: '../../favicon.svg' }));
      write(join(outDir, INTERNAL_REPORT_CSS), REPORT_CSS);
      return INTERNAL_REPORT_PATH;
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const { output, exitCode } = cadence(readCadenceArgs(process.argv.slice(2)));
    (exitCode ? console.error : console.log)(output);
    process.exit(exitCode);
  } catch (err) {
    console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
