// From counts to the report: rates with intervals per landing page, variant, arm, source and
// channel; each A/B test checked for sample-ratio mismatch, held back below the minimum sample,
// labelled an early look before its planned size, and read arm by arm against control; the brief's
// KPI (landing conversion for social traffic). Pure: the readers give counts, outputs format this.
import { channelGroup, isSocial, SOCIAL_SOURCES } from './channels.ts';
import { DEFINITIONS, inferPlan } from './plan.ts';
import {
  DEFAULT_SETTINGS,
  type ArmResult,
  type ConversionEvent,
  type Counts,
  type ExperimentPlan,
  type ExperimentResult,
  type KpiResult,
  type LandingPlan,
  type LandingResult,
  type Rate,
  type ReadResult,
  type Report,
  type ReportSettings,
  type SourceResult,
  type VariantCounts,
  type VariantResult,
} from './model.ts';
import { diffInterval, minimumDetectableEffect, requiredSampleSize, sampleRatioTest, twoProportionTest, wilson } from './stats.ts';
import { int, pct, plural, points, pValue, rateWithInterval, signedPts } from './words.ts';

const add = (a: Counts, b: Counts): Counts => ({ visits: a.visits + b.visits, clicks: a.clicks + b.clicks, conversions: a.conversions + b.conversions });
const ZERO: Counts = { visits: 0, clicks: 0, conversions: 0 };
const sum = (rows: readonly Counts[]): Counts => rows.reduce<Counts>((s, r) => add(s, r), ZERO);

/** Counts → a rate under one conversion rule, with its Wilson interval. */
export function rateOf(c: Counts, rule: ConversionEvent, confidence = DEFAULT_SETTINGS.confidence): Rate {
  const converted = rule === 'conversion' ? c.conversions : c.clicks;
  const w = wilson(converted, c.visits, confidence);
  return { visits: c.visits, clicks: c.clicks, conversions: c.conversions, converted, rate: c.visits ? converted / c.visits : null, low: w?.low ?? null, high: w?.high ?? null };
}

/** Two rates summed (each already under its own landing page's rule), interval recomputed. */
function addRates(a: Rate, b: Rate, confidence: number): Rate {
  const c = add(a, b);
  const converted = a.converted + b.converted;
  const w = wilson(converted, c.visits, confidence);
  return { ...c, converted, rate: c.visits ? converted / c.visits : null, low: w?.low ?? null, high: w?.high ?? null };
}

const EMPTY_RATE: Rate = { ...ZERO, converted: 0, rate: null, low: null, high: null };

/** Why an early look is labelled (false-positive rates of repeated looks at a 5% fixed-horizon test, Armitage, McPherson and Rowe 1969). */
const PEEKING = 'reading a fixed-horizon test early inflates false positives (about 14% instead of 5% after five looks)';

/**
 * One A/B test: arms in the plan's order (control first), the sample-ratio check, the minimum-sample
 * guard, the early-look label and each arm against control.
 */
