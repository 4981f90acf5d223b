// The hub config (content/hub.yaml): one place for the site, brand, promises, series, channels,
// analytics, consent and the UTM standard. Later features extend this schema, never a second file.
import { z } from 'zod';
import { parseRule } from '../cadence/rrule.ts';
import { GovernanceSchema } from '../governance/config.ts';
import { SnippetsConfigSchema } from '../snippets/config.ts';
import { HexColourSchema, HttpsUrlSchema, IdSchema, IsoDateSchema, RelativeFileSchema } from './primitives.ts';

export const LANGUAGES = ['en', 'sv'] as const;
export const CHANNEL_ROLES = ['demand', 'trust', 'community', 'conversion'] as const;
export const PLATFORMS = [
  'linkedin', 'x', 'threads', 'bluesky', 'mastodon', 'instagram', 'youtube', 'tiktok', 'reddit', 'discord', 'email',
] as const;
export const ANALYTICS_PROVIDERS = ['none', 'plausible', 'ga4', 'posthog', 'umami'] as const;

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const SiteSchema = z.strictObject({
  /** The hub's name, shown in titles and the header. */
  name: z.string().min(2).max(40),
  /** One sentence for the home page's meta description. */
  description: z.string().min(50).max(160),
  /** Origin the site is served from, without a path: https://proof.example.com */
  url: HttpsUrlSchema.refine((s) => /^https:\/\/[^/?#]+$/.test(s), {
    error: 'an origin without a path or trailing slash, e.g. https://proof.example.com (put a sub-path in "base")',
  }),
  /** Sub-path the site lives under, e.g. /proof-hub/ on GitHub Pages. */
  base: z
    .string()
    .regex(/^\/(?:[a-z0-9._-]+\/)*$/, { error: 'a path that starts and ends with /, e.g. / or /proof-hub/' })
    .default('/'),
  /** The site's own words and date formats. */
  language: z.enum(LANGUAGES).default('en'),
  /** IANA time zone for dates and slots, e.g. Europe/Stockholm. */
  timeZone: z.string().refine(isTimeZone, { error: 'an IANA time zone, e.g. Europe/Stockholm' }).default('UTC'),
  /** Pins "today" (what is published, due or future). PROOF_HUB_TODAY and --today override it. */
  today: IsoDateSchema.optional(),
  /** Assets per list page (kinds, series, promises, authors, tags); longer lists go on to /page/2/ and on. */
  listPageSize: z.int().min(6).max(200).default(24),
});

export const BrandSchema = z.strictObject({
  colours: z.strictObject({
    primary: HexColourSchema,
    accent: HexColourSchema,
    ink: HexColourSchema.default('#14181f'),
    paper: HexColourSchema.default('#ffffff'),
  }),
  font: z.strictObject({
    family: z.string().min(1),
    /** TrueType files shipped in the repo, relative to hub.yaml: images are drawn with them. */
    regular: RelativeFileSchema,
    bold: RelativeFileSchema,
  }),
});

export const OrganisationSchema = z.strictObject({
  name: z.string().min(1),
  url: HttpsUrlSchema,
  /** Square PNG logo, relative to hub.yaml (published as logo.png for JSON-LD). */
  logo: RelativeFileSchema.regex(/\.png$/, { error: 'a .png file, e.g. ./images/logo.png' }),
  /** Profiles for schema.org sameAs. */
  profiles: z.array(HttpsUrlSchema).default([]),
});

export const PromiseSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(2).max(60),
  /** What the promise means to a customer, in one or two sentences. */
  meaning: z.string().min(20),
  /** How the company proves it: the kinds of evidence that count. */
  proof: z.string().min(20),
});

/** Every N days, or an RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=TU. */
const CADENCE_HELP = 'an RRULE such as FREQ=WEEKLY;BYDAY=TU, or { everyDays: 14 }';
const RULE_SHAPE = /^\s*(RRULE:)?[A-Za-z]+=/;
export const CadenceSchema = z.union(
  [
    // Checked part by part in SeriesSchema (src/core/cadence/rrule.ts), so the error names the series and the part.
    z.string().regex(RULE_SHAPE, { error: CADENCE_HELP }),
    z.strictObject({ everyDays: z.number().int().min(1).max(366) }),
  ],
  { error: CADENCE_HELP },
);

