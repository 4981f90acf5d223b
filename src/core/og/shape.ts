// Text shaping for the card compositor (compose.ts): which glyphs a line of text becomes and where
// each one sits, from HarfBuzz (harfbuzzjs), the same shaper pango uses inside librsvg, so kerning,
// ligatures and contextual forms come out as they did when librsvg drew the whole card.
import * as hb from 'harfbuzzjs';

export interface PlacedGlyph {
  /** Glyph id in the font. */
  id: number;
  /** Pen position of the glyph's origin, px from the start of the line (offsets applied). */
  x: number;
  /** Vertical offset from the baseline, px, down positive (zero for Latin text). */
  dy: number;
}

export interface Shaper {
  /** Font units per em. */
  upem: number;
  /**
   * Glyphs of one line at `size` px. `letterSpacing` px is added between characters as pango does
   * (after every cluster but the last), so glyph i moves by i × letterSpacing.
   */
  shape(text: string, size: number, letterSpacing?: number): PlacedGlyph[];
  /** The glyph's outline as SVG path data in font units, y up. */
  path(id: number): string;
  /** Ink box in font units, y up: left, top (yBearing), width, height (negative: downwards). */
  extents(id: number): { xBearing: number; yBearing: number; width: number; height: number };
}

/** A shaper over one TTF/OTF file's bytes. */
export function shaperFor(bytes: Uint8Array): Shaper {
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const face = new hb.Face(new hb.Blob(copy), 0);
  const font = new hb.Font(face);
  const upem = face.upem;
  const paths = new Map<number, string>();
  return {
    upem,
    shape(text, size, letterSpacing = 0) {
      const buffer = new hb.Buffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      const k = size / upem;
      const out: PlacedGlyph[] = [];
      let pen = 0;
      let spaces = 0;
      for (let i = 0; i < infos.length; i++) {
        const p = positions[i]!;
        // A new cluster (not a mark or the second glyph of one character) gets the spacing.
        if (i > 0 && infos[i]!.cluster !== infos[i - 1]!.cluster) spaces++;
        out.push({ id: infos[i]!.codepoint, x: (pen + p.xOffset) * k + spaces * letterSpacing, dy: -p.yOffset * k });
        pen += p.xAdvance;
      }
      return out;
    },
    path(id) {
      let d = paths.get(id);
      if (d === undefined) {
        d = font.glyphToPath(id);
        paths.set(id, d);
      }
      return d;
    },
    extents(id) {
      return font.glyphExtents(id) ?? { xBearing: 0, yBearing: 0, width: 0, height: 0 };
    },
  };
}
