// Draws Open Graph cards to PNG with sharp (librsvg + pango), using only the brand's shipped TTF
// files, and keeps every PNG in a content-addressed cache so an unchanged card is copied, not drawn.
//
// Fonts: this machine (and most CI images) has no system fonts, and sharp then draws every glyph
// as an empty box without complaint. So a fonts.conf whose only <dir> is the brand font folder is
// written into the cache folder and FONTCONFIG_FILE points at it before the first text is drawn.
// fontconfig reads that once per process, so one process draws with one font folder; a second,
// different folder is refused with an error rather than drawn wrongly. A one-off self-check also
// draws two different letters and fails loudly if they come out the same (boxes, not glyphs).
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { loadHubConfig, HUB_CONFIG_FILE } from '../content/load.ts';
import { cardSvg, type CardFonts, type OgCardInput } from './card-svg.ts';
import { fontMetrics } from './font-metrics.ts';

/** Bump when the drawing changes in a way the SVG string does not show (sharp options, PNG settings). */
export const RENDERER_VERSION = 'og-1';
/** zlib level for the PNGs: 6 is sharp's default; the cards are flat colour and compress well either way. */
const PNG_COMPRESSION = 6;
/** Cache entries not used for this many days are removed at the end of a run. */
const CACHE_MAX_AGE_DAYS = 30;

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/proof-hub/og';

export interface FontFiles {
  /** Absolute paths of the TTF files. Both must sit in the same folder (fontconfig scans it). */
  regular: string;
  bold: string;
}

export type OgCardJob = { outFile: string } & ({ svg: string } | { card: OgCardInput });

export interface RenderOptions {
  /** Project root: the default cache folder lives under it, and the fonts are read from its hub.yaml. */
  root: string;
  cards: readonly OgCardJob[];
  /** Defaults to <root>/node_modules/.cache/proof-hub/og. */
  cacheDir?: string;
  /** Cards drawn at once; defaults to os.availableParallelism(). */
  concurrency?: number;
  /** Font files; defaults to brand.font.regular/bold in <root>/content/hub.yaml. */
  fonts?: FontFiles;
  /**
   * How to use more than one core. 'sharp' (default): sharp calls from this thread, run in
   * parallel on libuv's pool. 'workers': a worker_threads pool. See the measurement below.
   */
  strategy?: 'sharp' | 'workers';
}

export interface RenderResult {
  drawn: number;
  reused: number;
  /** Every output file, in the order of `cards`. */
  files: string[];
}

// ---------------------------------------------------------------------------------------------
// Fonts and fontconfig

/** Font files named in the hub config, resolved against content/hub.yaml. */
export function hubFontFiles(root: string): FontFiles {
  const { config, errors } = loadHubConfig(root);
  if (!config) throw new Error(`cannot read the brand fonts: ${errors.map((e) => `${e.file}: ${e.expected}`).join('; ')}`);
  const base = dirname(join(root, HUB_CONFIG_FILE));
  return { regular: resolve(base, config.brand.font.regular), bold: resolve(base, config.brand.font.bold) };
}

interface LoadedFonts {
  files: FontFiles;
  dir: string;
  metrics: CardFonts;
  /** sha256 over both files' bytes: part of every cache key. */
  hash: string;
}

const fontCache = new Map<string, LoadedFonts>();

