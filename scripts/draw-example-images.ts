// Draws the example hub's images (content/images/*.png) from SVG composed here: the Coldtrace
// logo, one hero per example asset and a few figures for the <Figure> component.
// Shapes only, no text (the build machine has no system fonts), in the brand colours of
// content/hub.yaml. Every image is seeded by its file name, so each run writes the same bytes.
//
//   node scripts/draw-example-images.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'content', 'images');

// ---------------------------------------------------------------------------------------------
// Colours: the brand four plus flat tints mixed from them (no gradients: they bloat a palette PNG).

const BRAND = { primary: '#0b4f6c', accent: '#01baef', ink: '#14181f', paper: '#ffffff' } as const;

function mix(a: string, b: string, t: number): string {
  const pa = [1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16));
  const pb = [1, 3, 5].map((i) => parseInt(b.slice(i, i + 2), 16));
  return `#${pa.map((v, i) => Math.round(v + ((pb[i] ?? 0) - v) * t).toString(16).padStart(2, '0')).join('')}`;
}

interface Theme {
  bg: string;
  /** Large decorative shapes on the background. */
  soft: string;
  /** Cards and objects that sit on the background. */
  card: string;
  line: string;
  main: string;
  accent: string;
  accentSoft: string;
  ink: string;
  muted: string;
  dark: boolean;
}

const LIGHT: Theme = {
  bg: mix(BRAND.primary, BRAND.paper, 0.93),
  soft: mix(BRAND.primary, BRAND.paper, 0.86),
  card: BRAND.paper,
  line: mix(BRAND.primary, BRAND.paper, 0.78),
  main: BRAND.primary,
  accent: BRAND.accent,
  accentSoft: mix(BRAND.accent, BRAND.paper, 0.8),
  ink: BRAND.ink,
  muted: mix(BRAND.primary, BRAND.paper, 0.55),
  dark: false,
};

const DARK: Theme = {
  bg: BRAND.primary,
  soft: mix(BRAND.primary, BRAND.paper, 0.08),
  card: mix(BRAND.primary, BRAND.paper, 0.14),
  line: mix(BRAND.primary, BRAND.paper, 0.3),
  main: BRAND.paper,
  accent: BRAND.accent,
  accentSoft: mix(BRAND.accent, BRAND.primary, 0.55),
  ink: BRAND.ink,
  muted: mix(BRAND.primary, BRAND.paper, 0.5),
  dark: true,
};

// ---------------------------------------------------------------------------------------------
// A small seeded random source: FNV-1a of the file name feeds mulberry32.

