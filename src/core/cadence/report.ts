// The cadence and governance report: slots per series and rhythm, promise coverage, proof ratio and
// every governance finding, as one plain data object (JSON-ready). Formatting lives in format.ts/html.ts.
import type { ContentError } from '../errors.ts';
import { describeCadence } from '../i18n.ts';
import { governanceOf, type Governance } from '../governance/config.ts';
import { governanceFindings, type GovernedAsset, type GovernedLanding } from '../governance/check.ts';
import { SERIES_RHYTHM_DEFAULTS, type HubConfig } from '../schema/hub.ts';
import { dayNumber, isoDay, isoWeek, weekStart } from './calendar.ts';
import { sortFindings, type Finding } from './findings.ts';
import { matchSlots, type Item, type SlotResult, type SlotState } from './match.ts';
import type { LoggedPost } from './posts-log.ts';
import { proofOf, seriesOf, type ProofAsset } from './proof.ts';
import { expandSlots, type RhythmSpec } from './slots.ts';

export interface ReportAsset extends GovernedAsset {
  data: GovernedAsset['data'] & { series: string; promises: string[] };
}

export interface ReportInput {
  config: HubConfig;
  assets: readonly ReportAsset[];
  today: string;
  /** Parsed posts log, or undefined when the hub has none. */
  postsLog?: { file: string; posts: readonly LoggedPost[]; errors: readonly ContentError[] } | undefined;
  /** Errors from loading content (the report explains disclosure ones). */
  contentErrors?: readonly ContentError[];
  /** Overrides governance.dueDays. */
  dueDays?: number | undefined;
  /** Landing pages, for the check of the proof they feature. */
  landings?: readonly GovernedLanding[];
}

export interface RhythmReport {
  rhythm: 'assets' | 'posts';
  /** The rule in words, e.g. "Weekly on Tuesday". */
  rule: string;
  time: string;
  graceDays: number;
  perSlot: number;
  slots: SlotResult[];
  counts: Record<SlotState, number>;
  /** The first open slot (from today, grace included) with nothing scheduled: what an editor must do next. */
  next?: { date: string; time: string; state: SlotState; reviewBy: string; items: string[]; promise?: string };
}

export interface SeriesReport {
  id: string;
  name: string;
  owner: string;
  rhythms: RhythmReport[];
  /** Posts in the first days of the series, against the plan. */
  firstDays?: { from: string; to: string; posts: number; min: number; max: number; complete: boolean };
}

export interface WeekCoverage {
  week: string;
  monday: string;
  assets: string[];
  promises: string[];
  complete: boolean;
}

export interface PromiseCoverage {
  id: string;
  name: string;
  lastProof?: string;
  daysSince?: number;
  nextScheduled?: string;
  starving: boolean;
}

export interface ProofRatioRow {
  week: string;
  channel: string;
  posts: number;
  proof: number;
}

export interface ProofRatio {
  file: string;
  baseline: number;
  target: number;
  posts: number;
  proof: number;
  ratio: number;
  /** The last four complete weeks, the number to watch. */
  recent: { from: string; to: string; posts: number; proof: number; ratio: number };
  byChannel: { channel: string; posts: number; proof: number; ratio: number }[];
  byWeek: { week: string; monday: string; posts: number; proof: number; ratio: number }[];
  rows: ProofRatioRow[];
}

export interface CadenceReport {
  hub: string;
  today: string;
  timeZone: string;
  window: { from: string; to: string };
  dueDays: number;
  series: SeriesReport[];
  coverage: { perWeek: number; promiseEveryWeeks: number; weeks: WeekCoverage[]; promises: PromiseCoverage[] };
  proofRatio?: ProofRatio;
  findings: Finding[];
  counts: { errors: number; warnings: number; infos: number };
}

const STATES: SlotState[] = ['filled', 'late', 'missed', 'scheduled', 'draft', 'empty'];
const keyOf = (a: { kind: string; slug: string }) => `${a.kind}/${a.slug}`;
const addDays = (iso: string, n: number) => isoDay(dayNumber(iso) + n);
const ratio = (proof: number, posts: number) => (posts ? Math.round((proof / posts) * 1000) / 1000 : 0);
const pct = (r: number) => `${Math.round(r * 100)}%`;

