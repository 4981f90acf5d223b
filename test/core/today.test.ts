// "Today" decides what is published, due or future: flag, then environment, then config, then clock.
import { describe, expect, it } from 'vitest';
import { dayInZone, isIsoDay, isLive, resolveToday, TODAY_ENV } from '../../src/core/today.ts';

const NOW = new Date('2026-03-14T23:30:00Z');

describe('resolveToday', () => {
  it('takes the --today flag over everything else', () => {
    expect(resolveToday({ flag: '2026-01-01', env: '2026-02-02', config: '2026-03-03', timeZone: 'UTC', now: NOW })).toEqual({ today: '2026-01-01', from: 'flag' });
  });

  it('takes the environment over the config and the clock', () => {
    expect(resolveToday({ env: '2026-02-02', config: '2026-03-03', timeZone: 'UTC', now: NOW })).toEqual({ today: '2026-02-02', from: 'env' });
  });

  it('takes the config over the clock', () => {
    expect(resolveToday({ config: '2026-03-03', timeZone: 'UTC', now: NOW })).toEqual({ today: '2026-03-03', from: 'config' });
  });

  it('falls back to the clock in the hub time zone', () => {
    expect(resolveToday({ timeZone: 'UTC', now: NOW })).toEqual({ today: '2026-03-14', from: 'clock' });
    expect(resolveToday({ timeZone: 'Europe/Stockholm', now: NOW })).toEqual({ today: '2026-03-15', from: 'clock' });
  });

  it('ignores an empty flag or environment variable', () => {
    expect(resolveToday({ flag: '', env: '', config: '2026-03-03', timeZone: 'UTC', now: NOW })).toEqual({ today: '2026-03-03', from: 'config' });
  });

  it('gives a clear error for an impossible --today', () => {
    expect(() => resolveToday({ flag: '2026-02-30', timeZone: 'UTC' })).toThrow(
      new Error('--today: expected a real date written YYYY-MM-DD, e.g. 2026-06-15; found "2026-02-30"'),
    );
  });

  it('names the environment variable when it holds a bad date', () => {
    expect(TODAY_ENV).toBe('PROOF_HUB_TODAY');
    expect(() => resolveToday({ env: '15/06/2026', timeZone: 'UTC' })).toThrow(
      new Error('PROOF_HUB_TODAY: expected a real date written YYYY-MM-DD, e.g. 2026-06-15; found "15/06/2026"'),
    );
  });

  it('checks the flag before looking at the environment', () => {
    expect(() => resolveToday({ flag: '2026-13-01', env: '2026-02-02', timeZone: 'UTC' })).toThrow('--today:');
  });
});

describe('isIsoDay', () => {
  it('accepts real days written YYYY-MM-DD only', () => {
    expect(['2026-02-28', '2024-02-29', '2026-12-31'].map(isIsoDay)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-3-1', '2026-03-01T00:00', ' 2026-03-01'].map(isIsoDay)).toEqual([
      false, false, false, false, false, false, false,
    ]);
  });
});

describe('dayInZone', () => {
  it('gives the calendar day in the named zone', () => {
    expect(dayInZone(NOW, 'UTC')).toBe('2026-03-14');
    expect(dayInZone(NOW, 'Europe/Stockholm')).toBe('2026-03-15');
    expect(dayInZone(new Date('2026-03-14T03:00:00Z'), 'America/New_York')).toBe('2026-03-13');
  });
});

describe('isLive', () => {
  it('is live from the published day on, never as a draft', () => {
    expect(isLive({ draft: false, published: '2026-03-14' }, '2026-03-14')).toBe(true);
    expect(isLive({ draft: false, published: '2026-03-13' }, '2026-03-14')).toBe(true);
    expect(isLive({ draft: false, published: '2026-03-15' }, '2026-03-14')).toBe(false);
    expect(isLive({ draft: true, published: '2026-01-01' }, '2026-03-14')).toBe(false);
  });
});
