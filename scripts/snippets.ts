// `npm run snippets [-- --today YYYY-MM-DD] [--root DIR] [--asset kind/slug] [--all-images] [--strict]`:
// writes the social snippets of every asset into the output folder (hub.yaml snippets.out, default
// snippets/, outside dist/): per asset and channel a Markdown file to review and a JSON file for
// tools, an index with the report, snippets.json, and exports/ (scheduler CSVs, Buffer and Typefully
// JSON, an .ics calendar). The build runs it too (buildSnippets()). --strict: exit 1 when a snippet
// carries a superlative no sourced claim backs (the same rule as `npm run cadence -- --strict`).
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkedHub } from '../src/core/content/check.ts';
import type { LoadedHub } from '../src/core/content/load.ts';
import { ContentErrors, formatReport } from '../src/core/errors.ts';
import { hubFontFiles, loadFonts, renderOgImages } from '../src/core/og/render.ts';
import { quoteCardSvg, slideSvg } from '../src/core/social-cards/layouts.ts';
import { assetPagePath } from '../src/core/site-model.ts';
import { SnippetsConfigSchema, type SnippetsConfig } from '../src/core/snippets/config.ts';
import { buildExports, exportsReadme } from '../src/core/snippets/exports.ts';
import { generateSnippets, type SnippetRun } from '../src/core/snippets/generate.ts';
import type { SnippetFinding } from '../src/core/snippets/superlatives.ts';
import type { Snippet } from '../src/core/snippets/model.ts';
import { channelMarkdown, groupBy, indexMarkdown, stageOutput, type OutputFile, type StagedOutput } from '../src/core/snippets/output.ts';
import { inWindow } from '../src/core/snippets/schedule.ts';
import { resolveToday, TODAY_ENV } from '../src/core/today.ts';
import { absoluteUrl } from '../src/core/urls.ts';
import { readArgs } from './cli-args.ts';

export interface BuildSnippetsOptions {
  root: string;
  today?: string;
  /** kind/slug: its images are all drawn, whatever the window. */
  asset?: string;
  allImages?: boolean;
  /** An already loaded and checked hub (the build passes its own). */
  hub?: LoadedHub;
  /** generateSnippets(hub, { today }) already run on that hub: the build checks overrides with it while Astro runs. */
  run?: SnippetRun;
  /** Write the files beside snippets/ but leave the swap to the caller (result.staged): the build commits them with the site. */
  stageOnly?: boolean;
}

export interface BuildSnippetsResult {
  outDir: string;
  snippets: Snippet[];
  images: { drew: number; reused: number; skipped: number; due: number };
  notes: number;
  /** Superlatives no sourced claim backs (warnings; --strict fails on them). */
  findings: SnippetFinding[];
  summary: string;
  /** With stageOnly: the written output, to commit or discard. */
  staged?: StagedOutput | undefined;
}

export const snippetsConfig = (hub: Pick<LoadedHub, 'config'>): SnippetsConfig => (hub.config as { snippets?: SnippetsConfig }).snippets ?? SnippetsConfigSchema.parse(undefined);

