// Fitting text into a limit: cut at a sentence end when that keeps most of the text, else at a word
// boundary with an ellipsis, never inside a word or a URL; and splitting long text into a numbered
// thread. Every function takes a `fits` test, so one algorithm serves every counting rule.
import { findUrls } from './count.ts';
import { isSpace } from './whitespace.ts';

export type Fits = (text: string) => boolean;

interface Boundary {
  /** The prefix before the cut is text.slice(0, pos). */
  pos: number;
  /** The prefix ends a sentence. */
  sentence: boolean;
  /** The cut is at whitespace (else between two word segments with no space, as in CJK text). */
  space: boolean;
}

const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });
// A sentence ends with one of these, then any closing quotes or brackets.
const SENTENCE_ENDS = new Set('.!?…。！？');
const CLOSERS = new Set('"\'”’)]');

/** The text before `pos` ends a sentence, looking at its last six characters only (as /[.!?…。！？]["'”’)\]]*$/ on them would). */
function endsSentence(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 6);
  let i = pos;
  while (i > from && CLOSERS.has(text[i - 1]!)) i--;
  return i > from && SENTENCE_ENDS.has(text[i - 1]!);
}

/** The last whitespace-free run of a text. */
function lastToken(s: string): string {
  let i = s.length;
  while (i > 0 && !isSpace(s.charCodeAt(i - 1))) i--;
  return s.slice(i);
}

/** Cuts at whitespace (the start of each run of it, not at the text's start), in order. */
function spaceBoundaries(text: string): Boundary[] {
  const out: Boundary[] = [];
  for (let i = 1; i < text.length; i++)
    if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i - 1))) out.push({ pos: i, sentence: endsSentence(text, i), space: true });
  return out;
}

/** Where text may be cut: at whitespace, and between word segments (CJK), never inside a URL. */
function boundaries(text: string): Boundary[] {
  const urls = findUrls(text);
  const inUrl = (pos: number) => urls.some((u) => pos > u.start && pos < u.end);
  const out = new Map<number, Boundary>();
  for (const b of spaceBoundaries(text)) out.set(b.pos, b);
  for (const s of wordSegmenter.segment(text)) {
    if (s.index === 0 || out.has(s.index) || inUrl(s.index) || /^\s/u.test(s.segment)) continue;
    // Only between two word-like segments or after punctuation that ends a clause (CJK text has no spaces).
    const prevChar = text[s.index - 1] ?? '';
    if (/\s/u.test(prevChar)) continue;
    const sentence = endsSentence(text, s.index) && /[。！？]/u.test(prevChar);
    out.set(s.index, { pos: s.index, sentence, space: false });
  }
  return [...out.values()].sort((a, b) => a.pos - b.pos);
}

const ELLIPSIS = '…';

/** The prefix of a cut, with an ellipsis when it does not end a sentence. A URL never touches the ellipsis. */
function prefixAt(text: string, b: Boundary, ellipsis: boolean): string {
  const head = text.slice(0, b.pos).trimEnd();
  if (!ellipsis || b.sentence) return head;
  const tail = lastToken(head);
  // Every URL findUrls reports has a dot in it.
  const urls = tail.includes('.') ? findUrls(tail) : [];
  if (urls.length > 0 && urls.at(-1)!.end >= tail.length) return `${head} ${ELLIPSIS}`;
  const bare = withoutTrailingPunctuation(head);
  return bare ? `${bare}${ELLIPSIS}` : '';
}

/** The text without the whitespace, commas, semicolons, colons and dashes at its end (before an ellipsis). */
function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && (isSpace(s.charCodeAt(end - 1)) || ',;:–—-'.includes(s[end - 1]!))) end--;
  return s.slice(0, end);
}

/**
 * The longest candidate prefix that fits: gallops forward from the start (so the cost follows the
 * length of the answer, not of the text), then binary-searches the last gap. Only prefixes that
 * were measured to fit are ever returned.
 */
