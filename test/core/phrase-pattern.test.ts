// phrasePattern hands out one cached RegExp per phrase (a third of snippet time at 1,000 assets
// went to rebuilding them): a global pattern must still start from the beginning on every call.
// hasAnyPhrase answers "is any phrase here?" with a cheap scan first: it must never differ from
// asking every pattern, whatever letters, case folds or marks the text holds. mayHaveAnyPhrase is
// the snippets lint's quicker first question: it may say yes wrongly, never no wrongly, even for
// the text with URLs and allowed phrases blanked out.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ALLOWED, BUILT_IN_SUPERLATIVES } from '../../src/core/governance/config.ts';
import { hasAnyPhrase, mayHaveAnyPhrase, phrasePattern, withoutAllowed } from '../../src/core/governance/phrases.ts';
import { rng } from '../../src/core/random.ts';

/** 4,000 seeded texts of 1 to `maxParts` pieces, joined directly or with spaces. */
function* randomTexts(seed: number, pieces: readonly string[], maxParts: number): Generator<string> {
  const r = rng(seed);
  for (let n = 0; n < 4000; n++) {
    const parts: string[] = [];
    const len = 1 + Math.floor(r() * maxParts);
    for (let i = 0; i < len; i++) parts.push(pieces[Math.floor(r() * pieces.length)]!);
    yield parts.join(r() < 0.5 ? '' : ' ');
  }
}

describe('phrasePattern (cached)', () => {
  it('finds the phrase again after an earlier exec moved lastIndex', () => {
    const text = 'The safest tags. Really the safest.';
    const first = phrasePattern('safest').exec(text);
    expect(first?.index).toBe(4);
    expect(phrasePattern('safest').exec(text)?.index).toBe(4);
    expect(phrasePattern('safest').test('safest')).toBe(true);
  });

  it('is the same pattern object per phrase and still whole-phrase, case-insensitive', () => {
    expect(phrasePattern('best')).toBe(phrasePattern('best'));
    expect(phrasePattern('best').test('Bestseller')).toBe(false);
    expect(phrasePattern('BEST').test('the best one')).toBe(true);
    expect(phrasePattern('#1').test('Mistake #1: no delay')).toBe(false);
  });

  it('blanks allowed phrases however often it runs', () => {
    for (let i = 0; i < 3; i++) expect(withoutAllowed('best before Friday, best price', ['best before'])).toBe('            Friday, best price');
  });
});

describe('hasAnyPhrase', () => {
  const en = [...BUILT_IN_SUPERLATIVES.en];
  const sv = [...BUILT_IN_SUPERLATIVES.sv];
  const odd = ['ſafest', 'Kelvin', '“best”', '— top', 'e-mail', '%', 'naïve', 'İstanbul', 'straße'];
  const slow = (text: string, phrases: readonly string[]) => phrases.some((p) => phrasePattern(p).test(text));

  it('finds phrases through case folds and marks that the scan cannot read', () => {
    expect(hasAnyPhrase('the beſt one', en)).toBe(true); // U+017F long s matches s under /iu
    expect(hasAnyPhrase('BEST', en)).toBe(true);
    expect(hasAnyPhrase('Mistake #1: none', en)).toBe(false);
    expect(hasAnyPhrase('ranked #1.', en)).toBe(true);
    expect(hasAnyPhrase('a safe bet', ['safest', 'kelvin'])).toBe(false);
    expect(hasAnyPhrase('KELVIN', ['kelvin'])).toBe(true); // Kelvin sign
    expect(hasAnyPhrase('det är säkrast så', sv)).toBe(true);
    expect(hasAnyPhrase('bestseller, best-practice', ['best practice'])).toBe(false);
    expect(hasAnyPhrase('anything', [])).toBe(false);
  });

  it('agrees with asking every pattern on random text', () => {
    const pieces = [
      'best', 'Best', 'BEST', 'beſt', 'safest', 'most', 'accurate', 'world', 'class', 'leading', 'no', 'nr', '1', '100', '%', '#', 'guarantee', 'guaranteed',
      'säkrast', 'bäst', 'före', 'bästa', 'KELVIN', 'kelvin', 'straße', 'STRASSE', 'ẞ', 'İ', 'ı', 'naïve', 'nai\u0308ve', 'e\u0301', '𝐀', '😀', '👍🏽', '中文',
      ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '-', '.', ',', ':', ')', '“', '”', '—', '→', '…', '•', 'x', 'a', 's', 'k', '3',
    ];
    for (const text of randomTexts(11, pieces, 12)) {
      for (const list of [en, sv, odd, BUILT_IN_ALLOWED]) expect(hasAnyPhrase(text, list), `${JSON.stringify(text)}`).toBe(slow(text, list));
    }
  });

  it('blanks exactly what blanking each allowed phrase in turn blanks', () => {
    const each = (text: string) => BUILT_IN_ALLOWED.reduce((t, a) => t.replace(phrasePattern(a), (m) => ' '.repeat(m.length)), text);
    for (const text of ['best practice and best before', 'At  Best', 'bäst-före 2026', 'nothing here', 'the best practices'])
      expect(withoutAllowed(text, BUILT_IN_ALLOWED)).toBe(each(text));
  });
});

describe('mayHaveAnyPhrase', () => {
  const en = [...BUILT_IN_SUPERLATIVES.en];
  const sv = [...BUILT_IN_SUPERLATIVES.sv];
  const blanked = (text: string) => withoutAllowed(text.replace(/\bhttps?:\/\/\S+/giu, (m) => ' '.repeat(m.length)), BUILT_IN_ALLOWED);

  it('says yes for every listed phrase, and no for text without any of their words', () => {
    for (const list of [en, sv]) for (const p of list) expect(mayHaveAnyPhrase(`so ${p.toUpperCase()} here`, list), p).toBe(true);
    expect(mayHaveAnyPhrase('Alerts within 26 minutes on every pallet.', en)).toBe(false);
    expect(mayHaveAnyPhrase('anything', [])).toBe(false);
    // A configured phrase of spaces alone (the schema allows it) leaves nothing to look for.
    expect(mayHaveAnyPhrase('a  b', ['fastest', '  '])).toBe(true);
  });

  it('says yes whenever the phrase is found, also once a link between its words is blanked', () => {
    const text = 'the most https://example.com/x accurate tags';
    expect(hasAnyPhrase(blanked(text), en)).toBe(true);
    expect(mayHaveAnyPhrase(text, en)).toBe(true);
  });

  it('never says no where hasAnyPhrase says yes, on random text', () => {
    const pieces = ['best', 'BEST', 'beſt', 'most', 'accurate', 'world-class', 'no.', 'nr', '1', '100%', '#1', 'guarantee', 'säkrast', 'bäst', 'före', 'best before', 'https://x.se/a', 'KELVIN', 'straße', 'İ', ' ', '\n', '-', '.', ':', ')', 'x'];
    for (const text of randomTexts(12, pieces, 10)) {
      for (const list of [en, sv]) if (hasAnyPhrase(blanked(text), list)) expect(mayHaveAnyPhrase(text, list), JSON.stringify(text)).toBe(true);
    }
  });
});