export function analyseExperiment(
  id: string,
  rows: readonly VariantCounts[],
  plan: ExperimentPlan | undefined,
  rule: ConversionEvent,
  s: ReportSettings = DEFAULT_SETTINGS,
): ExperimentResult {
  const seen = [...new Set(rows.map((r) => r.arm ?? '(none)'))];
  const planned = plan?.arms.map((a) => a.id) ?? [];
  const order = [...planned, ...seen.filter((a) => !planned.includes(a)).sort((a, b) => (a === 'control' ? -1 : b === 'control' ? 1 : a.localeCompare(b)))];
  const wsum = plan ? plan.arms.reduce((t, a) => t + a.weight, 0) : 0;
  const arms: ArmResult[] = order.map((arm) => {
    const weight = plan?.arms.find((a) => a.id === arm)?.weight;
    return { arm, share: weight ? weight / wsum : null, ...rateOf(sum(rows.filter((r) => (r.arm ?? '(none)') === arm)), rule, s.confidence) };
  });
  const treatments = arms.filter((a) => a.arm !== 'control');
  const alpha = s.alpha / Math.max(1, treatments.length);
  const plannedPerArm = plan?.sampleSize ?? null;
  const base: Omit<ExperimentResult, 'status' | 'verdict'> = { id, audience: plan?.audience ?? 'default', plannedPerArm, alpha, srm: null, moreVisitsPerArm: null, arms };
  const control = arms.find((a) => a.arm === 'control');
  const total = arms.reduce((t, a) => t + a.visits, 0);
  if (!total)
    return {
      ...base,
      moreVisitsPerArm: plannedPerArm,
      status: 'not-enough-data',
      verdict: [`No visits in this test yet${plannedPerArm ? `: ${int(plannedPerArm)} per variant are planned` : ''}.`],
    };
  if (!control?.visits) return { ...base, status: 'no-control', verdict: ['No control arm in the data: there is nothing to compare the arms against.'] };

  // Sample-ratio mismatch, over the planned arms (equal weights when the test is not declared).
  const srmArms = plan ? arms.filter((a) => a.share !== null) : arms;
  const srmTest = sampleRatioTest(
    srmArms.map((a) => a.visits),
    srmArms.map((a) => (plan ? a.share! : 1)),
  );
  const srm = srmTest ? { chiSquare: srmTest.chiSquare, df: srmTest.df, p: srmTest.p, flagged: srmTest.p < s.srmAlpha, expected: srmTest.expected } : null;
  const smallest = arms.reduce((m, a) => (a.visits < m.visits ? a : m), arms[0]!);
  const pooled = sum(arms);
  const pooledRate = pooled.visits ? (rule === 'conversion' ? pooled.conversions : pooled.clicks) / pooled.visits : 0;
  const guardVisits = pooledRate > 0 ? Math.max(s.minVisits, Math.ceil(s.minConversions / pooledRate)) : null;
  const horizon = plannedPerArm ?? guardVisits;
  const moreVisitsPerArm = horizon == null ? null : Math.max(0, Math.max(horizon, guardVisits ?? 0) - smallest.visits);
  const out = { ...base, srm, moreVisitsPerArm };
  const split = srmArms.map((a) => (plan ? Math.round(a.share! * 100) : Math.round(100 / srmArms.length))).join('/');

  if (srm?.flagged) {
    const counts = srmArms.map((a) => `${a.arm} ${int(a.visits)}`).join(', ');
    return {
      ...out,
      status: 'sample-ratio-mismatch',
      verdict: [
        `Sample-ratio mismatch: ${counts} visits against a planned ${split} split (chi-square ${srm.chiSquare.toFixed(1)}, ${pValue(srm.p)}).`,
        'The assignment or the counting is broken (a redirect, caching, bots, or consent that drops one arm more often): read no lift until it is fixed.',
      ],
    };
  }
  const short = arms.filter((a) => a.visits < s.minVisits || a.converted < s.minConversions);
  if (short.length) {
    const need = moreVisitsPerArm == null ? 'no conversions yet, so no estimate of how many more visits are needed' : `about ${int(moreVisitsPerArm)} more visits per variant needed`;
    const verdict = [
      `Not enough data yet: ${need}${plannedPerArm ? ` (planned: ${int(plannedPerArm)} per variant)` : ''}.`,
      `No verdict before every arm has ${s.minVisits} visits and ${s.minConversions} conversions; ${short.map((a) => `${a.arm} has ${plural(a.visits, 'visit')} and ${plural(a.converted, 'conversion')}`).join(', ')}.`,
    ];
    if (!plannedPerArm) verdict.push('The test has no planned sample size: declare experiment.sampleSize in its landing page.');
    return { ...out, status: 'not-enough-data', verdict };
  }

  const early = plannedPerArm != null && smallest.visits < plannedPerArm;
  for (const a of treatments) {
    const t = twoProportionTest(control.converted, control.visits, a.converted, a.visits);
    // The interval at the same (split) level as the test, so it excludes 0 exactly when the test is significant (near enough).
    const ci = diffInterval(control.converted, control.visits, a.converted, a.visits, 1 - alpha);
    if (!t || !ci) continue;
    a.vsControl = { diff: t.diff, diffLow: ci.low, diffHigh: ci.high, relative: t.relative ?? null, z: t.z, p: t.p, significant: t.p < alpha };
  }
  const verdict: string[] = [];
  if (early)
    verdict.push(
      `Early look: ${int(smallest.visits)} of ${int(plannedPerArm!)} planned visits per variant (${Math.floor((smallest.visits / plannedPerArm!) * 100)}%); ${PEEKING}. Keep it running and read it once at ${int(plannedPerArm!)}.`,
    );
  else if (!plannedPerArm) verdict.push('The test has no planned sample size, so every reading is an early look: declare experiment.sampleSize in its landing page.');
  const alphaWords = treatments.length > 1 ? ` (α ${+(alpha.toFixed(4))} per arm: ${s.alpha} split over ${treatments.length} arms)` : '';
  const ciWords = `${+((1 - alpha) * 100).toFixed(2)}% CI`;
  for (const a of treatments) {
    const v = a.vsControl;
    if (!v) continue;
    const numbers = `${pct(a.rate)} against control's ${pct(control.rate)}, ${points(v.diff)} (${ciWords} ${signedPts(v.diffLow)} to ${signedPts(v.diffHigh)}${v.relative != null ? `; ${v.relative >= 0 ? '+' : '−'}${Math.abs(v.relative * 100).toFixed(0)}% relative` : ''}), ${pValue(v.p)}`;
    if (early) verdict.push(v.significant ? `${a.arm}: ${numbers}. Ahead so far, but an early look is not a result${alphaWords}.` : `${a.arm}: ${numbers}. No significant difference so far${alphaWords}.`);
    else if (v.significant) verdict.push(`${a.arm} converts ${v.diff > 0 ? 'better' : 'worse'} than control: ${numbers}. Significant at ${+(alpha.toFixed(4))}${alphaWords}.`);
    else {
      const mde = minimumDetectableEffect(control.rate ?? 0, Math.min(a.visits, control.visits), alpha, s.power);
      verdict.push(
        `No significant difference between ${a.arm} and control: ${numbers}${alphaWords}.${mde ? ` With ${int(Math.min(a.visits, control.visits))} visits per variant the test detects a change of about ${(mde * 100).toFixed(2)} points or more; a smaller one may remain.` : ''}`,
      );
    }
  }
  return { ...out, status: early ? 'early-look' : 'complete', verdict };
}

