// `npm run build [-- --today YYYY-MM-DD] [--root DIR] [--force]`: the whole build, in order (skipped when nothing it reads changed since its last success, see src/core/build-stamp.ts):
//   1. check every content file (all problems at once; exit 1 before Astro starts),
//   2. astro build into a fresh folder while the OG cards and responsive images are drawn beside it,
//   3. put the cards and the logo into the site, run the SEO lint over it,
//   4. swap the new site into dist/ — a failed build leaves the previous dist/ as it was.
// package.json runs it with --initial-old-space-size=400. From the cards on, this process keeps a
// steady heap of about 90 MB while it allocates mostly outside it (pixels, PNGs), and V8, its
// old-space limit near that size, marked the whole heap again every half second: 12-13 marking
// cycles of a cold N = 1,000 build started that way (--trace-incremental-marking), none with the
// larger starting limit. Three interleaved pairs: 2.2-2.8 CPU s less in this process, wall time
// 0.7-2.9 s less. Without the flag the build is the same, only slower.
import { spawn } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHECKED_ENV, checkedHub, loadAndCheckHub } from '../src/core/content/check.ts';
import { HUB_CONFIG_FILE, loadHubConfig } from '../src/core/content/load.ts';
import { ContentErrors, formatReport } from '../src/core/errors.ts';
import { fillHeaders, sitePolicy } from '../src/core/landing/csp.ts';
import { renderOgImages } from '../src/core/og/render.ts';
import { publishedImageFiles } from '../src/core/images/published.ts';
import { publishedDataFiles } from '../src/core/data-files.ts';
import { renderImages } from '../src/core/images/render.ts';
import { IMAGE_DIR } from '../src/core/images/variants.ts';
import { ROOT_ENV } from '../src/core/root.ts';
import { moveDir, swapDir } from '../src/core/swap-dir.ts';
import { takeBuildLock } from '../src/core/build-lock.ts';
import { stepTimes } from '../src/core/step-times.ts';
import type { HubConfig } from '../src/core/schema/hub.ts';
import { SITE_OG_IMAGE } from '../src/site/og.ts';
import { resolveToday, TODAY_ENV } from '../src/core/today.ts';
import { readArgs } from './cli-args.ts';
import { BUILD_STAMP_FILE, inputsDigest, readBuildStamp, treeFingerprint, upToDate, writeBuildStamp } from '../src/core/build-stamp.ts';
import { cadenceForBuild } from './cadence.ts';
import { generateSnippets } from '../src/core/snippets/generate.ts';
import type { StagedOutput } from '../src/core/snippets/output.ts';
import { buildSnippets, snippetsConfig } from './snippets.ts';
import { buildOgImages } from './og.ts';
import { PARSE_CACHE_FILE, seoLint } from './seo-lint.ts';
import { parseCache } from '../src/core/seo/parse-cache.ts';
import { parseWhileWriting } from '../src/core/seo/parse-ahead.ts';

export const OUT_DIR_ENV = 'PROOF_HUB_OUT_DIR';
const projectDir = resolve(dirname(new URL(import.meta.url).pathname), '..');

class BuildFailed extends Error {}

/** The card shared by pages without their own (home, lists): the hub's name and its promises. */
function drawSiteCard(config: HubConfig, root: string, outDir: string) {
  const card = {
    title: config.site.name,
    kindLabel: config.organisation.name,
    promiseNames: config.promises.map((p) => p.name),
    brandName: config.site.name,
    colours: { ...config.brand.colours },
    fontFamily: config.brand.font.family,
  };
  return renderOgImages({ root, cards: [{ outFile: join(outDir, SITE_OG_IMAGE), card }] });
}

/**
 * Rolldown's allocator (mimalloc) backs Astro's bundling with transparent huge pages: 320 MB of
 * them mid-build at N = 1,000, each 2 MB zeroed on first touch (`clear_page_erms`, a tenth of the
 * baseline's `perf` samples). At 0 mimalloc turns them off for the whole Astro process (Linux
 * PR_SET_THP_DISABLE). Astro alone, five interleaved pairs: 11.5-12.5 s against 12.3-13.0, system
 * time 3.2-3.6 s against 4.0-4.4, peak memory 1.04 GB against 1.13-1.33. A value in the caller's
 * environment wins.
 */
