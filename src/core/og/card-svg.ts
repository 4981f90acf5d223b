// The Open Graph card of one asset as an SVG string, 1200x630: pure layout, no I/O. SVG <text> does
// not wrap, so the title is broken into lines here, at word boundaries, measured with the brand
// font's real advance widths when given (font-metrics.ts) or with per-character estimates.
import { estimatedMetrics, type FontMetrics } from './font-metrics.ts';
import { escapeXml } from '../escape.ts';

export { escapeXml };

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

export interface OgColours {
  primary: string;
  accent: string;
  ink: string;
  paper: string;
}

export interface OgCardInput {
  /** The asset title, drawn bold, wrapped to at most 4 lines. */
  title: string;
  /** The kind in the site's language, e.g. "Case study": drawn in spaced capitals. */
  kindLabel: string;
  /** Names of the promises the asset proves. */
  promiseNames: string[];
  /** The site name, drawn in the footer band. */
  brandName: string;
  colours: OgColours;
  /** Font family as fontconfig knows it, e.g. "Inter". */
  fontFamily: string;
}

export interface CardFonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

type Measure = (text: string) => number;

/** Cuts `text` so that it plus an ellipsis fits `maxWidth`. */
export function ellipsize(text: string, measure: Measure, maxWidth: number): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Splits a word wider than a line into pieces that fit (a URL, a long compound). */
function breakWord(word: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let cur = '';
  for (const ch of word) {
    if (cur && measure(cur + ch) > maxWidth) {
      pieces.push(cur);
      cur = ch;
    } else cur += ch;
  }
  if (cur) pieces.push(cur);
  return pieces;
}

