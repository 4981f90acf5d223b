// Open Graph cards: the SVG layout (escaping, wrapping, contrast), the PNG drawn from it with the
// shipped fonts (really glyphs, not empty boxes), the content-hash cache, and the build step over
// the Swedish fixture hub.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type sharpType from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedHub } from '../../src/core/content/load.ts';
import { AA, cardPalette, cardSvg, contrastRatio, escapeXml, MAX_TITLE_LINES, OG_HEIGHT, OG_WIDTH, wrapText, type OgCardInput } from '../../src/core/og/card-svg.ts';
import { ogCardsForHub, ogImagePath } from '../../src/core/og/cards.ts';
import { fontMetrics } from '../../src/core/og/font-metrics.ts';
import { stamp } from '../../src/core/og/compose.ts';
import { snap } from '../../src/core/og/glyph-masks.ts';
import { encodePng, rowsFrom } from '../../src/core/og/png.ts';
import { loadFonts, renderOgImages } from '../../src/core/og/render.ts';
import { buildOgImages } from '../../scripts/og.ts';

const PROJECT = join(import.meta.dirname, '../..');
const FIXTURE = join(PROJECT, 'test/fixtures/hubs/sv');
const FONTS = { regular: join(PROJECT, 'content/fonts/Inter-Regular.ttf'), bold: join(PROJECT, 'content/fonts/Inter-Bold.ttf') };
const metrics = loadFonts(FONTS).metrics;

const temps: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

// sharp is loaded only after renderOgImages has pointed fontconfig at the brand fonts.
let sharpMod: typeof sharpType | undefined;
const sharp = async () => (sharpMod ??= (await import('sharp')).default);

const COLOURS = { primary: '#0b4f6c', accent: '#01baef', ink: '#14181f', paper: '#ffffff' };
const card = (over: Partial<OgCardInput> = {}): OgCardInput => ({
  title: 'How Nordpharma cut spoiled shipments by 41% in six months',
  kindLabel: 'Case study',
  promiseNames: ['Fewer spoiled shipments', 'Every degree on record'],
  brandName: 'Coldtrace Proof',
  colours: COLOURS,
  fontFamily: 'Inter',
  ...over,
});

/** The title's lines: the <tspan>s of the one <text> that has them, unescaped. */
function titleLines(svg: string): string[] {
  return [...svg.matchAll(/<tspan [^>]*>([^<]*)<\/tspan>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
}
const titleSize = (svg: string) => Number(/<text font-size="(\d+)" font-weight="700"[^>]*><tspan/.exec(svg)?.[1]);

/** Renders cards into a fresh out dir with a fresh cache; returns paths. */
async function renderOne(input: OgCardInput, cacheDir = temp('og-cache-')): Promise<string> {
  const outFile = join(temp('og-out-'), 'card.png');
  const r = await renderOgImages({ root: PROJECT, cacheDir, fonts: FONTS, cards: [{ outFile, card: input }] });
  expect(r.files).toEqual([outFile]);
  return outFile;
}

/** Greyscale pixels of a region of a PNG. */
async function region(file: string, left: number, top: number, width: number, height: number): Promise<Buffer> {
  return (await sharp())(file).extract({ left, top, width, height }).greyscale().raw().toBuffer();
}

const differing = (a: Buffer, b: Buffer) => {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i]! - b[i]!) > 40) n++;
  return n;
};

