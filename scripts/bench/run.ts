// `npm run bench [-- --n 100,1000] [--with-5000] [--seed 7] [--no-incremental] [--keep] [--json FILE]`
//
// Build speed at scale, against plain Astro in the same run. For each N it generates a seeded
// synthetic hub (scripts/bench/generate.ts) and the plain-Astro baseline of the same MDX
// (scripts/bench/baseline.ts) in a temporary folder, then times, each in its own child process:
//   - the baseline, cold and warm (and, unless --no-incremental, with experimental.incrementalBuild);
//   - our full build (scripts/build.ts --root), cold (no caches, no dist), warm with no change (the
//     build stops: nothing changed), warm with no change and --force (Astro restores every page),
//     and warm with one asset's body edited;
//   - its parts, each from cold caches: the Astro site build alone, the OG cards (scripts/og.ts),
//     snippets with their images (scripts/snippets.ts), and the checks (content check, cadence and
//     governance, SEO lint), plus image drawing alone in ms per image and, in-process, snippet text
//     and cadence;
//   - with N = 1,000 in the run, snippet text and cadence for a 5,000-asset hub (the issue's target).
// Seconds are wall time; CPU s is user + system time of the child and what it waited for (GNU
// time's %U + %S: the build is CPU-bound on two cores, so this says where the time goes); peak
// memory is the largest resident set of the child or any process it waited for (%M), not the sum.
// It prints a Markdown table and the targets; it asserts nothing. Not part of `npm test` or CI.
// Heavy: run it alone (the build lock) on a quiet machine, not within minutes of deleting many files
// (see `aside`: what a cold run clears is moved aside and deleted when the bench ends).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { writeBaseline } from './baseline.ts';
import { generateHub } from './generate.ts';

const PROJECT = resolve(import.meta.dirname, '../..');
const NODE = process.execPath;
// Our commands run as `npm run` runs them: package.json's script (Node's flags included), with
// `node` being this Node. The phases measured in-process run with the build's flags, as in the build.
const NPM_SCRIPTS = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
function npmScript(name: string): string[] {
  const words = (NPM_SCRIPTS[name] ?? '').split(/\s+/);
  if (words[0] !== 'node') throw new Error(`bench: expected package.json's "${name}" script to run node, found "${NPM_SCRIPTS[name] ?? ''}"`);
  return [NODE, ...words.slice(1)];
}
function buildNodeFlags(): string[] {
  const build = npmScript('build');
  const at = build.indexOf('scripts/build.ts');
  if (at < 0) throw new Error(`bench: expected package.json's "build" script to run scripts/build.ts, found "${NPM_SCRIPTS.build ?? ''}"`);
  return build.slice(0, at);
}
const PHASES = [...buildNodeFlags(), 'scripts/bench/phases.ts'];
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Args {
  ns: number[];
  seed: number;
  incremental: boolean;
  keep: boolean;
  json?: string;
}

function readBenchArgs(argv: readonly string[]): Args {
  const val = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const ns = (val('n') ?? '100,1000').split(',').map(Number).filter((n) => n > 0);
  if (argv.includes('--with-5000') && !ns.includes(5000)) ns.push(5000);
  return { ns, seed: Number(val('seed') ?? 7), incremental: !argv.includes('--no-incremental'), keep: argv.includes('--keep'), json: val('json') };
}

interface Run {
  seconds: number;
  peakMb?: number;
  /** User + system CPU seconds of the child and what it waited for (GNU time). */
  cpu?: number;
  out: string;
  code: number;
}

let logSeq = 0;
/** Runs one command in a child; wall time and peak RSS from GNU time when it is there. Output goes to a log file. */
function measure(work: string, label: string, cmd: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const log = join(work, 'logs', `${String(++logSeq).padStart(2, '0')}-${label.replace(/[^a-z0-9]+/gi, '-')}.log`);
  mkdirSync(join(work, 'logs'), { recursive: true });
  const fd = openSync(log, 'w');
  const argv = TIME ? [TIME, '-f', '__BENCH__ %e %M %U %S', ...cmd] : cmd;
  const started = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: opts.cwd ?? PROJECT, env: { ...process.env, ...opts.env }, stdio: ['ignore', fd, fd] });
  const wall = (performance.now() - started) / 1000;
  closeSync(fd);
  const out = readFileSync(log, 'utf8');
  const m = /__BENCH__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(out);
  const code = r.status ?? 1;
  if (code !== 0) console.error(`  ✖ ${label} exited with ${code}; see ${log}`);
  return { seconds: m ? Number(m[1]) : wall, peakMb: m ? Number(m[2]) / 1024 : undefined, cpu: m ? Number(m[3]) + Number(m[4]) : undefined, out, code };
}