type Rng = {
  (): number;
  between: (lo: number, hi: number) => number;
  int: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

function seeded(name: string): Rng {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  let s = h;
  const next = (() => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Rng;
  next.between = (lo, hi) => lo + (hi - lo) * next();
  next.int = (lo, hi) => Math.floor(lo + (hi - lo + 1) * next());
  next.pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return next;
}

// ---------------------------------------------------------------------------------------------
// SVG helpers. Coordinates are rounded to one decimal so output never depends on float noise.

const n = (v: number) => Math.round(v * 10) / 10;
type Attrs = Record<string, string | number | undefined>;
const attrs = (a: Attrs) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}="${typeof v === 'number' ? n(v) : v}"`)
    .join(' ');

const rect = (x: number, y: number, w: number, h: number, fill: string, rx = 0, extra: Attrs = {}) =>
  `<rect ${attrs({ x, y, width: w, height: h, rx: rx || undefined, fill, ...extra })}/>`;
const circle = (cx: number, cy: number, r: number, fill: string, extra: Attrs = {}) =>
  `<circle ${attrs({ cx, cy, r, fill, ...extra })}/>`;
const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, extra: Attrs = {}) =>
  `<line ${attrs({ x1, y1, x2, y2, stroke, 'stroke-width': width, 'stroke-linecap': 'round', ...extra })}/>`;
const path = (d: string, fill: string, extra: Attrs = {}) => `<path ${attrs({ d, fill, ...extra })}/>`;
const poly = (pts: [number, number][], stroke: string, width: number, extra: Attrs = {}) =>
  `<polyline ${attrs({
    points: pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' '),
    fill: 'none',
    stroke,
    'stroke-width': width,
    'stroke-linejoin': 'round',
    'stroke-linecap': 'round',
    ...extra,
  })}/>`;
const polygon = (pts: [number, number][], fill: string, extra: Attrs = {}) =>
  `<polygon ${attrs({ points: pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' '), fill, ...extra })}/>`;

/** Radio arcs rising from a point: a tag or gateway talking. */
function signal(x: number, y: number, size: number, colour: string, count = 3): string {
  let out = '';
  for (let i = 1; i <= count; i++) {
    const r = size * i;
    out += path(`M ${n(x - r * 0.7)} ${n(y - r * 0.7)} A ${n(r)} ${n(r)} 0 0 1 ${n(x + r * 0.7)} ${n(y - r * 0.7)}`, 'none', {
      stroke: colour,
      'stroke-width': Math.max(3, size * 0.28),
      'stroke-linecap': 'round',
    });
  }
  return out;
}

/** A thermometer: stem, bulb and a fill level from 0 to 1. */
function thermometer(x: number, y: number, h: number, level: number, t: Theme): string {
  const w = h * 0.16;
  const bulb = w * 0.95;
  const fillTop = y + (h - bulb) * (1 - level);
  let out = rect(x - w / 2, y, w, h - bulb, t.card, w / 2, { stroke: t.main, 'stroke-width': w * 0.16 });
  out += circle(x, y + h - bulb * 0.6, bulb, t.card, { stroke: t.main, 'stroke-width': w * 0.16 });
  out += rect(x - w * 0.22, fillTop, w * 0.44, y + h - bulb - fillTop, t.accent, w * 0.22);
  out += circle(x, y + h - bulb * 0.6, bulb * 0.7, t.accent);
  for (let i = 1; i <= 4; i++) out += line(x + w * 0.7, y + (h - bulb) * (i / 5), x + w * 1.2, y + (h - bulb) * (i / 5), t.main, w * 0.12);
  return out;
}

/** A six-armed snowflake centred on (x, y). */
function snowflake(x: number, y: number, r: number, colour: string, width: number): string {
  let out = '';
  for (let i = 0; i < 6; i++) {
    const a = (Math.PI / 3) * i - Math.PI / 2;
    const ex = x + Math.cos(a) * r;
    const ey = y + Math.sin(a) * r;
    out += line(x, y, ex, ey, colour, width);
    const bx = x + Math.cos(a) * r * 0.55;
    const by = y + Math.sin(a) * r * 0.55;
    for (const side of [-1, 1]) {
      const b = a + side * 0.75;
      out += line(bx, by, bx + Math.cos(b) * r * 0.3, by + Math.sin(b) * r * 0.3, colour, width);
    }
  }
  return out;
}

/** A sensor tag: rounded body, a tiny display with a sparkline, a status light. */
function tag(x: number, y: number, w: number, t: Theme, lit: boolean, rng: Rng): string {
  const h = w * 0.62;
  let out = rect(x, y, w, h, lit ? t.accent : t.card, w * 0.14, { stroke: t.main, 'stroke-width': w * 0.05 });
  const dx = x + w * 0.14;
  const dy = y + h * 0.2;
  const dw = w * 0.56;
  const dh = h * 0.6;
  out += rect(dx, dy, dw, dh, lit ? BRAND.paper : t.bg, w * 0.05);
  const pts: [number, number][] = [];
  for (let i = 0; i <= 6; i++) pts.push([dx + dw * 0.1 + (dw * 0.8 * i) / 6, dy + dh * rng.between(0.3, 0.75)]);
  out += poly(pts, lit ? BRAND.primary : t.main, w * 0.04);
  out += circle(x + w * 0.84, y + h * 0.32, w * 0.06, lit ? BRAND.paper : t.accent);
  return out;
}

/** A gateway: a hexagonal box with an antenna and radio arcs. */
function gateway(x: number, y: number, r: number, t: Theme): string {
  const pts: [number, number][] = [];
  for (let i = 0; i < 6; i++) pts.push([x + Math.cos((Math.PI / 3) * i) * r, y + Math.sin((Math.PI / 3) * i) * r]);
  let out = line(x + r * 0.35, y - r * 0.6, x + r * 0.35, y - r * 1.5, t.main, r * 0.12);
  out += polygon(pts, t.main);
  out += circle(x, y, r * 0.32, t.accent);
  out += signal(x + r * 0.35, y - r * 1.55, r * 0.38, t.accent);
  return out;
}

/** Background: a flat field with two soft circles and a dot grid, placed by the seed. */
function backdrop(w: number, h: number, t: Theme, rng: Rng): string {
  let out = rect(0, 0, w, h, t.bg);
  out += circle(rng.between(0, w * 0.25), rng.between(0, h * 0.3), rng.between(h * 0.35, h * 0.55), t.soft);
  out += circle(rng.between(w * 0.8, w), rng.between(h * 0.75, h), rng.between(h * 0.3, h * 0.5), t.soft);
  const gx = rng.pick([w * 0.05, w * 0.8]);
  const gy = rng.pick([h * 0.08, h * 0.7]);
  for (let i = 0; i < 6; i++) for (let j = 0; j < 4; j++) out += circle(gx + i * w * 0.022, gy + j * w * 0.022, w * 0.0035, t.line);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Scenes. Each draws one illustration into a w x h canvas and returns the SVG body.

type Scene = (w: number, h: number, t: Theme, rng: Rng) => string;

/** A temperature record over a grid, the safe band shaded, one excursion in the accent colour. */
const curve: Scene = (w, h, t, rng) => {
  const cx = w * 0.2;
  const cy = h * 0.16;
  const cw = w * 0.7;
  const ch = h * 0.68;
  let out = rect(cx + w * 0.012, cy + w * 0.012, cw, ch, t.soft, w * 0.015);
  out += rect(cx, cy, cw, ch, t.card, w * 0.015);
  const px = cx + cw * 0.06;
  const pw = cw * 0.88;
  const py = cy + ch * 0.1;
  const ph = ch * 0.8;
  for (let i = 0; i <= 6; i++) out += line(px, py + (ph * i) / 6, px + pw, py + (ph * i) / 6, t.dark ? t.line : t.bg, 3);
  for (let i = 0; i <= 12; i++) out += line(px + (pw * i) / 12, py, px + (pw * i) / 12, py + ph, t.dark ? t.line : t.bg, 3);
  const bandTop = py + ph * 0.38;
  const bandBottom = py + ph * 0.72;
  out += rect(px, bandTop, pw, bandBottom - bandTop, t.accentSoft);
  const count = 60;
  const peakAt = rng.int(18, 44);
  const peakHeight = rng.between(0.55, 0.9);
  const pts: [number, number][] = [];
  let v = rng.between(0.35, 0.65);
  for (let i = 0; i < count; i++) {
    v = Math.min(0.85, Math.max(0.15, v + rng.between(-0.09, 0.09)));
    const bump = Math.max(0, 1 - Math.abs(i - peakAt) / 5) * peakHeight;
    const y = bandBottom - (bandBottom - bandTop) * v - (bandTop - py) * bump;
    pts.push([px + (pw * i) / (count - 1), y]);
  }
  out += poly(pts, t.main, w * 0.006);
  out += poly(pts.slice(peakAt - 5, peakAt + 6), t.accent, w * 0.008);
  const peak = pts[peakAt] ?? [px, py];
  out += circle(peak[0], peak[1], w * 0.014, t.card, { stroke: t.accent, 'stroke-width': w * 0.005 });
  for (let i = 0; i < count; i += 6) {
    const p = pts[i];
    if (p) out += circle(p[0], p[1], w * 0.005, t.main);
  }
  out += thermometer(w * 0.1, h * 0.22, h * 0.56, rng.between(0.35, 0.7), t);
  return out;
};

/** Pallets of boxes on a floor, tags on some boxes, a thermometer beside them. */
const pallets: Scene = (w, h, t, rng) => {
  const floor = h * 0.82;
  let out = rect(0, floor, w, h - floor, t.soft);
  out += line(0, floor, w, floor, t.main, 4);
  const stacks = rng.int(3, 4);
  const slot = (w * 0.72) / stacks;
  for (let s = 0; s < stacks; s++) {
    const x = w * 0.06 + s * slot + slot * 0.08;
    const pw = slot * 0.84;
    out += rect(x, floor - h * 0.035, pw, h * 0.018, t.main);
    for (const f of [0, 0.45, 0.9]) out += rect(x + pw * f, floor - h * 0.02, pw * 0.1, h * 0.02, t.main);
    let top = floor - h * 0.035;
    const levels = rng.int(2, 4);
    for (let l = 0; l < levels; l++) {
      const bh = h * rng.between(0.1, 0.14);
      const cols = rng.int(2, 3);
      for (let c = 0; c < cols; c++) {
        const bw = pw / cols;
        const bx = x + c * bw;
        const fill = (l + c + s) % 3 === 0 ? t.line : t.card;
        out += rect(bx + 2, top - bh, bw - 4, bh - 3, fill, 4, { stroke: t.main, 'stroke-width': 3 });
        out += line(bx + bw / 2, top - bh + 3, bx + bw / 2, top - bh * 0.55, t.muted, 4);
      }
      top -= bh;
    }
    if (rng() > 0.3) {
      const tw = pw * 0.32;
      out += tag(x + pw * 0.34, top + h * 0.03, tw, t, s === 1, rng);
      if (s === 1) out += signal(x + pw * 0.5, top - h * 0.01, h * 0.03, t.accent);
    }
  }
  out += thermometer(w * 0.87, h * 0.2, h * 0.56, rng.between(0.3, 0.6), t);
  return out;
};

/** A refrigerated truck on a road, a route with stops above it. */
const truck: Scene = (w, h, t, rng) => {
  const road = h * 0.78;
  let out = rect(0, road, w, h * 0.14, t.dark ? BRAND.ink : t.line);
  for (let x = rng.between(0, 80); x < w; x += 160) out += rect(x, road + h * 0.065, 80, 8, t.card, 4);
  const tx = w * rng.between(0.18, 0.3);
  const tw = w * 0.42;
  const th = h * 0.32;
  const ty = road - th - h * 0.07;
  out += rect(tx, ty, tw, th, t.card, 10, { stroke: t.main, 'stroke-width': 5 });
  out += rect(tx, ty + th * 0.72, tw, th * 0.12, t.main);
  out += snowflake(tx + tw * 0.5, ty + th * 0.36, th * 0.2, t.accent, 8);
  out += rect(tx - w * 0.025, ty + th * 0.05, w * 0.025, th * 0.35, t.main, 4);
  for (let i = 1; i <= 3; i++) out += line(tx - w * 0.02, ty + th * (0.08 + i * 0.08), tx - w * 0.006, ty + th * (0.08 + i * 0.08), t.card, 3);
  const cx = tx + tw + 8;
  out += path(
    `M ${n(cx)} ${n(road - h * 0.07)} L ${n(cx)} ${n(ty + th * 0.25)} L ${n(cx + w * 0.07)} ${n(ty + th * 0.25)} L ${n(cx + w * 0.11)} ${n(ty + th * 0.6)} L ${n(cx + w * 0.11)} ${n(road - h * 0.07)} Z`,
    t.main,
  );
  out += polygon([[cx + w * 0.012, ty + th * 0.33], [cx + w * 0.064, ty + th * 0.33], [cx + w * 0.09, ty + th * 0.58], [cx + w * 0.012, ty + th * 0.58]], t.accentSoft);
  out += rect(tx, road - h * 0.08, cx + w * 0.11 - tx, h * 0.02, t.main);
  for (const wx of [tx + tw * 0.15, tx + tw * 0.3, tx + tw * 0.85, cx + w * 0.075]) {
    out += circle(wx, road - h * 0.05, h * 0.055, BRAND.ink);
    out += circle(wx, road - h * 0.05, h * 0.022, t.muted);
  }
  out += tag(tx + tw * 0.78, ty + th * 0.12, tw * 0.13, t, true, rng);
  out += signal(tx + tw * 0.845, ty + th * 0.08, h * 0.025, t.accent);
  const stops = rng.int(4, 6);
  const pts: [number, number][] = [];
  for (let i = 0; i < stops; i++) pts.push([w * 0.08 + (w * 0.84 * i) / (stops - 1), h * rng.between(0.12, 0.3)]);
  out += poly(pts, t.muted, 6, { 'stroke-dasharray': '4 18' });
  pts.forEach(([x, y], i) => {
    const c = i === stops - 1 ? t.accent : t.main;
    out += path(`M ${n(x)} ${n(y + 34)} L ${n(x - 18)} ${n(y + 6)} A 22 22 0 1 1 ${n(x + 18)} ${n(y + 6)} Z`, c);
    out += circle(x, y - 4, 8, t.card);
  });
  return out;
};

/** A grid of sensor tags, some lit, wired in dotted lines to a gateway. */
const tags: Scene = (w, h, t, rng) => {
  const rows = rng.int(2, 3);
  const cols = rng.int(4, 5);
  const tw = w * 0.1;
  const gx = w * 0.83;
  const gy = h * 0.5;
  let out = '';
  const cells: [number, number, boolean][] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) cells.push([w * 0.06 + c * tw * 1.32, h * 0.5 + (r - (rows - 1) / 2) * tw * 1.25 - tw * 0.31, rng() > 0.72]);
  out += circle(gx, gy, h * 0.2, t.soft);
  for (const [x, y, lit] of cells) if (lit) out += line(x + tw / 2, y + tw * 0.31, gx, gy, t.accent, 3, { 'stroke-dasharray': '2 12' });
  for (const [x, y, lit] of cells) out += tag(x, y, tw, t, lit, rng);
  out += gateway(gx, gy + h * 0.04, h * 0.08, t);
  return out;
};

/** A warehouse rack with boxes on its beams, tags on a few, a gateway on the wall. */
const rack: Scene = (w, h, t, rng) => {
  const floor = h * 0.88;
  let out = rect(0, floor, w, h - floor, t.soft);
  const bays = rng.int(3, 4);
  const left = w * 0.08;
  const bayW = (w * 0.68) / bays;
  const top = h * 0.2;
  const levels = 3;
  const levelH = (floor - top) / levels;
  for (let b = 0; b < bays; b++) {
    for (let l = 0; l < levels; l++) {
      const beamY = floor - l * levelH - levelH * 0.08;
      let x = left + b * bayW + 14;
      while (x < left + (b + 1) * bayW - 40) {
        const bw = Math.min(bayW * rng.between(0.25, 0.45), left + (b + 1) * bayW - 14 - x);
        if (bw < 30) break;
        const bh = levelH * rng.between(0.45, 0.78);
        out += rect(x, beamY - bh, bw - 6, bh, rng() > 0.6 ? t.line : t.card, 4, { stroke: t.main, 'stroke-width': 3 });
        if (rng() > 0.78) out += circle(x + bw / 2 - 3, beamY - bh + 18, 9, t.accent);
        x += bw;
      }
      out += rect(left + b * bayW, beamY, bayW, 12, t.accent);
    }
  }
  for (let b = 0; b <= bays; b++) out += rect(left + b * bayW - 8, top - 20, 16, floor - top + 20, t.main, 3);
  out += gateway(w * 0.88, h * 0.42, h * 0.07, t);
  out += thermometer(w * 0.88, h * 0.58, h * 0.26, rng.between(0.2, 0.5), t);
  return out;
};

/** Groups of bars with whiskers and a dashed reference line: a benchmark at a glance. */
const bars: Scene = (w, h, t, rng) => {
  const cx = w * 0.1;
  const cy = h * 0.14;
  const cw = w * 0.8;
  const ch = h * 0.72;
  let out = rect(cx + w * 0.012, cy + w * 0.012, cw, ch, t.soft, w * 0.015);
  out += rect(cx, cy, cw, ch, t.card, w * 0.015);
  const base = cy + ch * 0.86;
  const groups = rng.int(3, 5);
  const per = rng.int(2, 3);
  const gw = (cw * 0.84) / groups;
  const colours = [t.main, t.accent, t.muted];
  for (let g = 0; g < groups; g++) {
    for (let b = 0; b < per; b++) {
      const bw = (gw * 0.7) / per;
      const x = cx + cw * 0.08 + g * gw + b * bw;
      const bh = ch * rng.between(0.2, 0.66);
      out += rect(x + 3, base - bh, bw - 6, bh, colours[b] ?? t.main, 4);
      const e = ch * rng.between(0.03, 0.07);
      out += line(x + bw / 2, base - bh - e, x + bw / 2, base - bh + e, t.dark ? BRAND.paper : BRAND.ink, 4);
      out += line(x + bw / 2 - 10, base - bh - e, x + bw / 2 + 10, base - bh - e, t.dark ? BRAND.paper : BRAND.ink, 4);
    }
  }
  out += line(cx + cw * 0.05, base, cx + cw * 0.95, base, t.main, 5);
  const ref = base - ch * rng.between(0.45, 0.62);
  out += line(cx + cw * 0.05, ref, cx + cw * 0.95, ref, t.accent, 4, { 'stroke-dasharray': '14 12' });
  return out;
};

/** Medicine fridges: glass doors, shelves of vials, a tag inside and a small chart beside. */
const fridge: Scene = (w, h, t, rng) => {
  const count = rng.int(2, 3);
  const fw = w * 0.18;
  const fh = h * 0.72;
  const fy = h * 0.16;
  let out = rect(0, fy + fh, w, h - fy - fh, t.soft);
  for (let f = 0; f < count; f++) {
    const fx = w * 0.07 + f * fw * 1.18;
    out += rect(fx, fy, fw, fh, t.main, 16);
    out += rect(fx + fw * 0.08, fy + fh * 0.05, fw * 0.84, fh * 0.78, t.accentSoft, 8);
    for (let s = 1; s <= 4; s++) {
      const sy = fy + fh * 0.05 + (fh * 0.78 * s) / 4.4;
      out += rect(fx + fw * 0.08, sy, fw * 0.84, 6, t.main);
      const vials = rng.int(3, 6);
      for (let v = 0; v < vials; v++) {
        const vx = fx + fw * 0.13 + v * fw * 0.13;
        out += rect(vx, sy - 44, fw * 0.08, 44, t.card, 4);
        out += rect(vx, sy - 50, fw * 0.08, 12, v % 2 ? t.accent : t.main, 3);
      }
    }
    out += rect(fx + fw * 0.86, fy + fh * 0.3, fw * 0.05, fh * 0.2, t.card, 4);
    out += rect(fx + fw * 0.25, fy + fh * 0.88, fw * 0.5, fh * 0.06, t.card, 6);
    if (f === count - 1) out += tag(fx + fw * 0.3, fy + fh * 0.1, fw * 0.38, t, true, rng);
  }
  const cx = w * 0.72;
  const cy = h * 0.26;
  out += rect(cx, cy, w * 0.22, h * 0.38, t.card, 16);
  const pts: [number, number][] = [];
  for (let i = 0; i < 14; i++) pts.push([cx + w * 0.02 + (w * 0.18 * i) / 13, cy + h * (0.2 + rng.between(-0.05, 0.05))]);
  out += rect(cx + w * 0.02, cy + h * 0.12, w * 0.18, h * 0.16, t.accentSoft);
  out += poly(pts, t.dark ? BRAND.primary : t.main, 6);
  out += circle(cx + w * 0.2, cy + h * 0.06, 12, t.accent);
  return out;
};

/** A container ship on the water with a reefer container tagged, a crane on the quay. */
const ship: Scene = (w, h, t, rng) => {
  const sea = h * 0.7;
  let out = circle(w * rng.between(0.75, 0.88), h * 0.2, h * 0.09, t.accentSoft);
  out += rect(0, sea, w, h - sea, t.dark ? mix(BRAND.primary, BRAND.ink, 0.4) : t.line);
  for (let r = 0; r < 3; r++) {
    let d = `M 0 ${n(sea + 40 + r * 50)}`;
    for (let x = 0; x < w; x += 80) d += ` q 20 -14 40 0 t 40 0`;
    out += path(d, 'none', { stroke: t.dark ? t.line : t.card, 'stroke-width': 5 });
  }
  const hx = w * 0.14;
  const hw = w * 0.6;
  out += path(`M ${n(hx)} ${n(sea - h * 0.12)} L ${n(hx + hw)} ${n(sea - h * 0.12)} L ${n(hx + hw - w * 0.05)} ${n(sea + h * 0.04)} L ${n(hx + w * 0.03)} ${n(sea + h * 0.04)} Z`, t.main);
  out += rect(hx + hw * 0.04, sea - h * 0.3, hw * 0.1, h * 0.18, t.card, 6, { stroke: t.main, 'stroke-width': 4 });
  const cw = hw * 0.1;
  const chh = h * 0.07;
  const fills = [t.card, t.accentSoft, t.line, t.accent];
  for (let c = 0; c < 7; c++) {
    const stack = rng.int(1, 3);
    for (let s = 0; s < stack; s++) {
      const x = hx + hw * 0.17 + c * cw * 1.08;
      const y = sea - h * 0.12 - (s + 1) * chh;
      out += rect(x, y + 2, cw, chh - 4, rng.pick(fills), 3, { stroke: t.main, 'stroke-width': 3 });
      for (let k = 1; k < 4; k++) out += line(x + (cw * k) / 4, y + 8, x + (cw * k) / 4, y + chh - 10, t.main, 2);
    }
  }
  out += tag(hx + hw * 0.5, sea - h * 0.2, cw * 0.8, t, true, rng);
  out += signal(hx + hw * 0.5 + cw * 0.4, sea - h * 0.21, h * 0.025, t.accent);
  const qx = w * 0.84;
  out += rect(qx, h * 0.22, 18, sea - h * 0.22, t.main);
  out += rect(qx - w * 0.13, h * 0.22, w * 0.16, 16, t.main);
  out += line(qx - w * 0.1, h * 0.23, qx - w * 0.1, h * 0.4, t.main, 4);
  out += rect(qx - w * 0.1 - 20, h * 0.4, 40, 26, t.accent, 3);
  return out;
};

/** A street map of blocks, a delivery route with stops and a van at the last stop. */
const route: Scene = (w, h, t, rng) => {
  let out = '';
  const bw = w * 0.13;
  const bh = h * 0.2;
  for (let i = 0; i < 7; i++)
    for (let j = 0; j < 4; j++) out += rect(w * 0.04 + i * bw * 1.04, h * 0.06 + j * bh * 1.15, bw * 0.92, bh * 0.92, rng() > 0.75 ? t.soft : t.card, 14);
  const pts: [number, number][] = [];
  let x = 0;
  let y = 1;
  pts.push([w * 0.04 + bw * 0.96, h * 0.06 + bh * 1.15 * 0.98 + bh * 0.5]);
  while (x < 6 && pts.length < 12) {
    if (rng() > 0.45) x += 1;
    else y = Math.max(0, Math.min(3, y + (rng() > 0.5 ? 1 : -1)));
    pts.push([w * 0.04 + x * bw * 1.04 + bw * 0.96, h * 0.06 + y * bh * 1.15 - bh * 0.12]);
  }
  out += poly(pts, t.main, 12);
  pts.forEach(([px, py], i) => {
    if (i % 2 === 0 || i === pts.length - 1) out += circle(px, py, 16, i === pts.length - 1 ? t.accent : t.card, { stroke: t.main, 'stroke-width': 6 });
  });
  const last = pts[pts.length - 1] ?? [w / 2, h / 2];
  const vx = Math.min(last[0] + 30, w * 0.86);
  const vy = Math.max(last[1] - 120, h * 0.1);
  out += rect(vx, vy, 150, 74, t.main, 12);
  out += rect(vx + 96, vy + 12, 40, 26, t.accentSoft, 6);
  out += circle(vx + 34, vy + 76, 17, BRAND.ink);
  out += circle(vx + 116, vy + 76, 17, BRAND.ink);
  out += snowflake(vx + 46, vy + 34, 20, t.accent, 5);
  return out;
};

/** A cold room floor plan with a grid of logger positions and warm rings by the door. */
const floorplan: Scene = (w, h, t, rng) => {
  const rx = w * 0.14;
  const ry = h * 0.12;
  const rw = w * 0.62;
  const rh = h * 0.76;
  let out = rect(rx, ry, rw, rh, t.card);
  const doorY = ry + rh * rng.between(0.35, 0.6);
  for (let i = 4; i >= 1; i--) out += circle(rx + rw, doorY, h * 0.09 * i, i % 2 ? t.accentSoft : t.card);
  out += rect(rx - w * 0.2, ry, w * 0.2, rh, t.bg);
  out += rect(rx + rw, ry - h * 0.12, w, rh + h * 0.3, t.bg);
  out += rect(rx, ry, rw, rh, 'none', 0, { stroke: t.main, 'stroke-width': 16 });
  out += rect(rx + rw - 10, doorY - h * 0.08, 20, h * 0.16, t.bg);
  out += path(`M ${n(rx + rw)} ${n(doorY - h * 0.08)} A ${n(h * 0.16)} ${n(h * 0.16)} 0 0 1 ${n(rx + rw + h * 0.16)} ${n(doorY + h * 0.08)}`, 'none', { stroke: t.main, 'stroke-width': 4, 'stroke-dasharray': '10 8' });
  out += rect(rx + rw * 0.3, ry + 8, rw * 0.4, h * 0.07, t.main, 8);
  for (let f = 0; f < 3; f++) out += circle(rx + rw * (0.37 + f * 0.13), ry + 8 + h * 0.035, h * 0.022, t.accent);
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 3; j++) {
      const lx = rx + rw * (0.14 + i * 0.24);
      const ly = ry + rh * (0.25 + j * 0.3);
      const hot = i === 3 && Math.abs(ly - doorY) < rh * 0.2;
      out += circle(lx, ly, 22, hot ? t.accent : t.main);
      out += circle(lx, ly, 8, t.card);
    }
  out += thermometer(w * 0.87, h * 0.2, h * 0.6, rng.between(0.3, 0.6), t);
  return out;
};

/** Batteries draining step by step along a time axis. */
const battery: Scene = (w, h, t, rng) => {
  const count = rng.int(4, 6);
  const bw = (w * 0.76) / count;
  const base = h * 0.7;
  let out = line(w * 0.08, base + h * 0.1, w * 0.92, base + h * 0.1, t.main, 5);
  let level = rng.between(0.9, 1);
  for (let i = 0; i < count; i++) {
    const x = w * 0.1 + i * bw;
    const bh = h * 0.46;
    out += rect(x + bw * 0.15, base - bh, bw * 0.6, bh, t.card, 14, { stroke: t.main, 'stroke-width': 8 });
    out += rect(x + bw * 0.33, base - bh - 22, bw * 0.24, 22, t.main, 4);
    const fh = (bh - 24) * level;
    out += rect(x + bw * 0.15 + 12, base - 12 - fh, bw * 0.6 - 24, fh, level < 0.3 ? t.accent : t.main, 6);
    out += line(x + bw * 0.45, base + h * 0.08, x + bw * 0.45, base + h * 0.12, t.main, 5);
    level = Math.max(0.08, level - rng.between(0.1, 0.22));
  }
  out += signal(w * 0.88, h * 0.18, h * 0.035, t.accent);
  return out;
};

/** An open insulated shipper with coolant packs standing around a carton. */
const shipper: Scene = (w, h, t, rng) => {
  const bx = w * 0.22;
  const by = h * 0.38;
  const bw = w * 0.44;
  const bh = h * 0.46;
  const d = h * 0.12;
  let out = rect(0, by + bh, w, h - by - bh, t.soft);
  out += polygon([[bx, by], [bx + d, by - d], [bx + bw + d, by - d], [bx + bw, by]], t.line);
  out += rect(bx + d * 0.4, by - d * 0.7, bw - d * 0.2, d * 0.7, t.card);
  const packs = rng.int(4, 6);
  for (let i = 0; i < packs; i++) {
    const px = bx + d * 0.5 + i * ((bw - d * 0.4) / packs);
    out += rect(px, by - h * 0.17, (bw - d * 0.4) / packs - 12, h * 0.19, i === Math.floor(packs / 2) ? t.main : t.accentSoft, 10, { stroke: t.main, 'stroke-width': 3 });
  }
  out += rect(bx, by, bw, bh, t.card, 6, { stroke: t.main, 'stroke-width': 6 });
  out += polygon([[bx + bw, by], [bx + bw + d, by - d], [bx + bw + d, by + bh - d], [bx + bw, by + bh]], t.main);
  out += rect(bx + bw * 0.08, by + bh * 0.1, bw * 0.84, bh * 0.08, t.accent);
  out += snowflake(bx + bw * 0.72, by + bh * 0.58, bh * 0.24, t.main, 10);
  out += polygon([[bx - w * 0.05, by - h * 0.02], [bx - w * 0.14, by - h * 0.12], [bx - w * 0.1, by + h * 0.02]], t.soft);
  out += thermometer(w * 0.84, h * 0.2, h * 0.6, rng.between(0.4, 0.75), t);
  out += tag(bx + bw * 0.1, by + bh * 0.32, bw * 0.28, t, true, rng);
  return out;
};

/** Loading dock doors in a wall, one open with pallets waiting in the sun. */
const dock: Scene = (w, h, t, rng) => {
  const ground = h * 0.82;
  const sx = w * rng.between(0.82, 0.9);
  let out = circle(sx, h * 0.16, h * 0.07, t.accent);
  for (let i = 0; i < 8; i++) {
    const a = (Math.PI / 4) * i;
    out += line(sx + Math.cos(a) * h * 0.1, h * 0.16 + Math.sin(a) * h * 0.1, sx + Math.cos(a) * h * 0.14, h * 0.16 + Math.sin(a) * h * 0.14, t.accent, 6);
  }
  out += rect(w * 0.04, h * 0.28, w * 0.7, ground - h * 0.28, t.main, 6);
  const open = rng.int(0, 2);
  for (let d = 0; d < 3; d++) {
    const dx = w * 0.08 + d * w * 0.22;
    const dw = w * 0.17;
    const dy = h * 0.38;
    if (d === open) {
      out += rect(dx, dy, dw, ground - dy, BRAND.ink);
      out += rect(dx, dy, dw, h * 0.08, t.line);
      for (let k = 1; k < 3; k++) out += line(dx, dy + k * h * 0.027, dx + dw, dy + k * h * 0.027, t.main, 3);
    } else {
      out += rect(dx, dy, dw, ground - dy, t.line);
      for (let k = 1; k < 10; k++) out += line(dx, dy + (k * (ground - dy)) / 10, dx + dw, dy + (k * (ground - dy)) / 10, t.muted, 3);
    }
    out += rect(dx - 8, dy - 12, dw + 16, 12, t.accent);
  }
  out += rect(0, ground, w, h - ground, t.soft);
  const ox = w * 0.08 + open * w * 0.22;
  for (let p = 0; p < 2; p++) {
    const px = ox + p * w * 0.09 - w * 0.01;
    out += rect(px, ground + h * 0.02, w * 0.08, h * 0.015, t.main);
    out += rect(px + 2, ground - h * 0.1, w * 0.08 - 4, h * 0.12, t.card, 4, { stroke: t.main, 'stroke-width': 3 });
    for (let k = 0; k < 3; k++) {
      const hx = px + w * 0.015 + k * w * 0.022;
      out += path(`M ${n(hx)} ${n(ground - h * 0.13)} q 8 -12 0 -24 t 0 -24`, 'none', { stroke: t.accent, 'stroke-width': 4, 'stroke-linecap': 'round' });
    }
  }
  out += thermometer(w * 0.86, h * 0.38, h * 0.42, rng.between(0.7, 0.9), t);
  return out;
};

/** Round gauges with needles and a calibration tick: reference versus device. */
const dials: Scene = (w, h, t, rng) => {
  let out = '';
  const count = rng.int(2, 3);
  const r = h * (count === 3 ? 0.19 : 0.24);
  for (let i = 0; i < count; i++) {
    const cx = w * ((i + 1) / (count + 1)) - w * 0.05;
    const cy = h * 0.52;
    out += circle(cx + 10, cy + 10, r, t.soft);
    out += circle(cx, cy, r, t.card, { stroke: t.main, 'stroke-width': 10 });
    for (let k = 0; k <= 10; k++) {
      const a = Math.PI * (0.75 + (1.5 * k) / 10);
      const long = k % 5 === 0;
      out += line(cx + Math.cos(a) * r * (long ? 0.7 : 0.78), cy + Math.sin(a) * r * (long ? 0.7 : 0.78), cx + Math.cos(a) * r * 0.88, cy + Math.sin(a) * r * 0.88, t.main, long ? 7 : 4);
    }
    const ga = Math.PI * (0.75 + 1.5 * rng.between(0.45, 0.6));
    out += path(`M ${n(cx + Math.cos(Math.PI * 1.15) * r * 0.88)} ${n(cy + Math.sin(Math.PI * 1.15) * r * 0.88)} A ${n(r * 0.88)} ${n(r * 0.88)} 0 0 1 ${n(cx + Math.cos(Math.PI * 1.35) * r * 0.88)} ${n(cy + Math.sin(Math.PI * 1.35) * r * 0.88)}`, 'none', { stroke: t.accent, 'stroke-width': 14 });
    const a = Math.PI * (0.75 + 1.5 * rng.between(0.2, 0.8));
    out += line(cx, cy, cx + Math.cos(a) * r * 0.66, cy + Math.sin(a) * r * 0.66, i === 0 ? t.accent : t.main, 10);
    out += line(cx, cy, cx + Math.cos(ga) * r * 0.4, cy + Math.sin(ga) * r * 0.4, t.muted, 6);
    out += circle(cx, cy, r * 0.09, t.main);
  }
  out += tag(w * 0.8, h * 0.42, w * 0.13, t, true, rng);
  out += signal(w * 0.865, h * 0.4, h * 0.03, t.accent);
  return out;
};

/** Sample tubes in a rack, packed in a shipper with dry-ice blocks. */
const tubes: Scene = (w, h, t, rng) => {
  const bx = w * 0.12;
  const by = h * 0.3;
  const bw = w * 0.56;
  const bh = h * 0.56;
  let out = rect(bx, by, bw, bh, t.main, 18);
  out += rect(bx + 24, by + 24, bw - 48, bh - 48, t.card, 10);
  for (let i = 0; i < 8; i++) {
    const ix = bx + 40 + i * ((bw - 80) / 8);
    out += rect(ix, by + bh - 100, (bw - 80) / 8 - 12, 56, t.accentSoft, 8, { stroke: t.main, 'stroke-width': 2 });
  }
  const tubeCount = 9;
  for (let i = 0; i < tubeCount; i++) {
    const tx = bx + 60 + i * ((bw - 120) / tubeCount);
    const th = h * rng.between(0.32, 0.4);
    const ty = by + bh - 110 - th;
    out += rect(tx, ty, 34, th, t.card, 17, { stroke: t.main, 'stroke-width': 4 });
    out += rect(tx + 6, ty + th * rng.between(0.35, 0.6), 22, th * 0.35, i % 3 === 0 ? t.accent : t.line, 11);
    out += rect(tx - 4, ty - 22, 42, 26, i % 2 ? t.main : t.accent, 5);
  }
  out += rect(bx - 20, by + bh * 0.55, bw + 40, 20, t.main, 6);
  out += thermometer(w * 0.82, h * 0.18, h * 0.62, rng.between(0.05, 0.2), t);
  out += snowflake(w * 0.82, h * 0.1, h * 0.05, t.accent, 4);
  return out;
};

/** A cargo plane on the tarmac with a tagged unit load device waiting in the sun. */
const plane: Scene = (w, h, t, rng) => {
  const ground = h * 0.8;
  let out = rect(0, ground, w, h - ground, t.dark ? BRAND.ink : t.line);
  for (let x = rng.between(0, 60); x < w; x += 180) out += rect(x, ground + h * 0.1, 100, 8, t.card, 4);
  out += circle(w * rng.between(0.1, 0.2), h * 0.16, h * 0.07, t.accent);
  const fx = w * 0.12;
  const fw = w * 0.58;
  const fh = h * 0.15;
  const fy = ground - h * 0.06 - fh - h * 0.05;
  // far wing behind the fuselage, tail fin and tail plane at the rear (right)
  out += polygon([[fx + fw * 0.42, fy + fh * 0.3], [fx + fw * 0.56, fy + fh * 0.3], [fx + fw * 0.7, fy - h * 0.12], [fx + fw * 0.63, fy - h * 0.12]], t.muted);
  out += polygon([[fx + fw * 0.84, fy + fh * 0.1], [fx + fw * 0.99, fy + fh * 0.1], [fx + fw * 1.03, fy - h * 0.17], [fx + fw * 0.95, fy - h * 0.17]], t.main);
  out += rect(fx, fy, fw, fh, t.card, fh / 2, { stroke: t.main, 'stroke-width': 6 });
  out += polygon([[fx + fw * 0.08, fy + fh * 0.2], [fx + fw * 0.14, fy + fh * 0.2], [fx + fw * 0.13, fy + fh * 0.45], [fx + fw * 0.05, fy + fh * 0.45]], t.main);
  for (let i = 0; i < 8; i++) out += circle(fx + fw * 0.22 + i * fw * 0.075, fy + fh * 0.36, 9, t.accentSoft);
  out += rect(fx + fw * 0.2, fy + fh * 0.62, fw * 0.7, 8, t.accent, 4);
  // near wing in front, with an engine under it
  out += polygon([[fx + fw * 0.4, fy + fh * 0.7], [fx + fw * 0.58, fy + fh * 0.7], [fx + fw * 0.47, fy + fh * 1.7], [fx + fw * 0.4, fy + fh * 1.7]], t.main);
  out += rect(fx + fw * 0.3, fy + fh * 1.0, fw * 0.12, fh * 0.45, t.line, fh * 0.22, { stroke: t.main, 'stroke-width': 4 });
  for (const gx of [fx + fw * 0.16, fx + fw * 0.62]) {
    out += rect(gx - 6, fy + fh, 12, ground - fy - fh - 24, t.main);
    out += circle(gx, ground - 22, 22, BRAND.ink);
  }
  const ux = w * 0.76;
  out += path(`M ${n(ux)} ${n(ground)} L ${n(ux)} ${n(ground - h * 0.2)} L ${n(ux + w * 0.13)} ${n(ground - h * 0.2)} L ${n(ux + w * 0.17)} ${n(ground - h * 0.1)} L ${n(ux + w * 0.17)} ${n(ground)} Z`, t.card, { stroke: t.main, 'stroke-width': 5 });
  out += tag(ux + w * 0.03, ground - h * 0.16, w * 0.07, t, true, rng);
  out += signal(ux + w * 0.065, ground - h * 0.18, h * 0.025, t.accent);
  for (let k = 0; k < 3; k++) {
    const hx = ux + w * 0.13 + k * w * 0.02;
    out += path(`M ${n(hx)} ${n(ground - h * 0.24)} q 8 -12 0 -24 t 0 -24`, 'none', { stroke: t.accent, 'stroke-width': 4, 'stroke-linecap': 'round' });
  }
  return out;
};

// ---------------------------------------------------------------------------------------------
// What to draw. Heroes are 1600x900 (16:9, the social-card shape), figures 1200x800.

const HERO = { w: 1600, h: 900 };
const FIGURE = { w: 1200, h: 800 };

interface Job {
  file: string;
  scene: Scene;
  w: number;
  h: number;
  dark?: boolean;
}

const jobs: Job[] = [
  // how-we-did-it (case studies)
  { file: 'nordpharma-excursion-alerts', scene: pallets, ...HERO },
  { file: 'fjallmejeriet-store-deliveries', scene: truck, ...HERO, dark: true },
  { file: 'baltic-seafood-port-handover', scene: ship, ...HERO },
  { file: 'medlink-vaccine-fridges', scene: fridge, ...HERO },
  { file: 'hemkort-grocery-last-mile', scene: route, ...HERO },
  { file: 'vitalis-trial-samples', scene: tubes, ...HERO, dark: true },
  { file: 'norrsken-frozen-meals', scene: rack, ...HERO },
  { file: 'oresund-biologics-air-freight', scene: plane, ...HERO },
  { file: 'bergvik-berries-cross-dock', scene: dock, ...HERO },
  { file: 'vega-pharmacy-store-fridges', scene: fridge, ...HERO, dark: true },
  // sensor-lab (benchmarks)
  { file: 'tag-accuracy-three-bands', scene: bars, ...HERO },
  { file: 'alert-latency-by-gateway', scene: tags, ...HERO, dark: true },
  { file: 'battery-life-by-interval', scene: battery, ...HERO },
  { file: 'thermal-response-in-packaging', scene: curve, ...HERO },
  { file: 'humidity-effect-interim', scene: tags, ...HERO },
  { file: 'calibration-drift-after-a-year', scene: dials, ...HERO },
  { file: 'tag-accuracy-q2-rerun', scene: bars, ...HERO, dark: true },
  // cold-chain-mistakes (methodology)
  { file: 'mistake-trusting-the-wall-thermostat', scene: floorplan, ...HERO },
  { file: 'mistake-unconditioned-gel-packs', scene: shipper, ...HERO },
  { file: 'mistake-alarms-without-delays', scene: curve, ...HERO, dark: true },
  { file: 'mistake-pallets-waiting-on-the-dock', scene: dock, ...HERO, dark: true },
  { file: 'mistake-expired-calibration-certificates', scene: dials, ...HERO, dark: true },
  { file: 'mistake-using-mkt-to-excuse-excursions', scene: bars, ...HERO },
  { file: 'mistake-ignoring-return-legs', scene: truck, ...HERO },
  { file: 'mistake-one-logger-per-truck', scene: pallets, ...HERO, dark: true },
  { file: 'mistake-loading-a-warm-trailer', scene: truck, ...HERO, dark: true },
  // figures for <Figure>
  { file: 'dock-sensors', scene: pallets, ...FIGURE },
  { file: 'cold-room-mapping', scene: floorplan, ...FIGURE, dark: true },
  { file: 'gateway-install', scene: rack, ...FIGURE },
];

function svg(w: number, h: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${body}</svg>`;
}

