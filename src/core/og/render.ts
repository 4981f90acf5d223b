// Draws Open Graph cards to PNG with sharp (librsvg + pango), using only the brand's shipped TTF
// files, and keeps every PNG in a content-addressed cache so an unchanged card is copied, not drawn.
//
// Fonts: build machines often have no system fonts (sharp then draws every glyph as an empty box
// without complaint), or some other font (this one has DejaVu in /usr/share/fonts, which pango
// silently substitutes). So a fonts.conf whose only <dir> is the brand font folder is written into
// the cache folder and FONTCONFIG_FILE points at it before sharp is loaded and draws any text.
// fontconfig reads that once per process, so one process draws with one set of fonts; different
// font files later in the same process are refused with an error rather than drawn wrongly (a copy
// of the same files in another folder is fine). A one-off self-check draws a few letters and fails
// loudly unless they come out with the brand font's own advance widths.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, utimesSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadHubConfig, HUB_CONFIG_FILE } from '../content/load.ts';
import { atomicCopy, atomicWrite, pool, pruneCache } from '../file-cache.ts';
import type { HubConfig } from '../schema/hub.ts';
import { cardParts, OG_HEIGHT, OG_WIDTH, partsSvg, type CardFonts, type OgCardInput } from './card-svg.ts';
import { cardCompositor } from './compose.ts';
import { fontMetrics } from './font-metrics.ts';
import { shaperFor, type Shaper } from './shape.ts';

/** Bump when the drawing changes in a way the SVG string does not show (sharp options, PNG settings). */
export const RENDERER_VERSION = 'og-3';
/**
 * zlib level for the PNGs. Measured on the example's cards (sharp 0.35.5, one thread): drawing
 * 9.8 ms, level 6 adds 3.7 ms (65 KB), level 2 adds nothing measurable (76 KB). Cards are fetched
 * once by each platform's crawler, never by readers, so the faster level wins (4 s of 1,000 cards).
 */
const PNG_COMPRESSION = 2;

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
}

export interface RenderResult {
  drawn: number;
  reused: number;
  /** Every output file, in the order of `cards`. */
  files: string[];
}

// ---------------------------------------------------------------------------------------------
// Fonts and fontconfig

/** Font files named in the hub config (read from <root> unless given), resolved against content/hub.yaml. */
export function hubFontFiles(root: string, config?: Pick<HubConfig, 'brand'>): FontFiles {
  if (!config) {
    const loaded = loadHubConfig(root);
    if (!loaded.config) throw new Error(`cannot read the brand fonts: ${loaded.errors.map((e) => `${e.file}: ${e.expected}`).join('; ')}`);
    config = loaded.config;
  }
  const base = dirname(join(root, HUB_CONFIG_FILE));
  return { regular: resolve(base, config.brand.font.regular), bold: resolve(base, config.brand.font.bold) };
}

