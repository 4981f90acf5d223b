// Coverage masks of glyphs at one size, drawn once by librsvg (sharp) from the font's own outlines
// and then stamped onto any number of cards (compose.ts). A glyph is drawn at X_PHASES horizontal
// offsets within a pixel and at the baseline's fraction of a pixel, so a stamped glyph lands within
// 1/8 px of where a whole-card drawing would put it.
import type { Shaper } from './shape.ts';

type Sharp = typeof import('sharp').default;

/** Horizontal sub-pixel positions a glyph is drawn at. */
export const X_PHASES = 4;

export interface GlyphMask {
  /** Offset of the mask's top-left pixel from (floor(pen x), floor(baseline y)). */
  dx: number;
  dy: number;
  w: number;
  h: number;
  /** Coverage 0-255, row by row. */
  alpha: Uint8Array;
}

/** Which glyphs to draw at one size and one baseline fraction (tenths of a pixel). */
export interface MaskSet {
  size: number;
  yTenths: number;
  glyphs: Iterable<number>;
}

export const maskSetKey = (size: number, yTenths: number): string => `${size}/${yTenths}`;
export const maskKey = (id: number, phase: number): number => id * X_PHASES + phase;

/** Splits a coordinate into a whole pixel and a sub-pixel step out of `steps`. */
export function snap(v: number, steps: number): [whole: number, step: number] {
  let whole = Math.floor(v);
  let step = Math.round((v - whole) * steps);
  if (step === steps) {
    whole++;
    step = 0;
  }
  return [whole, step];
}

const ATLAS_WIDTH = 2048;

/**
 * Draws every glyph of `set` at every phase in one SVG (one librsvg call) and cuts it into masks.
 * Glyphs without ink (spaces) get no mask.
 */
export async function drawMasks(sharp: Sharp, shaper: Shaper, set: MaskSet): Promise<Map<number, GlyphMask>> {
  const k = set.size / shaper.upem;
  const fy = set.yTenths / 10;
  interface Cell {
    key: number;
    phase: number;
    id: number;
    dx: number;
    dy: number;
    w: number;
    h: number;
    ax: number;
    ay: number;
  }
  const cells: Cell[] = [];
  for (const id of new Set(set.glyphs)) {
    const e = shaper.extents(id);
    if (e.width === 0 || e.height === 0) continue;
    // Ink box in px around the origin (y down), one pixel of margin for anti-aliasing and the phase.
    const dx = Math.floor(e.xBearing * k) - 1;
    const dy = Math.floor(-e.yBearing * k) - 1;
    const w = Math.ceil((e.xBearing + e.width) * k) + 2 - dx;
    const h = Math.ceil(-(e.yBearing + e.height) * k) + 2 - dy;
    for (let phase = 0; phase < X_PHASES; phase++) cells.push({ key: maskKey(id, phase), phase, id, dx, dy, w, h, ax: 0, ay: 0 });
  }
  const masks = new Map<number, GlyphMask>();
  if (!cells.length) return masks;
  // Shelf packing, tallest first.
  cells.sort((a, b) => b.h - a.h);
  let x = 0;
  let y = 0;
  let shelf = 0;
  for (const c of cells) {
    if (x + c.w > ATLAS_WIDTH) {
      x = 0;
      y += shelf;
      shelf = 0;
    }
    c.ax = x;
    c.ay = y;
    x += c.w;
    shelf = Math.max(shelf, c.h);
  }
  const width = ATLAS_WIDTH;
  const height = y + shelf;
  const paths = cells.map((c) => {
    const ox = c.ax - c.dx + c.phase / X_PHASES;
    const oy = c.ay - c.dy + fy;
    return `<path transform="translate(${ox} ${oy}) scale(${k} ${-k})" d="${shaper.path(c.id)}"/>`;
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#000"/><g fill="#fff">${paths.join('')}</g></svg>`;
  const grey = await sharp(Buffer.from(svg)).extractChannel(0).raw().toBuffer();
  for (const c of cells) {
    const alpha = new Uint8Array(c.w * c.h);
    for (let row = 0; row < c.h; row++) {
      const from = (c.ay + row) * width + c.ax;
      alpha.set(grey.subarray(from, from + c.w), row * c.w);
    }
    masks.set(c.key, { dx: c.dx, dy: c.dy, w: c.w, h: c.h, alpha });
  }
  return masks;
}
