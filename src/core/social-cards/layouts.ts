// Social images as SVG strings: a quote card (1080x1080) and carousel slides (1080x1350, 4:5), in
// the brand colours, laid out with the shipped font's real widths (card-svg.ts helpers). Pure: the
// OG renderer (src/core/og/render.ts) draws them to PNG and caches them by content hash.
import { cardPalette, escapeXml, readableOn, wrapText, type CardFonts, type OgColours } from '../og/card-svg.ts';

export const QUOTE_SIZE = { width: 1080, height: 1080 } as const;
export const SLIDE_SIZE = { width: 1080, height: 1350 } as const;

const M = 90;
const CAP = 0.73;
const num = (n: number) => String(Math.round(n * 10) / 10);

interface Brand {
  colours: OgColours;
  fontFamily: string;
  brandName: string;
}

/** The largest size at which `text` wraps into at most maxLines lines of `width`. */
function fitBlock(text: string, measure: (t: string, size: number) => number, width: number, sizes: readonly number[], maxLines: number) {
  for (const size of sizes) {
    const w = wrapText(text, (t) => measure(t, size), width, maxLines);
    if (!w.truncated) return { size, lines: w.lines };
  }
  const size = sizes.at(-1)!;
  return { size, lines: wrapText(text, (t) => measure(t, size), width, maxLines).lines };
}

const tspans = (lines: readonly string[], x: number, firstBaseline: number, lineHeight: number) =>
  lines.map((l, i) => `<tspan x="${x}" y="${num(firstBaseline + i * lineHeight)}">${escapeXml(l)}</tspan>`).join('');

function footer(b: Brand, width: number, height: number, bandText: string, band: string, accent: string, right = ''): string {
  const top = height - 110;
  return [
    `<rect y="${top}" width="${width}" height="110" fill="${band}"/>`,
    `<rect y="${top}" width="${width}" height="6" fill="${accent}"/>`,
    `<text x="${M}" y="${top + 68}" font-size="30" font-weight="700" fill="${bandText}">${escapeXml(b.brandName)}</text>`,
    right ? `<text x="${width - M}" y="${top + 68}" font-size="28" font-weight="400" fill="${bandText}" text-anchor="end">${escapeXml(right)}</text>` : '',
  ].join('');
}

/** A quote card: the words big, who said it (or the source) below, the brand in the footer band. */
export function quoteCardSvg(input: Brand & { quote: string; attribution: string }, fonts: CardFonts): string {
  const { width, height } = QUOTE_SIZE;
  const p = cardPalette(input.colours);
  const content = width - 2 * M;
  const body = fitBlock(input.quote, (t, s) => fonts.bold.measure(t, s), content, [68, 62, 56, 50, 44, 40, 36], 9);
  const lh = body.size * 1.2;
  const top = 250;
  const attrib = fitBlock(input.attribution, (t, s) => fonts.regular.measure(t, s), content, [32, 28], 2);
  const attribTop = top + body.lines.length * lh + 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="${p.bg}"/>`,
    `<g fill="none" stroke="${p.decor}" opacity="0.16"><circle cx="1010" cy="70" r="170" stroke-width="30"/><circle cx="1010" cy="70" r="270" stroke-width="10"/></g>`,
    `<text x="${M - 8}" y="215" font-size="200" font-weight="700" fill="${p.label}">“</text>`,
    `<text font-size="${body.size}" font-weight="700" fill="${p.fg}">${tspans(body.lines, M, top + body.size * CAP, lh)}</text>`,
    `<rect x="${M}" y="${num(attribTop - 6)}" width="56" height="6" rx="3" fill="${p.decor}"/>`,
    `<text font-size="${attrib.size}" font-weight="400" fill="${p.fg}">${tspans(attrib.lines, M, attribTop + 28 + attrib.size * CAP, attrib.size * 1.3)}</text>`,
    footer(input, width, height, p.bandText, p.band, p.decor),
    `</svg>`,
  ].join('');
}

/** A carousel slide: cover and closing slides on the brand colour, content slides on paper. */
export function slideSvg(input: Brand & { heading: string; body: string; source?: string; index: number; total: number }, fonts: CardFonts): string {
  const { width, height } = SLIDE_SIZE;
  const p = cardPalette(input.colours);
  const feature = input.index === 0 || input.index === input.total - 1;
  const bg = feature ? p.bg : input.colours.paper;
  const fg = feature ? p.fg : readableOn(bg, input.colours.ink, '#000000');
  const accent = feature ? p.label : readableOn(bg, input.colours.primary, input.colours.ink);
  const content = width - 2 * M;
  // A number ("41%", "58 → 34") is drawn huge; a sentence as a headline.
  const numeric = /^[\d\s.,%°+−→–-]*\d[\d\s.,%°A-Za-z+−→–-]{0,14}$/u.test(input.heading) && input.heading.length <= 16;
  const head = fitBlock(input.heading, (t, s) => fonts.bold.measure(t, s), content, numeric ? [200, 170, 140, 120, 100] : [84, 76, 68, 60, 54, 48], numeric ? 2 : 5);
  const headTop = 230;
  const headLh = head.size * 1.12;
  const bodyTop = headTop + head.lines.length * headLh + 70;
  const body = fitBlock(input.body, (t, s) => fonts.regular.measure(t, s), content, [46, 42, 38, 34, 30], 10);
  const bodyLh = body.size * 1.35;
  const source = input.source ? wrapText(`Source: ${input.source}`, (t) => fonts.regular.measure(t, 26), content, 2).lines : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(input.fontFamily)}">`,
    `<rect width="${width}" height="${height}" fill="${bg}"/>`,
    `<rect x="${M}" y="150" width="80" height="8" rx="4" fill="${feature ? p.decor : input.colours.accent}"/>`,
    `<text font-size="${head.size}" font-weight="700" fill="${accent}" letter-spacing="-1">${tspans(head.lines, M, headTop + head.size * CAP, headLh)}</text>`,
    `<text font-size="${body.size}" font-weight="400" fill="${fg}">${tspans(body.lines, M, bodyTop + body.size * CAP, bodyLh)}</text>`,
    source.length ? `<text font-size="26" font-weight="400" fill="${fg}">${tspans(source, M, height - 200, 34)}</text>` : '',
    footer(input, width, height, feature ? p.bandText : readableOn(input.colours.primary, input.colours.paper, input.colours.ink), feature ? p.band : input.colours.primary, input.colours.accent, `${input.index + 1} / ${input.total}`),
    `</svg>`,
  ].join('');
}