/** A local time of day, HH:MM (24-hour). */
const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'a time written HH:MM (24-hour), e.g. 09:00' });

/**
 * Defaults of the optional rhythm fields, applied by src/core/cadence (kept out of the parsed
 * config so configs without them parse exactly as before).
 */
export const SERIES_RHYTHM_DEFAULTS = { time: '09:00', graceDays: 0, perSlot: 1, firstDays: { days: 30, min: 8, max: 12 } } as const;

/** The social rhythm of a series: how often posts about it go out, checked against the posts log. */
export const PostingSchema = z.strictObject({
  /** An RRULE such as FREQ=WEEKLY;BYDAY=TU,TH, or { everyDays: 3 }. */
  rule: CadenceSchema,
  /** Posts each slot needs (default 1). */
  perSlot: z.number().int().min(1).max(20).optional(),
  /** Local time of each slot (default: the series' time). */
  time: TimeOfDaySchema.optional(),
  /** Days after a slot during which a post still counts, as late (default 0). */
  graceDays: z.number().int().min(0).max(30).optional(),
  /** First day of the posting rhythm (default: the series' start). */
  start: IsoDateSchema.optional(),
  end: IsoDateSchema.optional(),
  /** Posts expected in the first days of the series (the brief: 8 to 12 in the first 30). */
  firstDays: z.strictObject({ days: z.number().int().min(1).max(365), min: z.number().int().min(0), max: z.number().int().min(0) }).optional(),
});

export const SeriesSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(2).max(60),
    description: z.string().min(20),
    promises: z.array(IdSchema).min(1),
    cadence: CadenceSchema,
    start: IsoDateSchema,
    end: IsoDateSchema.optional(),
    owner: z.string().min(1),
    /** Local time (site.timeZone) an asset slot opens, HH:MM (default 09:00). */
    time: TimeOfDaySchema.optional(),
    /** Days after a slot during which an asset still fills it, as late (default 0). */
    graceDays: z.number().int().min(0).max(60).optional(),
    /** Promise ids taken in turn, one per slot, from the series' promises. */
    rotation: z.array(IdSchema).min(1).optional(),
    /** The social rhythm (posts about this series), checked against the posts log. */
    posting: PostingSchema.optional(),
  })
  .superRefine((s, ctx) => {
    const rules: [readonly PropertyKey[], unknown][] = [[['cadence'], s.cadence], [['posting', 'rule'], s.posting?.rule]];
    for (const [path, value] of rules) {
      if (typeof value !== 'string' || !RULE_SHAPE.test(value)) continue; // CadenceSchema already said what shape it wants
      const parsed = parseRule(value);
      if (!parsed.ok)
        ctx.addIssue({ code: 'custom', path: [...path], message: `${parsed.problem.expected} (series "${s.id}")`, input: value, params: { name: 'InvalidCadence' } });
    }
    if (s.end && s.end < s.start)
      ctx.addIssue({ code: 'custom', path: ['end'], message: `a day on or after start (${s.start}) (series "${s.id}")`, input: s.end, params: { name: 'EndBeforeStart' } });
    s.rotation?.forEach((p, i) => {
      if (!s.promises.includes(p))
        ctx.addIssue({ code: 'custom', path: ['rotation', i], message: `one of this series' promises (${s.promises.join(', ')}) (series "${s.id}")`, input: p, params: { name: 'UnknownPromise' } });
    });
    const first = s.posting?.firstDays;
    if (first && first.min > first.max)
      ctx.addIssue({ code: 'custom', path: ['posting', 'firstDays', 'max'], message: `a maximum of at least min (${first.min}) (series "${s.id}")`, input: first.max, params: { name: 'InvalidRange' } });
  });

export const ChannelSchema = z.strictObject({
  id: IdSchema,
  platform: z.enum(PLATFORMS),
  role: z.enum(CHANNEL_ROLES),
  /** At most two KPIs per channel: a primary and an optional secondary. */
  kpi: z.strictObject({ primary: z.string().min(2), secondary: z.string().min(2).optional() }),
  utmSource: z.string().min(1),
  utmMedium: z.string().min(1),
  /** Weekday and local time, e.g. "TU 09:00". */
  postingTimes: z
    .array(z.string().regex(/^(MO|TU|WE|TH|FR|SA|SU) ([01]\d|2[0-3]):[0-5]\d$/, { error: 'a weekday and time, e.g. "TU 09:00"' }))
    .min(1),
});

