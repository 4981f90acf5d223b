// The guards and verdicts of the conversion report, word for word: sample-ratio mismatch first, then
// the minimum sample, then the early look, then the reading; source-chosen variants get no lift.
import { describe, expect, it } from 'vitest';
import { analyseExperiment, analyseLanding, buildReport, rateOf } from '../../src/core/report/analyse.ts';
import { channelGroup } from '../../src/core/report/channels.ts';
import type { ExperimentPlan, LandingPlan, ReadResult, VariantCounts } from '../../src/core/report/model.ts';
import { inferPlan, planFor } from '../../src/core/report/plan.ts';

const plan: ExperimentPlan = { id: 'numbers-first', audience: 'default', sampleSize: 5300, arms: [{ id: 'control', weight: 50 }, { id: 'numbers', weight: 50 }] };
const arm = (a: string, visits: number, conversions: number, clicks = conversions): VariantCounts => ({ landing: 'lp', variant: 'default', experiment: 'numbers-first', arm: a, visits, clicks, conversions });

describe('A/B verdicts', () => {
  it('a sample-ratio mismatch stops everything else', () => {
    const x = analyseExperiment('numbers-first', [arm('control', 5400, 160), arm('numbers', 4700, 190)], plan, 'conversion');
    expect(x.status).toBe('sample-ratio-mismatch');
    expect(x.srm!.flagged).toBe(true);
    expect(x.srm!.p / 3.2779702237834146e-12).toBeCloseTo(1, 6); // SciPy chisquare([5400, 4700])
    expect(x.arms.every((a) => !a.vsControl)).toBe(true);
    expect(x.verdict).toEqual([
      'Sample-ratio mismatch: control 5,400, numbers 4,700 visits against a planned 50/50 split (chi-square 48.5, p < 0.001).',
      'The assignment or the counting is broken (a redirect, caching, bots, or consent that drops one arm more often): read no lift until it is fixed.',
    ]);
  });
  it('5,000 against 5,300 is not flagged (p 0.003 is above 0.001)', () => {
    const x = analyseExperiment('numbers-first', [arm('control', 5300, 160), arm('numbers', 5000, 190)], { ...plan, sampleSize: 5000 }, 'conversion');
    expect(x.srm!.flagged).toBe(false);
    expect(x.status).toBe('complete');
  });
  it('no verdict below 100 visits and 25 conversions per arm; says how many more visits', () => {
    const x = analyseExperiment('numbers-first', [arm('control', 400, 9), arm('numbers', 410, 14)], plan, 'conversion');
    expect(x.status).toBe('not-enough-data');
    expect(x.moreVisitsPerArm).toBe(4900);
    expect(x.arms.every((a) => !a.vsControl)).toBe(true);
    expect(x.verdict).toEqual([
      'Not enough data yet: about 4,900 more visits per variant needed (planned: 5,300 per variant).',
      'No verdict before every arm has 100 visits and 25 conversions; control has 400 visits and 9 conversions, numbers has 410 visits and 14 conversions.',
    ]);
  });
  it('without a plan, the visits needed reach 25 conversions at the pooled rate', () => {
    const x = analyseExperiment('old-test', [{ ...arm('control', 400, 9), experiment: 'old-test' }, { ...arm('b', 410, 14), experiment: 'old-test' }], undefined, 'conversion');
    expect(x.moreVisitsPerArm).toBe(Math.ceil(25 / (23 / 810)) - 400);
    expect(x.verdict.at(-1)).toBe('The test has no planned sample size: declare experiment.sampleSize in its landing page.');
  });
  it('the guard reads the landing page’s conversion rule (clicks here)', () => {
    const x = analyseExperiment('numbers-first', [arm('control', 1000, 3, 30), arm('numbers', 1000, 2, 45)], plan, 'cta_click');
    expect(x.status).toBe('early-look');
    expect(x.arms[1]!.converted).toBe(45);
  });
  it('an early look shows the lift but calls it an early look', () => {
    const x = analyseExperiment('numbers-first', [arm('control', 1000, 30), arm('numbers', 1000, 45)], plan, 'conversion');
    expect(x.status).toBe('early-look');
    expect(x.arms[1]!.vsControl).toMatchObject({ diff: expect.closeTo(0.015, 12), p: expect.closeTo(0.0774848651326447, 10), significant: false });
    expect(x.verdict).toEqual([
      'Early look: 1,000 of 5,300 planned visits per variant (18%); reading a fixed-horizon test early inflates false positives (about 14% instead of 5% after five looks). Keep it running and read it once at 5,300.',
      "numbers: 4.50% against control's 3.00%, +1.50 points (95% CI −0.18 to +3.22; +50% relative), p = 0.077. No significant difference so far.",
    ]);
  });
  it('an early look that looks significant is still not a result', () => {
    const x = analyseExperiment('numbers-first', [arm('control', 2000, 60), arm('numbers', 2000, 100)], plan, 'conversion');
    expect(x.verdict[1]).toMatch(/^numbers: 5\.00% against control's 3\.00%, \+2\.00 points .*, p = 0\.001\. Ahead so far, but an early look is not a result\.$/);
  });
  it('at the planned sample: significant, or not with the detectable effect', () => {
    const win = analyseExperiment('numbers-first', [arm('control', 5300, 159), arm('numbers', 5310, 217)], plan, 'conversion');
    expect(win.status).toBe('complete');
    expect(win.verdict).toEqual([
      "numbers converts better than control: 4.09% against control's 3.00%, +1.09 points (95% CI +0.38 to +1.80; +36% relative), p = 0.002. Significant at 0.05.",
    ]);
    const flat = analyseExperiment('numbers-first', [arm('control', 5300, 159), arm('numbers', 5300, 170)], plan, 'conversion');
    expect(flat.verdict).toEqual([
      "No significant difference between numbers and control: 3.21% against control's 3.00%, +0.21 points (95% CI −0.46 to +0.87; +7% relative), p = 0.538. With 5,300 visits per variant the test detects a change of about 1.00 points or more; a smaller one may remain.",
    ]);
  });
  it('three arms split alpha (Bonferroni)', () => {
    const three: ExperimentPlan = { ...plan, arms: [{ id: 'control', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }] };
    const x = analyseExperiment('numbers-first', [arm('control', 5300, 159), arm('b', 5300, 200), arm('c', 5300, 165)], three, 'conversion');
    expect(x.alpha).toBe(0.025);
    // p 0.0277 (SciPy) is under 0.05 but not under 0.025; the 97.5% interval then includes 0 (−0.02 to +1.57).
    const b = x.arms.find((a) => a.arm === 'b')!.vsControl!;
    expect(b).toMatchObject({ p: expect.closeTo(0.027700757031378857, 12), significant: false, diffLow: expect.closeTo(-0.00015504615109686315, 12), diffHigh: expect.closeTo(0.015684655140929458, 12) });
    expect(x.verdict[0]).toBe(
      "No significant difference between b and control: 3.77% against control's 3.00%, +0.77 points (97.5% CI −0.02 to +1.57; +26% relative), p = 0.028 (α 0.025 per arm: 0.05 split over 2 arms). With 5,300 visits per variant the test detects a change of about 1.11 points or more; a smaller one may remain.",
    );
  });
  it('no control arm, no comparison', () => {
    expect(analyseExperiment('numbers-first', [arm('numbers', 500, 20)], plan, 'conversion').status).toBe('no-control');
  });
});

describe('landing pages and variants', () => {
  const landing: LandingPlan = { slug: 'lp', conversion: 'conversion', conversionWhy: 'the CTA returns to the thank-you step', variants: ['linkedin'], experiment: plan, declared: true };
  it('source-chosen variants get rates and intervals, never a lift', () => {
    const rows: VariantCounts[] = [arm('control', 1000, 30), arm('numbers', 1000, 45), { landing: 'lp', variant: 'linkedin', experiment: null, arm: null, visits: 60, clicks: 9, conversions: 2 }];
    const l = analyseLanding(landing, rows);
    expect(l.total).toMatchObject({ visits: 2060, converted: 77 });
    const li = l.variants.find((v) => v.variant === 'linkedin')!;
    expect(li).toMatchObject({ chosenBy: 'source', converted: 2, low: expect.closeTo(0.00918931925619787, 12), high: expect.closeTo(0.113637742743086, 12), note: 'fewer than 100 visits: the interval is wide' });
    expect('vsControl' in li).toBe(false);
    expect(l.experiments).toHaveLength(1);
  });
  it('a declared experiment with no data yet still shows', () => {
    const l = analyseLanding(landing, []);
    expect(l.experiments[0]).toMatchObject({ id: 'numbers-first', status: 'not-enough-data', moreVisitsPerArm: 5300, verdict: ['No visits in this test yet: 5,300 per variant are planned.'] });
  });
  it('the conversion rule comes from the page: thank-you step or form → conversion, a link away → cta_click', () => {
    const cta = { label: 'Book an audit now', href: 'https://x.example/a' };
    expect(planFor('a', { cta, thanks: { headline: 'Thanks!', text: 'We will be in touch.' }, variants: [], experiment: undefined }).conversion).toBe('conversion');
    expect(planFor('b', { cta: { label: 'Book a seat now', form: { action: 'https://f.example', fields: [] } } as never, thanks: undefined, variants: [], experiment: undefined }).conversion).toBe('conversion');
    expect(planFor('c', { cta, thanks: undefined, variants: [], experiment: undefined })).toMatchObject({ conversion: 'cta_click', conversionWhy: 'the CTA leaves the site (no thank-you step), so the click is what the page can see' });
    expect(inferPlan('d', [{ ...arm('control', 10, 1), landing: 'd' }]).conversion).toBe('conversion');
    expect(inferPlan('d', [{ ...arm('control', 10, 0, 4), landing: 'd' }]).conversion).toBe('cta_click');
  });
  it('rates under each rule', () => {
    expect(rateOf({ visits: 100, clicks: 10, conversions: 3 }, 'cta_click').converted).toBe(10);
    expect(rateOf({ visits: 0, clicks: 0, conversions: 0 }, 'conversion')).toMatchObject({ rate: null, low: null, high: null });
  });
});

describe('channels and the KPI', () => {
  it('GA4-style groups; YouTube counts as social here', () => {
    expect(channelGroup('linkedin', 'social')).toBe('Organic Social');
    expect(channelGroup('linkedin', 'paid-social')).toBe('Paid Social');
    expect(channelGroup('linkedin', 'social-paid')).toBe('Organic Social');
    expect(channelGroup('google', 'cpc')).toBe('Paid Other');
    expect(channelGroup('youtube', 'video')).toBe('Organic Social');
    expect(channelGroup('newsletter', 'email')).toBe('Email');
    expect(channelGroup('proof-hub', 'referral')).toBe('Referral');
    expect(channelGroup(null, null)).toBe('Direct');
    expect(channelGroup('acme', 'banner')).toBe('Unassigned');
    expect(channelGroup('coldtrace-forum', 'forum', new Set(['coldtrace-forum']))).toBe('Organic Social');
  });
  const read = (sources: ReadResult['sources']): ReadResult => ({ files: [], badRows: [], orphans: { clicks: 0, conversions: 0 }, duplicateViews: 0, mixedArms: 0, variants: [], sources, days: [] });
  it('the KPI against the 2.2% baseline and 3.2% target', () => {
    const k = (visits: number, conversions: number) => buildReport({ read: read([{ landing: 'lp', source: 'linkedin', medium: 'social', campaign: 'c', visits, clicks: conversions, conversions }, { landing: 'lp', source: 'newsletter', medium: 'email', campaign: 'c', visits: 500, clicks: 100, conversions: 100 }]), plans: [{ slug: 'lp', conversion: 'conversion', conversionWhy: '', variants: [], declared: true }] }).kpi;
    expect(k(50, 2)).toMatchObject({ status: 'not-enough-data', verdict: 'Not enough social traffic yet: 50 visits (at least 100 before the KPI is read).' });
    expect(k(4000, 88)).toMatchObject({ status: 'not-distinguishable', visits: 4000, converted: 88 });
    expect(k(4000, 88).verdict).toBe('Not distinguishable from the 2.2% baseline yet: 2.20% (1.79–2.70%). About 4,123 social visits tell 2.2% from 3.2%.');
    expect(k(10000, 400).status).toBe('reached-target');
    expect(k(10000, 290).status).toBe('above-baseline');
    expect(k(10000, 150).status).toBe('below-baseline');
  });
  it('a landing page only in the data gets an inferred rule and a warning', () => {
    const r = buildReport({ read: { ...read([]), variants: [{ ...arm('control', 10, 0, 3), landing: 'ghost', experiment: null, arm: null }] }, plans: [] });
    expect(r.landings.map((l) => [l.landing, l.conversion, l.declared])).toEqual([['ghost', 'cta_click', false]]);
    expect(r.warnings).toEqual(['Landing page "ghost" is in the events but not in content/landing: its conversion is counted as cta_click (not declared in content/landing; no conversion events were seen, so clicks are counted).']);
  });
});