export interface LoadedFonts {
  files: FontFiles;
  dir: string;
  metrics: CardFonts;
  /** sha256 over both files' bytes: part of every cache key. */
  hash: string;
  /** HarfBuzz over the bold file: places the title's glyphs (compose.ts). */
  boldShaper(): Shaper;
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
  const boldBytes = read(files.bold);
  const bold = fontMetrics(boldBytes);
  let shaper: Shaper | undefined;
  const boldShaper = () => (shaper ??= shaperFor(boldBytes));
  const loaded = { files, dir: resolve(dir), metrics: { regular, bold }, hash: h.digest('hex'), boldShaper };
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

/** The fonts fontconfig was pointed at in this process. */
let configured: LoadedFonts | undefined;
type Sharp = typeof import('sharp').default;
let sharpPromise: Promise<Sharp> | undefined;
let fontConfFile: string | undefined;

/**
 * Points fontconfig at the font folder (once per process) and only then loads sharp. Throws when
 * this process was already set up for other font files.
 */
async function sharpWithFonts(fonts: LoadedFonts, cacheDir: string, family: string | undefined): Promise<Sharp> {
  if (configured && configured.hash !== fonts.hash)
    throw new Error(
      `OG images: this process already draws with the fonts in ${configured.dir}; fontconfig cannot switch to the different fonts in ${fonts.dir} without a new process`,
    );
  if (!sharpPromise) {
    const confDir = join(cacheDir, 'fontconfig');
    mkdirSync(confDir, { recursive: true });
    fontConfFile = join(cacheDir, 'fonts.conf');
    const alias = family ? { from: family, to: fonts.metrics.bold.family || family } : undefined;
    atomicWrite(fontConfFile, fontsConf(fonts.dir, confDir, alias));
    process.env.FONTCONFIG_FILE = fontConfFile;
    configured = fonts;
    sharpPromise = import('sharp').then(async ({ default: sharp }) => {
      await assertBrandFontDrawn(sharp, family ?? fonts.metrics.bold.family, fonts);
      return sharp;
    });
    sharpPromise.catch(() => {
      sharpPromise = undefined;
      configured = undefined;
    });
  }
  return sharpPromise;
}

/**
 * Fails unless text really comes out in the brand font. Two checks, a few ms once per process:
 * - "I" and "O" must differ (with no usable font every character is the same empty box);
 * - the ink of 20 "H" must end 10 advances of the brand's bold "H" later than the ink of 10 "H"
 *   (side bearings cancel out), within 3%: a fallback system font (e.g. DejaVu Sans, whose "H" is
 *   12% wider than Inter's) fails this.
 */
async function assertBrandFontDrawn(sharp: Sharp, family: string, fonts: LoadedFonts): Promise<void> {
  const size = 50;
  const svg = (text: string, width: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="80"><rect width="${width}" height="80" fill="#fff"/><text x="10" y="60" font-family="${xmlText(family)}" font-size="${size}" font-weight="700">${text}</text></svg>`;
  const grey = (text: string, width: number) => sharp(Buffer.from(svg(text, width))).greyscale().raw().toBuffer();
  const inkRight = (px: Buffer, width: number) => {
    for (let x = width - 1; x >= 0; x--) for (let y = 0; y < 80; y++) if (px[y * width + x]! < 128) return x;
    return -1;
  };
  const [i, o, h10, h20] = await Promise.all([grey('I', 80), grey('O', 80), grey('H'.repeat(10), 1400), grey('H'.repeat(20), 1400)]);
  const where = `fontconfig file ${fontConfFile}, fonts in ${fonts.dir}`;
  if (i.equals(o))
    throw new Error(`OG images: no usable font for "${family}" (${where}): text would be drawn as empty boxes. Check brand.font in content/hub.yaml.`);
  const drawn = inkRight(h20, 1400) - inkRight(h10, 1400);
  const expected = fonts.metrics.bold.measure('H'.repeat(10), size);
  if (Math.abs(drawn - expected) > expected * 0.03)
    throw new Error(
      `OG images: text is not drawn with the brand font ${fonts.files.bold} (10 "H" measure ${Math.round(expected)} px, drawn ${drawn} px; ${where}). ` +
        `Is brand.font.family ("${family}") the font's real family name ("${fonts.metrics.bold.family}"), and did nothing draw text with sharp earlier in this process?`,
    );
}

// ---------------------------------------------------------------------------------------------
// Files

/** The cache key of a card: its SVG, the font bytes and the renderer version. */
export function cacheKey(svg: string, fontHash: string): string {
  return createHash('sha256').update(RENDERER_VERSION).update('\0').update(fontHash).update('\0').update(svg).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Drawing

/**
 * Writes one PNG per card: copied from the cache when the same card (same SVG, same font bytes,
 * same renderer) was drawn before, drawn and cached otherwise.
 *
 * Cards from `card` jobs are composited (compose.ts): their pieces are drawn once, then each card
 * is stamped on this thread and deflated on libuv's pool. A caller's own `svg` is drawn whole by
 * librsvg. Either way the heavy part runs on libuv's pool, so N cards in flight use N cores.
 * Measured for whole cards through sharp on 2026-11-26 on this 2-core machine (Node 24.21, sharp
 * 0.35.5, 20 distinct cards, empty cache, 11 runs each, fontconfig already warm; the machine was
 * shared, so the numbers are noisy):
 *   sharp from this thread, 1 in flight: median 334 ms (≈17 ms a card)
 *   sharp from this thread, 2 in flight: median 230 ms, best 193 ms (≈10-12 ms a card)
 *   sharp from this thread, 4 in flight: median 347 ms (no gain over 2)
 *   worker_threads pool of 2 (each worker loads sharp): median 420-585 ms, best 290 ms
 *   worker_threads pool of 4: median 430 ms
 * Workers pay ~100 ms to start and load sharp per run and then draw no faster, so the pool was
 * dropped: sharp from this thread with os.availableParallelism() cards in flight is kept.
 * A later rerun under heavier load (load average 3.8): 1 in flight 410 ms, 2 in flight 394 ms.
 * First call in a process adds fontconfig's scan and the font self-check (≈150 ms); a run where
 * all 20 cards are reused takes ≈50 ms.
 */
export async function renderOgImages(opts: RenderOptions): Promise<RenderResult> {
  const root = resolve(opts.root);
  const cacheDir = resolve(root, opts.cacheDir ?? DEFAULT_CACHE_DIR);
  const concurrency = Math.max(1, opts.concurrency ?? availableParallelism());
  const fonts = loadFonts(opts.fonts ?? hubFontFiles(root));
  mkdirSync(cacheDir, { recursive: true });

  const jobs = opts.cards.map((c) => {
    const parts = 'card' in c ? cardParts(c.card, fonts.metrics) : undefined;
    const svg = 'svg' in c ? c.svg : partsSvg(parts!);
    const key = cacheKey(svg, fonts.hash);
    return { outFile: resolve(c.outFile), svg, parts, key, cached: join(cacheDir, `${key}.png`), family: 'card' in c ? c.card.fontFamily : undefined };
  });

  // Two cards with the same SVG are drawn once.
  const toDraw = new Map<string, (typeof jobs)[number]>();
  for (const j of jobs) if (!existsSync(j.cached) && !toDraw.has(j.key)) toDraw.set(j.key, j);

  if (toDraw.size) {
    const family = jobs.find((j) => j.family)?.family;
    const sharp = await sharpWithFonts(fonts, cacheDir, family);
    // Cards are composited from parts drawn once (compose.ts: ~3.4 ms a card against ~10.6 for
    // librsvg drawing each whole SVG); a caller's own SVG is drawn whole.
    const cards = [...toDraw.values()].flatMap((j) => (j.parts ? [j.parts] : []));
    const compositor = cards.length
      ? await cardCompositor(sharp, fonts.boldShaper(), cards, { width: OG_WIDTH, height: OG_HEIGHT, compressionLevel: PNG_COMPRESSION })
      : undefined;
    const draw = (j: (typeof jobs)[number]) =>
      j.parts && compositor ? compositor.draw(j.parts) : sharp(Buffer.from(j.svg)).png({ compressionLevel: PNG_COMPRESSION }).toBuffer();
    await pool([...toDraw.values()], concurrency, async (j) => atomicWrite(j.cached, await draw(j)));
  }

  const now = new Date();
  const used = new Set<string>();
  for (const j of jobs) {
    atomicCopy(j.cached, j.outFile);
    if (!toDraw.has(j.key) && !used.has(j.key)) utimesSync(j.cached, now, now);
    used.add(`${j.key}.png`);
    used.add(j.key);
  }
  pruneCache(cacheDir, used, /\.png$/);

  return { drawn: toDraw.size, reused: jobs.length - toDraw.size, files: jobs.map((j) => j.outFile) };
}
