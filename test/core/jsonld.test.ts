// schema.org JSON-LD: absolute URLs under the base path, one Organization @id every block points at,
// and the Article-family type per kind.
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TYPES,
  articleJsonLd,
  breadcrumbJsonLd,
  datasetJsonLd,
  faqJsonLd,
  landingPageJsonLd,
  organizationJsonLd,
  websiteJsonLd,
  type ArticleInput,
} from '../../src/core/seo/jsonld.ts';
import { hubConfig } from './minimal-hub.ts';

const HUB = hubConfig({ base: '/proof-hub/' });
const ORG_ID = 'https://proof.acme.example/proof-hub/#organization';

const ARTICLE: ArticleInput = {
  kind: 'case-study',
  path: '/case-study/nordpharma/',
  title: 'Nordpharma cut spoilage 41%',
  description: 'How Nordpharma cut temperature spoilage by 41% in six months.',
  published: '2026-03-10',
  authors: [
    { name: 'Maja Lindqvist', path: '/author/maja-lindqvist/' },
    { name: 'Jonas Ek', url: 'https://jonas.example', path: '/author/jonas-ek/' },
  ],
  imagePaths: ['/og/case-study/nordpharma.png'],
  logoPath: '/logo.png',
  promises: [{ name: 'Safe by default', meaning: 'Nothing leaves the building unencrypted.', path: '/promise/safe/' }],
  series: { name: 'How we did it', path: '/series/how-we-did-it/' },
  citations: ['https://example.org/audit-2025'],
  keywords: ['pharma', 'cold chain'],
};

describe('organizationJsonLd', () => {
  it('describes the organisation with an absolute logo under the base', () => {
    expect(organizationJsonLd(HUB, '/logo.png')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': ORG_ID,
      name: 'Acme AB',
      url: 'https://acme.example',
      logo: { '@type': 'ImageObject', url: 'https://proof.acme.example/proof-hub/logo.png' },
    });
  });

  it('lists profiles as sameAs only when there are some', () => {
    const withProfiles = hubConfig();
    withProfiles.organisation.profiles = ['https://www.linkedin.com/company/acme'];
    expect(organizationJsonLd(withProfiles, '/logo.png').sameAs).toEqual(['https://www.linkedin.com/company/acme']);
    expect('sameAs' in organizationJsonLd(HUB, '/logo.png')).toBe(false);
  });
});

describe('websiteJsonLd', () => {
  it('describes the hub and points at the organisation as publisher', () => {
    expect(websiteJsonLd(HUB)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Acme Proof',
      description: 'Case studies, benchmarks and open methods showing how Acme keeps its promises.',
      url: 'https://proof.acme.example/proof-hub/',
      inLanguage: 'en',
      publisher: { '@id': ORG_ID },
    });
  });
});

describe('articleJsonLd', () => {
  it('builds an Article for a case study, falling back to published for dateModified', () => {
    expect(articleJsonLd(HUB, ARTICLE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      '@id': 'https://proof.acme.example/proof-hub/case-study/nordpharma/#article',
      headline: 'Nordpharma cut spoilage 41%',
      description: 'How Nordpharma cut temperature spoilage by 41% in six months.',
      url: 'https://proof.acme.example/proof-hub/case-study/nordpharma/',
      mainEntityOfPage: 'https://proof.acme.example/proof-hub/case-study/nordpharma/',
      inLanguage: 'en',
      datePublished: '2026-03-10',
      dateModified: '2026-03-10',
      author: [
        { '@type': 'Person', name: 'Maja Lindqvist', url: 'https://proof.acme.example/proof-hub/author/maja-lindqvist/' },
        { '@type': 'Person', name: 'Jonas Ek', url: 'https://jonas.example' },
      ],
      image: ['https://proof.acme.example/proof-hub/og/case-study/nordpharma.png'],
      publisher: {
        '@type': 'Organization',
        '@id': ORG_ID,
        name: 'Acme AB',
        logo: { '@type': 'ImageObject', url: 'https://proof.acme.example/proof-hub/logo.png' },
      },
      about: [{ '@type': 'Thing', name: 'Safe by default', description: 'Nothing leaves the building unencrypted.', url: 'https://proof.acme.example/proof-hub/promise/safe/' }],
      isPartOf: { '@type': 'CreativeWorkSeries', name: 'How we did it', url: 'https://proof.acme.example/proof-hub/series/how-we-did-it/' },
      citation: ['https://example.org/audit-2025'],
      keywords: 'pharma, cold chain',
    });
  });

  it('uses Report for benchmarks and TechArticle for methodology', () => {
    expect(ARTICLE_TYPES).toEqual({ 'case-study': 'Article', benchmark: 'Report', methodology: 'TechArticle' });
    expect(articleJsonLd(HUB, { ...ARTICLE, kind: 'benchmark' })['@type']).toBe('Report');
    expect(articleJsonLd(HUB, { ...ARTICLE, kind: 'methodology' })['@type']).toBe('TechArticle');
  });

  it('uses the updated date for dateModified when there is one', () => {
    expect(articleJsonLd(HUB, { ...ARTICLE, updated: '2026-04-02' }).dateModified).toBe('2026-04-02');
  });

  it('leaves out citation and keywords when there are none', () => {
    const ld = articleJsonLd(HUB, { ...ARTICLE, citations: [], keywords: [] });
    expect(Object.keys(ld).filter((k) => k === 'citation' || k === 'keywords')).toEqual([]);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the items from 1 with absolute URLs', () => {
    expect(
      breadcrumbJsonLd({ url: 'https://proof.acme.example', base: '/proof-hub/' }, [
        { name: 'Home', path: '/' },
        { name: 'Case studies', path: '/case-study/' },
        { name: 'Nordpharma', path: '/case-study/nordpharma/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://proof.acme.example/proof-hub/' },
        { '@type': 'ListItem', position: 2, name: 'Case studies', item: 'https://proof.acme.example/proof-hub/case-study/' },
        { '@type': 'ListItem', position: 3, name: 'Nordpharma', item: 'https://proof.acme.example/proof-hub/case-study/nordpharma/' },
      ],
    });
  });
});

