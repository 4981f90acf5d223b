// The RFC 5545 RRULE subset a proof series needs, parsed into data and expanded into local days.
// Supported parts: FREQ (DAILY, WEEKLY, MONTHLY), INTERVAL, BYDAY (with an ordinal such as 1TU or
// -1FR under MONTHLY), BYMONTHDAY (1..31, -1 = last day), BYMONTH, BYHOUR, BYMINUTE, COUNT, UNTIL, WKST.
// Expansion follows RFC 5545: a BYMONTHDAY=31 skips months without a 31st, DTSTART (the series
// start) counts only when it matches the rule, COUNT counts occurrences from the start.
import { dayOf, daysInMonth, weekday, weekStart, WEEKDAYS, ymd } from './calendar.ts';

export type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface ByDay {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 1TU = 1, -1FR = -1; absent for "every Tuesday". */
  ordinal?: number;
}

export interface Rule {
  freq: Freq;
  interval: number;
  byDay: ByDay[];
  byMonthDay: number[];
  byMonth: number[];
  byHour: number[];
  byMinute: number[];
  count?: number;
  /** Last local day (inclusive); UNTIL with a time of day keeps its day, a Z time is read as UTC. */
  until?: { day: number; epochMs?: number };
  wkst: number;
}

/** What is wrong with a rule, in an editor's words. */
export interface RuleProblem {
  expected: string;
  found: string;
}

export const SUPPORTED_PARTS = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYHOUR', 'BYMINUTE', 'COUNT', 'UNTIL', 'WKST'] as const;

const WHOLE = /^\d+$/;
const DAY_RE = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function realDay(y: number, m: number, d: number) {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses an RRULE (an optional leading "RRULE:" is allowed) or says what is wrong. */
export function parseRule(text: string): { ok: true; rule: Rule } | { ok: false; problem: RuleProblem } {
  const bad = (expected: string, found: string) => ({ ok: false as const, problem: { expected, found } });
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') return bad('an RRULE such as FREQ=WEEKLY;BYDAY=TU', 'an empty rule');
  const parts = new Map<string, string>();
  for (const piece of body.split(';')) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(piece.trim());
    if (!m) return bad('parts written NAME=VALUE and separated by ";", e.g. FREQ=WEEKLY;BYDAY=TU', `"${piece}"`);
    const name = m[1].toUpperCase();
    if (!(SUPPORTED_PARTS as readonly string[]).includes(name))
      return bad(`only the parts ${SUPPORTED_PARTS.join(', ')}`, `"${piece}"`);
    if (parts.has(name)) return bad(`each part once`, `${name} twice`);
    parts.set(name, m[2].trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (!freq) return bad('a FREQ part first, e.g. FREQ=WEEKLY;BYDAY=TU', 'no FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY')
    return bad('FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY', `"FREQ=${freq}"`);

  const intervalText = parts.get('INTERVAL') ?? '1';
  if (!WHOLE.test(intervalText) || Number(intervalText) < 1 || Number(intervalText) > 366)
    return bad('INTERVAL as a whole number from 1 to 366, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', `"INTERVAL=${intervalText}"`);

  const byDay: ByDay[] = [];
  for (const d of parts.get('BYDAY')?.split(',') ?? []) {
    const m = DAY_RE.exec(d.trim());
    if (!m) return bad('BYDAY as two-letter days MO, TU, WE, TH, FR, SA, SU, e.g. BYDAY=TU,TH (or 1TU, -1FR monthly)', `"BYDAY=${parts.get('BYDAY')}"`);
    const entry: ByDay = { weekday: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) };
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      if (freq !== 'MONTHLY') return bad(`a numbered day such as ${d.trim()} only with FREQ=MONTHLY (with FREQ=${freq} write the plain day, e.g. BYDAY=${m[2]})`, `"BYDAY=${parts.get('BYDAY')}"`);
      if (n === 0 || Math.abs(n) > 5) return bad('a day number from 1 to 5 or -1 to -5, e.g. 1TU (first Tuesday) or -1FR (last Friday)', `"${d.trim()}"`);
      entry.ordinal = n;
    }
    byDay.push(entry);
  }

  const numberList = (name: string, min: number, max: number, example: string, allowNegative = false) => {
    const raw = parts.get(name);
    if (raw === undefined) return { ok: true as const, values: [] as number[] };
    const values = raw.split(',').map((v) => v.trim());
    for (const v of values) {
      const n = Number(v);
      const okShape = allowNegative ? /^[+-]?\d+$/.test(v) : WHOLE.test(v);
      if (!okShape || Math.abs(n) < min || Math.abs(n) > max || (!allowNegative && n < min))
        return { ok: false as const, problem: { expected: example, found: `"${name}=${raw}"` } };
    }
    return { ok: true as const, values: values.map(Number) };
  };
  const monthDays = numberList('BYMONTHDAY', 1, 31, 'BYMONTHDAY as days 1 to 31, or -1 for the last day of the month, e.g. BYMONTHDAY=15 or BYMONTHDAY=-1', true);
  if (!monthDays.ok) return { ok: false, problem: monthDays.problem };
  if (monthDays.values.length && freq === 'WEEKLY') return bad('BYMONTHDAY with FREQ=MONTHLY or FREQ=DAILY (RFC 5545 does not allow it with WEEKLY)', `"BYMONTHDAY=${parts.get('BYMONTHDAY')}"`);
  const months = numberList('BYMONTH', 1, 12, 'BYMONTH as months 1 to 12, e.g. BYMONTH=3,9');
  if (!months.ok) return { ok: false, problem: months.problem };
  const hours = numberList('BYHOUR', 0, 23, 'BYHOUR as hours 0 to 23, e.g. BYHOUR=9');
  if (!hours.ok) return { ok: false, problem: hours.problem };
  const minutes = numberList('BYMINUTE', 0, 59, 'BYMINUTE as minutes 0 to 59, e.g. BYMINUTE=30');
  if (!minutes.ok) return { ok: false, problem: minutes.problem };

  const rule: Rule = { freq, interval: Number(intervalText), byDay, byMonthDay: monthDays.values, byMonth: months.values, byHour: hours.values, byMinute: minutes.values, wkst: 0 };

  const wkst = parts.get('WKST');
  if (wkst !== undefined) {
    const i = WEEKDAYS.indexOf(wkst as (typeof WEEKDAYS)[number]);
    if (i < 0) return bad('WKST as a two-letter day, e.g. WKST=MO', `"WKST=${wkst}"`);
    rule.wkst = i;
  }

  const count = parts.get('COUNT');
  const until = parts.get('UNTIL');
  if (count !== undefined && until !== undefined) return bad('COUNT or UNTIL, not both (RFC 5545)', 'both COUNT and UNTIL');
  if (count !== undefined) {
    if (!WHOLE.test(count) || Number(count) < 1) return bad('COUNT as a whole number from 1, e.g. COUNT=13', `"COUNT=${count}"`);
    rule.count = Number(count);
  }
  if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until);
    if (!m || !realDay(Number(m[1]), Number(m[2]), Number(m[3])) || (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)))
      return bad('UNTIL as a real day written YYYYMMDD (or YYYYMMDDTHHMMSSZ), e.g. UNTIL=20261231', `"UNTIL=${until}"`);
    const day = dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
    rule.until = m[7] === 'Z' ? { day, epochMs: Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) } : { day };
  }
  return { ok: true, rule };
}