const NO_HUGE_PAGES_ENV = 'MIMALLOC_ALLOW_THP';

/** `astro build` in a child process; `stop()` ends it early when a check running beside it fails. */
function astroBuild(env: NodeJS.ProcessEnv): { done: Promise<void>; stop: () => void } {
  const astro = join(projectDir, 'node_modules/astro/bin/astro.mjs');
  const child = spawn(process.execPath, [astro, 'build'], { cwd: projectDir, env: { [NO_HUGE_PAGES_ENV]: '0', ...env }, stdio: 'inherit' });
  let stopped = false;
  const done = new Promise<void>((ok, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new BuildFailed(stopped ? 'astro build stopped' : `astro build exited with code ${code}`))));
  });
  // The caller reports its own failure; this one must not surface as an unhandled rejection.
  done.catch(() => {});
  return {
    done,
    stop: () => {
      stopped = true;
      child.kill('SIGTERM');
    },
  };
}

/**
 * The environment for `astro build`: Vite lets DEV, PROD, MODE, SSR and BASE_URL from the shell
 * (test runners set them) override import.meta.env, and NODE_ENV=development builds in dev mode:
 * either way the pages would publish drafts (src/site/hub.ts: mode). A production build clears them.
 */
export function productionEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _base, ...rest } = env;
  return { ...rest, NODE_ENV: 'production' };
}

/**
 * Where Astro writes the site. Astro builds in the project's .astro/ and renames its assets into
 * the output folder, which fails (EXDEV) when the hub is on another file system (a tmpfs /tmp, a
 * second disk): then it writes beside .astro/ and the build moves the result to the hub after.
 */
function astroOutDir(root: string, next: string): string {
  const work = join(projectDir, '.astro');
  mkdirSync(work, { recursive: true });
  return statSync(work).dev === statSync(root).dev ? next : join(work, `out-${process.pid}`);
}

/** Fills _headers (copied from public/) with the Content-Security-Policy every built page carries. */
function writeHeaders(outDir: string) {
  const file = join(outDir, '_headers');
  if (!existsSync(file)) return;
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: f, html: readFileSync(join(outDir, f), 'utf8') }));
  const { policy, problems } = sitePolicy(pages);
  if (!policy) throw new BuildFailed(`Pages disagree on the Content-Security-Policy, so _headers cannot carry one policy:\n  ${problems.join('\n  ')}`);
  writeFileSync(file, fillHeaders(readFileSync(file, 'utf8'), policy));
}

/**
 * Lowers this process's priority (nice 10) once Astro has started, so on a busy machine the
 * kernel gives Astro, the build's critical path, first call on the cores, and the cards, images and
 * snippets here fill the gaps (Astro's main thread waits on its own file writes for about a third
 * of its render phase). Threads started later (libuv's pool, sharp's) inherit it. Measured at
 * N = 1,000, four interleaved cold builds each: Astro 14.8-15.0 s instead of 16.5-18.0 s, the whole
 * build 17.3-17.7 s instead of 18.5-20.0 s; warm rebuilds unchanged (10.6-11.8 s both ways). Once
 * Astro is done nothing competes, so the lint after it runs as fast as before.
 */
function yieldToAstro(): void {
  // Linux keeps a nice value per thread and setpriority(pid) sets only that thread: V8's workers
  // (concurrent GC, about 2.5 CPU s by mid-build at N = 1,000) started with the process and stayed
  // at 0. Setting each is what "yield" means; three interleaved A/B builds showed no wall-time change.
  let threads: number[] = [];
  try {
    threads = readdirSync('/proc/self/task').map(Number).filter((tid) => tid > 0);
  } catch {
    // No /proc (not Linux): the process's own value is all there is.
  }
  for (const id of threads.length ? threads : [0]) {
    try {
      setPriority(id, Math.max(getPriority(id), 10));
    } catch {
      // Not allowed here (some sandboxes), or the thread is gone: the build is only slower, not wrong.
    }
  }
}