describe('card SVG', () => {
  it('escapes hostile text in every field', () => {
    const hostile = `<script>alert("x")</script> & 'quotes' ]]>`;
    const svg = cardSvg(card({ title: hostile, kindLabel: `<b>"kind"</b>`, promiseNames: [`<img src=x onerror='1'>`], brandName: `A & B <Proof>`, fontFamily: `Inter" onload="x` }), metrics);
    expect(svg).not.toMatch(/<script|<img|<b>|<Proof>|onload="/);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&apos;quotes&apos;');
    expect(svg).toContain('A &amp; B &lt;Proof&gt;');
    expect(svg).toContain('font-family="Inter&quot; onload=&quot;x"');
    // Every "&" in the document starts an entity.
    expect(svg.match(/&(?!(amp|lt|gt|quot|apos);)/g)).toBeNull();
    expect(titleLines(svg).join(' ')).toBe(hostile);
  });

  it('drops characters XML forbids', () => {
    expect(escapeXml('a\u0000b\u001bc\ud800d')).toBe('abcd');
  });

  it('wraps a long title at word boundaries into at most 4 lines, smaller, each line inside the margins', () => {
    const long = 'A very long proof title that keeps going well beyond sixty characters to test how the card wraps, shrinks and finally cuts it';
    const svg = cardSvg(card({ title: long }), metrics);
    const lines = titleLines(svg);
    const size = titleSize(svg);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(MAX_TITLE_LINES);
    expect(size).toBeLessThan(80);
    for (const line of lines) expect(metrics.bold.measure(line, size)).toBeLessThanOrEqual(OG_WIDTH - 160);
    // Whole words only; the cut, if any, ends in an ellipsis.
    const words = new Set(long.split(' '));
    const shown = lines.join(' ').replace(/…$/, '').split(' ');
    for (const w of shown.slice(0, -1)) expect(words.has(w)).toBe(true);
    if (lines.join(' ') !== long) expect(lines.at(-1)).toMatch(/…$/);
  });

  it('cuts a title that cannot fit at the smallest size to 4 lines ending in an ellipsis', () => {
    const endless = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const lines = titleLines(cardSvg(card({ title: endless }), metrics));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/…$/);
  });

  it('keeps a short title large and on one line, and a 60-character title within 3 lines at a large size', () => {
    const short = cardSvg(card({ title: 'Open sensor data' }), metrics);
    expect(titleLines(short)).toEqual(['Open sensor data']);
    expect(titleSize(short)).toBe(80);
    const sixty = cardSvg(card({ title: 'Apoteksgruppen halverade kassationerna på ett år, mätt i SEK' }), metrics);
    expect(titleLines(sixty).length).toBeLessThanOrEqual(3);
    expect(titleSize(sixty)).toBeGreaterThanOrEqual(68);
  });

  it('breaks a word wider than the card instead of overflowing', () => {
    const { lines } = wrapText('x'.repeat(300), (t) => t.length * 10, 1000, 4);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length * 10).toBeLessThanOrEqual(1000);
  });

  it('balances lines instead of leaving one word alone', () => {
    const { lines } = wrapText('one two three four five six seven', (t) => t.length * 10, 300);
    expect(lines).toHaveLength(2);
    expect(Math.abs(lines[0]!.length - lines[1]!.length)).toBeLessThanOrEqual(6);
    // Balancing narrows lines but never breaks a word.
    const text = 'a bb supercalifragilistic cc dd';
    const balanced = wrapText(text, (t) => t.length * 10, 280).lines;
    expect(balanced.join(' ')).toBe(text);
    for (const l of balanced) for (const w of l.split(' ')) expect(text.split(' ')).toContain(w);
  });

  it('keeps promise pills inside the margins, shortening or counting the ones that do not fit', () => {
    const long = ['Honest yield numbers', 'Built to last thirty years in the harshest climates on earth', 'Open data'];
    const svg = cardSvg(card({ promiseNames: long }), metrics);
    const pills = [...svg.matchAll(/<rect x="([\d.]+)" y="448" width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const texts = [...svg.matchAll(/<text [^>]*font-weight="400"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(['Honest yield numbers', expect.stringMatching(/^Built to last .*…$/), '+1']);
    expect(pills).toHaveLength(3);
    for (const [x, w] of pills) expect(x + w).toBeLessThanOrEqual(OG_WIDTH - 80);
    const all = cardSvg(card({ promiseNames: ['Every degree on record', 'Fewer spoiled shipments', 'Open numbers'] }), metrics);
    expect([...all.matchAll(/font-weight="400"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['Every degree on record', 'Fewer spoiled shipments', 'Open numbers']);
  });

  it('picks text colours with WCAG AA contrast, also for a light or clashing brand', () => {
    for (const colours of [COLOURS, { primary: '#ffd400', accent: '#ffe14d', ink: '#222222', paper: '#fffbe6' }, { primary: '#777777', accent: '#888888', ink: '#666666', paper: '#999999' }]) {
      const p = cardPalette(colours);
      expect(contrastRatio(p.fg, p.bg)).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(p.label, p.bg)).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(p.fg, p.pill)).toBeGreaterThanOrEqual(AA);
      expect(contrastRatio(p.bandText, p.band)).toBeGreaterThanOrEqual(AA);
    }
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });

  it('measures with the font file: Inter Bold is wider than Regular, and "W" wider than "i"', () => {
    const bold = fontMetrics(readFileSync(FONTS.bold));
    const regular = fontMetrics(readFileSync(FONTS.regular));
    expect(bold.family).toBe('Inter');
    expect(bold.measure('Hello World', 100)).toBeGreaterThan(regular.measure('Hello World', 100));
    expect(bold.measure('W', 100)).toBeGreaterThan(2 * bold.measure('i', 100));
    expect(bold.measure('ab', 100, 10)).toBeCloseTo(bold.measure('a', 100) + bold.measure('b', 100) + 10, 5);
  });
});

describe('card PNG', () => {
  it('is a 1200x630 PNG', async () => {
    const file = await renderOne(card());
    const meta = await (await sharp())(file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', OG_WIDTH, OG_HEIGHT]);
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
  });

  it('really draws the title text: the title area differs from the same card without a title', async () => {
    const cacheDir = temp('og-cache-');
    const withTitle = await renderOne(card(), cacheDir);
    const without = await renderOne(card({ title: '' }), cacheDir);
    const area = [80, 170, 1040, 240] as const;
    const a = await region(withTitle, ...area);
    const b = await region(without, ...area);
    // Three lines of 80 px bold text cover far more than 5% of this area.
    expect(differing(a, b) / a.length).toBeGreaterThan(0.05);
    // Outside the text the two cards are the same picture.
    expect(differing(await region(withTitle, 0, 540, 1200, 20), await region(without, 0, 540, 1200, 20))).toBe(0);
  });

  it('draws the title with the shipped font, not a system font: ink width matches the TTF advance widths', async () => {
    const cacheDir = temp('og-cache-');
    const inkRight = async (title: string) => {
      const px = await region(await renderOne(card({ title }), cacheDir), 0, 170, 1200, 100);
      for (let x = 1199; x >= 0; x--) for (let y = 0; y < 100; y++) if (px[y * 1200 + x]! > 180) return x;
      return -1;
    };
    // Both fit one line at 80 px, the title's size; side bearings cancel out in the difference.
    const svg6 = cardSvg(card({ title: 'HHHHHH' }), metrics);
    expect([titleSize(svg6), titleLines(svg6)]).toEqual([80, ['HHHHHH']]);
    const drawn = (await inkRight('HHHHHHHHHHHH')) - (await inkRight('HHHHHH'));
    const expected = (m: typeof metrics.bold) => m.measure('H'.repeat(12), 80, -0.5) - m.measure('H'.repeat(6), 80, -0.5);
    expect(Math.abs(drawn - expected(metrics.bold))).toBeLessThanOrEqual(3);
    // The check can tell fonts apart: DejaVu Sans Bold (a common system font) is far off.
    const dejavu = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf';
    if (existsSync(dejavu)) expect(Math.abs(drawn - expected(fontMetrics(readFileSync(dejavu))))).toBeGreaterThan(20);
  });

  it('draws glyphs, not empty boxes: two titles of the same length but different letters differ', async () => {
    const cacheDir = temp('og-cache-');
    const a = await region(await renderOne(card({ title: 'IIIIIIII IIIIIIII' }), cacheDir), 80, 170, 1040, 120);
    const b = await region(await renderOne(card({ title: 'OOOOOOOO OOOOOOOO' }), cacheDir), 80, 170, 1040, 120);
    // Missing fonts draw every character as the same box, which would make these equal.
    expect(differing(a, b)).toBeGreaterThan(2000);
  });
});

describe('compositor (cards stamped from parts drawn once)', () => {
  it('draws the same picture librsvg draws from the whole SVG: kerning, ligatures, every title size, pills, +N', async () => {
    const cards: OgCardInput[] = [
      card(),
      card({ title: 'To AVAWAY: Tävlingen -> Yngve & Åsa; "office" fi fl ffi', promiseNames: ['Open numbers'] }),
      card({ title: 'Short' }),
      card({ title: Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ') }),
      card({ title: 'Cold chain audit for a Baltic seafood port handover that cut temperature excursions by forty-one percent' }),
      card({ promiseNames: ['Every degree on record', 'Fewer spoiled shipments', 'Open numbers', 'Alarms within a minute', 'Audits in a day'] }),
      card({ kindLabel: 'Metod', brandName: 'Kylkedjan AB', colours: { primary: '#f4efe6', accent: '#8a1c1c', ink: '#1d1d1d', paper: '#ffffff' } }),
    ];
    const cacheDir = temp('og-cache-');
    const out = temp('og-out-');
    const jobs = cards.map((c, i) => ({ outFile: join(out, `${i}.png`), card: c }));
    await renderOgImages({ root: PROJECT, cacheDir, fonts: FONTS, cards: jobs });
    const s = await sharp();
    const sizes = new Set<number>();
    for (const [i, c] of cards.entries()) {
      const svg = cardSvg(c, metrics);
      sizes.add(titleSize(svg));
      const stamped = await s(jobs[i]!.outFile).removeAlpha().raw().toBuffer();
      const whole = await s(Buffer.from(svg)).removeAlpha().raw().toBuffer();
      expect(stamped.length).toBe(whole.length);
      let sum = 0;
      let far = 0;
      for (let j = 0; j < whole.length; j++) {
        const d = Math.abs(stamped[j]! - whole[j]!);
        sum += d;
        if (d > 64) far++;
      }
      // Glyphs land within 1/8 px of librsvg's own placement: edges differ a little, nothing moves.
      expect({ card: i, mean: sum / whole.length < 0.3, far: far < 50 }).toEqual({ card: i, mean: true, far: true });
    }
    expect(sizes.size).toBeGreaterThanOrEqual(3);
  });

  it('stamps coverage in a colour: full coverage is the colour, partial blends, edges clip', () => {
    const img = new Uint8Array(4 * 2 * 3).fill(100);
    const mask = { dx: -1, dy: 0, w: 3, h: 1, alpha: Uint8Array.from([255, 255, 128]) };
    stamp(img, 4, 2, mask, 0, 1, [200, 0, 50]);
    // x = -1 is off the image; x = 0 full, x = 1 half.
    expect([...img.subarray(12, 24)]).toEqual([200, 0, 50, 150, 50, 75, 100, 100, 100, 100, 100, 100]);
    expect([...img.subarray(0, 12)]).toEqual(Array(12).fill(100));
  });

  it('writes PNGs that decode to the very pixels given, and refuses a buffer of the wrong size', async () => {
    const width = 7;
    const height = 3;
    const rgb = Uint8Array.from({ length: width * height * 3 }, (_, i) => (i * 37) % 256);
    const png = await encodePng(rowsFrom(rgb, width, height), width, height, 2);
    const { data, info } = await (await sharp())(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([width, height, 3]);
    expect([...data]).toEqual([...rgb]);
    await expect(encodePng(new Uint8Array(10), width, height, 2)).rejects.toThrow('encodePng: expected 66 bytes for 7x3, got 10');
  });

  it('reuses its deflate streams without carrying anything from one PNG into the next, one at a time or several at once', async () => {
    const width = 300;
    const height = 40;
    const image = (seed: number) => rowsFrom(Uint8Array.from({ length: width * height * 3 }, (_, i) => ((i >> 4) * seed + (i % 3) * 40) % 256), width, height);
    const images = [1, 7, 13, 29, 31, 3].map(image);
    // The IDAT holds zlib's data as it is: it must be what a fresh zlib makes of the same rows.
    const idat = (png: Buffer) => png.subarray(8 + 25 + 8, png.length - 4 - 12);
    const one: Buffer[] = [];
    for (const rows of images.slice(0, 3)) one.push(await encodePng(rows, width, height, 2));
    const together = await Promise.all(images.map((rows) => encodePng(rows, width, height, 2)));
    for (const [i, png] of [...one, ...together].entries()) {
      const rows = images[i < one.length ? i : i - one.length]!;
      expect(idat(png).equals(deflateSync(rows, { level: 2 })), `image ${i}`).toBe(true);
      const { data } = await (await sharp())(png).raw().toBuffer({ resolveWithObject: true });
      expect(rowsFrom(data, width, height).equals(Buffer.from(rows)), `pixels of image ${i}`).toBe(true);
    }
  });

  it('snaps a position to a whole pixel and a sub-pixel step, carrying into the next pixel', () => {
    expect(snap(10.3, 4)).toEqual([10, 1]);
    expect(snap(10.9, 4)).toEqual([11, 0]);
    expect(snap(-0.3, 4)).toEqual([-1, 3]);
    expect(snap(230.44, 10)).toEqual([230, 4]);
  });

  it('shapes with the font: kerning pulls "AV" closer than the advance widths, spacing is added between characters', () => {
    const shaper = loadFonts(FONTS).boldShaper();
    const [a, v] = shaper.shape('AV', 100);
    expect(v!.x - a!.x).toBeLessThan(metrics.bold.measure('A', 100) - 1);
    const spaced = shaper.shape('AV', 100, 10);
    expect(spaced[1]!.x - spaced[0]!.x).toBeCloseTo(v!.x - a!.x + 10, 5);
  });
});

describe('cache', () => {
  it('reuses unchanged cards, redraws exactly the changed one, and writes no temp files', async () => {
    const cacheDir = temp('og-cache-');
    const out = temp('og-out-');
    const cards = ['Alpha proof title one', 'Beta proof title two', 'Gamma proof title three'].map((title, i) => ({ outFile: join(out, `og/case-study/c${i}.png`), card: card({ title }) }));

    const first = await renderOgImages({ root: PROJECT, cacheDir, fonts: FONTS, cards });
    expect(first).toEqual({ drawn: 3, reused: 0, files: cards.map((c) => c.outFile) });
    const bytes = cards.map((c) => readFileSync(c.outFile));
    rmSync(join(out, 'og'), { recursive: true });

    const second = await renderOgImages({ root: PROJECT, cacheDir, fonts: FONTS, cards });
    expect([second.drawn, second.reused]).toEqual([0, 3]);
    cards.forEach((c, i) => expect(readFileSync(c.outFile).equals(bytes[i]!)).toBe(true));

    const changed = cards.map((c, i) => (i === 1 ? { ...c, card: card({ title: 'Beta proof title, now edited' }) } : c));
    const third = await renderOgImages({ root: PROJECT, cacheDir, fonts: FONTS, cards: changed });
    expect([third.drawn, third.reused]).toEqual([1, 2]);
    expect(readFileSync(cards[1]!.outFile).equals(bytes[1]!)).toBe(false);
    expect(readFileSync(cards[0]!.outFile).equals(bytes[0]!)).toBe(true);
    expect(readFileSync(cards[2]!.outFile).equals(bytes[2]!)).toBe(true);

    // 4 distinct cards were drawn in all; nothing half-written is left behind.
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(4);
    const leftovers = [...readdirSync(cacheDir), ...readdirSync(join(out, 'og/case-study'))].filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('redraws when the cached PNG is gone', async () => {
    const cacheDir = temp('og-cache-');
    const cards = [{ outFile: join(temp('og-out-'), 'a.png'), card: card({ title: 'A card whose cache is cleared' }) }];
    expect((await renderOgImages({ root: PROJECT, cacheDir, fonts: FONTS, cards })).drawn).toBe(1);
    for (const f of readdirSync(cacheDir)) if (f.endsWith('.png')) rmSync(join(cacheDir, f));
    expect((await renderOgImages({ root: PROJECT, cacheDir, fonts: FONTS, cards })).drawn).toBe(1);
  });
});

describe('cards for a hub', () => {
  const hub = {
    config: {
      site: { name: 'Coldtrace Proof', language: 'en' },
      brand: { colours: COLOURS, font: { family: 'Inter', regular: './fonts/Inter-Regular.ttf', bold: './fonts/Inter-Bold.ttf' } },
      promises: [{ id: 'every-degree', name: 'Every degree on record' }, { id: 'open-numbers', name: 'Open numbers' }],
    },
    assets: [
      { kind: 'case-study', slug: 'old', data: { title: 'Old case', published: '2026-01-01', draft: false, promises: ['every-degree'] } },
      { kind: 'benchmark', slug: 'new', data: { title: 'New bench', published: '2026-06-01', draft: false, promises: ['open-numbers', 'every-degree'] } },
      { kind: 'methodology', slug: 'draft', data: { title: 'A draft', published: '2026-01-01', draft: true, promises: ['every-degree'] } },
      { kind: 'methodology', slug: 'future', data: { title: 'Future', published: '2026-07-01', draft: false, promises: ['every-degree'] } },
    ],
  } as unknown as Pick<LoadedHub, 'config' | 'assets'>;

  it('maps live assets to cards with the kind label, promise names and og/<kind>/<slug>.png', () => {
    const cards = ogCardsForHub(hub, '2026-06-15', '/site/dist');
    expect(cards.map((c) => c.outFile)).toEqual(['/site/dist/og/benchmark/new.png', '/site/dist/og/case-study/old.png']);
    expect(cards[0]!.card).toEqual({
      title: 'New bench',
      kindLabel: 'Benchmark',
      promiseNames: ['Open numbers', 'Every degree on record'],
      brandName: 'Coldtrace Proof',
      colours: COLOURS,
      fontFamily: 'Inter',
    });
    expect(ogImagePath('case-study', 'old')).toBe('og/case-study/old.png');
  });
});

describe('build step (scripts/og.ts)', () => {
  const hubCopy = () => {
    const root = temp('og-hub-');
    cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
    return root;
  };

  it('draws one card per live asset of the fixture hub, then reuses them all', async () => {
    const root = hubCopy();
    const cacheDir = join(root, 'cache');
    const first = await buildOgImages({ root, cacheDir });
    expect(first.today).toBe('2026-05-20');
    expect([first.drawn, first.reused, first.assets]).toEqual([3, 0, 3]);
    expect(readdirSync(join(root, 'dist/og/methodology'))).toEqual(['kalibrering.png']);
    expect(existsSync(join(root, 'dist/og/case-study/apoteksgruppen.png'))).toBe(true);
    expect(first.summary).toMatch(/^OG images: drew 3, reused 0 \(3 assets\) in \d+\.\d s$/);
    const second = await buildOgImages({ root, cacheDir, out: 'public-out', today: '2026-06-10' });
    // The future methodology post is live on 2026-06-10: one new card.
    expect([second.drawn, second.reused, second.assets]).toEqual([1, 3, 4]);
  });

  it('runs as a CLI: one summary line, and exit 1 with the report on bad content', () => {
    const root = hubCopy();
    const node = join(PROJECT, 'node_modules/.bin/node');
    const run = () => spawnSync(node, [join(PROJECT, 'scripts/og.ts'), '--root', root, '--out', 'site'], { encoding: 'utf8', env: { ...process.env, PROOF_HUB_TODAY: '' } });
    const ok = run();
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^OG images: drew 3, reused 0 \(3 assets\) in \d+\.\d s\n$/);
    expect(existsSync(join(root, 'site/og/benchmark/sensornoggrannhet.png'))).toBe(true);

    const mdx = join(root, 'content/case-studies/apoteksgruppen.mdx');
    writeFileSync(mdx, readFileSync(mdx, 'utf8').replace('series: sa-gjorde-vi', 'series: no-such-series'));
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('UnknownSeries');
    expect(bad.stdout).toBe('');
  });
});