/** Greedy word wrap. Words that cannot fit a line alone are broken by character. */
function greedy(words: readonly string[], measure: Measure, maxWidth: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of words) {
    const next = cur ? `${cur} ${word}` : word;
    if (measure(next) <= maxWidth) {
      cur = next;
      continue;
    }
    if (cur) lines.push(cur);
    if (measure(word) <= maxWidth) cur = word;
    else {
      const pieces = breakWord(word, measure, maxWidth);
      lines.push(...pieces.slice(0, -1));
      cur = pieces.at(-1) ?? '';
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * Wraps text at word boundaries into lines no wider than maxWidth, balanced (the narrowest width
 * that keeps the same number of lines, so no lone last word), cut to maxLines with an ellipsis.
 */
export function wrapText(text: string, measure: Measure, maxWidth: number, maxLines = Infinity): { lines: string[]; truncated: boolean } {
  const words = squash(text).split(' ').filter(Boolean);
  if (!words.length) return { lines: [], truncated: false };
  let lines = greedy(words, measure, maxWidth);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const rest = lines.slice(maxLines - 1).join(' ');
    kept[maxLines - 1] = ellipsize(rest, measure, maxWidth);
    return { lines: kept, truncated: true };
  }
  if (lines.length > 1) {
    // Never narrower than the widest word, so balancing does not break words.
    let lo = Math.min(maxWidth, Math.max(maxWidth * 0.5, ...words.map(measure)));
    let hi = maxWidth;
    for (let i = 0; i < 12; i++) {
      const mid = (lo + hi) / 2;
      if (greedy(words, measure, mid).length === lines.length) hi = mid;
      else lo = mid;
    }
    lines = greedy(words, measure, hi);
  }
  return { lines, truncated: false };
}

// ---------------------------------------------------------------------------------------------
// Colour helpers (WCAG 2.x)

/** "#1a2b3c" (or without the #) as [r, g, b]; anything else is black. The schema checks hub colours. */
export function hexRgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  const n = m ? Number.parseInt(m[1]!, 16) : 0;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const toHex = (c: readonly number[]) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function luminance(hex: string): number {
  const [r, g, b] = hexRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two hex colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `over` blended onto `base` with opacity `alpha`, as an opaque hex colour. */
export function mix(base: string, over: string, alpha: number): string {
  const b = hexRgb(base);
  const o = hexRgb(over);
  return toHex(b.map((v, i) => v * (1 - alpha) + o[i]! * alpha));
}

export const AA = 4.5;

/** The first candidate with AA contrast on `bg`; else black or white, whichever contrasts more. */
export function readableOn(bg: string, ...candidates: string[]): string {
  for (const c of candidates) if (contrastRatio(c, bg) >= AA) return c;
  return contrastRatio('#000000', bg) >= contrastRatio('#ffffff', bg) ? '#000000' : '#ffffff';
}

/** The colours a card uses, each text colour checked for AA contrast on what it is drawn on. */
export function cardPalette(c: OgColours) {
  const bg = c.primary;
  const fg = contrastRatio(c.paper, bg) >= contrastRatio(c.ink, bg) ? readableOn(bg, c.paper, c.ink) : readableOn(bg, c.ink, c.paper);
  const label = readableOn(bg, c.accent, fg);
  let pill = mix(bg, fg, 0.14);
  if (contrastRatio(fg, pill) < AA) pill = bg;
  const band = c.paper;
  const bandText = readableOn(band, c.ink, c.primary);
  const brandMark = contrastRatio(c.primary, band) >= 3 ? c.primary : bandText;
  return { bg, fg, label, pill, check: readableOn(pill, c.accent, fg), band, bandText, brandMark, decor: c.accent };
}

// ---------------------------------------------------------------------------------------------
// Layout

const M = 80; // side margin
const CONTENT = OG_WIDTH - 2 * M;
const LABEL_BASELINE = 124;
const LABEL_SIZE = 24;
const LABEL_SPACING = 3.2;
const TITLE_TOP = 172; // cap top of the first line
const PILLS_TOP = 448;
const PILL_H = 50;
const PILL_SIZE = 24;
const PILL_PAD = 22;
const PILL_GAP = 12;
const CHECK_W = 22;
/** A promise name is shortened with an ellipsis only if at least this much of it shows. */
const MIN_SHORTENED = 200;
const BAND_TOP = 534;
const BRAND_SIZE = 30;
/** Title sizes tried from largest down; the first that fits in 4 lines wins. */
export const TITLE_SIZES = [80, 74, 68, 62, 58, 54, 50, 46] as const;
export const MAX_TITLE_LINES = 4;
const LINE_HEIGHT = 1.14;
const CAP = 0.73; // Inter's cap height in em; close enough for other sans faces
const DESCENT = 0.24;

export interface TitleLayout {
  size: number;
  lines: string[];
  truncated: boolean;
}

/** Chooses the largest title size whose wrapped lines fit the title area, at most 4 lines. */
export function layoutTitle(title: string, bold: FontMetrics): TitleLayout {
  const room = PILLS_TOP - 22 - TITLE_TOP;
  for (const size of TITLE_SIZES) {
    const maxLines = Math.min(MAX_TITLE_LINES, Math.floor((room / size - CAP - DESCENT) / LINE_HEIGHT) + 1);
    const words = squash(title).split(' ');
    const measure: Measure = (t) => bold.measure(t, size);
    // A word that would have to be broken is a reason to try a smaller size first.
    if (words.some((w) => measure(w) > CONTENT) && size !== TITLE_SIZES.at(-1)) continue;
    const wrapped = wrapText(title, measure, CONTENT, maxLines);
    if (!wrapped.truncated) return { size, ...wrapped };
  }
  // Still too long at the smallest size: four lines, the last one cut with an ellipsis.
  const size = TITLE_SIZES.at(-1)!;
  return { size, ...wrapText(title, (t) => bold.measure(t, size), CONTENT, MAX_TITLE_LINES) };
}

interface Pill {
  text: string;
  width: number;
  check: boolean;
}

function layoutPills(names: readonly string[], regular: FontMetrics): Pill[] {
  const measure: Measure = (t) => regular.measure(t, PILL_SIZE);
  const pillWidth = (text: string, check: boolean) => PILL_PAD * 2 + (check ? CHECK_W + 10 : 0) + measure(text);
  const clean = names.map(squash).filter(Boolean);
  const pills: Pill[] = [];
  let used = 0;
  for (let i = 0; i < clean.length; i++) {
    const gap = pills.length ? PILL_GAP : 0;
    const w = pillWidth(clean[i]!, true);
    if (used + gap + w <= CONTENT) {
      pills.push({ text: clean[i]!, width: w, check: true });
      used += gap + w;
      continue;
    }
    // Too long for what is left of the row: shorten it when a useful part fits (keeping room
    // for a "+N" pill if more follow), then stop.
    const after = clean.length - i - 1;
    const reserve = after ? PILL_GAP + pillWidth(`+${after}`, false) : 0;
    const room = CONTENT - used - gap - reserve - pillWidth('', true);
    if (room >= MIN_SHORTENED || !pills.length) {
      const text = ellipsize(clean[i]!, measure, room);
      pills.push({ text, width: pillWidth(text, true), check: true });
      used += gap + pills.at(-1)!.width;
      if (after) pills.push({ text: `+${after}`, width: pillWidth(`+${after}`, false), check: false });
      break;
    }
    // No room for the rest: say how many more, dropping shown pills until the count fits.
    let more = clean.length - i;
    while (pills.length) {
      const text = `+${more}`;
      const w = pillWidth(text, false);
      if (used + PILL_GAP + w <= CONTENT) {
        pills.push({ text, width: w, check: false });
        break;
      }
      const dropped = pills.pop()!;
      used -= dropped.width + (pills.length ? PILL_GAP : 0);
      more++;
    }
    break;
  }
  return pills;
}

const num = (n: number) => String(Math.round(n * 10) / 10);

/** A pill: its SVG in card coordinates and the box it covers (nothing else is drawn there). */
export interface PillPart {
  x: number;
  y: number;
  width: number;
  height: number;
  svg: string;
}

/**
 * The card taken apart for the compositor (compose.ts): a backdrop that is the same for every card
 * of one kind in a hub, the title as lines of text, and the pills. `cardSvg` puts them together.
 */
export interface CardParts {
  /** `<svg …>` opening tag, with the font family. */
  open: string;
  /** The font family, escaped for an attribute. */
  family: string;
  /** Backdrop drawn under the title: background, rings, kind label. */
  head: string;
  /** Backdrop drawn after: the footer band with the brand. Never overlaps the title or pills. */
  tail: string;
  title: { size: number; letterSpacing: number; fill: string; x: number; lines: { text: string; y: number }[] };
  pills: PillPart[];
  /** The page's background colour: what lies under the pills. */
  background: string;
}

const TITLE_SPACING = -0.5;

/** The card's layout: every position decided, nothing drawn. */
export function cardParts(input: OgCardInput, fonts?: CardFonts): CardParts {
  const regular = fonts?.regular ?? estimatedMetrics(false);
  const bold = fonts?.bold ?? estimatedMetrics(true);
  const p = cardPalette(input.colours);
  const family = escapeXml(input.fontFamily);

  const label = ellipsize(squash(input.kindLabel).toLocaleUpperCase(), (t) => bold.measure(t, LABEL_SIZE, LABEL_SPACING), CONTENT);
  const title = layoutTitle(input.title, bold);
  const lh = title.size * LINE_HEIGHT;
  const firstBaseline = TITLE_TOP + title.size * CAP;

  const pills = layoutPills(input.promiseNames, regular);
  let x = M;
  const pillParts = pills.map((pill): PillPart => {
    const at = x;
    x += pill.width + PILL_GAP;
    const textX = at + PILL_PAD + (pill.check ? CHECK_W + 10 : 0);
    const cy = PILLS_TOP + PILL_H / 2;
    const check = pill.check
      ? `<path d="M${num(at + PILL_PAD + 2)} ${num(cy + 1)} l6.5 6.5 l13 -14" fill="none" stroke="${p.check}" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"/>`
      : '';
    const svg =
      `<rect x="${num(at)}" y="${PILLS_TOP}" width="${num(pill.width)}" height="${PILL_H}" rx="${PILL_H / 2}" fill="${p.pill}"/>` +
      check +
      `<text x="${num(textX)}" y="${num(cy + PILL_SIZE * CAP * 0.5)}" font-size="${PILL_SIZE}" font-weight="400" fill="${p.fg}">${escapeXml(pill.text)}</text>`;
    return { x: Number(num(at)), y: PILLS_TOP, width: Number(num(pill.width)), height: PILL_H, svg };
  });

  const brandMeasure: Measure = (t) => bold.measure(t, BRAND_SIZE);
  const brand = ellipsize(squash(input.brandName), brandMeasure, CONTENT - 40);
  const bandMid = BAND_TOP + (OG_HEIGHT - BAND_TOP) / 2;

  return {
    family,
    open: `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${family}">`,
    head: [
      `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${p.bg}"/>`,
      // Decoration: rings bleeding off the top-right corner, faint so text contrast is unchanged.
      // stroke-opacity, not group opacity: the rings never overlap, so it looks the same (channels
      // within 1/255) without librsvg compositing a whole extra layer (3 ms of a card's 13).
      `<g fill="none" stroke="${p.decor}" stroke-opacity="0.16">`,
      `<circle cx="1130" cy="40" r="150" stroke-width="28"/><circle cx="1130" cy="40" r="250" stroke-width="10"/><circle cx="1130" cy="40" r="330" stroke-width="4"/>`,
      `</g>`,
      `<rect x="${M}" y="${LABEL_BASELINE - LABEL_SIZE * CAP - 34}" width="56" height="6" rx="3" fill="${p.decor}"/>`,
      `<text x="${M}" y="${LABEL_BASELINE}" font-size="${LABEL_SIZE}" font-weight="700" letter-spacing="${LABEL_SPACING}" fill="${p.label}">${escapeXml(label)}</text>`,
    ].join(''),
    tail: [
      `<rect y="${BAND_TOP}" width="${OG_WIDTH}" height="${OG_HEIGHT - BAND_TOP}" fill="${p.band}"/>`,
      `<rect y="${BAND_TOP}" width="${OG_WIDTH}" height="6" fill="${p.decor}"/>`,
      `<rect x="${M}" y="${num(bandMid - 11)}" width="22" height="22" rx="5" fill="${p.brandMark}"/>`,
      `<text x="${M + 36}" y="${num(bandMid + 3 + BRAND_SIZE * CAP * 0.5)}" font-size="${BRAND_SIZE}" font-weight="700" fill="${p.bandText}">${escapeXml(brand)}</text>`,
    ].join(''),
    title: {
      size: title.size,
      letterSpacing: TITLE_SPACING,
      fill: p.fg,
      x: M,
      lines: title.lines.map((text, i) => ({ text, y: Number(num(firstBaseline + i * lh)) })),
    },
    pills: pillParts,
    background: p.bg,
  };
}

/** The title as SVG `<text>`. */
export function titleSvg(t: CardParts['title']): string {
  const lines = t.lines.map((l) => `<tspan x="${t.x}" y="${num(l.y)}">${escapeXml(l.text)}</tspan>`).join('');
  return `<text font-size="${t.size}" font-weight="700" fill="${t.fill}" letter-spacing="${t.letterSpacing}">${lines}</text>`;
}

/** The backdrop alone (no title, no pills) as an SVG document. */
export const backdropSvg = (parts: CardParts): string => `${parts.open}${parts.head}${parts.tail}</svg>`;

/** The whole card from its parts, as an SVG document. */
export const partsSvg = (parts: CardParts): string =>
  `${parts.open}${parts.head}${titleSvg(parts.title)}${parts.pills.map((p) => p.svg).join('')}${parts.tail}</svg>`;

/** The card as an SVG document. Same input, same string: the string is the cache key. */
export const cardSvg = (input: OgCardInput, fonts?: CardFonts): string => partsSvg(cardParts(input, fonts));
