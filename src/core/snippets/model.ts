// The neutral snippet model: one shape for every kind of post on every platform. The Markdown a
// person reads, the JSON tools read and every scheduler export are written from it.
import type { Measured, Platform } from './limits.ts';

export const SNIPPET_KINDS = ['clip', 'carousel', 'quote', 'faq', 'thread', 'post'] as const;
export type SnippetKind = (typeof SNIPPET_KINDS)[number];

export interface SnippetMedia {
  type: 'image';
  /** Path inside the output folder, e.g. case-study/nordpharma/images/<id>.png */
  file: string;
  width: number;
  height: number;
  /** Alt text for screen readers, written from the same words the image shows. */
  alt: string;
  /** False until the image is drawn (only snippets in the posting window are, unless --all-images). */
  drawn: boolean;
}

/** A short video script: what to say and show, second by second. */
export interface ClipScript {
  hook: string;
  /** 3 to 5 beats, each one point from a section of the asset. */
  beats: { say: string; onScreen: string }[];
  cta: string;
  /** Target length in seconds (15 to 60), from about 2.5 spoken words a second. */
  seconds: number;
}

export interface CarouselSlide {
  /** Big text: a number, a claim or a section title. */
  heading: string;
  body: string;
  /** Where the slide's statement comes from, shown small on the slide. */
  source?: string;
}

export interface Snippet {
  /** Unique in the hub; also the utm_content of its link, e.g. case-study-nordpharma-quote-2 */
  id: string;
  /** kind/slug of the asset it repurposes. */
  asset: string;
  kind: SnippetKind;
  /** Channel id from the hub's portfolio. */
  channel: string;
  platform: Platform;
  /** The post as it is pasted: for a thread, the posts joined by blank lines. */
  text: string;
  /** Thread posts in order, each within the platform's limit (numbered "1/n"). */
  posts?: string[];
  /** YouTube and Reddit titles. */
  title?: string;
  /** E-mail subject and preheader. */
  subject?: string;
  preheader?: string;
  /** The UTM-tagged link: the asset's page, or the landing-page variant made for the channel. */
  link: string;
  /** The landing page and variant the link goes to (absent: the asset's page). */
  landing?: { slug: string; variant: string };
  media: SnippetMedia[];
  /** Posted as the first comment (the link on platforms where caption links are not clickable). */
  firstComment?: string;
  /** ISO 8601 in UTC, e.g. 2026-06-16T06:30:00Z; absent when no slot could be found. */
  suggestedTime?: string;
  status: 'draft';
  /** The collaboration disclosure this snippet carries, word for word. */
  disclosure?: string;
  /** What it was made from, for the reviewer: "Stat 41% (line 42)", "## What we did". */
  from: string;
  /** True when an editor's frontmatter override supplied the text. */
  override: boolean;
  clip?: ClipScript;
  slides?: CarouselSlide[];
  /** What a quote card shows: the words and who said them (or the source). */
  card?: { quote: string; attribution: string };
  /** Every limit of every field, measured: the proof that it fits. */
  counts: Measured[];
}

/** A note for the report: an asset with too little material, a link too long for a platform. */
export interface SnippetNote {
  asset: string;
  level: 'info' | 'warning';
  message: string;
}
