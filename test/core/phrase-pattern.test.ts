// phrasePattern hands out one cached RegExp per phrase (a third of snippet time at 1,000 assets
// went to rebuilding them): a global pattern must still start from the beginning on every call.
import { describe, expect, it } from 'vitest';
import { phrasePattern, withoutAllowed } from '../../src/core/governance/check.ts';

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
