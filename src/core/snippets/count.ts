// How each platform counts the length of a post. Pure functions, no dependency: graphemes come from
// Intl.Segmenter, X's weighted count is implemented here from the rules of twitter-text's config v3.
//
// Where a platform's own rule depends on data we do not ship (X and Mastodon shorten a URL to 23
// only when its top-level domain is on their list), the count here is never lower than the
// platform's: a URL is counted as 23 only when it is plain ASCII with a scheme and a common TLD,
// otherwise as max(23, its length). A snippet that passes here passes there.

export type CountUnit = 'x-weighted' | 'graphemes' | 'utf8-bytes' | 'utf16' | 'mastodon' | 'threads';

/** Words for messages: "412 weighted characters (X: URLs 23, CJK and emoji 2)". */
export const UNIT_WORDS: Record<CountUnit, string> = {
  'x-weighted': 'weighted characters (X: every URL 23, CJK and emoji 2)',
  graphemes: 'characters (graphemes)',
  'utf8-bytes': 'bytes (UTF-8)',
  utf16: 'characters (UTF-16 code units, as the platform\'s composer counts)',
  mastodon: 'characters (Mastodon: graphemes, every URL 23)',
  threads: 'characters (Threads: emoji count their UTF-8 bytes)',
};

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Code units that are each a grapheme of their own, whatever stands next to them: everything below
 * U+0300 (the first combining mark) except CR (CR LF is one grapheme), and the punctuation, arrows,
 * currency and maths signs snippets are written with (– — “ ” • … → −). None of them is a mark, a
 * joiner, a variation selector, a surrogate or a Hangul jamo, so no rule of UAX #29 joins them; the
 * tests check every pair of them against Intl.Segmenter.
 */
export function isOneUnitGrapheme(c: number): boolean {
  return c < 0x300
    ? c !== 0x0d
    : (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20c0) || (c >= 0x2190 && c <= 0x22ff);
}

/** True when every code unit of the text is a grapheme of its own: then graphemes are code units, no segmenter needed (it is slow). */
function oneUnitGraphemes(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isOneUnitGrapheme(text.charCodeAt(i))) return false;
  return true;
}

