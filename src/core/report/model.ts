// The conversion report's data: what the readers hand the core (counts per group, read statistics)
// and what the core hands every output (the Report, which is also the JSON file). Pure types and
// the report's settings; no I/O.

/** What one group of visits did. A visit counts once however many clicks or conversions it sent. */
export interface Counts {
  /** Visits: landing views by view id, or GA4 sessions (user_pseudo_id + ga_session_id) per landing page. */
  visits: number;
  /** Visits with at least one cta_click. */
  clicks: number;
  /** Visits with at least one conversion event (a form sent on the page, or the thank-you step). */
  conversions: number;
}

/** Visits per landing page, variant and A/B arm. `variant` is "default" when no variant matched. */
export interface VariantCounts extends Counts {
  landing: string;
  variant: string;
  experiment: string | null;
  arm: string | null;
}

/** Visits per landing page and UTM source/medium/campaign (lowercased, trimmed; null when absent). */
export interface SourceCounts extends Counts {
  landing: string;
  source: string | null;
  medium: string | null;
  campaign: string | null;
}

/** Visits per landing page, arm and UTC day (for the cumulative chart of an A/B test). */
export interface DayCounts extends Counts {
  landing: string;
  experiment: string;
  arm: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
}

export const INPUT_FORMATS = ['hub-ndjson', 'hub-csv', 'ga4-ndjson', 'ga4-parquet', 'posthog-csv', 'posthog-json'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

export const FORMAT_WORDS: Record<InputFormat, string> = {
  'hub-ndjson': 'hub events, NDJSON',
  'hub-csv': 'hub events, CSV',
  'ga4-ndjson': 'GA4 BigQuery export, NDJSON',
  'ga4-parquet': 'GA4 BigQuery export, Parquet',
  'posthog-csv': 'PostHog export, CSV',
  'posthog-json': 'PostHog export, JSON',
};

export interface FileStats {
  file: string;
  format: InputFormat;
  /** Data rows read (lines of NDJSON, records of CSV or Parquet), blank lines excepted. */
  rows: number;
  /** Rows that are landing views, clicks or conversions of a landing page. */
  used: number;
  /** Well-formed rows of other events (asset-page views, PostHog's $pageview, GA4's scroll…). */
  ignored: number;
  /** Rows that could not be read: counted in `badRows` by reason. */
  bad: number;
}

/** Rows one file could not use, by reason: never dropped silently. */
export interface BadRows {
  file: string;
  /** Stable PascalCase name, e.g. InvalidJson, MissingViewId. */
  reason: string;
  /** What a good row holds, in plain words. */
  expected: string;
  count: number;
  /** The first few line numbers (records for Parquet), ascending. */
  lines: number[];
}

/** What the readers found, besides the counts. */
export interface ReadSummary {
  files: FileStats[];
  badRows: BadRows[];
  /** Clicks and conversions whose visit has no landing view in the data (consent given late, a view lost, another period). */
  orphans: { clicks: number; conversions: number };
  /** View ids with more than one landing_view row (counted once). */
  duplicateViews: number;
  /** Visits (sessions, in GA4 or PostHog data) whose views were shown more than one A/B arm; counted in their first view's arm. */
  mixedArms: number;
  /** First and last event time (ISO, UTC) of the rows used. */
  from?: string;
  to?: string;
}

export interface ReadResult extends ReadSummary {
  variants: VariantCounts[];
  sources: SourceCounts[];
  days: DayCounts[];
}

/** Which event makes a visit a conversion on one landing page. */
export type ConversionEvent = 'conversion' | 'cta_click';

/** What the report knows about a landing page from content/landing/<slug>.mdx (or inferred from the data). */
export interface LandingPlan {
  slug: string;
  /** `conversion` when the CTA returns to an on-site step (a thank-you step or a form on the page), else `cta_click`. */
  conversion: ConversionEvent;
  /** Why that event, in words (shown in the report). */
  conversionWhy: string;
  /** Variants chosen by source or campaign (never randomised). */
  variants: string[];
  experiment?: ExperimentPlan;
  /** false: no content/landing file for this slug was found; the rule was inferred from the data. */
  declared: boolean;
}

export interface ExperimentPlan {
  id: string;
  /** `default` or the variant id whose readers take part. */
  audience: string;
  /** Planned visits per arm before anyone reads the result. */
  sampleSize: number;
  arms: { id: string; weight: number }[];
}

/** The report's thresholds; the defaults are the README's. */
export interface ReportSettings {
  /** Interval confidence: 0.95. */
  confidence: number;
  /** Significance level of the lift test (split Bonferroni-wise across arms beyond one treatment): 0.05. */
  alpha: number;
  /** Power for sample sizes and detectable effects: 0.8. */
  power: number;
  /** Sample-ratio mismatch when the chi-square p-value is below this: 0.001. */
  srmAlpha: number;
  /** No verdict below these per arm: 100 visits and 25 conversions. */
  minVisits: number;
  minConversions: number;
  /** The brief's KPI: landing-page conversion for social traffic. */
  kpi: { baseline: number; target: number };
}

export const DEFAULT_SETTINGS: ReportSettings = {
  confidence: 0.95,
  alpha: 0.05,
  power: 0.8,
  srmAlpha: 0.001,
  minVisits: 100,
  minConversions: 25,
  kpi: { baseline: 0.022, target: 0.032 },
};

/** A group's outcome: counts, the rate under the landing's conversion rule, and its Wilson interval. */
export interface Rate extends Counts {
  /** Visits that converted under their landing page's rule (conversions or clicks). */
  converted: number;
  /** converted / visits; null without visits. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

export interface ArmResult extends Rate {
  arm: string;
  /** Planned share of the audience (0 to 1); null for an arm the plan does not name. */
  share: number | null;
  /** Against control (absent on the control arm and when the test may not be read). */
  vsControl?: {
    /** Absolute difference of rates, arm minus control, with Newcombe's interval at 1 − the experiment's alpha. */
    diff: number;
    diffLow: number;
    diffHigh: number;
    /** Relative lift; null when the control's rate is 0. */
    relative: number | null;
    z: number;
    p: number;
    /** p below the (Bonferroni-split) alpha. */
    significant: boolean;
  };
}

export type ExperimentStatus = 'sample-ratio-mismatch' | 'not-enough-data' | 'early-look' | 'complete' | 'no-control';

export interface ExperimentResult {
  id: string;
  audience: string;
  /** Planned visits per arm; null when the landing page does not declare this test. */
  plannedPerArm: number | null;
  status: ExperimentStatus;
  /** The alpha each arm's test is read at (alpha / (arms − 1)). */
  alpha: number;
  srm: { chiSquare: number; df: number; p: number; flagged: boolean; expected: number[] } | null;
  /** Visits per arm still needed to reach the plan (0 when reached). */
  moreVisitsPerArm: number | null;
  arms: ArmResult[];
  /** The plain-words verdict, one sentence per line. */
  verdict: string[];
}

export interface VariantResult extends Rate {
  variant: string;
  /** How readers got this copy: the page's default copy, or a variant chosen by source/campaign. */
  chosenBy: 'default' | 'source';
  /** Present when the rate may not be compared (few visits) or the variant is unknown to the page. */
  note?: string;
}

export interface LandingResult {
  landing: string;
  conversion: ConversionEvent;
  conversionWhy: string;
  declared: boolean;
  total: Rate;
  variants: VariantResult[];
  experiments: ExperimentResult[];
}

export interface SourceResult extends Rate {
  source: string | null;
  medium: string | null;
  campaign: string | null;
  /** GA4-style channel group (Organic Social, Paid Social, Email, Referral, Direct, …). */
  channel: string;
}

export interface KpiResult {
  name: string;
  visits: number;
  converted: number;
  rate: number | null;
  low: number | null;
  high: number | null;
  baseline: number;
  target: number;
  /** reached-target, above-baseline, at-baseline, below-baseline, not-enough-data */
  status: 'reached-target' | 'above-baseline' | 'not-distinguishable' | 'below-baseline' | 'not-enough-data';
  verdict: string;
  /** Social visits by landing page. */
  byLanding: (Rate & { landing: string })[];
}

export interface Report {
  schema: 'proof-hub.conversion-report/1';
  period: { from: string | null; to: string | null };
  settings: ReportSettings;
  definitions: string[];
  inputs: ReadSummary;
  landings: LandingResult[];
  /** By source/medium/campaign over every landing page, most visits first. */
  sources: SourceResult[];
  /** By channel group, most visits first. */
  channels: (Rate & { channel: string })[];
  kpi: KpiResult;
  /** Daily counts per experiment arm, for the charts. */
  days: DayCounts[];
  /** Things the reader should know before trusting a number (bad rows, orphans, inferred rules). */
  warnings: string[];
}
