// "Today" decides what is published, due or future. One rule for every command and the site:
// --today flag, then PROOF_HUB_TODAY, then the hub config's site.today, then the clock in the hub's time zone.
import { isRealDate } from './schema/primitives.ts';

export const TODAY_ENV = 'PROOF_HUB_TODAY';

export function isIsoDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return Boolean(m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3])));
}

/** The calendar day of `now` in a time zone, as YYYY-MM-DD. */
export function dayInZone(now: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export interface TodaySources {
  flag?: string | undefined;
  env?: string | undefined;
  config?: string | undefined;
  timeZone: string;
  now?: Date;
}

export function resolveToday(s: TodaySources): { today: string; from: 'flag' | 'env' | 'config' | 'clock' } {
  for (const [value, from, label] of [[s.flag, 'flag', '--today'], [s.env, 'env', TODAY_ENV]] as const) {
    if (value === undefined || value === '') continue;
    if (!isIsoDay(value)) throw new Error(`${label}: expected a real date written YYYY-MM-DD, e.g. 2026-06-15; found "${value}"`);
    return { today: value, from };
  }
  if (s.config) return { today: s.config, from: 'config' };
  return { today: dayInZone(s.now ?? new Date(), s.timeZone), from: 'clock' };
}

/** Public on the production site: not a draft, and published on or before today. */
export function isLive(a: { draft: boolean; published: string }, today: string): boolean {
  return !a.draft && a.published <= today;
}
