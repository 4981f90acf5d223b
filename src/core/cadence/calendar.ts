// Calendar arithmetic on local days, and local times to instants in an IANA time zone.
// A local day is a whole number (days since 1970-01-01), so "add 14 days" or "next Tuesday" never
// meets a DST change: the zone is applied only when a day and a time become an instant.

/** YYYY-MM-DD → day number. The caller has already checked that the day is real. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Day number → YYYY-MM-DD. */
export function isoDay(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Year, month (1-12) and day of month of a day number. */
export function ymd(n: number): { y: number; m: number; d: number } {
  const t = new Date(n * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday (RFC 5545 order, MO first). */
export function weekday(n: number): number {
  return (((n + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function dayOf(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Monday (or `wkst`) of the week holding day n. */
export function weekStart(n: number, wkst = 0): number {
  return n - ((weekday(n) - wkst + 7) % 7);
}

/** ISO 8601 week label of a day, e.g. 2026-W07. */
export function isoWeek(n: number): string {
  const thursday = n - weekday(n) + 3;
  const { y } = ymd(thursday);
  const week = Math.floor((thursday - dayOf(y, 1, 1)) / 7) + 1;
  return `${y}-W${String(week).padStart(2, '0')}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC at an instant, in minutes (Stockholm: 60 in winter, 120 in summer).
 * Zones change offset on quarter-hour instants, so the offset is kept per zone and quarter hour
 * when both ends of it agree (asking Intl each time was 0.4 s of a 1,000-asset build).
 */
export function offsetAt(epochMs: number, timeZone: string): number {
  const bucket = Math.floor(epochMs / QUARTER_HOUR);
  const key = `${timeZone}\0${bucket}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const start = exactOffsetAt(bucket * QUARTER_HOUR, timeZone);
  if (start !== exactOffsetAt((bucket + 1) * QUARTER_HOUR - 1000, timeZone)) return exactOffsetAt(epochMs, timeZone);
  offsets.set(key, start);
  return start;
}

function exactOffsetAt(epochMs: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The instant of a local day and minute of day in a zone, as RFC 5545 reads local times:
 * a time that happens twice (autumn) is the first one; a time that does not exist (the spring gap)
 * is moved forward by the gap, so 02:30 on the last Sunday of March in Stockholm is 03:30 CEST.
 */
export function localToEpoch(day: number, minuteOfDay: number, timeZone: string): number {
  const wall = day * 86_400_000 + minuteOfDay * 60_000;
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const candidates = [...new Set([before, after])]
    .map((off) => wall - off * 60_000)
    .filter((t) => wall - offsetAt(t, timeZone) * 60_000 === t)
    .sort((a, b) => a - b);
  return candidates[0] ?? wall - before * 60_000;
}

/** The local day (number) and "HH:MM" of an instant in a zone. */
export function epochToLocal(epochMs: number, timeZone: string): { day: number; time: string } {
  const local = epochMs + offsetAt(epochMs, timeZone) * 60_000;
  const day = Math.floor(local / 86_400_000);
  const minute = Math.floor((local - day * 86_400_000) / 60_000);
  return { day, time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}` };
}

/** "HH:MM" → minutes since midnight. */
export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** An instant as ISO 8601 with the zone's offset, e.g. 2026-03-31T09:00:00+02:00. */
export function zonedIso(epochMs: number, timeZone: string): string {
  const off = offsetAt(epochMs, timeZone);
  const { day, time } = epochToLocal(epochMs, timeZone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${isoDay(day)}T${time}:00${off === 0 ? 'Z' : `${sign}${hhmm(abs)}`}`;
}
