// `npm run lighthouse [-- --dist dist] [--root .] [--runs 1] [--json FILE]`: Lighthouse (mobile
// settings: its default emulated phone and simulated slow 4G) over the built hub, served on
// localhost with its _headers as a static host sends them, in the system Chromium (or
// PROOF_HUB_CHROMIUM). Pages: the home page, the first live asset of each kind and the first
// landing page. Targets: Performance ≥ 95; Accessibility, Best Practices and SEO 100. Prints a
// table; exits 1 when a page misses a target. Build first (`npm run build`).
//
// With --runs N each page is measured N times and the median Performance score is kept (the
// simulated score still moves a little with the machine's load).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import { loadHubConfig } from '../src/core/content/load.ts';
import { serve } from '../test/e2e/serve.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The first page (sorted) under dist/<folder>/ that has an index.html. */
function firstPage(dist: string, folder: string): string | undefined {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const sub = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return sub ? `${folder}/${sub}/` : undefined;
}

/** Starts headless Chromium with a DevTools port; resolves with the port once it listens. */
function launchChromium(executable: string, profile: string): Promise<{ port: number; proc: ChildProcess }> {
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    'about:blank',
  ];
  const proc = spawn(executable, flags, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not open a DevTools port within 20 s:\n${err}`)), 20_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        ok({ port: Number(m[1]), proc });
      }
    });
    proc.on('exit', (code) => fail(new Error(`Chromium exited (${code}) before it listened:\n${err}`)));
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const argv = process.argv.slice(2);
  const root = resolve(arg(argv, 'root') ?? '.');
  const dist = resolve(root, arg(argv, 'dist') ?? 'dist');
  const runs = Math.max(1, Number(arg(argv, 'runs') ?? 1));
  const json = arg(argv, 'json');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no built site in ${dist}: run \`npm run build\` first`);
  const { config } = loadHubConfig(root);
  const base = config?.site.base ?? '/';

  const pages = ['', firstPage(dist, 'case-study'), firstPage(dist, 'benchmark'), firstPage(dist, 'methodology'), firstPage(dist, 'lp')].filter((p): p is string => p !== undefined);
  const server = serve({ dir: dist, base, port: 0 });
  await new Promise((ok) => server.once('listening', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'proof-hub-lighthouse-'));
  const chromium = process.env.PROOF_HUB_CHROMIUM || '/usr/bin/chromium';
  const { port, proc } = await launchChromium(chromium, profile);

  const results: { page: string; scores: Record<string, number>; failed: string[]; lcpMs?: number; cls?: number; tbtMs?: number }[] = [];
  try {
    for (const page of pages) {
      const url = `${origin}${base}${page}`;
      const perRun: Record<string, number>[] = [];
      let audits: Record<string, { numericValue?: number }> = {};
      for (let i = 0; i < runs; i++) {
        const r = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!r) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (r.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${r.lhr.runtimeError.message}`);
        perRun.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((r.lhr.categories[c]?.score ?? 0) * 100)])));
        audits = r.lhr.audits as typeof audits;
        if (i === 0) {
          // Name what costs points, so a miss is actionable.
          for (const c of CATEGORIES) {
            const cat = r.lhr.categories[c];
            const lost = (cat?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (r.lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
            if (lost.length) console.log(`  ${page || '(home)'} ${c}: below 1 on ${lost.join(', ')}`);
          }
        }
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((s) => s[c]!))]));
      const failed = CATEGORIES.filter((c) => scores[c]! < TARGETS[c]);
      results.push({
        page: `${base}${page}`,
        scores,
        failed,
        lcpMs: audits['largest-contentful-paint']?.numericValue,
        cls: audits['cumulative-layout-shift']?.numericValue,
        tbtMs: audits['total-blocking-time']?.numericValue,
      });
    }
  } finally {
    proc.kill();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }

  console.log(`\nLighthouse (mobile, simulated throttling), ${chromium}, ${runs} run(s) per page, median:\n`);
  console.log('| page | Performance | Accessibility | Best Practices | SEO | LCP | CLS | TBT |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results)
    console.log(
      `| ${r.page} | ${CATEGORIES.map((c) => `${r.scores[c]}${r.failed.includes(c) ? ' ✖' : ''}`).join(' | ')} | ${((r.lcpMs ?? 0) / 1000).toFixed(1)} s | ${(r.cls ?? 0).toFixed(3)} | ${(r.tbtMs ?? 0).toFixed(0)} ms |`,
    );
  if (json) writeFileSync(json, JSON.stringify(results, null, 2));
  const misses = results.filter((r) => r.failed.length);
  if (misses.length) {
    console.error(`\n✖ ${misses.length} page(s) below target (Performance ≥ ${TARGETS.performance}, the rest 100)`);
    process.exit(1);
  }
  console.log(`\n✔ every page meets the targets (Performance ≥ ${TARGETS.performance}; Accessibility, Best Practices, SEO 100)`);
}

try {
  await main();
} catch (err) {
  console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
