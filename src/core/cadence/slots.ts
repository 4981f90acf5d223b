// Slots: the dates (and local times) a rhythm promises something, expanded over a window.
import { dayNumber, epochToLocal, isoDay, localToEpoch, minutesOf, zonedIso } from './calendar.ts';
import { everyDaysRule, expandDays, parseRule, type Rule, type RuleProblem } from './rrule.ts';

export type Cadence = string | { everyDays: number };

/** A rhythm: the assets of a series, or its social posts. */
export interface RhythmSpec {
  cadence: Cadence;
  /** First day (YYYY-MM-DD) the rhythm may have a slot. */
  start: string;
  /** Last day, inclusive. */
  end?: string | undefined;
  /** Local time of each slot, HH:MM (BYHOUR/BYMINUTE in the rule override it). */
  time: string;
  /** Days after the slot's day that still count, as late. */
  graceDays: number;
  /** Promise ids in turn: slot 0 proves the first, slot 1 the second, and so on. */
  rotation?: readonly string[] | undefined;
}

export interface Slot {
  /** Occurrence number from the rhythm's start (0-based), so a rotation stays put as the window moves. */
  index: number;
  /** Local day YYYY-MM-DD in the hub's time zone. */
  date: string;
  /** Local time HH:MM. */
  time: string;
  /** The instant, ISO 8601 with the zone's offset at that day, e.g. 2026-03-31T09:00:00+02:00. */
  at: string;
  /** Last day that still fills the slot (date + grace). */
  graceUntil: string;
  /** The promise this slot should prove, from the rotation. */
  promise?: string;
}

export function compileCadence(cadence: Cadence): { ok: true; rule: Rule } | { ok: false; problem: RuleProblem } {
  return typeof cadence === 'string' ? parseRule(cadence) : { ok: true, rule: everyDaysRule(cadence.everyDays) };
}

/** Slot days may go at most this far: a rule that never matches still ends. */
const HORIZON_DAYS = 366 * 20;

/**
 * Every slot of a rhythm whose day lies in [from, to] (YYYY-MM-DD, inclusive), at local times in
 * `timeZone`. Throws on a rule `compileCadence` refuses: the hub config check reports those first.
 */
export function expandSlots(spec: RhythmSpec, timeZone: string, window: { from: string; to: string }): Slot[] {
  const compiled = compileCadence(spec.cadence);
  if (!compiled.ok) throw new Error(`invalid cadence: expected ${compiled.problem.expected}; found ${compiled.problem.found}`);
  const rule = compiled.rule;
  const start = dayNumber(spec.start);
  let last = Math.min(dayNumber(window.to), start + HORIZON_DAYS);
  if (spec.end) last = Math.min(last, dayNumber(spec.end));
  if (rule.until) last = Math.min(last, rule.until.day);
  const from = dayNumber(window.from);
  const minutes = rule.byHour.length || rule.byMinute.length
    ? (rule.byHour.length ? rule.byHour : [Math.floor(minutesOf(spec.time) / 60)])
        .flatMap((h) => (rule.byMinute.length ? rule.byMinute : [minutesOf(spec.time) % 60]).map((m) => h * 60 + m))
        .sort((a, b) => a - b)
    : [minutesOf(spec.time)];
  const slots: Slot[] = [];
  let index = 0;
  for (const day of expandDays(rule, start, last)) {
    for (const minute of minutes) {
      if (rule.count !== undefined && index >= rule.count) return slots;
      const epoch = localToEpoch(day, minute, timeZone);
      if (rule.until?.epochMs !== undefined && epoch > rule.until.epochMs) return slots;
      if (day >= from) {
        const slot: Slot = { index, date: isoDay(day), time: epochToLocal(epoch, timeZone).time, at: zonedIso(epoch, timeZone), graceUntil: isoDay(day + spec.graceDays) };
        if (spec.rotation?.length) slot.promise = spec.rotation[index % spec.rotation.length];
        slots.push(slot);
      }
      index++;
    }
  }
  return slots;
}
