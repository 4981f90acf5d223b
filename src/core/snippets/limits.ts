// Every platform's limits, field by field, with the counting rule each one uses. One table: the
// generator fits text to it, the override check measures editors' text against it, the tests
// prove nothing generated exceeds it.
import type { HubConfig } from '../schema/hub.ts';
import { countBy, UNIT_WORDS, type CountUnit } from './count.ts';

export type Platform = HubConfig['channels'][number]['platform'];

export interface Limit {
  max: number;
  unit: CountUnit;
  /** Guidance rather than a platform rule (e-mail subject and preheader): generated text keeps to it, overrides only warn. */
  soft?: boolean;
}

export interface PlatformFormat {
  /** Shown in Markdown and reports. */
  name: string;
  /** The fields a post on this platform has, each with every limit it must keep. */
  fields: Record<string, readonly Limit[]>;
  /** The field that holds the body text (threads: each numbered post). */
  body: string;
  /** Long text becomes a numbered thread of posts rather than being cut. */
  thread?: { maxPosts: number };
  /** The opening (hook) must fit before the platform's "see more" fold. */
  hookWithin?: Limit;
  /** At most this many hashtags. */
  maxHashtags?: number;
  /** Links in the text are not clickable: the link goes into the first comment and the text says so. */
  linkInComment?: boolean;
  /** Characters the platform refuses outright (YouTube: < and >). */
  forbidden?: RegExp;
}

const utf16 = (max: number): Limit => ({ max, unit: 'utf16' });

export const PLATFORM_FORMATS: Record<Platform, PlatformFormat> = {
  x: { name: 'X thread', fields: { text: [{ max: 280, unit: 'x-weighted' }] }, body: 'text', thread: { maxPosts: 8 } },
  bluesky: {
    name: 'Bluesky',
    fields: { text: [{ max: 300, unit: 'graphemes' }, { max: 3000, unit: 'utf8-bytes' }] },
    body: 'text',
    thread: { maxPosts: 6 },
  },
  mastodon: { name: 'Mastodon', fields: { text: [{ max: 500, unit: 'mastodon' }] }, body: 'text', thread: { maxPosts: 5 } },
  threads: { name: 'Threads', fields: { text: [{ max: 500, unit: 'threads' }] }, body: 'text', thread: { maxPosts: 5 } },
  linkedin: { name: 'LinkedIn', fields: { text: [utf16(3000)] }, body: 'text', hookWithin: utf16(210), maxHashtags: 3 },
  instagram: {
    name: 'Instagram caption',
    fields: { text: [utf16(2200)], firstComment: [utf16(2200)] },
    body: 'text',
    hookWithin: utf16(125),
    maxHashtags: 5,
    linkInComment: true,
  },
  tiktok: { name: 'TikTok description', fields: { text: [utf16(2200)] }, body: 'text', maxHashtags: 5, linkInComment: true },
  youtube: {
    name: 'YouTube Shorts',
    fields: { title: [utf16(100)], text: [utf16(5000)] },
    body: 'text',
    maxHashtags: 3,
    forbidden: /[<>]/g,
  },
  reddit: { name: 'Reddit post', fields: { title: [utf16(300)], text: [utf16(40000)] }, body: 'text' },
  discord: { name: 'Discord announcement', fields: { text: [utf16(2000)] }, body: 'text' },
  email: {
    name: 'E-mail newsletter blurb',
    fields: {
      subject: [{ max: 60, unit: 'graphemes', soft: true }],
      preheader: [{ max: 100, unit: 'graphemes', soft: true }],
      text: [utf16(2000)],
    },
    body: 'text',
  },
};

export interface Measured {
  field: string;
  count: number;
  max: number;
  unit: CountUnit;
  soft: boolean;
}

/** Every limit of a field, measured. */
export function measure(platform: Platform, field: string, text: string): Measured[] {
  return (PLATFORM_FORMATS[platform].fields[field] ?? []).map((l) => ({ field, count: countBy(l.unit, text), max: l.max, unit: l.unit, soft: Boolean(l.soft) }));
}

/** True when `text` keeps every (hard, unless `soft` too) limit of the field. */
export function fits(limits: readonly Limit[], text: string, includeSoft = true): boolean {
  return limits.every((l) => (l.soft && !includeSoft) || countBy(l.unit, text) <= l.max);
}

/** "3,215 characters (UTF-16 …), 3,000 allowed" */
export function describeCount(m: Pick<Measured, 'count' | 'max' | 'unit'>): string {
  return `${m.count.toLocaleString('en')} ${UNIT_WORDS[m.unit]}, at most ${m.max.toLocaleString('en')} allowed`;
}

export const hashtagCount = (text: string): number => (text.match(/(^|\s)#[\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu) ?? []).length;