/** Where the attribution script sends its events (README "Landing pages and attribution"). */
export const EVENT_DESTINATIONS = ['dataLayer', 'plausible', 'posthog', 'umami', 'beacon'] as const;
export type EventDestination = (typeof EVENT_DESTINATIONS)[number];
/** The destination each provider implies when `send` is not written. */
const PROVIDER_DESTINATIONS: Record<(typeof ANALYTICS_PROVIDERS)[number], EventDestination[]> = {
  none: [], plausible: ['plausible'], ga4: ['dataLayer'], posthog: ['posthog'], umami: ['umami'],
};

export const AnalyticsSchema = z
  .strictObject({
    provider: z.enum(ANALYTICS_PROVIDERS).default('none'),
    /** Plausible domain, GA4 measurement id or PostHog key, as the provider needs. */
    id: z.string().optional(),
    /** Where landing_view, variant_exposure, cta_click and conversion go; defaults to the provider's own. */
    send: z.array(z.enum(EVENT_DESTINATIONS)).optional(),
    /** https endpoint for `beacon`: receives a JSON array of events (README "Event schema"). */
    endpoint: HttpsUrlSchema.optional(),
  })
  .default({ provider: 'none' })
  .transform((a) => ({ ...a, send: [...new Set(a.send ?? PROVIDER_DESTINATIONS[a.provider])] }))
  .refine((a) => !a.send.includes('beacon') || Boolean(a.endpoint), {
    error: 'an https endpoint for the beacon, e.g. endpoint: https://collect.example.com/events',
    path: ['endpoint'],
    params: { name: 'MissingEndpoint' },
  });

/**
 * A source a vendor needs in the Content-Security-Policy: an https origin (a `*.` subdomain wildcard
 * and a path are allowed). Keywords and schemes are refused: `'unsafe-inline'` is ignored where
 * hashes are listed, `'unsafe-eval'` and `*` or `https:` would let any injected script run.
 */
