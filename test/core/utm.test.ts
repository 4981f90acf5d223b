// Every link the hub hands out carries UTM tags that follow the hub's standard; a tag that breaks
// it fails the build with the parameter named, instead of polluting the analytics.
import { describe, expect, it } from 'vitest';
import { buildUtmUrl, handWrittenUtmProblem, normaliseUtmValue, UtmError, utmProblem, type UtmStandard } from '../../src/core/utm.ts';
import { hubConfig } from './minimal-hub.ts';

const STANDARD: UtmStandard = hubConfig().utm;
const TAGS = { utm_source: 'linkedin', utm_medium: 'social', utm_campaign: 'how-we-did-it' };

/** Runs fn and returns the UtmError it throws (fails the test if it throws nothing or something else). */
function utmErrorOf(fn: () => unknown): UtmError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UtmError) return e;
    throw e;
  }
  throw new Error('expected a UtmError, nothing was thrown');
}

describe('normaliseUtmValue', () => {
  it('trims, lower-cases and hyphenates runs of whitespace', () => {
    expect(normaliseUtmValue('  Spring   Launch\t2026 ')).toBe('spring-launch-2026');
  });

  it('leaves an already normal value alone', () => {
    expect(normaliseUtmValue('how-we-did-it_ep3')).toBe('how-we-did-it_ep3');
  });
});

describe('utmProblem', () => {
  it('accepts a value that follows the standard', () => {
    expect(utmProblem('utm_campaign', 'how-we-did-it', STANDARD)).toBeUndefined();
    expect(utmProblem('utm_source', 'linkedin', STANDARD)).toBeUndefined();
  });

  it('refuses an empty value', () => {
    expect(utmProblem('utm_content', '', STANDARD)).toBe('a non-empty value');
  });

  it('lists the allowed sources and mediums', () => {
    expect(utmProblem('utm_source', 'facebook', STANDARD)).toBe('one of the allowed sources (proof-hub, linkedin, newsletter)');
    expect(utmProblem('utm_medium', 'paid', STANDARD)).toBe('one of the allowed mediums (social, referral, email)');
  });

  it('enforces the naming pattern and the length limit on free values', () => {
    expect(utmProblem('utm_campaign', 'spring!launch', STANDARD)).toBe(
      'a value matching ^[a-z0-9]+(?:[-_][a-z0-9]+)*$ (lowercase words joined by - or _)',
    );
    expect(utmProblem('utm_campaign', 'a'.repeat(64), STANDARD)).toBeUndefined();
    expect(utmProblem('utm_campaign', 'a'.repeat(65), STANDARD)).toBe('at most 64 characters');
  });
});

describe('buildUtmUrl', () => {
  it('adds the three required tags in a fixed order', () => {
    expect(buildUtmUrl('https://acme.example/demo', TAGS, STANDARD)).toBe(
      'https://acme.example/demo?utm_source=linkedin&utm_medium=social&utm_campaign=how-we-did-it',
    );
  });

  it('keeps other query parameters and the fragment', () => {
    expect(buildUtmUrl('https://x.example/demo?ref=a#f', TAGS, STANDARD)).toBe(
      'https://x.example/demo?ref=a&utm_source=linkedin&utm_medium=social&utm_campaign=how-we-did-it#f',
    );
  });

  it('replaces utm_* parameters already on the link instead of adding a second copy', () => {
    const url = buildUtmUrl('https://x.example/demo?utm_source=twitter&ref=a&utm_campaign=old&utm_term=stale', TAGS, STANDARD);
    expect(url).toBe('https://x.example/demo?ref=a&utm_source=linkedin&utm_medium=social&utm_campaign=how-we-did-it');
    expect(new URL(url).searchParams.getAll('utm_source')).toEqual(['linkedin']);
  });

  it('lower-cases and hyphenates the values it is given', () => {
    const url = buildUtmUrl('https://x.example/', { utm_source: 'LinkedIn', utm_medium: ' Social ', utm_campaign: 'Spring Launch', utm_content: 'Case Study nordpharma' }, STANDARD);
    expect(url).toBe('https://x.example/?utm_source=linkedin&utm_medium=social&utm_campaign=spring-launch&utm_content=case-study-nordpharma');
  });

  it('adds the optional tags when given', () => {
    const url = buildUtmUrl('https://x.example/', { ...TAGS, utm_term: 'cold chain', utm_id: 'q2_2026' }, STANDARD);
    expect(url).toBe('https://x.example/?utm_source=linkedin&utm_medium=social&utm_campaign=how-we-did-it&utm_term=cold-chain&utm_id=q2_2026');
  });

  it('throws a UtmError naming utm_source and the allowed list for an unknown source', () => {
    const e = utmErrorOf(() => buildUtmUrl('https://x.example/', { ...TAGS, utm_source: 'Facebook' }, STANDARD));
    expect(e.name).toBe('UtmError');
    expect(e.field).toBe('utm_source');
    expect(e.expected).toBe('one of the allowed sources (proof-hub, linkedin, newsletter)');
    expect(e.found).toBe('Facebook');
    expect(e.message).toBe('UTM utm_source: expected one of the allowed sources (proof-hub, linkedin, newsletter); found "Facebook"');
  });

  it('throws for an unknown medium', () => {
    const e = utmErrorOf(() => buildUtmUrl('https://x.example/', { ...TAGS, utm_medium: 'cpc' }, STANDARD));
    expect([e.field, e.expected, e.found]).toEqual(['utm_medium', 'one of the allowed mediums (social, referral, email)', 'cpc']);
  });

  it('throws for a campaign that breaks the naming pattern, quoting it as written', () => {
    const e = utmErrorOf(() => buildUtmUrl('https://x.example/', { ...TAGS, utm_campaign: 'Spring/Launch' }, STANDARD));
    expect(e.field).toBe('utm_campaign');
    expect(e.found).toBe('Spring/Launch');
  });

  it('throws for a blank optional tag rather than writing utm_content=', () => {
    const e = utmErrorOf(() => buildUtmUrl('https://x.example/', { ...TAGS, utm_content: '   ' }, STANDARD));
    expect([e.field, e.expected]).toEqual(['utm_content', 'a non-empty value']);
  });

  it('rejects javascript: and other non-http links', () => {
    const js = utmErrorOf(() => buildUtmUrl('javascript:alert(1)', TAGS, STANDARD));
    expect([js.field, js.expected, js.found]).toEqual(['href', 'an http(s) URL', 'javascript:alert(1)']);
    expect(utmErrorOf(() => buildUtmUrl('mailto:sales@acme.example', TAGS, STANDARD)).field).toBe('href');
  });

  it('rejects a relative link with an example of an absolute one', () => {
    const e = utmErrorOf(() => buildUtmUrl('/demo', TAGS, STANDARD));
    expect([e.field, e.expected, e.found]).toEqual(['href', 'an absolute URL, e.g. https://example.com/demo', '/demo']);
  });

  it('accepts plain http links', () => {
    expect(buildUtmUrl('http://x.example/a', TAGS, STANDARD)).toBe('http://x.example/a?utm_source=linkedin&utm_medium=social&utm_campaign=how-we-did-it');
  });
});