/** The user-perceived characters of a text. */
export function graphemes(text: string): string[] {
  if (oneUnitGraphemes(text)) return text.split('');
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

export const graphemeCount = (text: string): number => {
  if (oneUnitGraphemes(text)) return text.length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
};

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

// ---------------------------------------------------------------------------------------------
// URLs

/** The length X and Mastodon give any link they shorten. */
export const SHORT_URL_LENGTH = 23;

/**
 * Top-level domains counted as links for certain. Any other TLD is still matched as a URL, but
 * counted at max(23, its own length), which is never less than what X or Mastodon count.
 */
const COMMON_TLDS = new Set(
  (
    'com net org edu gov mil int info biz name pro mobi app dev io ai co me tv xyz online site tech store shop blog news page cloud ' +
    'se no dk fi is de at ch nl be fr es it pt ie uk eu pl cz sk hu ro bg gr ee lv lt si hr rs ua ru tr us ca mx br ar cl au nz jp cn hk tw kr in sg za'
  ).split(' '),
);

/** Characters a URL may hold for us to count it as 23: plain ASCII, no spaces or quotes X would stop at. */
const PLAIN_URL = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][A-Za-z0-9\-._~:/?#@!$&*+,;=%]*)?$/;

// A URL with a scheme, or a bare domain (two or more labels, a letter TLD), then a path. Trailing
// punctuation is not part of it (the sentence's full stop, a closing bracket).
const URL_RE = /(?<![\p{L}\p{N}@._\/-])(?:https?:\/\/[^\s<>"]+|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}-])(?:[/?#][^\s<>"]*)?)/gu;
const TRAILING = /[.,;:!?'")\]}…]+$/u;

export interface UrlSpan {
  start: number;
  end: number;
  url: string;
  /** true when it has a scheme, is plain ASCII and ends in a common TLD: counted as exactly 23. */
  certain: boolean;
}

/** Every URL-like span of a text (scheme URLs and bare domains), in order. */
export function findUrls(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    // Keep a closing bracket that closes one inside the URL (Wikipedia-style paths).
    const trail = TRAILING.exec(url);
    if (trail) url = url.slice(0, url.length - trail[0].length);
    if (!url || !/[\p{L}\p{N}]\.\p{L}/u.test(url)) continue;
    const host = /^(?:https?:\/\/)?([^/?#:]+)/.exec(url)?.[1] ?? '';
    const tld = host.split('.').pop()?.toLowerCase() ?? '';
    spans.push({ start: m.index, end: m.index + url.length, url, certain: url.startsWith('http') && PLAIN_URL.test(url) && COMMON_TLDS.has(tld) });
  }
  return spans;
}

// ---------------------------------------------------------------------------------------------
// X (twitter-text config v3)

export const X_MAX = 280;

/** Code points in these ranges weigh 1 (config v3: weight 100 at scale 100); everything else 2. */
const xWeight = (cp: number) =>
  cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037) ? 1 : 2;
/** Characters an emoji sequence can start with. */
const EMOJI_START = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
const RGI_EMOJI = /^\p{RGI_Emoji}$/v;
const rgiMemo = new Map<string, boolean>();
/** Whether a grapheme is one RGI emoji (memoised: the RGI_Emoji class is slow to match). */
function isRgiEmoji(g: string): boolean {
  let hit = rgiMemo.get(g);
  if (hit === undefined) {
    hit = RGI_EMOJI.test(g);
    if (rgiMemo.size < 10_000) rgiMemo.set(g, hit);
  }
  return hit;
}

/** The grapheme cluster that starts at index i. */
function graphemeAt(text: string, i: number): string {
  for (const s of segmenter.segment(text.slice(i, i + 64))) return s.segment;
  return '';
}

/** X weighted length of plain text (no URL handling): an emoji sequence 2, CJK 2, Latin 1. */
function xPlainLength(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const keycap = (cp === 0x23 || cp === 0x2a || (cp >= 0x30 && cp <= 0x39)) && (text[i + 1] === '\ufe0f' || text[i + 1] === '\u20e3');
    if (keycap || (cp > 0x7f && EMOJI_START.test(String.fromCodePoint(cp)))) {
      // An emoji sequence is one grapheme cluster (flags and keycaps too): it weighs 2 as a whole.
      const g = graphemeAt(text, i);
      if (isRgiEmoji(g)) {
        w += 2;
        i += g.length;
        continue;
      }
    }
    w += xWeight(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return w;
}

/** Sum of `plain` over the text between URLs, plus each URL's count. */
function withUrls(text: string, plain: (s: string) => number, url: (u: UrlSpan) => number): number {
  let n = 0;
  let at = 0;
  for (const u of findUrls(text)) {
    n += plain(text.slice(at, u.start)) + url(u);
    at = u.end;
  }
  return n + plain(text.slice(at));
}

/** X's weighted length: NFC, every URL 23, emoji and CJK 2, Latin and most punctuation 1. */
export function xLength(text: string): number {
  return withUrls(text.normalize('NFC'), xPlainLength, (u) => (u.certain ? SHORT_URL_LENGTH : Math.max(SHORT_URL_LENGTH, xPlainLength(u.url))));
}

/** Mastodon: graphemes, every link 23. Bare domains are not links there, so they count as written. */
export function mastodonLength(text: string): number {
  return withUrls(text, graphemeCount, (u) =>
    !u.url.startsWith('http') ? graphemeCount(u.url) : u.certain ? SHORT_URL_LENGTH : Math.max(SHORT_URL_LENGTH, graphemeCount(u.url)),
  );
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;

/** Threads: characters, except that an emoji counts its UTF-8 bytes (Meta's documentation). */
export function threadsLength(text: string): number {
  let n = 0;
  // A lone ASCII character is never an emoji (the tests check all 128): no pattern to ask.
  for (const g of graphemes(text)) n += (g.length === 1 && g.charCodeAt(0) < 0x80) || !(PICTOGRAPHIC.test(g) || isRgiEmoji(g)) ? 1 : utf8Bytes(g);
  return n;
}

export function countBy(unit: CountUnit, text: string): number {
  switch (unit) {
    case 'x-weighted':
      return xLength(text);
    case 'graphemes':
      return graphemeCount(text);
    case 'utf8-bytes':
      return utf8Bytes(text);
    case 'utf16':
      return text.length;
    case 'mastodon':
      return mastodonLength(text);
    case 'threads':
      return threadsLength(text);
  }
}