/** Per landing page: totals, variants (default and source-chosen) and A/B tests. */
export function analyseLanding(plan: LandingPlan, rows: readonly VariantCounts[], s: ReportSettings = DEFAULT_SETTINGS): LandingResult {
  const mine = rows.filter((r) => r.landing === plan.slug);
  const rule = plan.conversion;
  const variantIds = [...new Set(['default', ...plan.variants, ...mine.map((r) => r.variant)])].filter((v) => v === 'default' || mine.some((r) => r.variant === v) || plan.variants.includes(v));
  const variants: VariantResult[] = variantIds.map((variant) => {
    const r: VariantResult = { variant, chosenBy: variant === 'default' ? 'default' : 'source', ...rateOf(sum(mine.filter((m) => m.variant === variant)), rule, s.confidence) };
    if (variant !== 'default' && !plan.variants.includes(variant) && plan.declared) r.note = 'not a variant of this page in content/landing';
    else if (r.visits > 0 && r.visits < s.minVisits) r.note = `fewer than ${s.minVisits} visits: the interval is wide`;
    return r;
  });
  const ids = [...new Set(mine.map((r) => r.experiment).filter((x): x is string => Boolean(x)))];
  if (plan.experiment && !ids.includes(plan.experiment.id)) ids.unshift(plan.experiment.id);
  const experiments = ids.map((id) =>
    analyseExperiment(
      id,
      mine.filter((r) => r.experiment === id),
      plan.experiment?.id === id ? plan.experiment : undefined,
      rule,
      s,
    ),
  );
  return { landing: plan.slug, conversion: rule, conversionWhy: plan.conversionWhy, declared: plan.declared, total: rateOf(sum(mine), rule, s.confidence), variants, experiments };
}

export interface AnalyseInput {
  read: ReadResult;
  /** Declared landing pages (content/landing); pages seen only in the data get an inferred plan. */
  plans: readonly LandingPlan[];
  /** Sources the hub declares as social channels (hub.yaml channels other than e-mail). */
  socialSources?: readonly string[];
  settings?: Partial<ReportSettings>;
}