function rhythmReport(
  rhythm: 'assets' | 'posts', spec: RhythmSpec, perSlot: number, items: Item[], timeZone: string, window: { from: string; to: string }, today: string, leadDays: number, language: 'en' | 'sv',
): { report: RhythmReport; offSlot: Item[]; extra: { slot: string; item: Item }[] } {
  // Slots just before the window still take items inside it (grace), so expand from earlier.
  const all = expandSlots(spec, timeZone, { from: addDays(window.from, -spec.graceDays), to: window.to });
  const inWindow = items.filter((i) => i.day >= window.from && i.day <= window.to);
  const match = matchSlots(all, inWindow, today, perSlot);
  const slots = match.slots.filter((s) => s.date >= window.from);
  const counts = Object.fromEntries(STATES.map((s) => [s, slots.filter((x) => x.state === s).length])) as Record<SlotState, number>;
  // What an editor must do next: the first slot still open that nothing scheduled fills.
  const nextSlot = slots.find((s) => s.graceUntil >= today && (s.state === 'empty' || s.state === 'draft'));
  const report: RhythmReport = { rhythm, rule: describeCadence(spec.cadence, language), time: spec.time, graceDays: spec.graceDays, perSlot, slots, counts };
  if (nextSlot) {
    report.next = { date: nextSlot.date, time: nextSlot.time, state: nextSlot.state, reviewBy: addDays(nextSlot.date, -leadDays), items: nextSlot.items.map((i) => i.ref) };
    if (nextSlot.promise) report.next.promise = nextSlot.promise;
  }
  return { report, offSlot: match.offSlot, extra: match.extra };
}

