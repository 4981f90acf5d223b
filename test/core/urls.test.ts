// One URL formatter for links, canonicals, the sitemap and the feed: trailing slashes and the base
// path must agree everywhere, or search engines see two URLs for one page.
import { describe, expect, it } from 'vitest';
import { absoluteUrl, pagePath } from '../../src/core/urls.ts';

const ROOT = { url: 'https://proof.acme.example', base: '/' };
const SUB = { url: 'https://acme.github.io', base: '/proof-hub/' };

describe('pagePath', () => {
  it('adds the trailing slash a directory-format page needs', () => {
    expect(pagePath(ROOT, '/case-study/nordpharma')).toBe('/case-study/nordpharma/');
  });

  it('keeps a trailing slash that is already there, without doubling it', () => {
    expect(pagePath(ROOT, '/case-study/nordpharma/')).toBe('/case-study/nordpharma/');
  });

  it('gives the home page as the base itself', () => {
    expect(pagePath(ROOT, '/')).toBe('/');
    expect(pagePath(SUB, '/')).toBe('/proof-hub/');
    expect(pagePath(SUB, '')).toBe('/proof-hub/');
  });

  it('puts the base path in front of every page', () => {
    expect(pagePath(SUB, '/tag/audit/')).toBe('/proof-hub/tag/audit/');
  });

  it('does not double the slash between base and path, however many leading slashes the path has', () => {
    expect(pagePath(SUB, '//series/how-we-did-it')).toBe('/proof-hub/series/how-we-did-it/');
  });

  it('leaves files without a trailing slash: the feed, images, data downloads', () => {
    expect(pagePath(ROOT, '/rss.xml')).toBe('/rss.xml');
    expect(pagePath(SUB, '/rss.xml')).toBe('/proof-hub/rss.xml');
    expect(pagePath(SUB, '/og/case-study/nordpharma.png')).toBe('/proof-hub/og/case-study/nordpharma.png');
    expect(pagePath(SUB, 'data/results.CSV')).toBe('/proof-hub/data/results.CSV');
  });
});

describe('absoluteUrl', () => {
  it('joins origin, base and path', () => {
    expect(absoluteUrl(ROOT, '/benchmark/latency')).toBe('https://proof.acme.example/benchmark/latency/');
    expect(absoluteUrl(SUB, '/benchmark/latency/')).toBe('https://acme.github.io/proof-hub/benchmark/latency/');
  });

  it('strips the query string and the fragment (canonicals never carry UTM tags)', () => {
    expect(absoluteUrl(ROOT, '/case-study/x/?utm_source=linkedin&utm_medium=social')).toBe('https://proof.acme.example/case-study/x/');
    expect(absoluteUrl(ROOT, '/case-study/x#results')).toBe('https://proof.acme.example/case-study/x/');
    expect(absoluteUrl(SUB, '/rss.xml?x=1#top')).toBe('https://acme.github.io/proof-hub/rss.xml');
  });

  it('gives the home page with its trailing slash', () => {
    expect(absoluteUrl(ROOT, '/')).toBe('https://proof.acme.example/');
    expect(absoluteUrl(SUB, '/')).toBe('https://acme.github.io/proof-hub/');
  });
});
