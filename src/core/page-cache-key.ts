// The cacheKeys of asset and list pages for Astro's experimental.incrementalBuild: a digest of every
// piece of data the page prints. Astro itself tracks the page's code (its module graph), its config and
// the lockfile; everything else an asset page reads must be named here, or an unchanged key would
// serve a stale page. Pure: the site glue (src/site/page-cache.ts) reads the files.
import { createHash } from 'node:crypto';

/** Bump when an asset page starts to print data the inputs below do not cover. */
export const ASSET_PAGE_KEY_VERSION = 'asset-page-1';
export const LIST_PAGE_KEY_VERSION = 'list-page-1';

export interface RelatedCard {
  kind: string;
  slug: string;
  title: string;
  summary: string;
  published: string;
  /** Digest of the hero's bytes: the card's image URLs carry it. */
  heroDigest: string;
}

export interface AssetPageInputs {
  /** Digest of the entry: its frontmatter data and MDX body. */
  entryDigest: string;
  /** Digest of content/hub.yaml: words, promises, series, brand, channels, analytics, site. */
  configDigest: string;
  /** The byline: each author's id and data as printed. */
  authors: readonly { id: string; data: unknown }[];
  /** Digests of the data files the page tabulates, charts or links (benchmark data). */
  dataDigests: readonly string[];
  /** Digests of the hero and every <Figure> image: their URLs and sizes come from the bytes. */
  imageDigests: readonly string[];
  /** The related proof listed at the foot of the page, in order. */
  related: readonly RelatedCard[];
  /** production or preview. */
  mode: string;
}

export function assetPageCacheKey(inputs: AssetPageInputs): string {
  return createHash('sha256').update(ASSET_PAGE_KEY_VERSION).update('\0').update(JSON.stringify(inputs)).digest('hex');
}

export interface ListPageInputs {
  /** Digest of content/hub.yaml: words, promises, series (a series page prints its fields), brand, site. */
  configDigest: string;
  /** Data the page prints besides its cards, e.g. an author's name, role, bio and profiles. */
  extra?: unknown;
  number: number;
  count: number;
  total: number;
  /** The cards on this page, in order. */
  cards: readonly RelatedCard[];
  mode: string;
}

/** The cacheKey of a page of a list (kind, series, promise, author, tag): its cards and what frames them. */
export function listPageCacheKey(inputs: ListPageInputs): string {
  return createHash('sha256').update(LIST_PAGE_KEY_VERSION).update('\0').update(JSON.stringify(inputs)).digest('hex');
}