/** The rule for { everyDays: N }: FREQ=DAILY;INTERVAL=N. */
export const everyDaysRule = (n: number): Rule => ({ freq: 'DAILY', interval: n, byDay: [], byMonthDay: [], byMonth: [], byHour: [], byMinute: [], wkst: 0 });

/** Days of one month the rule picks (MONTHLY), sorted. */
function monthCandidates(rule: Rule, y: number, m: number, startDay: number): number[] {
  const last = daysInMonth(y, m);
  const first = dayOf(y, m, 1);
  let days: number[] | undefined;
  if (rule.byMonthDay.length) {
    days = rule.byMonthDay.map((d) => (d > 0 ? d : last + d + 1)).filter((d) => d >= 1 && d <= last).map((d) => first + d - 1);
  }
  if (rule.byDay.length) {
    const picked: number[] = [];
    for (const bd of rule.byDay) {
      const all: number[] = [];
      for (let d = first; d < first + last; d++) if (weekday(d) === bd.weekday) all.push(d);
      if (bd.ordinal === undefined) picked.push(...all);
      else {
        const hit = bd.ordinal > 0 ? all[bd.ordinal - 1] : all[all.length + bd.ordinal];
        if (hit !== undefined) picked.push(hit);
      }
    }
    days = days ? days.filter((d) => picked.includes(d)) : picked;
  }
  if (!days) {
    const want = ymd(startDay).d;
    days = want <= last ? [first + want - 1] : [];
  }
  return [...new Set(days)].sort((a, b) => a - b);
}

/**
 * Every local day the rule picks from `startDay` up to `lastDay` (inclusive), in order, with its
 * number of occurrences per day (BYHOUR × BYMINUTE). COUNT and UNTIL are applied by the caller,
 * which knows the times of day.
 */
export function expandDays(rule: Rule, startDay: number, lastDay: number): number[] {
  const out: number[] = [];
  const keep = (d: number) =>
    d >= startDay &&
    d <= lastDay &&
    (!rule.byMonth.length || rule.byMonth.includes(ymd(d).m)) &&
    (rule.freq !== 'DAILY' || !rule.byDay.length || rule.byDay.some((b) => b.weekday === weekday(d))) &&
    (rule.freq !== 'DAILY' || !rule.byMonthDay.length || rule.byMonthDay.some((md) => {
      const { y, m, d: dom } = ymd(d);
      return md > 0 ? md === dom : daysInMonth(y, m) + md + 1 === dom;
    }));
  if (rule.freq === 'DAILY') {
    for (let d = startDay; d <= lastDay; d += rule.interval) if (keep(d)) out.push(d);
  } else if (rule.freq === 'WEEKLY') {
    const days = rule.byDay.length ? [...new Set(rule.byDay.map((b) => b.weekday))] : [weekday(startDay)];
    for (let w = weekStart(startDay, rule.wkst); w <= lastDay; w += 7 * rule.interval) {
      const inWeek = days.map((wd) => w + ((wd - rule.wkst + 7) % 7)).sort((a, b) => a - b);
      for (const d of inWeek) if (keep(d)) out.push(d);
    }
  } else {
    const s = ymd(startDay);
    for (let k = 0; ; k += rule.interval) {
      const y = s.y + Math.floor((s.m - 1 + k) / 12);
      const m = ((s.m - 1 + k) % 12) + 1;
      if (dayOf(y, m, 1) > lastDay) break;
      for (const d of monthCandidates(rule, y, m, startDay)) if (keep(d)) out.push(d);
    }
  }
  return out;
}

