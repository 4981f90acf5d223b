// Counting rules per platform, cutting at sentence and word boundaries, and thread splitting:
// worked examples, then property tests over random text with emoji, CJK, combining marks and long
// URLs proving nothing ever exceeds its limit and no word or URL is ever cut.
import { describe, expect, it } from 'vitest';
import { countBy, findUrls, graphemeCount, isOneUnitGrapheme, mastodonLength, threadsLength, utf8Bytes, xLength } from '../../src/core/snippets/count.ts';
import { fitText, splitThread } from '../../src/core/snippets/fit.ts';
import { fits, PLATFORM_FORMATS, type Platform } from '../../src/core/snippets/limits.ts';
import { rng } from '../../src/core/random.ts';

describe('counting rules', () => {
  it('X weighs Latin 1, CJK and emoji 2, any URL 23', () => {
    expect(xLength('hello world')).toBe(11);
    expect(xLength('日本語')).toBe(6);
    expect(xLength('👍')).toBe(2);
    expect(xLength('👨‍👩‍👧‍👦')).toBe(2); // one ZWJ sequence
    expect(xLength('🇸🇪')).toBe(2);
    expect(xLength('👍🏽')).toBe(2);
    expect(xLength('e\u0301')).toBe(1); // NFC makes it é
    expect(xLength('“quoted” – ok')).toBe(13); // U+201C/D and U+2013 are in the light ranges
    expect(xLength('…')).toBe(2); // U+2026 is not
    expect(xLength(`see https://example.com/${'a'.repeat(200)}?utm_source=x`)).toBe(4 + 23);
    expect(xLength('example.com')).toBe(23); // a bare domain is a link too
  });

  it('counts a URL with an unknown top-level domain at its full length, never below X', () => {
    const url = 'https://proof.coldtrace.example/case-study/nordpharma/';
    expect(xLength(url)).toBe(url.length);
    expect(xLength('https://a.example')).toBe(23);
  });

  it('keeps trailing punctuation out of a URL', () => {
    expect(findUrls('Read https://example.com/a. Then stop.').map((u) => u.url)).toEqual(['https://example.com/a']);
    expect(findUrls('version 0.21 and e.g. this')).toEqual([]);
  });

  it('Bluesky counts graphemes and bytes; Mastodon graphemes with URLs 23; Threads emoji bytes', () => {
    expect(graphemeCount('👨‍👩‍👧‍👦é🇸🇪')).toBe(3);
    expect(utf8Bytes('👨‍👩‍👧‍👦')).toBe(25);
    expect(mastodonLength(`ok https://example.com/${'x'.repeat(100)}`)).toBe(3 + 23);
    expect(mastodonLength('coldtrace.com')).toBe(13); // not a link on Mastodon without a scheme
    expect(threadsLength('hi 👍')).toBe(3 + 4);
    expect(countBy('utf16', '👍')).toBe(2);
  });

  it('counts graphemes without the segmenter only where each code unit is one (every pair checked)', () => {
    const units: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isOneUnitGrapheme(c)) units.push(c);
    // Every ordered pair side by side: UAX #29 decides a break from the pair (no emoji, regional
    // indicators or conjuncts among these), so one break everywhere proves it for any text of them.
    const text = units.flatMap((a) => units.map((b) => String.fromCharCode(a, b))).join('');
    let n = 0;
    for (const _ of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)) n++;
    expect(n).toBe(text.length);
    expect(graphemeCount('a\r\nb')).toBe(3);
    expect(graphemeCount('“e\u0301” — ok')).toBe(8);
  });

  it('never counts a lone ASCII character as an emoji on Threads', () => {
    for (let c = 0; c < 0x80; c++) expect(threadsLength(String.fromCharCode(c))).toBe(1);
    expect(/\p{Extended_Pictographic}|\p{RGI_Emoji}/v.test(Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join(''))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Property tests


const ATOMS = [
  () => 'word', () => 'cold-chain', () => 'pallets', () => '41%', () => 'Nordpharma’s', () => 'ok.', () => 'Really?', () => 'end.',
  () => '👍', () => '👨‍👩‍👧‍👦', () => '🇸🇪', () => '👍🏽', () => '❤️', () => '1️⃣',
  () => '冷链监控', () => '日本語のテキスト。', () => '온도', () => 'مرحبا',
  () => 'e\u0301te\u0301', () => 'Z\u0351\u0352\u0353\u0354\u0355alg\u0300\u0301o', () => 'a\u20dd',
  () => 'https://example.com/case-study/nordpharma/?utm_source=x&utm_medium=social',
  () => 'example.org',
];

function randomText(r: () => number): string {
  const parts: string[] = [];
  const n = Math.floor(r() * 400);
  for (let i = 0; i < n; i++) {
    const roll = r();
    if (roll < 0.03) parts.push(`https://proof.example.com/${'p'.repeat(Math.floor(r() * 600))}?q=${Math.floor(r() * 1e6)}`);
    else if (roll < 0.05) parts.push(`https://coldtrace.example/${'z'.repeat(Math.floor(r() * 400))}`);
    else if (roll < 0.06) parts.push('x'.repeat(Math.floor(r() * 700))); // a word longer than most limits
    else parts.push(ATOMS[Math.floor(r() * ATOMS.length)]!());
    const sep = r();
    parts.push(sep < 0.05 ? '\n\n' : sep < 0.1 ? '. ' : ' ');
  }
  return parts.join('');
}

const FIELDS = (Object.keys(PLATFORM_FORMATS) as Platform[]).flatMap((p) =>
  Object.entries(PLATFORM_FORMATS[p].fields).map(([field, limits]) => ({ name: `${p}.${field}`, limits })),
);

/** The URLs of `out` are whole URLs of `input`. */
function urlsIntact(input: string, out: string) {
  const whole = new Set(findUrls(input).map((u) => u.url));
  for (const u of findUrls(out)) expect(whole.has(u.url), `cut URL ${u.url.slice(0, 60)}`).toBe(true);
}

describe('property: fitted text never exceeds a limit, never cuts a word or URL', () => {
  const SEEDS = 300;
  it.each(FIELDS)('$name', ({ limits }) => {
    const ok = (t: string) => fits(limits, t);
    for (let seed = 1; seed <= SEEDS; seed++) {
      const input = randomText(rng(seed * 7919 + limits[0]!.max)).trim();
      const { text, cut } = fitText(input, ok);
      expect(ok(text), `seed ${seed}`).toBe(true);
      if (!cut) expect(text).toBe(input);
      else {
        const body = text.replace(/ ?…$/u, '');
        expect(input.startsWith(body), `seed ${seed}: output is a prefix`).toBe(true);
        // The cut is at a boundary: what follows in the input starts a new word (or is CJK).
        const next = input.slice(body.length);
        const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}。！？]/u;
        const atBoundary = body === '' || next === '' || /^[\s,;:–—-]/u.test(next) || cjk.test(next[0]!) || cjk.test(body.at(-1)!);
        expect(atBoundary, `seed ${seed}: cut inside a word at "${next.slice(0, 10)}"`).toBe(true);
        urlsIntact(input, text);
      }
    }
  });
});

describe('property: threads', () => {
  it.each((['x', 'bluesky', 'mastodon', 'threads'] as const).map((p) => ({ p })))('$p: every numbered post fits and nothing but oversized atoms is lost', ({ p }) => {
    const limits = PLATFORM_FORMATS[p].fields.text!;
    const ok = (t: string) => fits(limits, t);
    for (let seed = 1; seed <= 50; seed++) {
      const r = rng(seed);
      const paras = Array.from({ length: 1 + Math.floor(r() * 4) }, () => randomText(r));
      const { posts, dropped } = splitThread(paras, ok);
      posts.forEach((post, i) => {
        expect(ok(post), `seed ${seed} post ${i + 1}`).toBe(true);
        if (posts.length > 1) expect(post.endsWith(`\n\n${i + 1}/${posts.length}`)).toBe(true);
      });
      // Every word that was not dropped appears, in order.
      const words = (s: string) => s.split(/\s+/u).filter(Boolean);
      const kept = words(posts.map((t) => (posts.length > 1 ? t.replace(/\n\n\d+\/\d+$/u, '') : t)).join(' ')).join(' ');
      let expected = paras.join(' ');
      for (const d of dropped) expected = expected.replace(d, '');
      expect(kept.replace(/\s/gu, '')).toBe(expected.replace(/\s/gu, ''));
      for (const post of posts) urlsIntact(paras.join('\n\n'), post);
    }
  });

  it('numbers posts 1/n and leaves a single post unnumbered', () => {
    const ok = (t: string) => xLength(t) <= 280;
    expect(splitThread(['Short and sweet.'], ok).posts).toEqual(['Short and sweet.']);
    const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} says something useful about pallets.`).join(' ');
    const { posts } = splitThread(['Hook first.', long, 'https://example.com/a'], ok);
    expect(posts.length).toBeGreaterThan(2);
    expect(posts[0]!.startsWith('Hook first.')).toBe(true);
    expect(posts.at(-1)).toMatch(new RegExp(`https://example.com/a\\n\\n${posts.length}/${posts.length}$`));
  });
});

describe('fitText', () => {
  it('prefers a sentence end, else a word boundary with an ellipsis', () => {
    const ok = (t: string) => t.length <= 40;
    expect(fitText('One short sentence here, then. A much longer second sentence follows here.', ok).text).toBe('One short sentence here, then.');
    expect(fitText('Averyveryverylongfirstword and then some more words after it', ok).text).toBe('Averyveryverylongfirstword and then…');
    expect(fitText('x'.repeat(50), ok)).toEqual({ text: '', cut: true });
  });
});
