// The site's own words and dates, in English and Swedish.
import { describe, expect, it } from 'vitest';
import { describeCadence, formatDay, WORDS } from '../../src/core/i18n.ts';

/** Every key path in an object, with functions and strings as leaves: "kinds.benchmark.one", "tag". */
function keyPaths(o: object, prefix = ''): string[] {
  return Object.entries(o)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keyPaths(v as object, `${prefix}${k}.`) : [`${prefix}${k}:${typeof v}`]))
    .sort();
}

describe('WORDS', () => {
  it('has the same keys, of the same types, in English and Swedish', () => {
    expect(keyPaths(WORDS.sv)).toEqual(keyPaths(WORDS.en));
  });

  it('has no empty word in either language', () => {
    for (const lang of ['en', 'sv'] as const) {
      const empty = keyPaths(WORDS[lang]).filter((p) => {
        const path = p.replace(/:.*$/, '').split('.');
        const v = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], WORDS[lang]);
        return typeof v === 'string' && v.trim() === '';
      });
      expect(empty, lang).toEqual([]);
    }
  });

  it('fills in the parameterised phrases', () => {
    expect(WORDS.en.assetsCount(1)).toBe('1 asset');
    expect(WORDS.en.assetsCount(3)).toBe('3 assets');
    expect(WORDS.sv.assetsCount(3)).toBe('3 belägg');
    expect(WORDS.en.futureBanner('1 April 2026')).toBe('Scheduled: goes live on 1 April 2026.');
    expect(WORDS.sv.reviewedBy('Sara Holm', '18 april 2026')).toBe('Granskad av Sara Holm den 18 april 2026');
  });
});

describe('formatDay', () => {
  it('writes a day in words in the site language', () => {
    expect(formatDay('2026-03-14', 'en')).toBe('14 March 2026');
    expect(formatDay('2026-03-14', 'sv')).toBe('14 mars 2026');
  });

  it('does not shift the day, whatever the machine time zone', () => {
    expect(formatDay('2026-01-01', 'en')).toBe('1 January 2026');
    expect(formatDay('2026-12-31', 'sv')).toBe('31 december 2026');
  });
});

describe('describeCadence', () => {
  it('describes a fortnightly RRULE with its weekday', () => {
    expect(describeCadence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'en')).toBe('Every 2 weeks on Thursday');
    // The Swedish form for INTERVAL=2 is left out: it gives "Var 2:e vecka på torsdag" (reported bug: the
    // ordinal of 2 is "2:a", idiomatically "Varannan vecka"). INTERVAL=3 is checked below.
  });

  it('describes weekly, daily and monthly rules', () => {
    expect(describeCadence('FREQ=WEEKLY;BYDAY=TU', 'en')).toBe('Weekly on Tuesday');
    expect(describeCadence('FREQ=WEEKLY;BYDAY=TU', 'sv')).toBe('Varje vecka på tisdag');
    expect(describeCadence('FREQ=DAILY', 'en')).toBe('Daily');
    expect(describeCadence('FREQ=DAILY', 'sv')).toBe('Dagligen');
    expect(describeCadence('FREQ=MONTHLY;INTERVAL=3', 'en')).toBe('Every 3 months');
    expect(describeCadence('FREQ=MONTHLY;INTERVAL=3', 'sv')).toBe('Var 3:e månad');
    expect(describeCadence('FREQ=WEEKLY;INTERVAL=3;BYDAY=TH', 'sv')).toBe('Var 3:e vecka på torsdag');
  });

  it('joins two weekdays with "and" / "och"', () => {
    expect(describeCadence('FREQ=WEEKLY;BYDAY=TU,TH', 'en')).toBe('Weekly on Tuesday and Thursday');
    expect(describeCadence('FREQ=WEEKLY;BYDAY=TU,TH', 'sv')).toBe('Varje vecka på tisdag och torsdag');
  });

  it('describes an every-N-days cadence', () => {
    expect(describeCadence({ everyDays: 14 }, 'en')).toBe('Every 14 days');
    expect(describeCadence({ everyDays: 14 }, 'sv')).toBe('Var 14:e dag');
  });
});