/** Pages Astro copied from its incremental cache instead of rendering. */
const restored = (r: Run) => (r.out.replace(/\x1b\[[0-9;]*m/g, '').match(/\((restored|cached)\)\s*$/gm) ?? []).length;
const countHtml = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length : 0);
const rm = (...paths: string[]) => paths.forEach((p) => rmSync(p, { recursive: true, force: true }));

/**
 * Clears caches and outputs before a cold run by moving them aside, inside the bench's folder,
 * which is deleted when the bench ends. On this machine's root file system (ext4 without a
 * journal), creating files within minutes of deleting thousands makes the kernel step over every
 * recently freed inode (`recently_deleted`): deleting the previous run's 20,000 files right before
 * a cold build added about 2.5 CPU s of system time to it (perf: `__ext4_new_inode` ~10% of the
 * build's samples), and deleting the N = 100 run's files before the N = 1,000 one slowed that too.
 * A cold build on a fresh checkout deletes nothing first, so the bench should not either.
 */
function aside(work: string, n: number) {
  const dir = join(work, '.aside', String(n));
  let seq = 0;
  return {
    move: (...paths: string[]) => {
      mkdirSync(dir, { recursive: true });
      for (const p of paths) if (existsSync(p)) renameSync(p, join(dir, `${++seq}`));
    },
  };
}

/** The cold full build's step-time line, by N. */
const stepLines = new Map<number, string>();

interface Row {
  n: number;
  step: string;
  seconds?: number;
  rate?: string;
  peakMb?: number;
  cpu?: number;
  vsBaseline?: number;
  note?: string;
}

