// formatDay keeps one Intl formatter per language (rendering speed, scripts/bench): alternating
// languages must still give each its own format.
import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/core/i18n.ts';

describe('formatDay (cached formatters)', () => {
  it('formats each language in its own way, in any order', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatDay('2026-02-03', 'en')).toBe('3 February 2026');
      expect(formatDay('2026-02-03', 'sv')).toBe('3 februari 2026');
    }
    expect(formatDay('2024-02-29', 'en')).toBe('29 February 2024');
  });
});