export function buildReport(input: ReportInput): CadenceReport {
  const { config, assets, today } = input;
  const g: Governance = governanceOf(config);
  const tz = config.site.timeZone;
  const language = config.site.language;
  const window = { from: addDays(today, -g.window.pastDays), to: addDays(today, g.window.futureDays) };
  const dueDays = input.dueDays ?? g.dueDays;
  const findings: Finding[] = [];
  const live = (a: ReportAsset) => !a.data.draft && a.data.published <= today;

  // Posts: proof, series and channel per row.
  const proofAssets: ProofAsset[] = assets.map((a) => ({ kind: a.kind, slug: a.slug, series: a.data.series, published: a.data.published, draft: a.data.draft }));
  const ctx = { origin: new URL(config.site.url).origin, base: config.site.base, assets: proofAssets, landingPaths: g.postsLog.landingPaths, seriesIds: config.series.map((s) => s.id) };
  const posts = (input.postsLog?.posts ?? []).map((p) => {
    const proof = proofOf(p, ctx);
    return { post: p, proof, series: seriesOf(p, proof, ctx.seriesIds) };
  });
  for (const e of input.postsLog?.errors ?? []) findings.push({ kind: 'BadPostsLog', severity: 'warning', file: e.file, line: e.line, message: `${e.file}${e.line ? `:${e.line}` : ''}: expected ${e.expected}; found ${e.found}` });
  const unknown = new Map<string, number>();
  for (const { post } of posts) if (!post.channelKnown) unknown.set(post.channel, (unknown.get(post.channel) ?? 0) + 1);
  for (const [name, n] of unknown)
    findings.push({ kind: 'UnknownChannel', severity: 'warning', file: input.postsLog?.file, message: `posts log channel "${name}" (${n} post${n === 1 ? '' : 's'}) is none of the hub's channels: map it in governance.postsLog.channels` });
  for (const { post, proof } of posts)
    if (proof?.asset && (proof.asset.draft || proof.asset.published > post.day))
      findings.push({ kind: 'PostBeforeAsset', severity: 'warning', file: input.postsLog?.file, line: post.line, date: post.day, asset: keyOf(proof.asset), message: `a ${post.channel} post on ${post.day} links to ${keyOf(proof.asset)}, which ${proof.asset.draft ? 'is a draft' : `is not published until ${proof.asset.published}`}` });

  const series: SeriesReport[] = [];
  for (const s of config.series) {
    const own = assets.filter((a) => a.data.series === s.id);
    const spec: RhythmSpec = { cadence: s.cadence, start: s.start, end: s.end, time: s.time ?? SERIES_RHYTHM_DEFAULTS.time, graceDays: s.graceDays ?? SERIES_RHYTHM_DEFAULTS.graceDays, rotation: s.rotation };
    const items: Item[] = own.map((a) => ({ ref: keyOf(a), day: a.data.published, draft: a.data.draft, promises: a.data.promises }));
    const assetsRhythm = rhythmReport('assets', spec, 1, items, tz, window, today, g.reviewLeadDays, language);
    const entry: SeriesReport = { id: s.id, name: s.name, owner: s.owner, rhythms: [assetsRhythm.report] };
    const at = { series: s.id, rhythm: 'assets' as const };
    for (const slot of assetsRhythm.report.slots) {
      if (slot.state === 'missed') {
        const draft = slot.items.find((i) => i.draft);
        findings.push({ ...at, kind: 'MissedSlot', severity: 'warning', date: slot.date, message: `${s.id}: the ${slot.date} slot was missed${draft ? ` (${draft.ref} is still a draft)` : ''}` });
      } else if (slot.state === 'late') {
        findings.push({ ...at, kind: 'LateSlot', severity: 'info', date: slot.date, asset: slot.items[0].ref, message: `${s.id}: the ${slot.date} slot was filled late by ${slot.items[0].ref} (${slot.items[0].day}, grace until ${slot.graceUntil})` });
      } else if ((slot.state === 'empty' || slot.state === 'draft') && dayNumber(slot.date) - dayNumber(today) <= dueDays) {
        const draft = slot.items.find((i) => i.draft);
        findings.push({ ...at, kind: 'DueSoon', severity: 'warning', date: slot.date, message: `${s.id}: the ${slot.date} slot ${dayNumber(slot.date) < dayNumber(today) ? 'is open (grace until ' + slot.graceUntil + ')' : `is due in ${dayNumber(slot.date) - dayNumber(today)} days`} and ${draft ? `holds only the draft ${draft.ref}` : 'has nothing scheduled'}: publish by ${slot.date}, ready for review by ${addDays(slot.date, -g.reviewLeadDays)}` });
      }
      if (slot.offPromise)
        findings.push({ ...at, kind: 'OffPromise', severity: 'warning', date: slot.date, asset: slot.items[0].ref, message: `${s.id}: the ${slot.date} slot should prove "${slot.promise}" (rotation), but ${slot.items.map((i) => i.ref).join(', ')} does not list it` });
    }
    for (const { slot, item } of assetsRhythm.extra)
      findings.push({ ...at, kind: 'DoubleBooked', severity: 'info', date: slot, asset: item.ref, message: `${s.id}: ${item.ref} (${item.day}) lands in the ${slot} slot, which is already filled: move it to an open slot` });
    for (const item of assetsRhythm.offSlot)
      findings.push({ ...at, kind: 'OffSlot', severity: 'info', date: item.day, asset: item.ref, message: `${s.id}: ${item.ref} is ${item.draft ? 'planned' : 'published'} on ${item.day}, which is not a slot day (${assetsRhythm.report.rule})` });

    if (s.posting) {
      const p = s.posting;
      const postSpec: RhythmSpec = { cadence: p.rule, start: p.start ?? s.start, end: p.end ?? s.end, time: p.time ?? spec.time, graceDays: p.graceDays ?? SERIES_RHYTHM_DEFAULTS.graceDays };
      const perSlot = p.perSlot ?? SERIES_RHYTHM_DEFAULTS.perSlot;
      const postItems: Item[] = posts.filter((x) => x.series === s.id).map((x) => ({ ref: x.post.ref, day: x.post.day, draft: false }));
      if (input.postsLog) {
        const postsRhythm = rhythmReport('posts', postSpec, perSlot, postItems, tz, window, today, 0, language);
        entry.rhythms.push(postsRhythm.report);
        const pat = { series: s.id, rhythm: 'posts' as const };
        for (const slot of postsRhythm.report.slots) {
          if (slot.state === 'missed')
            findings.push({ ...pat, kind: 'MissedSlot', severity: 'warning', date: slot.date, message: `${s.id} posts: the ${slot.date} slot got ${slot.items.length} of ${perSlot} post${perSlot === 1 ? '' : 's'}` });
          else if (slot.state === 'late')
            findings.push({ ...pat, kind: 'LateSlot', severity: 'info', date: slot.date, message: `${s.id} posts: the ${slot.date} slot was filled late (${slot.items[slot.items.length - 1].day})` });
          else if (slot.state === 'empty' && dayNumber(slot.date) - dayNumber(today) <= dueDays && slot.date <= today)
            findings.push({ ...pat, kind: 'DueSoon', severity: 'warning', date: slot.date, message: `${s.id} posts: the ${slot.date} slot is open (grace until ${slot.graceUntil}) with ${slot.items.length} of ${perSlot} posts logged` });
        }
        if (postsRhythm.offSlot.length)
          findings.push({ ...pat, kind: 'OffSlot', severity: 'info', message: `${s.id} posts: ${postsRhythm.offSlot.length} post${postsRhythm.offSlot.length === 1 ? '' : 's'} on days with no posting slot (${postsRhythm.offSlot.map((i) => i.day).slice(0, 3).join(', ')}${postsRhythm.offSlot.length > 3 ? ', …' : ''})` });
        const first = p.firstDays ?? SERIES_RHYTHM_DEFAULTS.firstDays;
        const from = postSpec.start;
        const to = addDays(from, first.days - 1);
        const n = postItems.filter((i) => i.day >= from && i.day <= to).length;
        const complete = to < today;
        entry.firstDays = { from, to, posts: n, min: first.min, max: first.max, complete };
        if ((complete && n < first.min) || n > first.max)
          findings.push({ ...pat, kind: 'PostingRamp', severity: 'warning', date: from, message: `${s.id}: ${n} posts in its first ${first.days} days (${from} to ${to}); the plan is ${first.min} to ${first.max}` });
      }
    }
    series.push(entry);
  }

  // Promise coverage: each week, and each promise within N weeks.
  const counted = (a: ReportAsset) => (g.coverage.count === 'primary' ? a.data.promises.slice(0, 1) : a.data.promises);
  const liveAssets = assets.filter(live);
  const weeks: WeekCoverage[] = [];
  // Weeks before the first series started promised nothing.
  // The week a series starts counts whole; a window starting mid-week skips that partial week.
  const firstStart = Math.min(...config.series.map((s) => dayNumber(s.start)));
  const from = dayNumber(window.from);
  const firstMonday = firstStart >= from ? weekStart(firstStart) : weekStart(from) + (weekStart(from) === from ? 0 : 7);
  for (let m = firstMonday; m <= dayNumber(today); m += 7) {
    const monday = isoDay(m);
    const sunday = isoDay(m + 6);
    const inWeek = liveAssets.filter((a) => a.data.published >= monday && a.data.published <= sunday);
    const complete = sunday < today;
    weeks.push({ week: isoWeek(m), monday, assets: inWeek.map(keyOf).sort(), promises: [...new Set(inWeek.flatMap(counted))].sort(), complete });
    if (complete && inWeek.length < g.coverage.perWeek)
      findings.push({ kind: 'ThinWeek', severity: 'warning', date: monday, message: `week ${isoWeek(m)} (${monday} to ${sunday}): ${inWeek.length} published proof asset${inWeek.length === 1 ? '' : 's'}, the plan is at least ${g.coverage.perWeek}` });
  }
  const promises: PromiseCoverage[] = config.promises.map((p) => {
    const proofs = liveAssets.filter((a) => counted(a).includes(p.id)).map((a) => a.data.published).sort();
    const upcoming = assets.filter((a) => !a.data.draft && a.data.published > today && counted(a).includes(p.id)).map((a) => a.data.published).sort();
    const last = proofs[proofs.length - 1];
    const daysSince = last ? dayNumber(today) - dayNumber(last) : undefined;
    const starving = daysSince === undefined || daysSince > g.coverage.promiseEveryWeeks * 7;
    const entry: PromiseCoverage = { id: p.id, name: p.name, starving };
    if (last) entry.lastProof = last;
    if (daysSince !== undefined) entry.daysSince = daysSince;
    if (upcoming[0]) entry.nextScheduled = upcoming[0];
    if (starving)
      findings.push({ kind: 'StarvingPromise', severity: 'warning', date: last, message: `promise "${p.id}" (${p.name}) is starving: ${last ? `no published proof for ${daysSince} days (last ${last})` : 'never proved by a published asset'}; the plan is at least once every ${g.coverage.promiseEveryWeeks} weeks${entry.nextScheduled ? `, next scheduled ${entry.nextScheduled}` : ', and none is scheduled'}` });
    // Past gaps inside the window, for the record.
    const inWindow = [window.from, ...proofs.filter((d) => d >= window.from)];
    for (let i = 1; i < inWindow.length; i++) {
      const gap = dayNumber(inWindow[i]) - dayNumber(inWindow[i - 1]);
      if (i > 1 && gap > g.coverage.promiseEveryWeeks * 7)
        findings.push({ kind: 'StarvingPromise', severity: 'info', date: inWindow[i - 1], message: `promise "${p.id}" went ${gap} days without published proof (${inWindow[i - 1]} to ${inWindow[i]})` });
    }
    return entry;
  });

  // Proof ratio per week and channel.
  let proofRatio: ProofRatio | undefined;
  if (input.postsLog) {
    const inRange = posts.filter((x) => x.post.day >= window.from && x.post.day <= today);
    const rowsMap = new Map<string, ProofRatioRow>();
    for (const x of inRange) {
      const week = isoWeek(dayNumber(x.post.day));
      const k = `${week}|${x.post.channel}`;
      const row = rowsMap.get(k) ?? { week, channel: x.post.channel, posts: 0, proof: 0 };
      row.posts++;
      if (x.proof) row.proof++;
      rowsMap.set(k, row);
    }
    const rows = [...rowsMap.values()].sort((a, b) => a.week.localeCompare(b.week) || a.channel.localeCompare(b.channel));
    const sum = (list: readonly { posts: number; proof: number }[]) => list.reduce((t, r) => ({ posts: t.posts + r.posts, proof: t.proof + r.proof }), { posts: 0, proof: 0 });
    const channelsSeen = [...new Set(rows.map((r) => r.channel))].sort();
    const byChannel = channelsSeen.map((c) => {
      const t = sum(rows.filter((r) => r.channel === c));
      return { channel: c, ...t, ratio: ratio(t.proof, t.posts) };
    });
    const byWeek = [...new Set(rows.map((r) => r.week))].sort().map((w) => {
      const t = sum(rows.filter((r) => r.week === w));
      const monday = isoDay(weekStart(dayNumber(inRange.find((x) => isoWeek(dayNumber(x.post.day)) === w)!.post.day)));
      return { week: w, monday, ...t, ratio: ratio(t.proof, t.posts) };
    });
    const thisMonday = weekStart(dayNumber(today));
    const recentFrom = isoDay(thisMonday - 28);
    const recentTo = isoDay(thisMonday - 1);
    const recent = sum(inRange.filter((x) => x.post.day >= recentFrom && x.post.day <= recentTo).map((x) => ({ posts: 1, proof: x.proof ? 1 : 0 })));
    const total = sum(rows);
    proofRatio = {
      file: input.postsLog.file, baseline: g.proofRatio.baseline, target: g.proofRatio.target, ...total, ratio: ratio(total.proof, total.posts),
      recent: { from: recentFrom, to: recentTo, ...recent, ratio: ratio(recent.proof, recent.posts) }, byChannel, byWeek, rows,
    };
    const r = proofRatio.recent.ratio;
    if (recent.posts && r < g.proofRatio.target)
      findings.push({ kind: 'ProofRatio', severity: r < g.proofRatio.baseline ? 'warning' : 'info', date: recentFrom, message: `proof ratio ${pct(r)} over the last four weeks (${recentFrom} to ${recentTo}, ${recent.proof} of ${recent.posts} posts): target ${pct(g.proofRatio.target)}, baseline ${pct(g.proofRatio.baseline)}` });
    for (const c of byChannel.filter((c) => c.posts >= 4 && c.ratio < g.proofRatio.baseline))
      findings.push({ kind: 'ProofRatio', severity: 'info', message: `channel ${c.channel}: ${pct(c.ratio)} of ${c.posts} posts carry proof in the window, below the baseline ${pct(g.proofRatio.baseline)}` });
  }

  findings.push(...governanceFindings(assets, today, g, language, input.contentErrors ?? [], input.landings ?? []));
  const sorted = sortFindings(findings);
  return {
    hub: config.site.name, today, timeZone: tz, window, dueDays, series,
    coverage: { perWeek: g.coverage.perWeek, promiseEveryWeeks: g.coverage.promiseEveryWeeks, weeks, promises },
    ...(proofRatio ? { proofRatio } : {}),
    findings: sorted,
    counts: { errors: sorted.filter((f) => f.severity === 'error').length, warnings: sorted.filter((f) => f.severity === 'warning').length, infos: sorted.filter((f) => f.severity === 'info').length },
  };
}

/** Exit code: errors always fail; warnings fail under --strict. */
export function exitCodeOf(report: Pick<CadenceReport, 'counts'>, strict: boolean): number {
  return report.counts.errors > 0 || (strict && report.counts.warnings > 0) ? 1 : 0;
}
