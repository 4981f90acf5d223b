// Draws OG cards by compositing instead of drawing each whole card with librsvg. Measured on this
// machine (one thread, 1,000 cards of the bench hub): a whole card through librsvg is ~10 ms, of
// which ~4 ms is librsvg setting up a 1200x630 surface and ~0.5 ms each text line, and the PNG ~2.
// Here the parts shared between cards are drawn once by librsvg and kept as pixels: the backdrop
// (background, rings, kind label, footer: one per kind), each pill, and every title glyph at each
// size and sub-pixel phase (glyph-masks.ts). A card is then a copy of its backdrop, its title's
// glyphs stamped in the title colour at the positions HarfBuzz gives (shape.ts), its pills copied
// in, and the PNG (png.ts).
import { backdropSvg, hexRgb, type CardParts, type PillPart } from './card-svg.ts';
import { drawMasks, maskKey, maskSetKey, snap, X_PHASES, type GlyphMask } from './glyph-masks.ts';
import { encodePng, rowsFrom, rowStride } from './png.ts';
import type { PlacedGlyph, Shaper } from './shape.ts';

type Sharp = typeof import('sharp').default;

export interface CompositorOptions {
  width: number;
  height: number;
  /** zlib level of the PNGs. */
  compressionLevel: number;
}

export interface CardCompositor {
  /** The card as PNG bytes. Only cards given to `cardCompositor` can be drawn. */
  draw(parts: CardParts): Promise<Buffer>;
}

interface ShapedLine {
  glyphs: PlacedGlyph[];
  y: number;
}

/**
 * Source-over of one coverage mask in a flat colour onto an RGB image whose rows are `stride`
 * bytes apart and start `offset` bytes in (a PNG's rows: one filter byte first).
 */
export function stamp(
  out: Uint8Array,
  width: number,
  height: number,
  m: GlyphMask,
  x: number,
  y: number,
  rgb: readonly [number, number, number],
  stride = width * 3,
  offset = 0,
): void {
  const [r, g, b] = rgb;
  const left = x + m.dx;
  const top = y + m.dy;
  for (let row = 0; row < m.h; row++) {
    const py = top + row;
    if (py < 0 || py >= height) continue;
    let i = row * m.w;
    let o = py * stride + offset + left * 3;
    for (let col = 0; col < m.w; col++, i++, o += 3) {
      const a = m.alpha[i]!;
      if (a === 0) continue;
      const px = left + col;
      if (px < 0 || px >= width) continue;
      if (a === 255) {
        out[o] = r;
        out[o + 1] = g;
        out[o + 2] = b;
      } else {
        const na = 255 - a;
        out[o] = (out[o]! * na + r * a + 127) / 255;
        out[o + 1] = (out[o + 1]! * na + g * a + 127) / 255;
        out[o + 2] = (out[o + 2]! * na + b * a + 127) / 255;
      }
    }
  }
}

/** The strip of card a pill covers, in whole pixels. */
function pillBox(p: PillPart, width: number) {
  const x0 = Math.max(0, Math.floor(p.x));
  const x1 = Math.min(width, Math.ceil(p.x + p.width) + 1);
  return { x0, y0: Math.floor(p.y), w: x1 - x0, h: Math.ceil(p.y + p.height) - Math.floor(p.y) };
}

/**
 * Prepares everything `cards` share (backdrops, pills, glyph masks), drawing the independent
 * pieces concurrently, and returns the drawer.
 */
export async function cardCompositor(sharp: Sharp, shaper: Shaper, cards: readonly CardParts[], opts: CompositorOptions): Promise<CardCompositor> {
  const { width, height } = opts;
  const rgbRaw = (svg: string) => sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
  const stride = rowStride(width);

  // Per card: its title shaped once, and which backdrop and pill strips it uses (each drawn once
  // however many cards share it); per size and baseline fraction, the glyphs needed.
  interface Plan {
    lines: ShapedLine[];
    backdrop: Promise<Buffer>;
    pills: { strip: Promise<Buffer>; box: ReturnType<typeof pillBox> }[];
  }
  const plans = new Map<CardParts, Plan>();
  const needs = new Map<string, { size: number; yTenths: number; glyphs: Set<number> }>();
  const drawn = new Map<string, Promise<Buffer>>();
  const once = (svg: string, after: (rgb: Buffer) => Buffer = (rgb) => rgb) => {
    let p = drawn.get(svg);
    if (!p) drawn.set(svg, (p = rgbRaw(svg).then(after)));
    return p;
  };
  for (const c of cards) {
    const lines = c.title.lines.map((l) => ({ glyphs: shaper.shape(l.text, c.title.size, c.title.letterSpacing), y: l.y }));
    for (const line of lines)
      for (const g of line.glyphs) {
        const yTenths = snap(line.y + g.dy, 10)[1];
        const key = maskSetKey(c.title.size, yTenths);
        let need = needs.get(key);
        if (!need) needs.set(key, (need = { size: c.title.size, yTenths, glyphs: new Set() }));
        need.glyphs.add(g.id);
      }
    const pills = c.pills.map((p) => {
      const box = pillBox(p, width);
      const { x0, y0, w, h } = box;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="${c.family}"><rect width="${w}" height="${h}" fill="${c.background}"/><g transform="translate(${-x0} ${-y0})">${p.svg}</g></svg>`;
      return { strip: once(svg), box };
    });
    plans.set(c, { lines, backdrop: once(backdropSvg(c), (rgb) => rowsFrom(rgb, width, height)), pills });
  }
  const maskSets = new Map<string, Map<number, GlyphMask>>();
  await Promise.all([...[...needs].map(async ([key, need]) => maskSets.set(key, await drawMasks(sharp, shaper, need))), ...drawn.values()]);

  // Pixel buffers are reused: a fresh 2 MB buffer per card costs more than the card's glyphs
  // (1.6 ms of page faults and zeroing against 0.2 ms to copy into a used one).
  const free: Buffer[] = [];
  return {
    async draw(c) {
      const plan = plans.get(c);
      if (!plan) throw new Error('card compositor: this card was not prepared');
      const backdrop = await plan.backdrop;
      const out = free.pop() ?? Buffer.allocUnsafe(backdrop.length);
      backdrop.copy(out);
      const fill = hexRgb(c.title.fill);
      for (const line of plan.lines)
        for (const g of line.glyphs) {
          const [py, yTenths] = snap(line.y + g.dy, 10);
          const [px, phase] = snap(c.title.x + g.x, X_PHASES);
          const mask = maskSets.get(maskSetKey(c.title.size, yTenths))?.get(maskKey(g.id, phase));
          if (mask) stamp(out, width, height, mask, px, py, fill, stride, 1);
        }
      for (const { strip: pending, box } of plan.pills) {
        const strip = await pending;
        const { x0, y0, w, h } = box;
        for (let row = 0; row < h; row++) strip.copy(out, (y0 + row) * stride + 1 + x0 * 3, row * w * 3, (row + 1) * w * 3);
      }
      try {
        return await encodePng(out, width, height, opts.compressionLevel);
      } finally {
        free.push(out);
      }
    },
  };
}
