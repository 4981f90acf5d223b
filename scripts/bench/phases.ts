// In-process timings the bench (scripts/bench/run.ts) cannot get from the commands' own output,
// run in a child so each has its own memory figure. Prints one JSON line.
//
//   node scripts/bench/phases.ts draw --root HUB [--concurrency N]   OG cards drawn into an empty cache: ms per card
//   node scripts/bench/phases.ts images --root HUB                   responsive images drawn into an empty cache: ms per file
//   node scripts/bench/phases.ts text --root HUB                     load+check, snippet text, cadence: ms each
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadAndCheckHub } from '../../src/core/content/check.ts';
import { ogCardsForHub } from '../../src/core/og/cards.ts';
import { publishedImageFiles } from '../../src/core/images/published.ts';
import { renderImages } from '../../src/core/images/render.ts';
import { hubFontFiles, renderOgImages } from '../../src/core/og/render.ts';
import { generateSnippets } from '../../src/core/snippets/generate.ts';
import { resolveToday } from '../../src/core/today.ts';
import { cadenceForBuild } from '../cadence.ts';

const [mode, ...rest] = process.argv.slice(2);
const arg = (name: string) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : undefined;
};
const root = resolve(arg('root') ?? '.');
const t0 = performance.now();
const { hub, errors } = loadAndCheckHub(root);
if (!hub || errors.length) throw new Error(`the hub at ${root} has ${errors.length} content errors`);
const loadMs = performance.now() - t0;
const { today } = resolveToday({ config: hub.config.site.today, timeZone: hub.config.site.timeZone });

if (mode === 'draw') {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-draw-'));
  try {
    const cards = ogCardsForHub(hub, today, join(tmp, 'out'));
    const concurrency = arg('concurrency') ? Number(arg('concurrency')) : undefined;
    const t = performance.now();
    const r = await renderOgImages({ root, cards, fonts: hubFontFiles(root, hub.config), cacheDir: join(tmp, 'cache'), concurrency });
    const ms = performance.now() - t;
    console.log(JSON.stringify({ mode, cards: cards.length, drawn: r.drawn, ms, msPerImage: ms / Math.max(1, r.drawn) }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else if (mode === 'images') {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-images-'));
  try {
    const files = publishedImageFiles(hub, today);
    const t = performance.now();
    const r = await renderImages({ root, files, outDir: join(tmp, 'out'), cacheDir: join(tmp, 'cache') });
    const ms = performance.now() - t;
    console.log(JSON.stringify({ mode, originals: files.length, drawn: r.drawn, ms, msPerImage: ms / Math.max(1, r.drawn) }));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else if (mode === 'text') {
  let t = performance.now();
  const cpu = process.cpuUsage();
  const run = generateSnippets(hub);
  const snippetsMs = performance.now() - t;
  // CPU time of this thread's work: steadier than wall time on a shared machine.
  const snippetsCpuMs = process.cpuUsage(cpu).user / 1000;
  t = performance.now();
  const cadence = cadenceForBuild(hub, today);
  const cadenceMs = performance.now() - t;
  console.log(JSON.stringify({ mode, assets: hub.assets.length, loadMs, snippets: run.snippets.length, snippetsMs, snippetsCpuMs, cadenceMs, cadenceFailed: cadence.failed }));
} else {
  console.error('usage: node scripts/bench/phases.ts draw|images|text --root HUB');
  process.exit(2);
}