export async function build(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const started = performance.now();
  const args = readArgs(argv);
  const root = resolve(args.root);
  // The config alone decides "today"; the full check of every file runs beside Astro, below.
  const { config } = loadHubConfig(root);
  if (!config) throw new ContentErrors(loadAndCheckHub(root).errors);
  const { today, from } = resolveToday({ flag: args.today, env: process.env[TODAY_ENV], config: config.site.today, timeZone: config.site.timeZone });

  const release = takeBuildLock(join(projectDir, '.astro', 'build.lock'), `building ${root}`);
  try {
    const stampFile = join(root, BUILD_STAMP_FILE);
    const outputs = { dist: join(root, 'dist'), snippets: resolve(root, snippetsConfig({ config }).out) };
    const inputs = buildInputs(root, today);
    const stamp = readBuildStamp(stampFile);
    if (!args.flags.has('force') && upToDate(stamp, inputs, outputs)) {
      console.log(stamp.report);
      console.log(`✔ nothing changed since the build of ${stamp.builtAt} (same content, code, lockfile and day): ${outputs.dist} and ${outputs.snippets} kept as they are · ${((performance.now() - started) / 1000).toFixed(1)} s (--force builds anyway)`);
      return;
    }
    const report = await buildLocked(root, started, today, from);
    writeBuildStamp(stampFile, { version: 1, inputs, outputs: Object.fromEntries(Object.entries(outputs).map(([k, dir]) => [k, treeFingerprint(dir)])), builtAt: new Date().toISOString(), report });
  } finally {
    release();
  }
}

/**
 * Everything a build reads, as one digest: the hub's content/, the project's code and public/, the
 * lockfile (what node_modules holds, as Astro's own cache assumes), Node's version, the hub's
 * place and the day (drafts, scheduled assets and the posting window depend on it).
 */
function buildInputs(root: string, today: string): string {
  const project = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'].map((p) => join(projectDir, p));
  return inputsDigest([join(root, 'content'), ...project], { today, root, node: process.version });
}

/** OG cards drawn at once: more than the cores, so the pool compresses while this thread parses (above). */
const CARDS_IN_FLIGHT = 4;

