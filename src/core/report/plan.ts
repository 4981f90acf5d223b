// What the report needs to know about each landing page, from its content/landing/<slug>.mdx: which
// event is its conversion, which variants are chosen by source, and its A/B test's plan. A landing
// page found in the events but not in content gets a plan inferred from the data, and a warning.
import type { LandingData } from '../schema/landing.ts';
import type { LandingPlan, VariantCounts } from './model.ts';

/** The definitions the report follows, word for word in the JSON, the HTML and the README. */
export const DEFINITIONS = [
  'A visit is one landing_view (counted once per view id); in GA4 data, one session (user_pseudo_id + ga_session_id) on a landing page.',
  'A conversion is a visit with a `conversion` event (a form sent on the page, or the thank-you step) where the CTA returns to an on-site step; where it leaves the site, a visit with a `cta_click`. A visit converts at most once.',
  'Variants chosen by source or campaign get rates and intervals but no lift verdict: their readers differ, not only their copy.',
  'Lift, the two-proportion test and the sample-ratio check apply to randomised A/B arms only, each arm against control.',
  'Rates carry Wilson 95% intervals; lifts carry Newcombe intervals at the level of their test (95% with one treatment arm); no verdict below 100 visits and 25 conversions per arm; a result read before the planned sample size is an early look.',
];

/** The plan of a declared landing page. */
export function planFor(slug: string, d: Pick<LandingData, 'cta' | 'thanks' | 'variants' | 'experiment'>): LandingPlan {
  const onSite = Boolean(d.thanks) || Boolean(d.cta.form);
  const conversionWhy = d.thanks
    ? 'the CTA returns to the thank-you step'
    : d.cta.form
      ? 'the CTA is a form on the page'
      : 'the CTA leaves the site (no thank-you step), so the click is what the page can see';
  const plan: LandingPlan = { slug, conversion: onSite ? 'conversion' : 'cta_click', conversionWhy, variants: d.variants.map((v) => v.id), declared: true };
  if (d.experiment) {
    const x = d.experiment;
    plan.experiment = { id: x.id, audience: x.audience, sampleSize: x.sampleSize, arms: x.arms.map((a) => ({ id: a.id, weight: a.weight })) };
  }
  return plan;
}

/** The plan of a landing page the content does not declare: conversion events seen mean an on-site step. */
export function inferPlan(slug: string, rows: readonly VariantCounts[]): LandingPlan {
  const mine = rows.filter((r) => r.landing === slug);
  const sawConversions = mine.some((r) => r.conversions > 0);
  return {
    slug,
    conversion: sawConversions ? 'conversion' : 'cta_click',
    conversionWhy: sawConversions
      ? 'not declared in content/landing; conversion events were seen, so it is counted as an on-site step'
      : 'not declared in content/landing; no conversion events were seen, so clicks are counted',
    variants: [...new Set(mine.map((r) => r.variant).filter((v) => v !== 'default'))].sort(),
    declared: false,
  };
}
