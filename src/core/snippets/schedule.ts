// Suggested times: when each snippet should go out, from the series' posting rhythm (issue 6's slots,
// src/core/cadence/) and the channel portfolio.
//
// - Candidate times of a channel for a series: the channel's postingTimes ("TU 08:30") on the days
//   of the series' posting slots (`posting.rule`), in the hub's time zone. A channel that never posts
//   on any of those weekdays (a newsletter on Fridays, a series posting on Tuesdays and Thursdays),
//   or a series without a posting rhythm, keeps the channel's own postingTimes: the report says so.
// - One channel never gets two snippets at the same instant, across all assets.
// - Draft assets come last: their snippets take only the times every other asset left free.
// - Round 0 gives every asset's channel post the first free time at or after the asset goes live
//   (its publish day at the series' time), oldest asset first; then round 1 gives every asset its
//   second snippet, and so on, so one asset's tenth quote never takes the slot of another's post.
// - The i-th of an asset's n snippets on a channel aims at publish + i·spreadDays/n and takes the
//   first free time from there (else the first free one since the publish time), within spreadDays:
//   the snippets are spread over the posting window instead of crowding its first days. A snippet
//   with no free time left in its window gets none ("no slot found"), and the report counts them.
// Everything here is a pure function of the content: the same hub gives the same times on any day.
import { dayNumber, isoDay, localToEpoch, minutesOf, weekday, WEEKDAYS } from '../cadence/calendar.ts';
import { expandSlots } from '../cadence/slots.ts';
import type { Channel, HubConfig } from '../schema/hub.ts';
import { SERIES_RHYTHM_DEFAULTS } from '../schema/hub.ts';
import type { SnippetNote } from './model.ts';

const DAY_MS = 86_400_000;

/** The UTC instant of a wall-clock time in a zone (a time skipped by a DST change moves forward). */
export function zonedToUtc(day: string, time: string, timeZone: string): Date {
  return new Date(localToEpoch(dayNumber(day), minutesOf(time), timeZone));
}

export function addDays(day: string, n: number): string {
  return isoDay(dayNumber(day) + n);
}

/** ISO 8601 UTC without milliseconds: 2026-06-16T06:30:00Z */
export const isoUtc = (d: Date | number) => new Date(d).toISOString().replace(/\.\d{3}Z$/, 'Z');

type SeriesConfig = HubConfig['series'][number];

/** How a channel's times are found for a series: on the series' posting days, or the channel's own. */
export type CandidateMode = 'posting-days' | 'channel-times';

/** The weekdays (MO..SU) a posting rhythm has slots on, over its first year. */
function postingWeekdays(s: SeriesConfig, timeZone: string): Set<string> {
  const p = s.posting!;
  const start = p.start ?? s.start;
  const slots = expandSlots({ cadence: p.rule, start, end: p.end ?? s.end, time: p.time ?? s.time ?? SERIES_RHYTHM_DEFAULTS.time, graceDays: 0 }, timeZone, { from: start, to: addDays(start, 370) });
  return new Set(slots.map((x) => WEEKDAYS[weekday(dayNumber(x.date))]!));
}

export function candidateMode(s: SeriesConfig | undefined, channel: Pick<Channel, 'postingTimes'>, timeZone: string): CandidateMode {
  if (!s?.posting) return 'channel-times';
  const days = postingWeekdays(s, timeZone);
  return channel.postingTimes.some((t) => days.has(t.slice(0, 2))) ? 'posting-days' : 'channel-times';
}

/**
 * Candidate instants (epoch ms, ascending) of a channel for a series over local days [from, to]:
 * the channel's postingTimes on the series' posting-slot days, or on every day in 'channel-times' mode.
 */
export function channelCandidates(s: SeriesConfig | undefined, channel: Pick<Channel, 'postingTimes'>, timeZone: string, from: string, to: string, mode = candidateMode(s, channel, timeZone)): number[] {
  const byDay = new Map<string, number[]>();
  for (const t of channel.postingTimes) byDay.set(t.slice(0, 2), [...(byDay.get(t.slice(0, 2)) ?? []), minutesOf(t.slice(3))]);
  let days: number[];
  if (mode === 'posting-days' && s?.posting) {
    const p = s.posting;
    const slots = expandSlots({ cadence: p.rule, start: p.start ?? s.start, end: p.end ?? s.end, time: p.time ?? s.time ?? SERIES_RHYTHM_DEFAULTS.time, graceDays: 0 }, timeZone, { from, to });
    days = [...new Set(slots.map((x) => dayNumber(x.date)))];
  } else {
    days = [];
    for (let d = dayNumber(from); d <= dayNumber(to); d++) days.push(d);
  }
  const out: number[] = [];
  for (const d of days) for (const m of byDay.get(WEEKDAYS[weekday(d)]!) ?? []) out.push(localToEpoch(d, m, timeZone));
  return [...new Set(out)].sort((a, b) => a - b);
}

/** One asset's snippets on one channel, in the order they should go out (the channel post first). */
export interface TimeRequest {
  /** kind/slug */
  asset: string;
  series: string;
  published: string;
  channel: Channel;
  count: number;
  /** A draft asset's snippets get times only after every other asset's (they never push a live one out). */
  draft?: boolean;
}

export interface TimePlan {
  /** Per request (same order as given): an ISO UTC time per snippet, or undefined when none was free. */
  times: (string | undefined)[][];
  notes: SnippetNote[];
}

/** The channel post may wait this long for a free time; the other snippets stay within spreadDays. */
const POST_HORIZON_DAYS = 366;