export function buildReport(input: AnalyseInput): Report {
  const s: ReportSettings = { ...DEFAULT_SETTINGS, ...input.settings };
  const { read } = input;
  const seen = [...new Set([...read.variants.map((r) => r.landing), ...read.sources.map((r) => r.landing)])].sort();
  const plans = new Map(input.plans.map((p) => [p.slug, p]));
  const warnings: string[] = [];
  for (const slug of seen)
    if (!plans.has(slug)) {
      const p = inferPlan(slug, read.variants);
      plans.set(slug, p);
      warnings.push(`Landing page "${slug}" is in the events but not in content/landing: its conversion is counted as ${p.conversion} (${p.conversionWhy}).`);
    }
  const landingOrder = [...plans.keys()].sort();
  const landings = landingOrder.filter((slug) => seen.includes(slug) || plans.get(slug)!.declared).map((slug) => analyseLanding(plans.get(slug)!, read.variants, s));
  const ruleOf = (slug: string) => plans.get(slug)?.conversion ?? 'cta_click';
  const social = new Set([...SOCIAL_SOURCES, ...(input.socialSources ?? [])]);

  // By source/medium/campaign over all landing pages, each visit converted under its page's rule.
  const bySource = new Map<string, SourceResult>();
  const byChannel = new Map<string, Rate & { channel: string }>();
  const kpiByLanding = new Map<string, Rate>();
  let kpi = EMPTY_RATE;
  for (const r of read.sources) {
    const rate = rateOf(r, ruleOf(r.landing), s.confidence);
    const channel = channelGroup(r.source, r.medium, social);
    const key = JSON.stringify([r.source, r.medium, r.campaign]);
    const prev = bySource.get(key);
    bySource.set(key, { source: r.source, medium: r.medium, campaign: r.campaign, channel, ...(prev ? addRates(prev, rate, s.confidence) : rate) });
    const pc = byChannel.get(channel);
    byChannel.set(channel, { channel, ...(pc ? addRates(pc, rate, s.confidence) : rate) });
    if (isSocial(channel)) {
      kpi = addRates(kpi, rate, s.confidence);
      kpiByLanding.set(r.landing, addRates(kpiByLanding.get(r.landing) ?? EMPTY_RATE, rate, s.confidence));
    }
  }
  const byVisits = <T extends Rate>(a: T, b: T, ka: string, kb: string) => b.visits - a.visits || ka.localeCompare(kb);
  const sources = [...bySource.values()].sort((a, b) => byVisits(a, b, `${a.source}|${a.medium}|${a.campaign}`, `${b.source}|${b.medium}|${b.campaign}`));
  const channels = [...byChannel.values()].sort((a, b) => byVisits(a, b, a.channel, b.channel));

  if (read.badRows.length) {
    const n = read.badRows.reduce((t, b) => t + b.count, 0);
    warnings.unshift(`${plural(n, 'row')} could not be read and ${n === 1 ? 'is' : 'are'} left out of every number (listed under "Rows not read").`);
  }
  if (read.orphans.conversions || read.orphans.clicks)
    warnings.push(
      `${plural(read.orphans.conversions, 'conversion')} and ${plural(read.orphans.clicks, 'click')} have no landing view in these files (a view before the period, consent given after the view, or a lost beacon): they are not counted.`,
    );
  if (read.mixedArms)
    warnings.push(
      `${plural(read.mixedArms, 'visit')} saw more than one A/B arm (a session with several views: the arm is drawn per view unless consent.storeAttribution keeps it for the session); each counts in its first view's arm, which pulls the arms' rates together.`,
    );
  if (read.duplicateViews) warnings.push(`${plural(read.duplicateViews, 'view id')} appear in more than one landing_view row; each counts as one visit.`);
  for (const l of landings)
    for (const x of l.experiments)
      for (const a of x.arms)
        if (a.share === null && x.plannedPerArm !== null) warnings.push(`${l.landing}: arm "${a.arm}" of test ${x.id} is not in content/landing (${plural(a.visits, 'visit')}); it is left out of the sample-ratio check.`);

  return {
    schema: 'proof-hub.conversion-report/1',
    period: { from: read.from ?? null, to: read.to ?? null },
    settings: s,
    definitions: DEFINITIONS,
    inputs: { files: read.files, badRows: read.badRows, orphans: read.orphans, duplicateViews: read.duplicateViews, mixedArms: read.mixedArms, ...(read.from ? { from: read.from } : {}), ...(read.to ? { to: read.to } : {}) },
    landings,
    sources,
    channels,
    kpi: kpiResult(kpi, kpiByLanding, s),
    days: read.days,
    warnings,
  };
}

function kpiResult(r: Rate, byLanding: Map<string, Rate>, s: ReportSettings): KpiResult {
  const { baseline, target } = s.kpi;
  const common = {
    name: 'Landing-page conversion rate (social traffic)',
    visits: r.visits,
    converted: r.converted,
    rate: r.rate,
    low: r.low,
    high: r.high,
    baseline,
    target,
    byLanding: [...byLanding.entries()].map(([landing, x]) => ({ landing, ...x })).sort((a, b) => a.landing.localeCompare(b.landing)),
  };
  const shown = rateWithInterval(r.rate, r.low, r.high);
  if (r.visits < s.minVisits || r.rate == null)
    return { ...common, status: 'not-enough-data', verdict: `Not enough social traffic yet: ${plural(r.visits, 'visit')} (at least ${s.minVisits} before the KPI is read).` };
  if (r.low! >= target) return { ...common, status: 'reached-target', verdict: `Target reached: ${shown}, the whole interval at or above the ${pct(target, 1)} target.` };
  if (r.low! > baseline)
    return { ...common, status: 'above-baseline', verdict: `Above the ${pct(baseline, 1)} baseline: ${shown}; the interval clears the baseline but not yet the ${pct(target, 1)} target.` };
  if (r.high! < baseline) return { ...common, status: 'below-baseline', verdict: `Below the ${pct(baseline, 1)} baseline: ${shown}, the whole interval under it.` };
  const n = requiredSampleSize(baseline, target, s.alpha, s.power);
  return {
    ...common,
    status: 'not-distinguishable',
    verdict: `Not distinguishable from the ${pct(baseline, 1)} baseline yet: ${shown}. About ${int(n)} social visits tell ${pct(baseline, 1)} from ${pct(target, 1)}.`,
  };
}
