// Advance widths read straight from a TrueType/OpenType file, so card text can be wrapped by what
// the shipped font really measures rather than a guess. Reads only head, hhea, hmtx, cmap and name;
// kerning (GPOS) is ignored, which only ever makes a measured line slightly wider than drawn: safe
// for wrapping.

export interface FontMetrics {
  /** The font's family name (name table, id 16 or 1), e.g. "Inter". */
  family: string;
  /** Width of `text` in px at `size` px, plus `letterSpacing` px between characters. */
  measure(text: string, size: number, letterSpacing?: number): number;
}

interface Table {
  offset: number;
  length: number;
}

function tables(buf: Buffer): Map<string, Table> {
  const sfnt = buf.readUInt32BE(0);
  // 0x00010000 TrueType, 'OTTO' CFF, 'true' old Apple TrueType.
  if (sfnt !== 0x00010000 && sfnt !== 0x4f54544f && sfnt !== 0x74727565)
    throw new Error('not a TrueType or OpenType font (WOFF/WOFF2 and collections are not supported)');
  const count = buf.readUInt16BE(4);
  const map = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    map.set(buf.toString('latin1', at, at + 4), { offset: buf.readUInt32BE(at + 8), length: buf.readUInt32BE(at + 12) });
  }
  return map;
}

/** Code point → glyph id, from the best Unicode cmap subtable (format 12, else format 4). */
function readCmap(buf: Buffer, t: Table): (cp: number) => number {
  const n = buf.readUInt16BE(t.offset + 2);
  let f4 = -1;
  let f12 = -1;
  for (let i = 0; i < n; i++) {
    const at = t.offset + 4 + i * 8;
    const platform = buf.readUInt16BE(at);
    const encoding = buf.readUInt16BE(at + 2);
    const sub = t.offset + buf.readUInt32BE(at + 4);
    const format = buf.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && f12 < 0) f12 = sub;
    if (format === 4 && f4 < 0) f4 = sub;
  }
  if (f12 >= 0) {
    const groups = buf.readUInt32BE(f12 + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = f12 + 16 + mid * 12;
        const start = buf.readUInt32BE(at);
        const end = buf.readUInt32BE(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return buf.readUInt32BE(at + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (f4 < 0) return () => 0;
  const segX2 = buf.readUInt16BE(f4 + 6);
  const ends = f4 + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let s = 0; s < segX2; s += 2) {
      if (cp > buf.readUInt16BE(ends + s)) continue;
      const start = buf.readUInt16BE(starts + s);
      if (cp < start) return 0;
      const delta = buf.readUInt16BE(deltas + s);
      const ro = buf.readUInt16BE(rangeOffsets + s);
      if (ro === 0) return (cp + delta) & 0xffff;
      const g = buf.readUInt16BE(rangeOffsets + s + ro + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

function readFamily(buf: Buffer, t: Table | undefined): string {
  if (!t) return '';
  const count = buf.readUInt16BE(t.offset + 2);
  const strings = t.offset + buf.readUInt16BE(t.offset + 4);
  const found = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const at = t.offset + 6 + i * 12;
    const platform = buf.readUInt16BE(at);
    const id = buf.readUInt16BE(at + 6);
    if ((id !== 1 && id !== 16) || found.has(id) || (platform !== 3 && platform !== 0)) continue;
    const len = buf.readUInt16BE(at + 8);
    const off = strings + buf.readUInt16BE(at + 10);
    const chars: string[] = [];
    for (let j = 0; j + 1 < len; j += 2) chars.push(String.fromCharCode(buf.readUInt16BE(off + j)));
    found.set(id, chars.join(''));
  }
  return found.get(16) ?? found.get(1) ?? '';
}

/** Parses a TTF/OTF buffer into a measuring function. Throws on anything that is not one. */
export function fontMetrics(buf: Buffer): FontMetrics {
  const t = tables(buf);
  const need = (tag: string) => {
    const x = t.get(tag);
    if (!x) throw new Error(`font has no ${tag} table`);
    return x;
  };
  const unitsPerEm = buf.readUInt16BE(need('head').offset + 18);
  const numberOfHMetrics = buf.readUInt16BE(need('hhea').offset + 34);
  const hmtx = need('hmtx').offset;
  const glyphOf = readCmap(buf, need('cmap'));
  const advance = (g: number) => buf.readUInt16BE(hmtx + Math.min(g, numberOfHMetrics - 1) * 4);
  const cache = new Map<number, number>();
  const widthOf = (cp: number) => {
    let w = cache.get(cp);
    if (w === undefined) {
      const g = glyphOf(cp);
      // A missing glyph draws as the .notdef box (glyph 0), which has an advance of its own.
      w = advance(g) / unitsPerEm;
      cache.set(cp, w);
    }
    return w;
  };
  return {
    family: readFamily(buf, t.get('name')),
    measure(text, size, letterSpacing = 0) {
      let em = 0;
      let n = 0;
      for (const ch of text) {
        em += widthOf(ch.codePointAt(0) ?? 0);
        n++;
      }
      return em * size + Math.max(0, n - 1) * letterSpacing;
    },
  };
}

/**
 * A fallback when no font file is at hand: rough per-character widths (em) for a sans-serif,
 * generous so estimated lines rarely overflow.
 */
export function estimatedMetrics(bold: boolean): FontMetrics {
  const k = bold ? 1.06 : 1;
  const em = (ch: string): number => {
    if (ch === ' ') return 0.28;
    if (/[iljI.,:;'!|]/.test(ch)) return 0.3;
    if (/[frt()\[\]"-]/.test(ch)) return 0.4;
    if (/[mwMW@]/.test(ch)) return 0.9;
    if (/[A-Z0-9&%#]/.test(ch)) return 0.7;
    return 0.58;
  };
  return {
    family: '',
    measure(text, size, letterSpacing = 0) {
      let w = 0;
      let n = 0;
      for (const ch of text) {
        w += em(ch) * k;
        n++;
      }
      return w * size + Math.max(0, n - 1) * letterSpacing;
    },
  };
}
