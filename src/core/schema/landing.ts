// Frontmatter of landing pages (content/landing/*.mdx): one campaign page with variants matched
// to the post that sent the reader (by utm_source and/or utm_campaign), featured proof assets, one
// primary CTA and an optional A/B test. Plain zod, shared by `npm run check`, Astro and the tests.
import { z } from 'zod';
import { HttpsUrlSchema, IdSchema, IsoDateSchema } from './primitives.ts';

/** Variant ids the URL scheme keeps for itself (/lp/<slug>/thanks/) or the script uses. */
export const RESERVED_VARIANT_IDS = ['default', 'thanks', 'control'] as const;
/** Copy slots on one page: the default, each variant and each test arm (see core/landing/page.ts). */
export const MAX_VARIANTS = 10;
export const MAX_ARMS = 4;

const UTM_VALUE_HELP = 'a lowercase UTM value, e.g. linkedin or spring-audit';
/** A utm_source or utm_campaign value as the UTM standard writes it (checked against hub.yaml by the content check). */
const UtmValueSchema = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { error: UTM_VALUE_HELP });

/** The hook quote: the line from the post (or a customer) the page repeats. */
export const HookSchema = z.strictObject({
  text: z.string().min(10).max(280),
  /** Who said it, e.g. "Lena Berg". */
  person: z.string().min(2).max(80).optional(),
  /** Their role, e.g. "Head of Quality, Nordpharma". */
  role: z.string().min(2).max(120).optional(),
});

/** What message match changes: the h1, the line under it, and the hook quote. */
const copyFields = {
  /** The h1: repeats what the post promised. 10 to 90 characters. */
  headline: z.string().min(10).max(90),
  /** One or two sentences under the h1. */
  subheadline: z.string().min(20).max(240),
  hook: HookSchema.optional(),
};

const notReserved = (id: string) => !(RESERVED_VARIANT_IDS as readonly string[]).includes(id);
const VariantIdSchema = IdSchema.refine(notReserved, {
  error: `an id other than ${RESERVED_VARIANT_IDS.join(', ')} (those are taken by the page itself)`,
  params: { name: 'ReservedVariantId' },
});

export const VariantSchema = z.strictObject({
  /** Becomes the variant page's URL: /lp/<slug>/<id>/ */
  id: VariantIdSchema,
  /** Which readers see it: utm_source and/or utm_campaign values (each a list). Both given: both must match. */
  match: z
    .strictObject({
      source: z.array(UtmValueSchema).min(1).optional(),
      campaign: z.array(UtmValueSchema).min(1).optional(),
    })
    .refine((m) => Boolean(m.source || m.campaign), {
      error: 'at least one of source or campaign, e.g. match: { source: [linkedin] }',
      params: { name: 'EmptyMatch' },
    }),
  ...copyFields,
});

export const ArmSchema = z.strictObject({
  /** `control` shows the audience's own copy; every other arm brings a headline. */
  id: IdSchema,
  /** Relative share of the audience, e.g. 50 and 50. */
  weight: z.number().int().min(1).max(100),
  headline: copyFields.headline.optional(),
  subheadline: copyFields.subheadline.optional(),
  hook: HookSchema.optional(),
});

export const ExperimentSchema = z
  .strictObject({
    /** Names the test in events and reports, e.g. hook-numbers-first. */
    id: IdSchema,
    /** Who takes part: `default` (readers no variant matched) or a variant id. */
    audience: IdSchema.default('default'),
    /** Planned visitors per arm before anyone reads the result (5,300 per arm detect 3% → 4%). */
    sampleSize: z.number().int().min(100),
    /** Weighted arms; one of them is `control`. */
    arms: z.array(ArmSchema).min(2).max(MAX_ARMS),
  })
  .superRefine((x, ctx) => {
    const ids = x.arms.map((a) => a.id);
    if (!ids.includes('control'))
      ctx.addIssue({ code: 'custom', path: ['arms'], message: 'one arm with id: control (it shows the audience\'s own copy)', input: ids, params: { name: 'MissingControl' } });
    x.arms.forEach((a, i) => {
      if (ids.indexOf(a.id) !== i)
        ctx.addIssue({ code: 'custom', path: ['arms', i, 'id'], message: 'an arm id used once in this test', input: a.id, params: { name: 'DuplicateArm' } });
      if (a.id === 'control' && (a.headline || a.subheadline || a.hook))
        ctx.addIssue({ code: 'custom', path: ['arms', i], message: 'no copy on the control arm (it shows the audience\'s own copy); put the new copy on another arm', input: a.id, params: { name: 'CopyOnControl' } });
      if (a.id !== 'control' && !a.headline)
        ctx.addIssue({ code: 'custom', path: ['arms', i, 'headline'], message: 'a headline for this arm (what it tests against the control)', input: undefined, params: { name: 'MissingField' } });
    });
  });

