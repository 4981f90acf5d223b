// The <head> a page prints, as data: what search engines and social networks read.
import { describe, expect, it } from 'vitest';
import { buildHead, serialiseJsonLd, type HeadInput } from '../../src/core/seo/head.ts';

const SITE = { url: 'https://proof.acme.example', base: '/proof-hub/', name: 'Acme Proof', language: 'sv' };

const PAGE: HeadInput = {
  site: SITE,
  path: '/case-study/nordpharma/',
  title: 'Nordpharma cut spoilage 41% · Acme Proof',
  description: 'How Nordpharma cut temperature spoilage by 41% in six months with live alerts.',
  type: 'article',
};

describe('serialiseJsonLd', () => {
  it('never lets a value close the <script> element', () => {
    const out = serialiseJsonLd({ headline: 'Why </script><script>alert(1)</script> fails' });
    expect(out).not.toContain('</script>');
    expect(out).not.toContain('<');
    expect(out).toBe('{"headline":"Why \\u003c/script>\\u003cscript>alert(1)\\u003c/script> fails"}');
  });

  it('escapes the line and paragraph separators older parsers choke on', () => {
    expect(serialiseJsonLd({ text: 'a\u2028b\u2029c' })).toBe('{"text":"a\\u2028b\\u2029c"}');
  });

  it('round-trips: the escaped JSON parses back to the same data', () => {
    const data = { '@type': 'Article', headline: '<b>1 < 2</b> & "quotes"', list: ['\u2028'] };
    expect(JSON.parse(serialiseJsonLd(data))).toEqual(data);
  });
});

describe('buildHead', () => {
  it('gives an article page its full set of tags, in order', () => {
    const head = buildHead({
      ...PAGE,
      image: { path: '/og/case-study/nordpharma.png', alt: 'Pallets on a cold dock', width: 1200, height: 630 },
      published: '2026-03-10',
      updated: '2026-04-02',
    });
    expect(head).toEqual({
      lang: 'sv',
      title: 'Nordpharma cut spoilage 41% · Acme Proof',
      description: 'How Nordpharma cut temperature spoilage by 41% in six months with live alerts.',
      canonical: 'https://proof.acme.example/proof-hub/case-study/nordpharma/',
      meta: [
        { name: 'description', content: 'How Nordpharma cut temperature spoilage by 41% in six months with live alerts.' },
        { property: 'og:type', content: 'article' },
        { property: 'og:site_name', content: 'Acme Proof' },
        { property: 'og:locale', content: 'sv_SE' },
        { property: 'og:title', content: 'Nordpharma cut spoilage 41% · Acme Proof' },
        { property: 'og:description', content: 'How Nordpharma cut temperature spoilage by 41% in six months with live alerts.' },
        { property: 'og:url', content: 'https://proof.acme.example/proof-hub/case-study/nordpharma/' },
        { property: 'og:image', content: 'https://proof.acme.example/proof-hub/og/case-study/nordpharma.png' },
        { property: 'og:image:width', content: '1200' },
        { property: 'og:image:height', content: '630' },
        { property: 'og:image:alt', content: 'Pallets on a cold dock' },
        { name: 'twitter:card', content: 'summary_large_image' },
        { name: 'twitter:image', content: 'https://proof.acme.example/proof-hub/og/case-study/nordpharma.png' },
        { name: 'twitter:image:alt', content: 'Pallets on a cold dock' },
        { name: 'twitter:title', content: 'Nordpharma cut spoilage 41% · Acme Proof' },
        { name: 'twitter:description', content: 'How Nordpharma cut temperature spoilage by 41% in six months with live alerts.' },
        { property: 'article:published_time', content: '2026-03-10' },
        { property: 'article:modified_time', content: '2026-04-02' },
      ],
      jsonLd: [],
    });
  });

  it('adds robots "noindex, follow" for a noindex page, right after the description', () => {
    const head = buildHead({ ...PAGE, noindex: true });
    expect(head.meta.filter((m) => m.name === 'robots')).toEqual([{ name: 'robots', content: 'noindex, follow' }]);
    expect(head.meta[1]).toEqual({ name: 'robots', content: 'noindex, follow' });
  });

  it('says nothing to robots for an ordinary page', () => {
    expect(buildHead(PAGE).meta.some((m) => m.name === 'robots')).toBe(false);
    expect(buildHead({ ...PAGE, noindex: false }).meta.some((m) => m.name === 'robots')).toBe(false);
  });

  it('uses the canonical override for both the canonical link and og:url', () => {
    const head = buildHead({ ...PAGE, canonical: 'https://acme.example/blog/nordpharma' });
    expect(head.canonical).toBe('https://acme.example/blog/nordpharma');
    expect(head.meta.find((m) => m.property === 'og:url')).toEqual({ property: 'og:url', content: 'https://acme.example/blog/nordpharma' });
  });

  it('keeps UTM tags and fragments out of the canonical', () => {
    expect(buildHead({ ...PAGE, path: '/case-study/nordpharma/?utm_source=linkedin#results' }).canonical).toBe(
      'https://proof.acme.example/proof-hub/case-study/nordpharma/',
    );
  });

  it('uses a small Twitter card when there is no image', () => {
    const head = buildHead({ ...PAGE, type: 'website' });
    expect(head.meta.filter((m) => m.name === 'twitter:card')).toEqual([{ name: 'twitter:card', content: 'summary' }]);
    expect(head.meta.some((m) => m.property === 'og:image')).toBe(false);
  });

  it('gives article dates only to articles, and a modified time only with a published one', () => {
    const dated = (input: Partial<HeadInput>) =>
      buildHead({ ...PAGE, ...input }).meta.filter((m) => m.property?.startsWith('article:')).map((m) => `${m.property}=${m.content}`);
    expect(dated({ type: 'website', published: '2026-03-10' })).toEqual([]);
    expect(dated({ published: '2026-03-10' })).toEqual(['article:published_time=2026-03-10']);
    expect(dated({ updated: '2026-04-02' })).toEqual([]);
  });

  it('maps the site language to an og:locale, passing unknown ones through', () => {
    const locale = (language: string) => buildHead({ ...PAGE, site: { ...SITE, language } }).meta.find((m) => m.property === 'og:locale')?.content;
    expect(locale('en')).toBe('en_GB');
    expect(locale('sv')).toBe('sv_SE');
    expect(locale('de')).toBe('de');
  });

  it('serialises every JSON-LD block safely', () => {
    const head = buildHead({ ...PAGE, jsonLd: [{ '@type': 'Article', headline: 'a </script> b' }, { '@type': 'BreadcrumbList' }] });
    expect(head.jsonLd).toEqual(['{"@type":"Article","headline":"a \\u003c/script> b"}', '{"@type":"BreadcrumbList"}']);
  });
});