export function loadFonts(files: FontFiles): LoadedFonts {
  const key = `${files.regular}\n${files.bold}`;
  const hit = fontCache.get(key);
  if (hit) return hit;
  const dir = dirname(files.regular);
  if (resolve(dirname(files.bold)) !== resolve(dir))
    throw new Error(`brand.font.regular and brand.font.bold must be in the same folder (found ${files.regular} and ${files.bold})`);
  const h = createHash('sha256');
  const read = (f: string) => {
    if (!existsSync(f)) throw new Error(`font file not found: ${f}`);
    const buf = readFileSync(f);
    h.update(buf);
    return buf;
  };
  const regular = fontMetrics(read(files.regular));
  const bold = fontMetrics(read(files.bold));
  const loaded = { files, dir: resolve(dir), metrics: { regular, bold }, hash: h.digest('hex') };
  fontCache.set(key, loaded);
  return loaded;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A fonts.conf that knows only `fontDir`, with fontconfig's own cache beside it. */
export function fontsConf(fontDir: string, fcCacheDir: string, alias?: { from: string; to: string }): string {
  const aliasXml =
    alias && alias.from !== alias.to
      ? `  <alias binding="same"><family>${xmlText(alias.from)}</family><prefer><family>${xmlText(alias.to)}</family></prefer></alias>\n`
      : '';
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<!-- Written by proof-hub's OG renderer: only the brand's shipped fonts, never system fonts. -->
<fontconfig>
  <dir>${xmlText(fontDir)}</dir>
  <cachedir>${xmlText(fcCacheDir)}</cachedir>
${aliasXml}</fontconfig>
`;
}

let configuredFontDir: string | undefined;
type Sharp = typeof import('sharp').default;
let sharpPromise: Promise<Sharp> | undefined;
let fontConfFile: string | undefined;

/**
 * Points fontconfig at the font folder (once per process) and only then loads sharp. Throws when
 * this process was already set up for another folder.
 */
async function sharpWithFonts(fonts: LoadedFonts, cacheDir: string, family: string | undefined): Promise<Sharp> {
  if (configuredFontDir && configuredFontDir !== fonts.dir)
    throw new Error(
      `OG images: this process already draws with the fonts in ${configuredFontDir}; fontconfig cannot switch to ${fonts.dir} without a new process`,
    );
  if (!sharpPromise) {
    const confDir = join(cacheDir, 'fontconfig');
    mkdirSync(confDir, { recursive: true });
    fontConfFile = join(cacheDir, 'fonts.conf');
    const alias = family ? { from: family, to: fonts.metrics.bold.family || family } : undefined;
    atomicWrite(fontConfFile, fontsConf(fonts.dir, confDir, alias));
    process.env.FONTCONFIG_FILE = fontConfFile;
    configuredFontDir = fonts.dir;
    sharpPromise = import('sharp').then(async ({ default: sharp }) => {
      await assertGlyphsDrawn(sharp, family ?? fonts.metrics.bold.family);
      return sharp;
    });
    sharpPromise.catch(() => {
      sharpPromise = undefined;
      configuredFontDir = undefined;
    });
  }
  return sharpPromise;
}

/** Fails when fontconfig found no usable font: every character is then drawn as the same box. */
async function assertGlyphsDrawn(sharp: Sharp, family: string): Promise<void> {
  const draw = (ch: string) =>
    sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="80" height="100"><rect width="80" height="100" fill="#fff"/><text x="10" y="80" font-family="${xmlText(family)}" font-size="80" font-weight="700">${ch}</text></svg>`))
      .greyscale()
      .raw()
      .toBuffer();
  const [a, b] = await Promise.all([draw('I'), draw('O')]);
  if (a.equals(b))
    throw new Error(
      `OG images: the brand font "${family}" was not found by fontconfig (${fontConfFile}); text would be drawn as empty boxes. ` +
        'Check brand.font in content/hub.yaml, and that nothing drew text with sharp earlier in this process.',
    );
}

// ---------------------------------------------------------------------------------------------
// Files