/** Generates, checks overrides, draws the images due, writes the output folder. Throws ContentErrors on any problem. */
export async function buildSnippets(opts: BuildSnippetsOptions): Promise<BuildSnippetsResult> {
  const started = performance.now();
  const root = resolve(opts.root);
  const hub = opts.hub ?? checkedHub(root);
  const { config } = hub;
  const cfg = snippetsConfig(hub);
  const { today } = resolveToday({ flag: opts.today, env: process.env[TODAY_ENV], config: config.site.today, timeZone: config.site.timeZone });
  if (opts.asset && !hub.assets.some((a) => `${a.kind}/${a.slug}` === opts.asset))
    throw new ContentErrors([
      { name: 'UnknownAsset', file: 'command line', field: '--asset', expected: 'kind/slug of an asset, e.g. case-study/nordpharma-excursion-alerts', found: `"${opts.asset}"` },
    ]);

  const run = opts.run ?? generateSnippets(hub, { today });
  if (run.errors.length) throw new ContentErrors(run.errors);

  // Images: drawn for snippets in the posting window, for --asset, or for all with --all-images.
  const wanted = (s: Snippet) => opts.allImages || s.asset === opts.asset || inWindow(s.suggestedTime, today, cfg.windowDays, config.site.timeZone);
  const images = { drew: 0, reused: 0, skipped: 0, due: 0 };
  for (const s of run.snippets) for (const _ of s.media) wanted(s) ? images.due++ : images.skipped++;
  const files: OutputFile[] = [];
  let exportCounts: Record<string, { written: number }> = {};
  let staged: StagedOutput | undefined;
  const stage = `${resolve(root, cfg.out)}.images-${process.pid}`;
  rmSync(stage, { recursive: true, force: true });
  try {
    const drawn = await drawSnippetImages(root, hub, run.snippets.filter(wanted), images, stage);
    for (const [path, copyFrom] of drawn) files.push({ path, copyFrom });

    const byAsset = groupBy(run.snippets, (s) => s.asset);
    for (const a of hub.assets) {
      const key = `${a.kind}/${a.slug}`;
      const mine = byAsset.get(key) ?? [];
      const page = absoluteUrl(config.site, assetPagePath(a));
      for (const c of config.channels) {
        const list = mine.filter((s) => s.channel === c.id);
        if (!list.length) continue;
        // Encoded at once: 8,000 texts kept as strings until the write were copied by every young-
        // generation GC they survived (0.9 s of GC pauses in a cold N = 1,000 build); bytes are not.
        files.push({ path: `${key}/${c.id}.md`, bytes: Buffer.from(channelMarkdown(a.data.title, page, c, list, config)) });
        files.push({ path: `${key}/${c.id}.json`, bytes: Buffer.from(`${JSON.stringify({ asset: key, title: a.data.title, page, channel: c.id, platform: c.platform, snippets: list }, null, 2)}\n`) });
      }
    }
    files.push({ path: 'index.md', text: indexMarkdown({ today, windowDays: cfg.windowDays, snippets: run.snippets, notes: run.notes, images, findings: run.findings }, config) });
    files.push({ path: 'snippets.json', text: `${JSON.stringify({ hub: config.site.name, today, windowDays: cfg.windowDays, notes: run.notes, findings: run.findings, snippets: run.snippets }, null, 2)}\n` });
    // Exports for schedulers and calendars, in the same swap. DTSTAMP: the content's last change.
    const stamp = `${hub.assets.reduce((m, a) => { const d = a.data.updated ?? a.data.published; return d > m ? d : m; }, '1970-01-01')}T00:00:00Z`;
    const exported = buildExports({ snippets: run.snippets, config, today, titles: new Map(hub.assets.map((a) => [`${a.kind}/${a.slug}`, a.data.title])), drafts: new Set(hub.assets.filter((a) => a.data.draft).map((a) => `${a.kind}/${a.slug}`)), stamp, bufferChannels: cfg.bufferChannels });
    files.push(...exported.files, { path: 'exports/README.md', text: exportsReadme(exported, today, config.site.timeZone) });
    exportCounts = exported.counts;

    staged = stageOutput(resolve(root, cfg.out), files);
    if (!opts.stageOnly) staged.commit();
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  const outDir = resolve(root, cfg.out);
  const assets = new Set(run.snippets.map((s) => s.asset)).size;
  const ms = performance.now() - started;
  const summary =
    `Snippets: ${run.snippets.length} drafts from ${assets} assets for ${config.channels.length} channels → ${cfg.out}/ (${run.snippets.filter((s) => s.suggestedTime).length} with a suggested time) · ` +
    (images.due > images.drew + images.reused
      ? `images: ${images.due} due in the ${cfg.windowDays}-day posting window are not drawn yet (the image step is still to come), ${images.skipped} later · `
      : `images: drew ${images.drew}, reused ${images.reused}, skipped ${images.skipped} (outside the ${cfg.windowDays}-day posting window) · `) +
    `exports: ${exportCounts.sprout?.written ?? 0} due for schedulers, ${exportCounts.calendar?.written ?? 0} in the calendar · ` +
    `${run.notes.length} notes${run.findings.length ? `, ${run.findings.length} superlative warnings` : ''} in ${cfg.out}/index.md · ${(ms / 1000).toFixed(1)} s`;
  return { outDir, snippets: run.snippets, images, notes: run.notes.length, findings: run.findings, summary, staged: opts.stageOnly ? staged : undefined };
}

/**
 * Draws (or reuses, from the OG renderer's content-hash cache) the quote cards and carousel slides
 * of these snippets into a staging folder; returns output path → staged PNG, and marks them drawn.
 */
async function drawSnippetImages(root: string, hub: LoadedHub, snippets: readonly Snippet[], count: { drew: number; reused: number }, stage: string): Promise<Map<string, string>> {
  const jobs: { outFile: string; svg: string }[] = [];
  const out = new Map<string, string>();
  if (!snippets.some((s) => s.media.length)) return out;
  const fontFiles = hubFontFiles(root, hub.config);
  const fonts = loadFonts(fontFiles).metrics;
  const brand = { colours: { ...hub.config.brand.colours }, fontFamily: hub.config.brand.font.family, brandName: hub.config.site.name };
  for (const s of snippets) {
    s.media.forEach((m, i) => {
      const svg = s.card ? quoteCardSvg({ ...brand, ...s.card }, fonts) : s.slides?.[i] ? slideSvg({ ...brand, ...s.slides[i]!, index: i, total: s.slides.length }, fonts) : undefined;
      if (!svg) return;
      const staged = join(stage, m.file);
      jobs.push({ outFile: staged, svg });
      out.set(m.file, staged);
      m.drawn = true;
    });
  }
  const r = await renderOgImages({ root, cards: jobs, fonts: fontFiles });
  count.drew += r.drawn;
  count.reused += r.reused;
  return out;
}

async function main(): Promise<void> {
  const args = readArgs();
  const argv = process.argv.slice(2);
  const at = argv.findIndex((a) => a === '--asset' || a.startsWith('--asset='));
  const asset = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--asset='.length) : argv[at + 1];
  try {
    const r = await buildSnippets({ root: args.root, today: args.today, asset, allImages: args.flags.has('all-images') });
    console.log(r.summary);
    if (r.findings.length) {
      console.error(`\n${r.findings.length} snippet${r.findings.length === 1 ? '' : 's'} with a superlative no sourced claim backs${args.flags.has('strict') ? ' (--strict: failing)' : ' (warnings; --strict fails on them)'}:`);
      for (const f of r.findings) console.error(`  ⚠ ${f.message}`);
      if (args.flags.has('strict')) process.exit(1);
    }
  } catch (err) {
    if (err instanceof ContentErrors) console.error(formatReport(err.errors));
    else console.error(`✖ ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
