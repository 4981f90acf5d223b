// One finding of the cadence and governance report. Kinds are stable names (tests and the README
// use them); severity decides the exit code: errors always fail, warnings fail under --strict.
export type Severity = 'error' | 'warning' | 'info';

export const FINDING_KINDS = {
  MissedSlot: 'a slot in the window passed (grace included) with nothing published',
  LateSlot: 'a slot was filled after its day, within the grace window',
  DoubleBooked: 'a second asset landed in a slot another asset already filled',
  OffSlot: 'an asset was published on a day no slot covers',
  DueSoon: 'an upcoming slot within the due days has nothing scheduled (or only a draft)',
  OffPromise: 'a slot was filled by an asset that does not prove the promise the rotation asks for',
  ThinWeek: 'a week with fewer published proof assets than governance.coverage.perWeek',
  StarvingPromise: 'a promise with no published proof for longer than governance.coverage.promiseEveryWeeks',
  PostingRamp: 'posts in the first days of a series outside the planned range (the brief: 8 to 12 in 30 days)',
  ProofRatio: 'the share of posts that carry proof is below the target',
  UnknownChannel: 'a posts-log channel that maps to no channel of the hub',
  PostBeforeAsset: 'a post linked to an asset before it was published',
  BadPostsLog: 'a row of the posts log that cannot be read',
  ReviewIncomplete: 'a public asset without a complete review record (the publishing gate)',
  ReviewPending: 'a scheduled or draft asset whose review is not complete yet',
  ReviewAfterPublish: 'an asset reviewed after it went live',
  ClaimSource: 'a claim source that is not a well-formed https URL, or cites an asset that is not published',
  Superlative: 'an absolute claim in a title, description or heading without a sourced claim carrying it',
  MissingDisclosure: 'a collaboration without disclosure text',
  FeaturedAssetNotLive: 'a landing page features an asset that is a draft or not published yet (live pages leave it off)',
} as const;

export type FindingKind = keyof typeof FINDING_KINDS;

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** One line an editor can act on. */
  message: string;
  series?: string;
  rhythm?: 'assets' | 'posts';
  /** The day it is about (a slot, a week's Monday, a publish date). */
  date?: string;
  /** kind/slug. */
  asset?: string;
  file?: string;
  line?: number;
  field?: string;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.kind.localeCompare(b.kind) || (a.series ?? '').localeCompare(b.series ?? '') || (a.date ?? '').localeCompare(b.date ?? '') || (a.asset ?? '').localeCompare(b.asset ?? '') || a.message.localeCompare(b.message),
  );
}
