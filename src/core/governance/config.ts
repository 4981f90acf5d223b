// The `governance:` block of content/hub.yaml: the cadence window, promise coverage, the posts log
// and proof ratio, the superlatives lint and whether the internal report is published.
// Every field has a default, so a hub without the block gets the brief's numbers.
import { z } from 'zod';
import { IdSchema, RelativeFileSchema } from '../schema/primitives.ts';

const share = z.number().min(0).max(1);

/** Built-in absolute claims per site language; `words` in the config replaces a list, `add` extends it. */
export const BUILT_IN_SUPERLATIVES: Record<'en' | 'sv', readonly string[]> = {
  en: [
    'safest', 'best', 'fastest', 'most accurate', 'most reliable', 'most secure', 'most trusted', 'most transparent', 'cheapest',
    'number one', 'no. 1', '#1', 'world-class', 'world-leading', 'market-leading', 'industry-leading', 'unbeatable', 'unmatched',
    'guaranteed', 'guarantee', 'guarantees', '100%', 'zero risk', 'risk-free', 'never fails', 'flawless',
  ],
  sv: [
    'säkrast', 'säkraste', 'bäst', 'bästa', 'snabbast', 'snabbaste', 'billigast', 'noggrannast', 'mest pålitliga', 'mest transparenta',
    'nummer ett', 'nr 1', '#1', 'världsledande', 'marknadsledande', 'branschledande', 'oslagbar', 'oslagbara', 'garanterat', 'garanterad',
    'garanti', '100 %', '100%', 'riskfri', 'riskfritt', 'felfri', 'felfritt',
  ],
};

/** Phrases that contain a listed word but claim nothing absolute. */
export const BUILT_IN_ALLOWED = ['best practice', 'best practices', 'best before', 'at best', 'bäst före', 'bäst-före'];

export const GovernanceSchema = z.strictObject({
  /** Publish the internal cadence report at /internal/cadence/ (noindex, never in the sitemap). Off by default. */
  publishReport: z.boolean().default(false),
  /** The window the cadence check looks at, relative to today. */
  window: z
    .strictObject({ pastDays: z.number().int().min(7).max(730).default(90), futureDays: z.number().int().min(1).max(366).default(30) })
    .prefault({}),
  /** `--strict` fails on an empty slot due within this many days (`--due-days` overrides it). */
  dueDays: z.number().int().min(0).max(90).default(7),
  /** Days before a slot that its asset should be ready for the 5-minute review. */
  reviewLeadDays: z.number().int().min(0).max(30).default(2),
  coverage: z
    .strictObject({
      /** Published proof assets each week (Monday to Sunday, in the hub's time zone). */
      perWeek: z.number().int().min(0).max(50).default(1),
      /** Every promise is proved at least once in this many weeks. */
      promiseEveryWeeks: z.number().int().min(1).max(52).default(4),
      /** Count every promise an asset lists ("all"), or only its first ("primary"). */
      count: z.enum(['all', 'primary']).default('all'),
    })
    .prefault({}),
  /** The team's log of published social posts: a CSV export from the scheduler. */
  postsLog: z
    .strictObject({
      /** Relative to hub.yaml. A missing file means no proof ratio, with a note in the report. */
      file: RelativeFileSchema.default('./posts-log.csv'),
      /** Channel names as the scheduler writes them → channel ids, e.g. { "Coldtrace (LinkedIn Page)": linkedin }. */
      channels: z.record(z.string().min(1), IdSchema).default({}),
      /** Path prefixes (without the site base) of the hub's landing pages: a link there carries proof. */
      landingPaths: z.array(z.string().regex(/^\/[^?#]*$/, { error: 'a path starting with /, e.g. /lp/' })).default(['/lp/']),
    })
    .prefault({}),
  /** The brief's KPI: the share of posts that carry a proof asset. */
  proofRatio: z.strictObject({ baseline: share.default(0.15), target: share.default(0.4) }).prefault({}),
  /** Absolute claims flagged in titles, descriptions and headings unless a sourced claim carries them. */
  superlatives: z
    .strictObject({
      /** Replaces the built-in list of a language. */
      words: z.strictObject({ en: z.array(z.string().min(1)).optional(), sv: z.array(z.string().min(1)).optional() }).prefault({}),
      /** Added to the list of the site's language. */
      add: z.array(z.string().min(1)).default([]),
      /** Phrases never flagged (added to best practice, best before, at best, bäst före). */
      allow: z.array(z.string().min(1)).default([]),
    })
    .prefault({}),
});

export type Governance = z.output<typeof GovernanceSchema>;

/** The governance settings of a hub config, with every default filled in. */
export function governanceOf(config: { governance?: Governance | undefined }): Governance {
  return config.governance ?? GovernanceSchema.parse({});
}