describe('buildUtmUrl, the quick path for plain page URLs', () => {
  // What the builder did before plain page URLs got their own path: parse, edit the query, print.
  function reference(href: string, params: Record<string, string>): string {
    const url = new URL(href);
    const query = new URLSearchParams(url.search);
    for (const k of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'utm_id']) query.delete(k);
    for (const k of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'utm_id']) if (params[k] !== undefined) query.set(k, normaliseUtmValue(params[k]!));
    url.search = query.toString();
    return url.toString();
  }
  const loose: UtmStandard = { ...STANDARD, naming: { ...STANDARD.naming, pattern: '^[^\\s]+$', maxLength: 200 } };

  it('prints what parsing and editing the URL prints, for every kind of href and value', () => {
    const hrefs = ['https://proof.example/case-study/a/', 'https://PROOF.example:443/a', 'http://proof.example', 'https://proof.example/a/?', 'https://proof.example/a/#', 'https://proof.example/a/?ref=x&utm_source=old#top', 'https://bücher.example/ä/', 'https://proof.example/a b/'];
    const contents = ['case-study-a-post-linkedin', 'Spring Launch', 'a.b_c-d', 'x~y', 'a+b', 'é', '100%', 'a*b'];
    for (let round = 0; round < 2; round++)
      for (const href of hrefs)
        for (const content of contents) {
          const params = { ...TAGS, utm_content: content };
          expect(buildUtmUrl(href, params, loose), `${href} ${content}`).toBe(reference(href, params));
        }
  });

  it('still names a bad href first, also for an href it has seen before', () => {
    expect(buildUtmUrl('https://proof.example/x/', TAGS, STANDARD)).toBe('https://proof.example/x/?utm_source=linkedin&utm_medium=social&utm_campaign=how-we-did-it');
    expect(utmErrorOf(() => buildUtmUrl('https://proof.example/x/', { ...TAGS, utm_source: 'myspace' }, STANDARD)).field).toBe('utm_source');
    expect(utmErrorOf(() => buildUtmUrl('/relative', { ...TAGS, utm_source: 'myspace' }, STANDARD)).field).toBe('href');
  });
});

describe('handWrittenUtmProblem (a tracked link typed into content)', () => {
  const standard: UtmStandard = { ...STANDARD, aliases: { x: 'twitter' } };
  it('passes values written exactly as the standard has them', () => {
    expect(handWrittenUtmProblem('utm_source', 'linkedin', standard)).toBeUndefined();
    expect(handWrittenUtmProblem('utm_campaign', 'how-we-did-it', standard)).toBeUndefined();
    expect(handWrittenUtmProblem('utm_creative_format', 'carousel', standard)).toBeUndefined();
  });
  it('names the standard value where the builder would have normalised one', () => {
    expect(handWrittenUtmProblem('utm_source', 'LinkedIn', standard)).toEqual({ name: 'NonStandardUtm', expected: '"linkedin" (UTM values are lowercase, with hyphens for spaces)' });
    expect(handWrittenUtmProblem('utm_source', 'x', standard)).toEqual({ name: 'UnknownUtmSource', expected: '"twitter" (the standard\'s name for x: utm.aliases in content/hub.yaml)' });
  });
  it('names unknown sources and mediums, empty values, and parameters that are not UTM ones', () => {
    expect(handWrittenUtmProblem('utm_medium', 'organic', standard)?.name).toBe('UnknownUtmMedium');
    expect(handWrittenUtmProblem('utm_source', '', standard)).toEqual({ name: 'NonStandardUtm', expected: 'a non-empty value' });
    expect(handWrittenUtmProblem('utm_campaign', 'a'.repeat(65), standard)).toEqual({ name: 'NonStandardUtm', expected: 'at most 64 characters' });
    expect(handWrittenUtmProblem('UTM_SOURCE', 'linkedin', standard)?.name).toBe('UnknownUtmParameter');
  });
});