function runN(n: number, args: Args, work: string, rows: Row[]): { baselineCold: number } {
  const hubDir = join(work, `hub-${n}`);
  const baseDir = join(work, `baseline-${n}`);
  console.log(`\n▶ N = ${n}: generating the hub and the baseline in ${work}`);
  const generated = generateHub({ n, out: hubDir, seed: args.seed });
  writeBaseline({ hubRoot: hubDir, out: baseDir });
  const cleared = aside(work, n);
  const push = (step: string, r: Run | undefined, extra: Partial<Row> = {}) => {
    const row: Row = { n, step, seconds: r?.seconds, peakMb: r?.peakMb, cpu: r?.cpu, ...extra };
    if (r && r.code !== 0) row.note = `failed (exit ${r.code})`;
    rows.push(row);
    console.log(`  ${step}: ${r ? `${r.seconds.toFixed(1)} s` : ''}${r?.peakMb ? `, ${r.peakMb.toFixed(0)} MB` : ''}${extra.rate ? `, ${extra.rate}` : ''}${extra.note ? ` (${extra.note})` : ''}`);
  };
  const pps = (pages: number, s: number) => `${(pages / s).toFixed(1)} pages/s`;

  // Baseline: cold (no caches), warm (caches, no change).
  const baseCaches = ['dist', '.astro-cache', '.vite-cache'].map((d) => join(baseDir, d));
  cleared.move(...baseCaches);
  const bCold = measure(work, `baseline-cold-${n}`, [NODE, ASTRO, 'build'], { cwd: baseDir });
  const basePages = countHtml(join(baseDir, 'dist'));
  push('plain Astro baseline, cold', bCold, { rate: pps(basePages, bCold.seconds), vsBaseline: 1 });
  const bWarm = measure(work, `baseline-warm-${n}`, [NODE, ASTRO, 'build'], { cwd: baseDir });
  push('plain Astro baseline, warm', bWarm, { rate: pps(basePages, bWarm.seconds), vsBaseline: bWarm.seconds / bCold.seconds });
  if (args.incremental) {
    cleared.move(...baseCaches);
    const env = { BENCH_INCREMENTAL: '1' };
    const iCold = measure(work, `baseline-incremental-cold-${n}`, [NODE, ASTRO, 'build'], { cwd: baseDir, env });
    push('baseline + incrementalBuild, cold', iCold, { rate: pps(basePages, iCold.seconds), vsBaseline: iCold.seconds / bCold.seconds });
    const iWarm = measure(work, `baseline-incremental-warm-${n}`, [NODE, ASTRO, 'build'], { cwd: baseDir, env });
    push('baseline + incrementalBuild, warm', iWarm, { rate: pps(basePages, iWarm.seconds), vsBaseline: iWarm.seconds / bCold.seconds });
  }
  const vs = (r: Run) => r.seconds / bCold.seconds;

  // Our whole build: cold, then warm with no change.
  const ogCache = join(hubDir, 'node_modules');
  cleared.move(join(hubDir, 'dist'), join(hubDir, 'snippets'), ogCache, join(hubDir, '.astro-cache'));
  const cold = measure(work, `full-cold-${n}`, [...npmScript('build'), '--root', hubDir]);
  const pages = countHtml(join(hubDir, 'dist'));
  push('full build (npm run build), cold', cold, { rate: pps(pages, cold.seconds), vsBaseline: vs(cold), note: `${pages} pages` });
  // The build's own line of step times: which step ended last.
  const steps = /^\s*(astro [\d.]+ s · .*)$/m.exec(cold.out)?.[1];
  if (steps) stepLines.set(n, steps);
  // No change: the build sees that nothing it reads changed and stops (src/core/build-stamp.ts);
  // --force runs it anyway, with Astro restoring every page from its incremental cache.
  const warm = measure(work, `full-warm-${n}`, [...npmScript('build'), '--root', hubDir]);
  push('full build, warm (no change)', warm, { rate: pps(pages, warm.seconds), vsBaseline: vs(warm), note: `${(warm.seconds / cold.seconds).toFixed(2)}× cold, ${/nothing changed since/.test(warm.out) ? 'skipped: nothing changed' : `${restored(warm)} pages restored`}` });
  const forced = measure(work, `full-warm-force-${n}`, [...npmScript('build'), '--root', hubDir, '--force']);
  push('full build, warm (no change, --force)', forced, { rate: pps(pages, forced.seconds), vsBaseline: vs(forced), note: `${(forced.seconds / cold.seconds).toFixed(2)}× cold, ${restored(forced)} pages restored` });
  // The daily case: one asset's body edited. incrementalBuild re-renders that page alone.
  const edited = generated.mdxFiles[Math.floor(generated.mdxFiles.length / 2)]!;
  const original = readFileSync(edited, 'utf8');
  writeFileSync(edited, `${original}\nOne more sentence, added for the bench's edited rebuild.\n`);
  const one = measure(work, `full-one-edit-${n}`, [...npmScript('build'), '--root', hubDir]);
  writeFileSync(edited, original);
  push('full build, warm, one asset edited', one, { rate: pps(pages, one.seconds), vsBaseline: vs(one), note: `${(one.seconds / cold.seconds).toFixed(2)}× cold, ${restored(one)} pages restored` });

  // Its parts, each from cold caches.
  const siteOut = join(work, `site-${n}`);
  cleared.move(join(hubDir, '.astro-cache'), siteOut);
  const site = measure(work, `site-${n}`, [NODE, ASTRO, 'build'], { env: { PROOF_HUB_ROOT: hubDir, PROOF_HUB_OUT_DIR: siteOut } });
  push('  site build alone (astro build), cold', site, { rate: pps(countHtml(siteOut), site.seconds), vsBaseline: vs(site) });
  cleared.move(siteOut, ogCache);
  const og = measure(work, `og-${n}`, [...npmScript('og'), '--root', hubDir, '--out', join(work, `og-${n}`)]);
  const drew = Number(/drew (\d+)/.exec(og.out)?.[1] ?? 0);
  push('  OG cards (npm run og), cold', og, { rate: `${(drew / og.seconds).toFixed(1)} cards/s`, vsBaseline: vs(og), note: `${drew} drawn` });
  cleared.move(join(work, `og-${n}`), ogCache);
  const sn = measure(work, `snippets-${n}`, [...npmScript('snippets'), '--root', hubDir]);
  const drafts = Number(/Snippets: (\d+) drafts/.exec(sn.out)?.[1] ?? 0);
  const snDrew = Number(/images: drew (\d+)/.exec(sn.out)?.[1] ?? 0);
  push('  snippets + their images (npm run snippets), cold', sn, { rate: `${(drafts / sn.seconds).toFixed(0)} snippets/s`, vsBaseline: vs(sn), note: `${drafts} snippets, ${snDrew} images` });
  const check = measure(work, `check-${n}`, [...npmScript('check'), '--root', hubDir]);
  const cadence = measure(work, `cadence-${n}`, [...npmScript('cadence'), '--root', hubDir]);
  const lint = measure(work, `seo-lint-${n}`, [...npmScript('lint:seo'), '--root', hubDir, '--dist', join(hubDir, 'dist')]);
  const checks: Run = { seconds: check.seconds + cadence.seconds + lint.seconds, peakMb: Math.max(check.peakMb ?? 0, cadence.peakMb ?? 0, lint.peakMb ?? 0) || undefined, cpu: (check.cpu ?? 0) + (cadence.cpu ?? 0) + (lint.cpu ?? 0) || undefined, out: '', code: check.code || lint.code };
  push('  checks (content check + cadence + SEO lint)', checks, {
    rate: `${(n / checks.seconds).toFixed(0)} assets/s`,
    vsBaseline: vs(checks),
    note: `${check.seconds.toFixed(1)} + ${cadence.seconds.toFixed(1)} + ${lint.seconds.toFixed(1)} s`,
  });
  const draw = measure(work, `draw-${n}`, [...PHASES, 'draw', '--root', hubDir]);
  const d = parseJson(draw.out);
  push('  image drawing alone (OG cards, 2 in flight)', draw, { rate: d ? `${d.msPerImage.toFixed(1)} ms/image` : undefined, note: d ? `${d.drawn} cards in ${(d.ms / 1000).toFixed(1)} s` : undefined });
  const img = measure(work, `images-${n}`, [...PHASES, 'images', '--root', hubDir]);
  const im = parseJson(img.out);
  push('  responsive images alone (AVIF + WebP, 3 widths)', img, { rate: im ? `${im.msPerImage.toFixed(1)} ms/file` : undefined, note: im ? `${im.drawn} files from ${im.originals} originals in ${(im.ms / 1000).toFixed(1)} s` : undefined });
  textRow(n, hubDir, work, rows, push);
  if (!args.keep) rm(siteOut);
  return { baselineCold: bCold.seconds };
}

