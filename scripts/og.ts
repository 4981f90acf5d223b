// Draws the Open Graph card of every live asset into <out>/og/<kind>/<slug>.png, reusing cached
// PNGs for unchanged cards (node_modules/.cache/proof-hub/og/).
//
//   node scripts/og.ts [--today YYYY-MM-DD] [--root DIR] [--out DIR (default dist)]
//
// Prints one line: "OG images: drew 3, reused 15 (18 assets) in 1.2 s". The build calls
// buildOgImages() in-process.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkedHub } from '../src/core/content/check.ts';
import type { LoadedHub } from '../src/core/content/load.ts';
import { ContentErrors, formatReport } from '../src/core/errors.ts';
import { ogCardsForHub } from '../src/core/og/cards.ts';
import { hubFontFiles, renderOgImages, type RenderResult } from '../src/core/og/render.ts';
import { resolveToday, TODAY_ENV } from '../src/core/today.ts';
import { readArgs } from './cli-args.ts';

export interface BuildOgOptions {
  root: string;
  /** Output folder, relative to root unless absolute. Default dist. */
  out?: string;
  /** --today value; falls back to PROOF_HUB_TODAY, site.today, then the clock. */
  today?: string;
  cacheDir?: string;
  concurrency?: number;
  /** The hub, already loaded and checked (the build passes its own; checking 1,000 assets again cost 1.5 s). */
  hub?: LoadedHub;
}

export interface BuildOgResult extends RenderResult {
  assets: number;
  ms: number;
  today: string;
  /** The one-line summary the CLI prints. */
  summary: string;
}

/** Loads and checks the hub, then draws its cards. Throws ContentErrors when the content is invalid. */
export async function buildOgImages(opts: BuildOgOptions): Promise<BuildOgResult> {
  const started = performance.now();
  const root = resolve(opts.root);
  const hub = opts.hub ?? checkedHub(root);
  const { today } = resolveToday({ flag: opts.today, env: process.env[TODAY_ENV], config: hub.config.site.today, timeZone: hub.config.site.timeZone });
  const outDir = resolve(root, opts.out ?? 'dist');
  const cards = ogCardsForHub(hub, today, outDir);
  const fonts = hubFontFiles(root, hub.config);
  const result = await renderOgImages({ root, cards, fonts, cacheDir: opts.cacheDir, concurrency: opts.concurrency });
  const ms = performance.now() - started;
  const summary = `OG images: drew ${result.drawn}, reused ${result.reused} (${cards.length} asset${cards.length === 1 ? '' : 's'}) in ${(ms / 1000).toFixed(1)} s`;
  return { ...result, assets: cards.length, ms, today, summary };
}

async function main(): Promise<void> {
  try {
    const args = readArgs(process.argv.slice(2), { values: ['out'] });
    const out = args.values.out;
    const result = await buildOgImages({ root: args.root, today: args.today, out });
    console.log(result.summary);
  } catch (err) {
    if (err instanceof ContentErrors) console.error(formatReport(err.errors));
    else console.error(`✖ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
