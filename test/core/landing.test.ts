// Landing pages: the schema, the cross-file check (errors naming file and field), and the page
// model (copy slots, script config, static CTA link through the one UTM builder, sitemap rules).
import { describe, expect, it } from 'vitest';
import type { LoadedAsset, LoadedLanding } from '../../src/core/content/load.ts';
import { checkLandings } from '../../src/core/landing/check.ts';
import { copySlots, ctaHref, hiddenFields, landingClientConfig, landingPages, landingSitemapExclusions, staticSlot } from '../../src/core/landing/page.ts';
import { HubConfigSchema } from '../../src/core/schema/hub.ts';
import { LandingSchema, type LandingInput } from '../../src/core/schema/landing.ts';
import { parseWith } from '../../src/core/zod-issues.ts';
import { MINIMAL_HUB } from './minimal-hub.ts';

const config = HubConfigSchema.parse({
  ...MINIMAL_HUB,
  utm: { ...MINIMAL_HUB.utm, sources: ['proof-hub', 'linkedin', 'newsletter', 'twitter'], aliases: { x: 'twitter' } },
  analytics: { send: ['beacon', 'dataLayer'], endpoint: 'https://collect.acme.example/e' },
});

const BASE: LandingInput = {
  title: 'Book a cold-chain excursion audit',
  description: 'Send us one lane of temperature data and an engineer shows you where pallets spoil, in twenty minutes.',
  campaign: 'spring-audit',
  promise: 'safe',
  published: '2026-04-01',
  headline: 'Find out where your pallets spoil',
  subheadline: 'Send one lane of data; an engineer shows you where product is lost.',
  assets: ['case-study/foo'],
  cta: { label: 'Book an audit', href: 'https://acme.example/audit' },
  variants: [
    { id: 'linkedin', match: { source: ['linkedin'] }, headline: 'The 41% post, on your lanes', subheadline: 'Nordpharma found its losses between dock and truck.' },
    { id: 'mistakes', match: { campaign: ['cold-chain-mistakes'] }, headline: 'Which of the eight mistakes cost you?', subheadline: 'We check one lane against all eight mistakes.' },
  ],
  experiment: { id: 'numbers-first', sampleSize: 5300, arms: [{ id: 'control', weight: 50 }, { id: 'numbers', weight: 50, headline: '41% fewer spoiled pallets' }] },
};

function landing(input: LandingInput, file = 'content/landing/audit.mdx'): LoadedLanding {
  const parsed = parseWith(LandingSchema, input, file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return { id: 'audit', slug: parsed.value.slug ?? 'audit', file, data: parsed.value, body: '', bodyLine: 20, lineOf: () => undefined };
}
const asset = { kind: 'case-study', slug: 'foo' } as LoadedAsset;
const check = (...landings: LoadedLanding[]) => checkLandings({ root: '.', config, assets: [asset], landings });

describe('LandingSchema', () => {
  it('accepts the example and fills defaults', () => {
    const l = landing(BASE);
    expect(l.data.index).toBe(true);
    expect(l.data.draft).toBe(false);
    expect(l.data.experiment?.audience).toBe('default');
  });

  it.each<[string, (d: LandingInput) => void, string, string]>([
    ['missing CTA', (d) => delete (d as Partial<LandingInput>).cta, 'cta', 'MissingField'],
    ['CTA with both href and form', (d) => (d.cta = { label: 'Book an audit', href: 'https://acme.example/a', form: { action: 'https://forms.acme.example/a', fields: [{ name: 'email', label: 'Email' }] } }), 'cta', 'AmbiguousCta'],
    ['reserved variant id', (d) => (d.variants![0]!.id = 'thanks'), 'variants.0.id', 'ReservedVariantId'],
    ['variant matching nothing', (d) => (d.variants![0]!.match = {}), 'variants.0.match', 'EmptyMatch'],
    ['test without control', (d) => (d.experiment!.arms[0]!.id = 'a'), 'experiment.arms', 'MissingControl'],
    ['copy on the control arm', (d) => (d.experiment!.arms[0]!.headline = 'A headline for control'), 'experiment.arms.0', 'CopyOnControl'],
    ['form field named like an attribution field', (d) => (d.cta = { label: 'Book an audit', form: { action: 'https://forms.acme.example/a', fields: [{ name: 'utm_source', label: 'Source' }] } }), 'cta.form.fields.0.name', 'ReservedFieldName'],
    ['unknown field', (d) => ((d as Record<string, unknown>).headlines = 'x'), 'headlines', 'UnknownField'],
  ])('refuses %s', (_, edit, field, name) => {
    const input = structuredClone(BASE);
    edit(input);
    const parsed = parseWith(LandingSchema, input, 'content/landing/audit.mdx');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => [e.field, e.name])).toContainEqual([field, name]);
  });
});