export const CspSourceSchema = z
  .string()
  .refine((v) => /^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?(\/[^\s;,'"]*)?$/i.test(v), {
    error: "an https origin such as https://www.googletagmanager.com (no keywords such as 'unsafe-inline' or 'unsafe-eval', no bare * or https:; README \"Content-Security-Policy, per host\")",
    params: { name: 'UnsafeCspSource' },
  });

/** Vendor origins added to the Content-Security-Policy of every page, in the <meta> and in _headers. */
export const SecuritySchema = z
  .strictObject({
    csp: z
      .strictObject({
        /** Origins of vendor scripts (e.g. a tag manager's loader), added to script-src. */
        extraScriptSrc: z.array(CspSourceSchema).default([]),
        /** Origins the vendor's script sends to, added to connect-src. */
        extraConnectSrc: z.array(CspSourceSchema).default([]),
        /** Origins of tracking pixels and vendor images, added to img-src. */
        extraImgSrc: z.array(CspSourceSchema).default([]),
      })
      .default({ extraScriptSrc: [], extraConnectSrc: [], extraImgSrc: [] }),
  })
  .default({ csp: { extraScriptSrc: [], extraConnectSrc: [], extraImgSrc: [] } });

export const ConsentSchema = z
  .strictObject({
    /** Store first/last touch in the browser. Off by default: Swedish guidance treats Web Storage like cookies. */
    storeAttribution: z.boolean().default(false),
    /** Honour Global Privacy Control by sending no events, storing nothing and making no view id. */
    respectGpc: z.boolean().default(true),
    /**
     * Send events only after the site's consent tool says yes (the consent hook, or IAB TCF
     * `__tcfapi` where present). Off only where events need no consent in your jurisdiction.
     */
    required: z.boolean().default(true),
  })
  .default({ storeAttribution: false, respectGpc: true, required: true });

export const UtmStandardSchema = z.strictObject({
  /** Allowed utm_source values, lowercase. Name X `twitter`: GA4's social-source list has no `x`. */
  sources: z
    .array(z.string().min(1))
    .min(1)
    .refine((list) => !list.includes('x'), {
      error: 'twitter instead of x (GA4 counts only twitter as a social source); add `aliases: { x: twitter }` to map links tagged x',
      params: { name: 'UtmSourceX' },
    }),
  mediums: z.array(z.string().min(1)).min(1),
  /** Tags on CTA links that leave the hub for the company's own forms, when the reader brought no UTM. */
  cta: z
    .strictObject({ source: z.string().min(1).default('proof-hub'), medium: z.string().min(1).default('referral') })
    .default({ source: 'proof-hub', medium: 'referral' }),
  /** Incoming utm_source values read as another, e.g. { x: twitter, "x.com": twitter }. */
  aliases: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Campaign, content and term values must match this pattern after lower-casing. */
  naming: z
    .strictObject({
      pattern: z.string().default('^[a-z0-9]+(?:[-_][a-z0-9]+)*$'),
      maxLength: z.number().int().min(8).max(200).default(64),
    })
    .default({ pattern: '^[a-z0-9]+(?:[-_][a-z0-9]+)*$', maxLength: 64 }),
});

export const HubConfigSchema = z
  .strictObject({
    site: SiteSchema,
    brand: BrandSchema,
    organisation: OrganisationSchema,
    promises: z.array(PromiseSchema).min(2).max(3),
    series: z.array(SeriesSchema).min(1),
    channels: z.array(ChannelSchema).min(1).max(5),
    analytics: AnalyticsSchema,
    consent: ConsentSchema,
    utm: UtmStandardSchema,
    /** Vendor origins the Content-Security-Policy allows (README "Content-Security-Policy, per host"). */
    security: SecuritySchema,
    /** Cadence window, promise coverage, posts log, proof ratio, superlatives (src/core/governance/config.ts). */
    governance: GovernanceSchema.optional(),
    /** Social snippets: counts per kind, the posting window that gets images, the output folder (src/core/snippets/config.ts). */
    snippets: SnippetsConfigSchema,
  })
  .superRefine((hub, ctx) => {
    const promiseIds = new Set(hub.promises.map((p) => p.id));
    hub.series.forEach((s, i) =>
      s.promises.forEach((p, j) => {
        if (!promiseIds.has(p))
          ctx.addIssue({
            code: 'custom',
            path: ['series', i, 'promises', j],
            message: `one of the promise ids above (${[...promiseIds].join(', ')})`,
            input: p,
            params: { name: 'UnknownPromise' },
          });
      }),
    );
    if (!hub.utm.sources.includes(hub.utm.cta.source))
      ctx.addIssue({ code: 'custom', path: ['utm', 'cta', 'source'], message: `one of utm.sources (${hub.utm.sources.join(', ')})`, input: hub.utm.cta.source, params: { name: 'UnknownUtmSource' } });
    if (!hub.utm.mediums.includes(hub.utm.cta.medium))
      ctx.addIssue({ code: 'custom', path: ['utm', 'cta', 'medium'], message: `one of utm.mediums (${hub.utm.mediums.join(', ')})`, input: hub.utm.cta.medium, params: { name: 'UnknownUtmMedium' } });
    hub.channels.forEach((c, i) => {
      if (!hub.utm.sources.includes(c.utmSource))
        ctx.addIssue({ code: 'custom', path: ['channels', i, 'utmSource'], message: `one of utm.sources (${hub.utm.sources.join(', ')})`, input: c.utmSource, params: { name: 'UnknownUtmSource' } });
      if (!hub.utm.mediums.includes(c.utmMedium))
        ctx.addIssue({ code: 'custom', path: ['channels', i, 'utmMedium'], message: `one of utm.mediums (${hub.utm.mediums.join(', ')})`, input: c.utmMedium, params: { name: 'UnknownUtmMedium' } });
    });
    for (const [key, list] of [['promises', hub.promises], ['series', hub.series], ['channels', hub.channels]] as const) {
      const seen = new Set<string>();
      list.forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: 'an id not used earlier in the list', input: item.id, params: { name: 'DuplicateId' } });
        seen.add(item.id);
      });
    }
  });

export type HubConfig = z.output<typeof HubConfigSchema>;
export type HubConfigInput = z.input<typeof HubConfigSchema>;
export type BrandPromise = HubConfig['promises'][number];
export type ProofSeries = HubConfig['series'][number];
export type Channel = HubConfig['channels'][number];