function drawScene(job: Job): string {
  const rng = seeded(job.file);
  const theme = job.dark ? DARK : LIGHT;
  return svg(job.w, job.h, backdrop(job.w, job.h, theme, rng) + job.scene(job.w, job.h, theme, rng));
}

/** The mark: a white snowflake with a thermometer for its vertical arm, on a rounded square. */
function drawLogo(): string {
  const s = 512;
  const c = s / 2;
  let body = rect(0, 0, s, s, BRAND.primary, 112);
  body += circle(c, c, 190, mix(BRAND.primary, BRAND.paper, 0.08));
  for (let i = 0; i < 6; i++) {
    if (i === 0 || i === 3) continue;
    const a = (Math.PI / 3) * i - Math.PI / 2;
    const ex = c + Math.cos(a) * 160;
    const ey = c + Math.sin(a) * 160;
    body += line(c, c, ex, ey, BRAND.paper, 26);
    const bx = c + Math.cos(a) * 96;
    const by = c + Math.sin(a) * 96;
    for (const side of [-1, 1]) {
      const b = a + side * 0.8;
      body += line(bx, by, bx + Math.cos(b) * 48, by + Math.sin(b) * 48, BRAND.paper, 22);
    }
  }
  body += rect(c - 34, c - 178, 68, 300, BRAND.paper, 34);
  body += circle(c, c + 138, 58, BRAND.paper);
  body += rect(c - 14, c - 60, 28, 190, BRAND.accent, 14);
  body += circle(c, c + 138, 38, BRAND.accent);
  return svg(s, s, body);
}

async function writePng(file: string, svgText: string): Promise<number> {
  const png = await sharp(Buffer.from(svgText), { density: 72 })
    .png({ palette: true, colours: 64, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();
  writeFileSync(join(OUT_DIR, file), png);
  return png.length;
}

mkdirSync(OUT_DIR, { recursive: true });
const sizes: [string, number][] = [];
sizes.push(['coldtrace-logo.png', await writePng('coldtrace-logo.png', drawLogo())]);
for (const job of jobs) sizes.push([`${job.file}.png`, await writePng(`${job.file}.png`, drawScene(job))]);
for (const [file, bytes] of sizes) console.log(`${(bytes / 1024).toFixed(1).padStart(6)} KB  content/images/${file}`);
console.log(`✔ ${sizes.length} images in content/images/`);
