// schema.org JSON-LD builders: Organization and WebSite for the home page, an Article-family type
// per asset, WebPage for landing pages, BreadcrumbList, FAQPage and Dataset. Plain objects; head.ts serialises them safely.
import type { DataTable } from '../data-file.ts';
import type { AssetKind } from '../schema/asset.ts';
import type { HubConfig } from '../schema/hub.ts';
import { absoluteUrl, type SiteAddress } from '../urls.ts';

type Json = Record<string, unknown>;

/** The Article-family type each kind is published as. */
export const ARTICLE_TYPES: Record<AssetKind, 'Article' | 'Report' | 'TechArticle'> = {
  'case-study': 'Article',
  benchmark: 'Report',
  methodology: 'TechArticle',
};

const address = (c: HubConfig): SiteAddress => ({ url: c.site.url, base: c.site.base });
const orgId = (c: HubConfig) => `${absoluteUrl(address(c), '/')}#organization`;

export function organizationJsonLd(c: HubConfig, logoPath: string): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': orgId(c),
    name: c.organisation.name,
    url: c.organisation.url,
    logo: { '@type': 'ImageObject', url: absoluteUrl(address(c), logoPath) },
    ...(c.organisation.profiles.length ? { sameAs: c.organisation.profiles } : {}),
  };
}

export function websiteJsonLd(c: HubConfig): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: c.site.name,
    description: c.site.description,
    url: absoluteUrl(address(c), '/'),
    inLanguage: c.site.language,
    publisher: { '@id': orgId(c) },
  };
}

export interface ArticleInput {
  kind: AssetKind;
  path: string;
  title: string;
  description: string;
  published: string;
  updated?: string | undefined;
  authors: { name: string; url?: string | undefined; path: string }[];
  imagePaths: string[];
  logoPath: string;
  promises: { name: string; meaning: string; path: string }[];
  series: { name: string; path: string };
  citations: string[];
  keywords: string[];
}

export function articleJsonLd(c: HubConfig, a: ArticleInput): Json {
  const site = address(c);
  const url = absoluteUrl(site, a.path);
  return {
    '@context': 'https://schema.org',
    '@type': ARTICLE_TYPES[a.kind],
    '@id': `${url}#article`,
    headline: a.title,
    description: a.description,
    url,
    mainEntityOfPage: url,
    inLanguage: c.site.language,
    datePublished: a.published,
    dateModified: a.updated ?? a.published,
    author: a.authors.map((au) => ({ '@type': 'Person', name: au.name, url: au.url ?? absoluteUrl(site, au.path) })),
    image: a.imagePaths.map((p) => absoluteUrl(site, p)),
    publisher: {
      '@type': 'Organization',
      '@id': orgId(c),
      name: c.organisation.name,
      logo: { '@type': 'ImageObject', url: absoluteUrl(site, a.logoPath) },
    },
    about: a.promises.map((p) => ({ '@type': 'Thing', name: p.name, description: p.meaning, url: absoluteUrl(site, p.path) })),
    isPartOf: { '@type': 'CreativeWorkSeries', name: a.series.name, url: absoluteUrl(site, a.series.path) },
    ...(a.citations.length ? { citation: a.citations } : {}),
    ...(a.keywords.length ? { keywords: a.keywords.join(', ') } : {}),
  };
}

export interface LandingPageInput {
  /** The base page's path: variant pages describe the page their canonical names. */
  path: string;
  title: string;
  description: string;
  published: string;
  /** The promise the page proves. */
  promise: { name: string; meaning: string; path: string };
  /** The featured proof the page shows, in order. */
  featured: readonly { title: string; path: string }[];
}

/** A landing page: a WebPage about its promise whose main entity is the list of featured proof. */
export function landingPageJsonLd(c: HubConfig, l: LandingPageInput): Json {
  const site = address(c);
  const url = absoluteUrl(site, l.path);
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': `${url}#webpage`,
    url,
    name: l.title,
    description: l.description,
    inLanguage: c.site.language,
    datePublished: l.published,
    isPartOf: { '@type': 'WebSite', url: absoluteUrl(site, '/') },
    publisher: { '@id': orgId(c) },
    about: { '@type': 'Thing', name: l.promise.name, description: l.promise.meaning, url: absoluteUrl(site, l.promise.path) },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: l.featured.length,
      itemListElement: l.featured.map((a, i) => ({ '@type': 'ListItem', position: i + 1, name: a.title, url: absoluteUrl(site, a.path) })),
    },
  };
}

export function breadcrumbJsonLd(site: SiteAddress, items: readonly { name: string; path: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((it, i) => ({ '@type': 'ListItem', position: i + 1, name: it.name, item: absoluteUrl(site, it.path) })),
  };
}

export function faqJsonLd(questions: readonly { question: string; answer: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: questions.map((q) => ({ '@type': 'Question', name: q.question, acceptedAnswer: { '@type': 'Answer', text: q.answer } })),
  };
}

export interface DatasetInput {
  name: string;
  description: string;
  license: string;
  pagePath: string;
  downloadPath: string;
  encodingFormat: string;
  table: DataTable;
  published: string;
  updated?: string | undefined;
  measured: string;
}

export function datasetJsonLd(c: HubConfig, d: DatasetInput): Json {
  const site = address(c);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: absoluteUrl(site, d.pagePath),
    license: d.license,
    creator: { '@type': 'Organization', '@id': orgId(c), name: c.organisation.name },
    datePublished: d.published,
    dateModified: d.updated ?? d.published,
    measurementTechnique: d.measured,
    variableMeasured: d.table.columns,
    distribution: [{ '@type': 'DataDownload', encodingFormat: d.encodingFormat, contentUrl: absoluteUrl(site, d.downloadPath) }],
  };
}