export function planTimes(config: Pick<HubConfig, 'site' | 'series'>, requests: readonly TimeRequest[], opts: { spreadDays: number }): TimePlan {
  const tz = config.site.timeZone;
  const times: (string | undefined)[][] = requests.map((r) => new Array<string | undefined>(r.count).fill(undefined));
  const notes: SnippetNote[] = [];
  if (!requests.length) return { times, notes };
  const series = new Map(config.series.map((s) => [s.id, s]));
  const first = requests.reduce((m, r) => (r.published < m ? r.published : m), requests[0]!.published);
  const last = requests.reduce((m, r) => (r.published > m ? r.published : m), requests[0]!.published);
  const to = addDays(last, Math.max(opts.spreadDays, POST_HORIZON_DAYS) + 1);

  // Candidates per series and channel, computed once.
  const cache = new Map<string, number[]>();
  const modes = new Map<string, CandidateMode>();
  const candidates = (r: TimeRequest) => {
    const key = `${r.series}|${r.channel.id}`;
    let list = cache.get(key);
    if (!list) {
      const s = series.get(r.series);
      const mode = candidateMode(s, r.channel, tz);
      modes.set(key, mode);
      list = channelCandidates(s, r.channel, tz, first, to, mode);
      cache.set(key, list);
    }
    return list;
  };

  // One instant per publish day and series (thousands of requests share a few hundred).
  const starts = new Map<string, number>();
  const startOf = (r: TimeRequest) => {
    const key = `${r.published}|${r.series}`;
    let t = starts.get(key);
    if (t === undefined) {
      t = localToEpoch(dayNumber(r.published), minutesOf(series.get(r.series)?.time ?? SERIES_RHYTHM_DEFAULTS.time), tz);
      starts.set(key, t);
    }
    return t;
  };
  const order = requests.map((r, i) => ({ r, i, start: startOf(r) })).sort((a, b) => a.start - b.start || a.r.asset.localeCompare(b.r.asset) || a.i - b.i);
  const taken = new Map<string, Set<number>>();
  const spreadMs = opts.spreadDays * DAY_MS;
  /** First index in a sorted list whose value is >= t. */
  const lowerBound = (list: readonly number[], t: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const freeIn = (list: readonly number[], used: Set<number>, from: number, until: number) => {
    for (let k = lowerBound(list, from); k < list.length && list[k]! < until; k++) if (!used.has(list[k]!)) return list[k];
    return undefined;
  };

  const takenOn = (channel: string) => {
    let used = taken.get(channel);
    if (!used) taken.set(channel, (used = new Set<number>()));
    return used;
  };
  // Each request's candidates and its channel's taken times, looked up once rather than every round;
  // a round visits only the requests that still have a snippet to place, in the same order.
  const queue = order.filter((x) => x.r.count > 0).map((x) => ({ ...x, list: candidates(x.r), used: takenOn(x.r.channel.id) }));
  for (const drafts of [false, true]) {
    let active = queue.filter((x) => Boolean(x.r.draft) === drafts);
    for (let round = 0; active.length; round++) {
      for (const { r, i, start, list, used } of active) {
        const until = start + (round === 0 ? POST_HORIZON_DAYS * DAY_MS : spreadMs);
        const target = start + Math.floor((round * spreadMs) / r.count);
        const at = freeIn(list, used, target, until) ?? freeIn(list, used, start, target);
        if (at === undefined) continue;
        used.add(at);
        times[i]![round] = isoUtc(at);
      }
      active = active.filter((x) => x.r.count > round + 1);
    }
  }

  // What the report should say: channels that follow their own times, and snippets left without one.
  for (const [key, mode] of [...modes].sort(([a], [b]) => a.localeCompare(b))) {
    if (mode !== 'channel-times') continue;
    const [sid, cid] = key.split('|') as [string, string];
    const s = series.get(sid);
    const c = requests.find((r) => r.channel.id === cid)!.channel;
    if (!s?.posting) continue;
    const days = [...postingWeekdays(s, tz)].sort((a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never));
    notes.push({
      asset: `channel ${cid}`,
      level: 'info',
      message: `posts at ${c.postingTimes.join(', ')}, none on series ${sid}'s posting days (${days.join(', ')}): its ${sid} snippets follow the channel's own times, which the cadence report counts as off-slot`,
    });
  }
  const channels = [...new Map(requests.map((r) => [r.channel.id, r.channel])).values()];
  for (const c of channels) {
    const mine = requests.map((r, i) => ({ r, t: times[i]! })).filter((x) => x.r.channel.id === c.id);
    const total = mine.reduce((n, x) => n + x.r.count, 0);
    const missing = mine.reduce((n, x) => n + x.t.filter((t) => t === undefined).length, 0);
    const latePosts = mine.filter((x) => x.t[0] !== undefined && Date.parse(x.t[0]) - startOf(x.r) > 7 * DAY_MS).length;
    if (missing)
      notes.push({
        asset: `channel ${c.id}`,
        level: 'warning',
        message: `${missing} of ${total} snippets found no free posting time within ${opts.spreadDays} days of their asset (posting times ${c.postingTimes.join(', ')}): add postingTimes, raise snippets.spreadDays, or make fewer snippets`,
      });
    if (latePosts)
      notes.push({ asset: `channel ${c.id}`, level: 'warning', message: `${latePosts} channel post${latePosts === 1 ? '' : 's'} wait more than 7 days after the asset goes live: the channel has fewer posting times than assets` });
  }
  return { times, notes };
}

/** True when an ISO instant falls on or after today's start and before today + windowDays, in the hub's zone. */
export function inWindow(iso: string | undefined, today: string, windowDays: number, timeZone: string): boolean {
  if (!iso) return false;
  const from = zonedToUtc(today, '00:00', timeZone).getTime();
  const to = zonedToUtc(addDays(today, windowDays), '00:00', timeZone).getTime();
  const t = Date.parse(iso);
  return t >= from && t < to;
}
