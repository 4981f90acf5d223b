// Frontmatter of proof assets (case studies, benchmarks, methodology posts) and authors.
// One definition for Astro's collections, the scripts and the tests: the hero is a path relative to
// the MDX file (the build draws its sizes itself, src/core/images/). `makeAssetSchemas(image)`
// keeps the hero's schema a parameter for a reader that wants to validate it differently.
import { z } from 'zod';
import { HttpsUrlSchema, IdSchema, IsoDateSchema, RelativeFileSchema } from './primitives.ts';
import { SnippetOverridesSchema } from '../snippets/overrides.ts';

export const ASSET_KINDS = ['case-study', 'benchmark', 'methodology'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** Where each kind's MDX lives under content/, and its URL segment (the same word). */
export const KIND_FOLDERS: Record<AssetKind, string> = {
  'case-study': 'case-studies',
  benchmark: 'benchmarks',
  methodology: 'methodology',
};

const SOURCE_HELP = 'a source for the claim: { url: https://… }, { data: ./file.csv } or { asset: kind/slug }';

export const ClaimSourceSchema = z
  .strictObject({
    /** A public page that backs the claim. */
    url: HttpsUrlSchema.optional(),
    /** A data file next to the MDX, e.g. ./results.csv */
    data: RelativeFileSchema.optional(),
    /** Another asset, written kind/slug, e.g. case-study/nordpharma-audit */
    asset: z
      .string()
      .regex(/^(case-study|benchmark|methodology)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'kind/slug of another asset, e.g. case-study/nordpharma-audit',
      })
      .optional(),
  }, { error: (issue) => (issue.input === undefined ? SOURCE_HELP : undefined) })
  .refine((s) => [s.url, s.data, s.asset].filter(Boolean).length === 1, {
    error: `exactly one of url, data or asset: ${SOURCE_HELP}`,
    params: { name: 'AmbiguousSource' },
  });

export const ClaimSchema = z.strictObject({
  id: IdSchema,
  /** The claim as the reader sees it, e.g. "Spoilage fell 41% in six months". */
  text: z.string().min(10).max(200),
  source: ClaimSourceSchema,
});

export const ReviewSchema = z.strictObject({
  claims: z.boolean().default(false),
  sources: z.boolean().default(false),
  disclosure: z.boolean().default(false),
  policy: z.boolean().default(false),
  tone: z.boolean().default(false),
  reviewer: z.string().min(2).optional(),
  date: IsoDateSchema.optional(),
});

export const DisclosureSchema = z
  .strictObject({
    /** True when a partner paid, co-wrote or supplied material. */
    collaboration: z.boolean().default(false),
    partner: z.string().min(2).optional(),
    /** Shown at the top of the page, e.g. "Written with Nordpharma; no payment was made." */
    text: z.string().min(10).optional(),
  })
  .refine((d) => !d.collaboration || Boolean(d.text), {
    error: 'a disclosure text when collaboration is true, e.g. "Written with Nordpharma; no payment was made."',
    path: ['text'],
    params: { name: 'MissingDisclosure' },
  })
  .refine((d) => !d.collaboration || Boolean(d.partner), {
    error: 'the partner\'s name when collaboration is true',
    path: ['partner'],
    params: { name: 'MissingPartner' },
  })
  .default({ collaboration: false });

const ResultValueSchema = z.union([z.string().min(1), z.number()], { error: 'a number or short text, e.g. 58 or "3.1 %"' }).transform(String);

function baseFields<I extends z.ZodType>(image: I) {
  return {
    /** Shown as the h1 and in the <title>. At most 60 characters. */
    title: z.string().min(10).max(60),
    /** The meta description: one or two sentences, 50 to 160 characters. */
    description: z.string().min(50).max(160),
    /** A short paragraph for cards and feeds. */
    summary: z.string().min(20).max(400),
    published: IsoDateSchema,
    updated: IsoDateSchema.optional(),
    /** Drafts show in `npm run dev` only. */
    draft: z.boolean().default(false),
    /** Overrides the slug taken from the file name. */
    slug: IdSchema.optional(),
    /** Ids of the brand promises this asset proves (content/hub.yaml). */
    promises: z.array(IdSchema).min(1),
    /** Id of the proof series it belongs to (content/hub.yaml). */
    series: IdSchema,
    tags: z.array(IdSchema).default([]),
    /** Ids of files in content/authors/. */
    authors: z.array(IdSchema).min(1),
    hero: z.strictObject({ src: image, alt: z.string().min(5).max(200) }),
    /** Points search engines at another URL as the original. */
    canonical: HttpsUrlSchema.optional(),
    noindex: z.boolean().default(false),
    disclosure: DisclosureSchema,
    claims: z.array(ClaimSchema).default([]),
    review: ReviewSchema.optional(),
    /** Editor overrides for social snippets: hook, clip hooks, whole posts per channel (README "Social snippets"). */
    snippets: SnippetOverridesSchema.optional(),
  };
}

function withDateOrder<T extends z.ZodType<{ published: string; updated?: string | undefined }>>(schema: T) {
  // Compared only when both are well-formed dates; a malformed one already has its own error.
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return schema.refine((a) => !a.updated || !day.test(a.updated) || !day.test(a.published) || a.updated >= a.published, {
    error: 'an updated date on or after the published date',
    path: ['updated'],
  });
}

export function makeAssetSchemas<I extends z.ZodType>(image: I) {
  const base = baseFields(image);
  const caseStudy = withDateOrder(
    z.strictObject({
      ...base,
      customer: z.strictObject({
        name: z.string().min(2),
        industry: z.string().min(2),
        size: z.string().optional(),
      }),
      challenge: z.string().min(20),
      results: z
        .array(
          z.strictObject({
            metric: z.string().min(2),
            // Editors write `before: 58` as often as `before: "58 %"`: both are shown as written.
            before: ResultValueSchema,
            after: ResultValueSchema,
          }),
        )
        .min(1),
    }),
  );
  const benchmark = withDateOrder(
    z.strictObject({
      ...base,
      /** What was measured, in one sentence. */
      measured: z.string().min(10),
      environment: z.string().min(10),
      method: z.string().min(10),
      data: z.strictObject({
        /** CSV (with a header row) or JSON (an array of objects) next to the MDX. */
        file: RelativeFileSchema.regex(/\.(csv|json)$/, { error: 'a .csv or .json file, e.g. ./results.csv' }),
        title: z.string().min(5),
        description: z.string().min(20),
        license: z.string().default('CC BY 4.0'),
      }),
    }),
  );
  const methodology = withDateOrder(
    z.strictObject({
      ...base,
      steps: z.array(z.string().min(5)).min(2),
      tools: z.array(z.string().min(2)).default([]),
    }),
  );
  return { 'case-study': caseStudy, benchmark, methodology } as const;
}

/** The schemas scripts and tests use: the hero is a path relative to the MDX file. */
export const AssetSchemas = makeAssetSchemas(RelativeFileSchema);

export const AuthorSchema = z.strictObject({
  name: z.string().min(2),
  role: z.string().min(2),
  bio: z.string().min(20),
  url: HttpsUrlSchema.optional(),
  profiles: z.array(HttpsUrlSchema).default([]),
});

export type CaseStudyData = z.output<(typeof AssetSchemas)['case-study']>;
export type BenchmarkData = z.output<(typeof AssetSchemas)['benchmark']>;
export type MethodologyData = z.output<(typeof AssetSchemas)['methodology']>;
export type AssetData = CaseStudyData | BenchmarkData | MethodologyData;
export type AuthorData = z.output<typeof AuthorSchema>;
