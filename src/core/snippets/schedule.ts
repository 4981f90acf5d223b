// Suggested times. THE SEAM: `channelSlots` is the one function that says when a channel posts.
// Today it walks the channel's postingTimes ("TU 08:30") day by day after the asset's publish date,
// in the hub's time zone. The cadence work (src/core/cadence/) will replace its body with the
// series' real slots; nothing else in src/core/snippets/ knows how times are found.
import type { Channel } from '../schema/hub.ts';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** Milliseconds the zone is ahead of UTC at instant `ms`. */
function zoneOffset(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in a zone (a time skipped by a DST change moves forward). */
export function zonedToUtc(day: string, time: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  let ms = guess - zoneOffset(guess, timeZone);
  ms = guess - zoneOffset(ms, timeZone);
  return new Date(ms);
}

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** ISO 8601 UTC without milliseconds: 2026-06-16T06:30:00Z */
export const isoUtc = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * The first `count` posting slots of a channel strictly after `afterDay` (the asset's publish
 * date), as ISO UTC instants, earliest first. Looks at most two years ahead.
 */
export function channelSlots(channel: Pick<Channel, 'postingTimes'>, timeZone: string, afterDay: string, count: number): string[] {
  const times = channel.postingTimes.map((t) => ({ day: t.slice(0, 2), time: t.slice(3) })).sort((a, b) => a.time.localeCompare(b.time));
  const out: string[] = [];
  for (let i = 1; out.length < count && i <= 731; i++) {
    const day = addDays(afterDay, i);
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    for (const t of times) if (t.day === weekday && out.length < count) out.push(isoUtc(zonedToUtc(day, t.time, timeZone)));
  }
  return out;
}

/** True when an ISO instant falls on or after today's start and before today + windowDays, in the hub's zone. */
export function inWindow(iso: string | undefined, today: string, windowDays: number, timeZone: string): boolean {
  if (!iso) return false;
  const from = zonedToUtc(today, '00:00', timeZone).getTime();
  const to = zonedToUtc(addDays(today, windowDays), '00:00', timeZone).getTime();
  const t = Date.parse(iso);
  return t >= from && t < to;
}
