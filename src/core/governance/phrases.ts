// Whole-phrase matching for the superlatives lint: the cadence report over titles and headings,
// the snippets lint over every snippet field (src/core/snippets/superlatives.ts). The lint asks
// about a few dozen phrases in hundreds of thousands of texts, nearly all of which hold none, so
// "is any of them here?" is asked first, with one pattern.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMBERING = /^(#|no\.?\s?|nr\.?\s?)1$/i;

/** The source of a phrase's whole-phrase pattern (see phrasePattern). */
function phraseSource(phrase: string): string {
  const tail = NUMBERING.test(phrase) ? '(?![\\p{L}\\p{N}])(?!\\s*[:)])' : '(?![\\p{L}\\p{N}])';
  return `(?<![\\p{L}\\p{N}])${escape(phrase).replace(/\\? /g, '\\s+')}${tail}`;
}

const PATTERNS = new Map<string, RegExp>();

/**
 * A case-insensitive whole-phrase pattern; "#1" used as numbering ("Mistake #1:") does not match.
 * Built once per phrase and handed out with lastIndex 0: the snippets lint asks for the same few
 * dozen phrases about a million times for 1,000 assets (scripts/bench: a third of snippet time).
 * Use it at once; do not keep it across another call.
 */
export function phrasePattern(phrase: string): RegExp {
  let re = PATTERNS.get(phrase);
  if (!re) {
    re = new RegExp(phraseSource(phrase), 'giu');
    PATTERNS.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

// Per list, by identity: callers ask with the same (never changed) list for every text.
const ANY = new WeakMap<readonly string[], RegExp>();

/**
 * True when any of the phrases occurs, as phrasePattern finds it: one alternation of the same
 * patterns, each keeping its own lookarounds, so the answer is the same as asking each, and a text
 * with none of them (nearly every snippet field) is scanned once instead of once per phrase.
 * (A hand-written scan for the phrases' first words was tried: no faster than this in V8.)
 */
export function hasAnyPhrase(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  let re = ANY.get(phrases);
  if (!re) {
    re = new RegExp(phrases.map((p) => `(?:${phraseSource(p)})`).join('|'), 'iu');
    ANY.set(phrases, re);
  }
  return re.test(text);
}

const WORDS = new WeakMap<readonly string[], RegExp>();

/**
 * A quick test that must be true wherever hasAnyPhrase is: a word of some phrase occurs,
 * anywhere, as any case. False means no phrase can be found in this text, nor in it with URLs or
 * allowed phrases blanked out (blanking only turns characters into spaces, and a phrase's words
 * are not spaces). Plain literals let the regex engine skip ahead; the whole-phrase patterns,
 * which start with a lookbehind, are tried at every character (the snippets lint: 1.2 s of 5 s
 * for 5,000 assets, nearly all on fields with no phrase at all).
 */
export function mayHaveAnyPhrase(text: string, phrases: readonly string[]): boolean {
  if (phrases.length === 0) return false;
  let re = WORDS.get(phrases);
  if (!re) {
    // Each phrase by its longest word: the rarest in running text ("accurate", not "most").
    const longest = (p: string) => p.trim().split(/\s+/).reduce((a, w) => (w.length >= a.length ? w : a), '');
    // A phrase of spaces alone has no word to look for: then only the full patterns can answer.
    const words = phrases.map(longest);
    re = words.includes('') ? /(?:)/ : new RegExp([...new Set(words)].map(escape).join('|'), 'iu');
    WORDS.set(phrases, re);
  }
  return re.test(text);
}

/** Blanks allowed phrases out of a text (same length), so "best before" never reads as "best". Also used by the snippets lint. */
export function withoutAllowed(text: string, allowed: readonly string[]): string {
  // Nothing to blank is the common case; when one phrase is there, blank each in turn as before.
  if (!hasAnyPhrase(text, allowed)) return text;
  let out = text;
  for (const a of allowed) out = out.replace(phrasePattern(a), (m) => ' '.repeat(m.length));
  return out;
}