/** Writes via a temporary file in the same folder and a rename, so readers never see half a file. */
export function atomicWrite(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function atomicCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const tmp = `${to}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    copyFileSync(from, tmp);
    renameSync(tmp, to);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** The cache key of a card: its SVG, the font bytes and the renderer version. */
export function cacheKey(svg: string, fontHash: string): string {
  return createHash('sha256').update(RENDERER_VERSION).update('\0').update(fontHash).update('\0').update(svg).digest('hex');
}

function pruneCache(cacheDir: string, keep: ReadonlySet<string>): void {
  const cutoff = Date.now() - CACHE_MAX_AGE_DAYS * 86_400_000;
  for (const name of readdirSync(cacheDir)) {
    if (!/\.png$|\.tmp$/.test(name) || keep.has(name)) continue;
    const f = join(cacheDir, name);
    try {
      if (statSync(f).mtimeMs < cutoff) rmSync(f, { force: true });
    } catch {
      // Another run may have removed it already.
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Drawing

type Draw = (svg: string) => Promise<Uint8Array>;

/** Runs `tasks` with at most `limit` in flight. */
async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, run));
}

class WorkerPool {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private waiting: Array<(w: Worker) => void> = [];
  private pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(size: number, fontconfigFile: string) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(new URL('./render-worker.ts', import.meta.url), {
        workerData: { fontconfigFile, compressionLevel: PNG_COMPRESSION },
      });
      w.on('message', (msg: { id: number; png?: Uint8Array; error?: string }) => {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        this.release(w);
        if (!p) return;
        if (msg.png) p.resolve(msg.png);
        else p.reject(new Error(`OG image: ${msg.error}`));
      });
      w.on('error', (err) => {
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  private release(w: Worker) {
    const waiter = this.waiting.shift();
    if (waiter) waiter(w);
    else this.idle.push(w);
  }

  private acquire(): Promise<Worker> {
    const w = this.idle.pop();
    return w ? Promise.resolve(w) : new Promise((r) => this.waiting.push(r));
  }

  draw: Draw = async (svg) => {
    const w = await this.acquire();
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      w.postMessage({ id, svg });
    });
  };

  async close() {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Writes one PNG per card: copied from the cache when the same card (same SVG, same font bytes,
 * same renderer) was drawn before, drawn and cached otherwise.
 *
 * Measured on this 2-core machine (Node 24, sharp 0.35.5, 20 distinct cards, cold cache, median
 * of 5 runs, see test/core/og.test.ts for the harness idea): sharp from this thread with 2 cards in
 * flight ≈ 270 ms (≈13.5 ms a card), a worker_threads pool of 2 ≈ 370 ms including ~100 ms to start
 * the workers and load sharp in each (≈13 ms a card once warm). Same throughput, so the default
 * is 'sharp': no start-up cost, and libuv's pool already spreads the calls over both cores.
 */
export async function renderOgImages(opts: RenderOptions): Promise<RenderResult> {
  const root = resolve(opts.root);
  const cacheDir = resolve(root, opts.cacheDir ?? DEFAULT_CACHE_DIR);
  const concurrency = Math.max(1, opts.concurrency ?? availableParallelism());
  const fonts = loadFonts(opts.fonts ?? hubFontFiles(root));
  mkdirSync(cacheDir, { recursive: true });

  const jobs = opts.cards.map((c) => {
    const svg = 'svg' in c ? c.svg : cardSvg(c.card, fonts.metrics);
    const key = cacheKey(svg, fonts.hash);
    return { outFile: resolve(c.outFile), svg, key, cached: join(cacheDir, `${key}.png`), family: 'card' in c ? c.card.fontFamily : undefined };
  });

  // Two cards with the same SVG are drawn once.
  const toDraw = new Map<string, (typeof jobs)[number]>();
  for (const j of jobs) if (!existsSync(j.cached) && !toDraw.has(j.key)) toDraw.set(j.key, j);

  if (toDraw.size) {
    const family = jobs.find((j) => j.family)?.family;
    const sharp = await sharpWithFonts(fonts, cacheDir, family);
    let draw: Draw;
    let workers: WorkerPool | undefined;
    if (opts.strategy === 'workers') {
      workers = new WorkerPool(Math.min(concurrency, toDraw.size), fontConfFile!);
      draw = workers.draw;
    } else {
      draw = async (svg) => sharp(Buffer.from(svg)).png({ compressionLevel: PNG_COMPRESSION }).toBuffer();
    }
    try {
      await pool([...toDraw.values()], concurrency, async (j) => atomicWrite(j.cached, await draw(j.svg)));
    } finally {
      await workers?.close();
    }
  }

  const now = new Date();
  const used = new Set<string>();
  for (const j of jobs) {
    atomicCopy(j.cached, j.outFile);
    if (!toDraw.has(j.key) && !used.has(j.key)) utimesSync(j.cached, now, now);
    used.add(`${j.key}.png`);
    used.add(j.key);
  }
  pruneCache(cacheDir, used);

  return { drawn: toDraw.size, reused: jobs.length - [...toDraw.values()].length, files: jobs.map((j) => j.outFile) };
}