function longest(text: string, cands: readonly Boundary[], fits: Fits, ellipsis: boolean): string | undefined {
  const ok = (i: number): string | undefined => {
    const p = prefixAt(text, cands[i]!, ellipsis);
    return p && fits(p) ? p : undefined;
  };
  let best: string | undefined;
  let lo = 0;
  let hi = cands.length - 1;
  for (let i = 0, step = 1; i < cands.length; i += step, step *= 2) {
    const p = ok(i);
    if (!p) {
      hi = i - 1;
      break;
    }
    best = p;
    lo = i + 1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ok(mid);
    if (p) {
      best = p;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export interface FitResult {
  text: string;
  /** True when something was left out. */
  cut: boolean;
}

const CJK_SENTENCE_END = /[。！？]/u;

/**
 * The best cut of a text that does not fit: the longest sentence prefix when it keeps at least
 * `sentenceShare` of the longest word prefix, else that word prefix. Boundaries are computed over a
 * window that grows only while the answer may lie beyond it, so cutting a long text is not quadratic.
 * `firstAtom`: where the first word or URL ends (what to drop when nothing fits).
 */
function bestCut(text: string, fits: Fits, ellipsis: boolean, sentenceShare: number): { take?: string; firstAtom: () => number } {
  for (let w = 2048; ; w *= 2) {
    const whole = w >= text.length;
    const win = whole ? text : text.slice(0, w);
    // Inside the window, only boundaries before its last whitespace are sure: a word or URL may run past its end.
    const lastSpace = whole ? Infinity : win.search(/\s\S*$/u);
    const spaces = spaceBoundaries(win).filter((b) => b.pos <= lastSpace);
    // Cuts between word segments need the word segmenter (slow), and they matter only for CJK sentence
    // ends, when no cut at whitespace fits, and for the first atom: found only then.
    let all: Boundary[] | undefined;
    const allCuts = () => (all ??= boundaries(win).filter((b) => b.pos <= lastSpace));
    const sentence = longest(text, (CJK_SENTENCE_END.test(win) ? allCuts() : spaces).filter((b) => b.sentence), fits, false);
    const word = longest(text, spaces, fits, ellipsis) ?? longest(text, allCuts(), fits, ellipsis);
    // The longest candidate fitting means a longer one beyond the window might fit too. (The text is
    // trimmed, so a window with whitespace has a cut at it, and the last cut is the last whitespace.)
    const last = spaces.at(-1);
    if (!whole && last && prefixAt(text, last, ellipsis) === word) continue;
    const take = sentence && (!word || sentence.length >= word.length * sentenceShare) ? sentence : word;
    return { take, firstAtom: () => allCuts()[0]?.pos ?? text.length };
  }
}

/**
 * The text itself when it fits; else the longest prefix ending a sentence (when it keeps at least
 * 60% of what a word cut would), else the longest prefix ending at a word boundary plus "…". Empty
 * when not even the first word (or URL) fits: a word is never split.
 */
export function fitText(text: string, fits: Fits, opts: { ellipsis?: boolean } = {}): FitResult {
  const clean = text.trim();
  if (fits(clean)) return { text: clean, cut: false };
  return { text: bestCut(clean, fits, opts.ellipsis ?? true, 0.6).take ?? '', cut: true };
}

/** Splits text into pieces that each fit, at sentence ends first, then at word boundaries. Atoms too big for one piece are dropped. */
export function chunk(text: string, fits: Fits): { pieces: string[]; dropped: string[] } {
  const pieces: string[] = [];
  const dropped: string[] = [];
  let rest = text.trim();
  while (rest) {
    if (fits(rest)) {
      pieces.push(rest);
      break;
    }
    const { take, firstAtom } = bestCut(rest, fits, false, 0.5);
    if (!take) {
      // The first atom (a URL or a very long word) cannot fit at all: leave it out, keep the rest.
      const end = firstAtom();
      dropped.push(rest.slice(0, end).trim());
      rest = rest.slice(end).trim();
      continue;
    }
    pieces.push(take);
    rest = rest.slice(take.length).trim();
  }
  return { pieces, dropped };
}

export interface ThreadResult {
  posts: string[];
  /** Atoms (a URL longer than a whole post) that could not be placed anywhere. */
  dropped: string[];
}

/** The numbering appended to post i of n. */
export const threadMark = (i: number, n: number): string => `${i}/${n}`;

/**
 * Packs paragraphs into numbered posts ("… 1/4"): a paragraph stays whole in one post when it fits,
 * joins the previous post when both fit, and is split at sentence or word boundaries otherwise.
 * With a single post, no number is added.
 */
export function splitThread(paragraphs: readonly string[], fits: Fits): ThreadResult {
  const paras = paragraphs.map((p) => p.trim()).filter(Boolean);
  if (paras.length === 0) return { posts: [], dropped: [] };
  const single = paras.join('\n\n');
  if (fits(single)) return { posts: [single], dropped: [] };

  // Reserve room for the numbering's width; widen and repack when there are 10 or more posts.
  let n = 2;
  for (let attempt = 0; attempt < 6; attempt++) {
    const width = String(n).length;
    // Every post must fit with the widest mark of this numbering, e.g. "\n\n10/12".
    const mark = `\n\n${'9'.repeat(width)}/${'9'.repeat(width)}`;
    const fitsMarked: Fits = (t) => fits(t + mark);
    const posts: string[] = [];
    const dropped: string[] = [];
    let cur = '';
    for (const p of paras) {
      const joined = cur ? `${cur}\n\n${p}` : p;
      if (fitsMarked(joined)) {
        cur = joined;
        continue;
      }
      if (cur) posts.push(cur);
      cur = '';
      if (fitsMarked(p)) {
        cur = p;
        continue;
      }
      const c = chunk(p, fitsMarked);
      dropped.push(...c.dropped);
      posts.push(...c.pieces.slice(0, -1));
      cur = c.pieces.at(-1) ?? '';
    }
    if (cur) posts.push(cur);
    if (String(posts.length).length <= width) {
      const total = posts.length;
      const numbered = total > 1 ? posts.map((t, i) => `${t}\n\n${threadMark(i + 1, total)}`) : posts;
      // The mark actually used is never wider than the one reserved, so every post still fits.
      return { posts: numbered, dropped };
    }
    n = posts.length;
  }
  throw new Error('splitThread: numbering did not settle');
}