describe('faqJsonLd', () => {
  it('turns questions and answers into a FAQPage', () => {
    expect(faqJsonLd([{ question: 'Does it work offline?', answer: 'Yes, for 72 hours.' }])).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: 'Does it work offline?', acceptedAnswer: { '@type': 'Answer', text: 'Yes, for 72 hours.' } }],
    });
  });
});

describe('datasetJsonLd', () => {
  it('describes a benchmark data file with its columns and download URL', () => {
    expect(
      datasetJsonLd(HUB, {
        name: 'Alert latency by gateway',
        description: 'p95 alert latency in milliseconds for four gateways.',
        license: 'CC BY 4.0',
        pagePath: '/benchmark/latency/',
        downloadPath: '/data/benchmark/latency.csv',
        encodingFormat: 'text/csv',
        table: { columns: ['gateway', 'p95_ms'], rows: [{ gateway: 'A', p95_ms: 120 }] },
        published: '2026-03-14',
        updated: '2026-03-20',
        measured: 'Time from excursion to phone alert.',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'Alert latency by gateway',
      description: 'p95 alert latency in milliseconds for four gateways.',
      url: 'https://proof.acme.example/proof-hub/benchmark/latency/',
      license: 'CC BY 4.0',
      creator: { '@type': 'Organization', '@id': ORG_ID, name: 'Acme AB' },
      datePublished: '2026-03-14',
      dateModified: '2026-03-20',
      measurementTechnique: 'Time from excursion to phone alert.',
      variableMeasured: ['gateway', 'p95_ms'],
      distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://proof.acme.example/proof-hub/data/benchmark/latency.csv' }],
    });
  });
});

describe('landingPageJsonLd', () => {
  it('is a WebPage about its promise, with the featured proof as an ItemList, absolute under the base', () => {
    expect(
      landingPageJsonLd(HUB, {
        path: '/lp/excursion-audit/',
        title: 'Book a cold-chain excursion audit',
        description: 'Send one lane of data and see where pallets spoil.',
        published: '2026-04-01',
        promise: { name: 'Safe by default', meaning: 'Nothing leaves the building unencrypted.', path: '/promise/safe/' },
        featured: [
          { title: 'Nordpharma cut spoilage 41%', path: '/case-study/nordpharma/' },
          { title: 'Tag accuracy in three bands', path: '/benchmark/tag-accuracy/' },
        ],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': 'https://proof.acme.example/proof-hub/lp/excursion-audit/#webpage',
      url: 'https://proof.acme.example/proof-hub/lp/excursion-audit/',
      name: 'Book a cold-chain excursion audit',
      description: 'Send one lane of data and see where pallets spoil.',
      inLanguage: 'en',
      datePublished: '2026-04-01',
      isPartOf: { '@type': 'WebSite', url: 'https://proof.acme.example/proof-hub/' },
      publisher: { '@id': ORG_ID },
      about: { '@type': 'Thing', name: 'Safe by default', description: 'Nothing leaves the building unencrypted.', url: 'https://proof.acme.example/proof-hub/promise/safe/' },
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'Nordpharma cut spoilage 41%', url: 'https://proof.acme.example/proof-hub/case-study/nordpharma/' },
          { '@type': 'ListItem', position: 2, name: 'Tag accuracy in three bands', url: 'https://proof.acme.example/proof-hub/benchmark/tag-accuracy/' },
        ],
      },
    });
  });
});