describe('checkLandings', () => {
  it('passes the example', () => {
    expect(check(landing(BASE))).toEqual([]);
  });

  it('names file, field, expected and found for each cross-file mistake', () => {
    const bad = structuredClone(BASE);
    bad.promise = 'fast-ish';
    bad.assets = ['case-study/foo', 'case-study/nope'];
    bad.variants!.push({ id: 'again', match: { source: ['linkedin'] }, headline: 'Another LinkedIn headline', subheadline: 'Same source as the first variant.' });
    bad.variants!.push({ id: 'xx', match: { source: ['x'] }, headline: 'X readers headline here', subheadline: 'A source that is not in the standard.' });
    bad.experiment!.audience = 'nobody';
    const errors = check(landing(bad));
    expect(errors.map((e) => `${e.file} › ${e.field} [${e.name}]`)).toEqual([
      'content/landing/audit.mdx › promise [UnknownPromise]',
      'content/landing/audit.mdx › assets.1 [UnknownAsset]',
      'content/landing/audit.mdx › variants.3.match.source.0 [UnknownUtmSource]',
      'content/landing/audit.mdx › variants.2.match [DuplicateVariantKey]',
      'content/landing/audit.mdx › experiment.audience [UnknownVariant]',
    ]);
    expect(errors[3]).toMatchObject({ expected: 'a match no earlier variant has (variant "linkedin" already matches utm_source=linkedin)', found: 'variant "again" also matching utm_source=linkedin' });
    expect(errors[0]!.expected).toBe('one of the promise ids in content/hub.yaml (safe, fast)');
  });

  it('refuses two landing pages with one slug and components landing pages cannot use', () => {
    const a = landing(BASE, 'content/landing/a.mdx');
    const b = { ...landing(BASE, 'content/landing/b.mdx'), body: '<Stat value="41%" label="fewer" />\n' };
    const errors = check(a, b);
    expect(errors.map((e) => e.name)).toEqual(['UnknownComponent', 'DuplicateSlug']);
    expect(errors[0]).toMatchObject({ file: 'content/landing/b.mdx', line: 20, field: '<Stat>' });
  });
});

describe('page model', () => {
  const l = landing(BASE);

  it('carries every copy slot: default, variants, then arms with copy', () => {
    expect(copySlots(l.data).map((s) => [s.slot, s.key, s.copy.headline])).toEqual([
      [0, 'default', 'Find out where your pallets spoil'],
      [1, 'linkedin', 'The 41% post, on your lanes'],
      [2, 'mistakes', 'Which of the eight mistakes cost you?'],
      [3, 'numbers-first.numbers', '41% fewer spoiled pallets'],
    ]);
    // An arm without its own sub-headline keeps the audience's.
    expect(copySlots(l.data)[3]!.copy.subheadline).toBe(BASE.subheadline);
    expect(staticSlot(l.data)).toBe(0);
    expect(staticSlot(l.data, 'mistakes')).toBe(2);
  });

  it('emits a base page, one page per variant, and out-of-sitemap paths', () => {
    expect(landingPages(l).map((p) => p.path)).toEqual(['/lp/audit/', '/lp/audit/linkedin/', '/lp/audit/mistakes/']);
    expect(landingSitemapExclusions([l])).toEqual(['/lp/audit/linkedin/', '/lp/audit/mistakes/']);
    const hidden = landing({ ...BASE, index: false, thanks: { headline: 'Thanks, booked', text: 'We will email you within a day.' } });
    expect(landingSitemapExclusions([hidden])).toEqual(['/lp/audit/', '/lp/audit/linkedin/', '/lp/audit/mistakes/', '/lp/audit/thanks/']);
  });

  it('gives the script an allow-list, slots and the test, never more', () => {
    expect(landingClientConfig(config, l)).toEqual({
      s: ['beacon', 'dataLayer'],
      e: 'https://collect.acme.example/e',
      c: true,
      t: false,
      g: true,
      m: 64,
      a: { x: 'twitter' },
      p: 'landing',
      l: 'audit',
      v: 'default',
      b: true,
      k: { 'linkedin|*': 'linkedin', '*|cold-chain-mistakes': 'mistakes' },
      o: { default: 0, linkedin: 1, mistakes: 2 },
      x: { i: 'numbers-first', u: 'default', a: [['control', 50, 0], ['numbers', 50, 3]] },
    });
    const variant = landingClientConfig(config, l, { variant: 'linkedin' });
    expect(variant.v).toBe('linkedin');
    expect(variant.b).toBeUndefined();
    expect(variant.k).toBeUndefined();
  });

  it('builds the static CTA link with the one UTM builder; a single-source variant knows its channel', () => {
    expect(ctaHref(config, l)).toBe('https://acme.example/audit?utm_source=proof-hub&utm_medium=referral&utm_campaign=spring-audit&utm_content=lp-audit&ph_landing=audit&ph_variant=default');
    expect(ctaHref(config, l, 'linkedin')).toBe('https://acme.example/audit?utm_source=linkedin&utm_medium=social&utm_campaign=spring-audit&utm_content=lp-audit-linkedin&ph_landing=audit&ph_variant=linkedin');
    expect(hiddenFields(config, l).map((f) => f.name)).toEqual(['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'utm_id', 'ph_view', 'ph_landing', 'ph_variant', 'ph_arm']);
  });
});