function parseJson(out: string): Record<string, number> | undefined {
  const line = out.split('\n').find((l) => l.startsWith('{'));
  return line ? JSON.parse(line) : undefined;
}

function textRow(n: number, hubDir: string, work: string, rows: Row[], push: (step: string, r: Run | undefined, extra?: Partial<Row>) => void): number | undefined {
  const text = measure(work, `text-${n}`, [...PHASES, 'text', '--root', hubDir]);
  const t = parseJson(text.out);
  if (!t) return undefined;
  const s = (t.snippetsMs + t.cadenceMs) / 1000;
  // Seconds of the two steps alone, so not the process's CPU (which includes loading the hub).
  push('  snippet text + cadence (in-process)', { ...text, seconds: s, cpu: undefined }, { rate: `${(n / s).toFixed(0)} assets/s`, note: `snippets ${(t.snippetsMs / 1000).toFixed(1)} s, cadence ${(t.cadenceMs / 1000).toFixed(1)} s, load+check ${(t.loadMs / 1000).toFixed(1)} s` });
  void rows;
  return s;
}

function table(rows: Row[]): string {
  const lines = ['| N | step | seconds | CPU s | rate | peak MB | × baseline cold | note |', '| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const r of rows)
    lines.push(
      `| ${r.n.toLocaleString('en')} | ${r.step.trim()} | ${r.seconds?.toFixed(1) ?? ''} | ${r.cpu?.toFixed(1) ?? ''} | ${r.rate ?? ''} | ${r.peakMb?.toFixed(0) ?? ''} | ${r.vsBaseline !== undefined ? r.vsBaseline.toFixed(2) : ''} | ${r.note ?? ''} |`,
    );
  return lines.join('\n');
}

async function main() {
  const args = readBenchArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'proof-hub-bench-'));
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at start`;
  console.log(`bench: N = ${args.ns.join(', ')} · seed ${args.seed} · ${machine}`);
  if (!TIME) console.log('  (/usr/bin/time not found: no peak memory figures)');
  const rows: Row[] = [];
  const baselines = new Map<number, number>();
  try {
    for (const n of args.ns) baselines.set(n, runN(n, args, work, rows).baselineCold);
    // The issue's text target: snippet text and cadence for 5,000 assets within half the baseline's N = 1,000 build.
    let text5000: number | undefined;
    if (baselines.has(1000)) {
      const hub5000 = join(work, 'hub-5000-text');
      generateHub({ n: 5000, out: hub5000, seed: args.seed });
      console.log('\n▶ snippet text and cadence for 5,000 assets');
      text5000 = textRow(5000, hub5000, work, rows, (step, r, extra = {}) => {
        rows.push({ n: 5000, step, seconds: r?.seconds, peakMb: r?.peakMb, vsBaseline: r ? r.seconds / baselines.get(1000)! : undefined, ...extra, note: `${extra.note ?? ''}; × is against the N = 1,000 baseline` });
        console.log(`  ${step}: ${r?.seconds.toFixed(1)} s`);
      });
      if (!args.keep) rm(hub5000);
    }

    console.log(`\n## Bench ${new Date().toISOString().slice(0, 10)} · ${machine}\n`);
    console.log(table(rows));
    console.log('\nTargets (printed, not asserted):');
    for (const n of args.ns) {
      const get = (step: string) => rows.find((r) => r.n === n && r.step.trim().startsWith(step));
      const cold = get('full build (npm run build), cold');
      const warm = get('full build, warm');
      if (cold?.vsBaseline !== undefined) console.log(`  N=${n}: full cold build ${cold.vsBaseline.toFixed(2)}× baseline (target ≤ 1.5 at N=1,000) ${n === 1000 ? (cold.vsBaseline <= 1.5 ? '✔' : '✖') : ''}`);
      if (stepLines.has(n)) console.log(`  N=${n}: its steps: ${stepLines.get(n)}`);
      const base = get('plain Astro baseline, cold');
      if (cold?.cpu && base?.cpu) console.log(`  N=${n}: full cold build used ${cold.cpu.toFixed(1)} CPU s, the baseline ${base.cpu.toFixed(1)} (${(cold.cpu / base.cpu).toFixed(2)}×; ${cpus().length} cores)`);
      if (cold?.seconds && warm?.seconds) console.log(`  N=${n}: warm rebuild ${(warm.seconds / cold.seconds).toFixed(2)}× cold (target ≤ 0.5) ${warm.seconds / cold.seconds <= 0.5 ? '✔' : '✖'}`);
      const forced = get('full build, warm (no change, --force)');
      const one = get('full build, warm, one asset edited');
      if (cold?.seconds && forced?.seconds && one?.seconds) console.log(`  N=${n}: with --force ${(forced.seconds / cold.seconds).toFixed(2)}× cold; one asset edited ${(one.seconds / cold.seconds).toFixed(2)}× cold`);
    }
    const peaks = args.ns.map((n) => ({ n, mb: rows.find((r) => r.n === n && r.step.startsWith('full build (npm run build), cold'))?.peakMb }));
    for (let i = 1; i < peaks.length; i++) {
      const a = peaks[i - 1]!;
      const b = peaks[i]!;
      if (a.mb && b.mb) console.log(`  memory: full cold build peak ${a.mb.toFixed(0)} MB at N=${a.n} → ${b.mb.toFixed(0)} MB at N=${b.n} (×${(b.mb / a.mb).toFixed(2)} for ×${b.n / a.n} assets; target: no faster than linear)`);
    }
    if (text5000 !== undefined) {
      const limit = baselines.get(1000)! / 2;
      console.log(`  snippet text + cadence for 5,000 assets: ${text5000.toFixed(1)} s; half the N=1,000 baseline is ${limit.toFixed(1)} s ${text5000 <= limit ? '✔' : '✖'}`);
    }
    if (args.json) writeFileSync(args.json, JSON.stringify({ date: new Date().toISOString(), machine, seed: args.seed, rows }, null, 2));
  } finally {
    if (args.keep) console.log(`\nkept ${work}`);
    else rm(work);
  }
}

await main();