/** The build proper; returns the cadence and governance report it printed. */
async function buildLocked(root: string, started: number, today: string, from: string): Promise<string> {
  const dist = join(root, 'dist');
  const next = join(root, `.dist-next-${process.pid}`);
  const stage = join(root, `.og-stage-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  const astroOut = astroOutDir(root, next);
  const env = { ...productionEnv(process.env), [TODAY_ENV]: today, [ROOT_ENV]: root, [OUT_DIR_ENV]: astroOut, [CHECKED_ENV]: root };
  // Astro starts first: every check below runs in this process while it compiles, and any failure
  // stops it (checking 1,000 assets first delayed it by 1.5 s).
  const site = astroBuild(env);
  yieldToAstro();
  const clock = stepTimes();
  void clock.track('astro', () => site.done);
  let drawing: Promise<unknown> | undefined;
  let snippets: StagedOutput | undefined;
  let report = '';
  const parsed = parseCache(join(root, PARSE_CACHE_FILE));
  try {
    const hub = clock.time('check', () => checkedHub(root));
    console.log(`▶ ${hub.assets.length} assets checked · today is ${today} (from ${from})`);
    // Astro empties its output folder first, so the cards and the responsive images are drawn beside
    // it (sharp on libuv's threads, overlapping Astro's compile and render) and moved in after.
    const cards = clock.track('cards', () => Promise.all([buildOgImages({ root, today, out: stage, hub, concurrency: CARDS_IN_FLIGHT }), drawSiteCard(hub.config, root, stage)]));
    const drawn = Promise.all([cards, clock.track('images', () => renderImages({ root, files: publishedImageFiles(hub, today), outDir: stage }))]).then(
      ([[og, siteCard], images]) => [og, siteCard, images] as const,
    );
    drawing = drawn;
    drawn.catch(() => {});
    // Snippet overrides over their limits and the publishing gate fail the build (and stop Astro).
    const snippetRun = clock.time('snippet text', () => generateSnippets(hub, { today }));
    if (snippetRun.errors.length) throw new ContentErrors(snippetRun.errors);
    const cadenceStep = clock.time('cadence', () => cadenceForBuild(hub, today));
    report = cadenceStep.output;
    console.log(cadenceStep.output);
    if (cadenceStep.failed) throw new BuildFailed('the publishing gate failed: see the cadence and governance report above');
    // Snippet drafts are written beside snippets/ now, and swapped in with the site below.
    const snippetStep = await clock.track('snippet files', () => buildSnippets({ root, today, hub, run: snippetRun, stageOnly: true }));
    snippets = snippetStep.staged;
    // Parse pages for the lint ahead of it while Astro still writes them, then the rest until the
    // drawing is done, in short slices between the cards composited on this thread (four in flight,
    // so libuv's pool has cards to compress meanwhile). Waiting for the cards first left nearly
    // every page to parse after Astro, on one core: six interleaved pairs, 14.8-15.5 s against
    // 15.1-16.2.
    const ahead = clock.track('lint ahead', () => parseWhileWriting(astroOut, parsed, site.done, { stop: drawn }));
    const [og, siteCard, images] = await drawn;
    await site.done;
    await ahead;
    if (astroOut !== next) moveDir(astroOut, next);
    // Moved, not copied: the stage sits beside the new site on the same disk (a copy of 1,000 cards cost 0.7 s).
    renameSync(join(stage, 'og'), join(next, 'og'));
    if (images.paths.length) renameSync(join(stage, IMAGE_DIR), join(next, IMAGE_DIR));
    copyFileSync(resolve(root, dirname(HUB_CONFIG_FILE), hub.config.organisation.logo), join(next, 'logo.png'));
    // Data files beside their pages (core/data-files.ts): copied, not rendered by Astro.
    for (const f of publishedDataFiles(hub, today)) {
      mkdirSync(dirname(join(next, f.path)), { recursive: true });
      copyFileSync(f.absPath, join(next, f.path));
    }
    console.log(`${og.summary}; hub card ${siteCard.drawn ? 'drawn' : 'reused'}; ${images.paths.length} image files (${images.drawn} drawn, ${images.reused} reused)`);

    clock.time('headers', () => writeHeaders(next));
    const lint = clock.time('SEO lint', () => seoLint({ root, dist: next, hub, parsed }));
    if (lint.exitCode) throw new BuildFailed(`SEO lint failed:\n${lint.output}`);
    console.log(lint.output);
    const internal = cadenceStep.publish(next);
    if (internal) console.log(`internal cadence report published at /${internal} (noindex, not in the sitemap)`);

    // Social snippets for every asset, outside dist/; images only for those in the posting window.
    clock.time('swap', () => {
      swapDir(next, dist);
      snippets?.commit();
    });
    // Kept for the next build's lint; written after the swap, off the way to a finished site.
    parsed.save();
    console.log(snippetStep.summary);
  } catch (err) {
    snippets?.discard();
    // Nothing may still be writing into the folders removed below.
    site.stop();
    await Promise.allSettled([site.done, drawing]);
    throw err;
  } finally {
    rmSync(next, { recursive: true, force: true });
    rmSync(astroOut, { recursive: true, force: true });
    rmSync(stage, { recursive: true, force: true });
  }
  console.log(`✔ built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `  ${clock.line([
      { labels: ['astro'] },
      { title: 'beside it', labels: ['check', 'snippet text', 'cadence', 'snippet files', 'cards', 'images', 'lint ahead'] },
      { title: 'after Astro', labels: ['headers', 'SEO lint', 'swap'] },
    ])}`,
  );
  return report;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await build();
  } catch (err) {
    if (err instanceof ContentErrors) console.error(formatReport(err.errors));
    else console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