const FIELD_NAME = /^[a-z][a-z0-9_]*$/;
export const FormFieldSchema = z.strictObject({
  /** The name the form handler receives, e.g. email. */
  name: z
    .string()
    .regex(FIELD_NAME, { error: 'a field name in lowercase letters, digits and _, e.g. work_email' })
    .refine((n) => !n.startsWith('utm_') && !n.startsWith('ph_'), { error: 'a name not starting with utm_ or ph_ (the page fills those in itself)', params: { name: 'ReservedFieldName' } }),
  label: z.string().min(2).max(80),
  type: z.enum(['text', 'email', 'tel']).default('text'),
  required: z.boolean().default(true),
  /** HTML autocomplete token, e.g. email, organization, name. */
  autocomplete: z.string().regex(/^[a-z -]+$/).optional(),
});

const CTA_HELP = 'a CTA with a label and exactly one of href (a link to your form, booking or signup page) or form (fields posted to your form handler)';
export const CtaSchema = z
  .strictObject({
    /** The button text, e.g. "Book a 20-minute cold-chain audit". */
    label: z.string().min(5).max(60),
    /** External form, booking or signup page. UTM parameters and the view id are added to it. */
    href: HttpsUrlSchema.optional(),
    /** A form on the page, posted to your form handler with the attribution in hidden fields. */
    form: z
      .strictObject({
        action: HttpsUrlSchema,
        fields: z.array(FormFieldSchema).min(1).max(6),
      })
      .optional(),
    /** One line under the button, e.g. "No sales pitch: an engineer reviews your lane data." */
    note: z.string().min(5).max(160).optional(),
  }, { error: (issue) => (issue.input === undefined ? CTA_HELP : undefined) })
  .refine((c) => Boolean(c.href) !== Boolean(c.form), { error: `exactly one of href or form: ${CTA_HELP}`, params: { name: 'AmbiguousCta' } });

export const ThanksSchema = z.strictObject({
  /** The thank-you page's h1, e.g. "Thanks: your audit request is in". */
  headline: z.string().min(5).max(90),
  text: z.string().min(10).max(400),
});

export const LandingSchema = z.strictObject({
  /** The <title> of the base page: 10 to 60 characters, unique across the hub. */
  title: z.string().min(10).max(60),
  /** The meta description: 50 to 160 characters, unique across the hub. */
  description: z.string().min(50).max(160),
  /** Overrides the slug taken from the file name: the page lives at /lp/<slug>/ */
  slug: IdSchema.optional(),
  /** The campaign this page serves: its utm_campaign, written per the UTM standard. */
  campaign: UtmValueSchema,
  /** Id of the brand promise the page proves (content/hub.yaml). */
  promise: IdSchema,
  published: IsoDateSchema,
  /** Drafts show in `npm run dev` only. */
  draft: z.boolean().default(false),
  /** Whether search engines may index the base page (variant pages always point at it). */
  index: z.boolean().default(true),
  ...copyFields,
  /** Proof assets to feature, written kind/slug, e.g. case-study/nordpharma-excursion-alerts. */
  assets: z
    .array(
      z.string().regex(/^(case-study|benchmark|methodology)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: 'kind/slug of an asset, e.g. case-study/nordpharma-excursion-alerts',
      }),
    )
    .min(1)
    .max(6),
  cta: CtaSchema,
  /** An on-site thank-you step at /lp/<slug>/thanks/: point your form's redirect there to count conversions. */
  thanks: ThanksSchema.optional(),
  /** Message match: copy per source and/or campaign. */
  variants: z.array(VariantSchema).max(MAX_VARIANTS).default([]),
  experiment: ExperimentSchema.optional(),
});

export type LandingData = z.output<typeof LandingSchema>;
export type LandingInput = z.input<typeof LandingSchema>;
export type LandingVariant = LandingData['variants'][number];
export type LandingExperiment = NonNullable<LandingData['experiment']>;
export type LandingCopy = Pick<LandingData, 'headline' | 'subheadline' | 'hook'>;
