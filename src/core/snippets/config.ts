// The hub config's `snippets` block (content/hub.yaml): how many of each kind to make, the posting
// window that gets images, and the output folder. Every field has a default.
import { z } from 'zod';

const range = (min: number, max: number) =>
  z
    .strictObject({ min: z.number().int().min(0).max(50).default(min), max: z.number().int().min(0).max(50).default(max) })
    .refine((r) => r.min <= r.max, { error: 'min at most max, e.g. { min: 6, max: 12 }' })
    .default({ min, max });

export const SNIPPET_DEFAULTS = {
  out: 'snippets',
  windowDays: 30,
  spreadDays: 90,
  clips: { min: 6, max: 12 },
  carousels: 3,
  slides: { min: 5, max: 10 },
  quotes: 5,
  faq: 1,
} as const;

export const SnippetsConfigSchema = z
  .strictObject({
    /** Output folder relative to the project root; kept out of dist/ so drafts never reach the site. */
    out: z
      .string()
      .regex(/^(?!\/)(?!.*\.\.)(?!dist(?:\/|$))[\w.-]+(?:\/[\w.-]+)*\/?$/, { error: 'a folder inside the project but outside dist/, e.g. snippets' })
      .default(SNIPPET_DEFAULTS.out),
    /** Images are drawn for snippets whose suggested time falls within this many days from today. */
    windowDays: z.number().int().min(0).max(366).default(SNIPPET_DEFAULTS.windowDays),
    /** An asset's snippets on a channel are spread over this many days after it goes live (src/core/snippets/schedule.ts). */
    spreadDays: z.number().int().min(1).max(366).default(SNIPPET_DEFAULTS.spreadDays),
    /** Buffer channel ids per hub channel id, for the Buffer payloads in exports/ (else a placeholder to replace). */
    bufferChannels: z.record(z.string(), z.string().min(1)).default({}),
    /** Short clip scripts per asset: at least min (else the report says so), at most max. */
    clips: range(SNIPPET_DEFAULTS.clips.min, SNIPPET_DEFAULTS.clips.max),
    carousels: z.number().int().min(0).max(10).default(SNIPPET_DEFAULTS.carousels),
    /** Slides per carousel, cover and closing slide included. */
    slides: range(SNIPPET_DEFAULTS.slides.min, SNIPPET_DEFAULTS.slides.max),
    quotes: z.number().int().min(0).max(20).default(SNIPPET_DEFAULTS.quotes),
    faq: z.number().int().min(0).max(1).default(SNIPPET_DEFAULTS.faq),
  })
  .default({ ...SNIPPET_DEFAULTS, clips: { ...SNIPPET_DEFAULTS.clips }, slides: { ...SNIPPET_DEFAULTS.slides }, bufferChannels: {} });

export type SnippetsConfig = z.output<typeof SnippetsConfigSchema>;
