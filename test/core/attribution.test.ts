// The attribution script's pure parts: the UTM normaliser, variant lookup, arm assignment, event
// payloads against the documented schema, vendor call shapes, and the script's size budget.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_BUDGET_GZIP, compileAttributionScript } from '../../src/core/landing/compile.ts';
import { BeaconBodySchema, HubEventSchema } from '../../src/core/landing/event-schema.ts';
import { buildEvent, dataLayerEntry, eventProps, EVENT_NAMES, type ViewState } from '../../src/core/landing/events.ts';
import { carryOnto, normaliseValue, readUtm } from '../../src/core/landing/normalise.ts';
import { lookupVariant, pickArm, variantTable } from '../../src/core/landing/select.ts';

const ALIASES = { x: 'twitter', 'x.com': 'twitter' };

describe('normaliseValue', () => {
  it.each([
    ['  LinkedIn ', 'linkedin'],
    ['Spring Audit 2026', 'spring-audit-2026'],
    ['spring--audit', 'spring-audit'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['javascript:alert(1)', 'javascript-alert-1'],
    ['"><img src=x onerror=alert(1)>', 'img-src-x-onerror-alert-1'],
    ['\u202Eevil\u202C', 'evil'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['nul\u0000byte', 'nulbyte'],
    ['ＦＵＬＬＷＩＤＴＨ', 'fullwidth'],
    ['Sommar-kampanj Å', 'sommar-kampanj-å'],
    ['---', ''],
    ['', ''],
  ])('%j → %j', (raw, expected) => {
    expect(normaliseValue(raw, 64)).toBe(expected);
  });

  it('caps at maxLength code points and never leaves a lone surrogate or trailing hyphen', () => {
    expect(normaliseValue('a'.repeat(10_000), 64)).toHaveLength(64);
    expect(normaliseValue(`${'a'.repeat(63)}-b`, 64)).toBe('a'.repeat(63));
    const emoji = normaliseValue('𝒳'.repeat(100), 10);
    expect([...emoji]).toHaveLength(10);
    expect(() => encodeURIComponent(emoji)).not.toThrow();
  });
});

describe('readUtm', () => {
  it('takes the first of repeated parameters, normalises, applies aliases and drops empty values', () => {
    expect(readUtm('?utm_source=X&utm_source=linkedin&utm_medium=%20Social%20&utm_campaign=&utm_term=a%20b', 64, ALIASES)).toEqual({
      utm_source: 'twitter',
      utm_medium: 'social',
      utm_term: 'a-b',
    });
  });
  it('survives broken percent-encoding and prototype keys', () => {
    // %E0%A4%A decodes to U+FFFD and an "a": the replacement character becomes a separator.
    expect(readUtm('?utm_source=%E0%A4%A&utm_campaign=constructor', 64, ALIASES)).toEqual({ utm_source: 'a', utm_campaign: 'constructor' });
    expect(readUtm('?utm_source=__proto__&utm_medium=hasOwnProperty', 64, ALIASES)).toEqual({ utm_source: 'proto', utm_medium: 'hasownproperty' });
  });
});

describe('carryOnto', () => {
  const href = 'https://coldtrace.example/audit?utm_source=proof-hub&utm_medium=referral&utm_campaign=spring-audit&utm_content=lp-x&ref=hub#form';
  it('replaces the whole UTM set when the visitor brought one, keeps other parameters and the fragment', () => {
    const out = new URL(carryOnto(href, { utm_source: 'linkedin', utm_medium: 'social' }, { ph_view: 'v', ph_arm: '' }));
    expect(Object.fromEntries(out.searchParams)).toEqual({ utm_source: 'linkedin', utm_medium: 'social', ref: 'hub', ph_view: 'v' });
    expect(out.hash).toBe('#form');
  });
  it('keeps the built-in set when the visitor brought none', () => {
    const out = new URL(carryOnto(href, {}, { ph_view: 'v' }));
    expect(out.searchParams.get('utm_source')).toBe('proof-hub');
    expect(out.searchParams.get('utm_content')).toBe('lp-x');
  });
});

describe('variant selection', () => {
  const variants = [
    { id: 'linkedin', match: { source: ['linkedin'] } },
    { id: 'mistakes', match: { campaign: ['cold-chain-mistakes'] } },
    { id: 'linkedin-audit', match: { source: ['linkedin'], campaign: ['spring-audit'] } },
  ];
  const { table, duplicates } = variantTable(variants);
  it('builds an allow-list table', () => {
    expect(table).toEqual({ 'linkedin|*': 'linkedin', '*|cold-chain-mistakes': 'mistakes', 'linkedin|spring-audit': 'linkedin-audit' });
    expect(duplicates).toEqual([]);
  });
  it.each([
    ['linkedin', 'spring-audit', 'linkedin-audit'],
    ['linkedin', 'other', 'linkedin'],
    ['linkedin', undefined, 'linkedin'],
    ['reddit', 'cold-chain-mistakes', 'mistakes'],
    ['linkedin', 'cold-chain-mistakes', 'mistakes'],
    [undefined, undefined, undefined],
    ['reddit', undefined, undefined],
    ['*', '*', undefined],
    ['constructor', undefined, undefined],
    ['', 'cold-chain-mistakes', 'mistakes'],
  ])('source %j, campaign %j → %j', (source, campaign, expected) => {
    expect(lookupVariant(table, source, campaign)).toBe(expected);
  });
  it('reports keys two variants claim', () => {
    expect(variantTable([...variants, { id: 'again', match: { source: ['linkedin'] } }]).duplicates).toEqual([{ key: 'linkedin|*', first: 'linkedin', second: 'again' }]);
  });
  it('assigns arms by weight', () => {
    const arms = [['control', 30, 0], ['b', 70, 4]] as const;
    expect(pickArm(arms, 0)[0]).toBe('control');
    expect(pickArm(arms, 0.29)[0]).toBe('control');
    expect(pickArm(arms, 0.3)[0]).toBe('b');
    expect(pickArm(arms, 0.999)[0]).toBe('b');
    const counts = { control: 0, b: 0 };
    for (let i = 0; i < 10_000; i++) counts[pickArm(arms, i / 10_000)[0]]++;
    expect(counts).toEqual({ control: 3000, b: 7000 });
  });
});

describe('events', () => {
  const view: ViewState = {
    view_id: '6f1c1f0e-8d7a-4b8e-9a43-1f0e2d3c4b5a',
    page: '/lp/excursion-audit/',
    page_type: 'landing',
    landing: 'excursion-audit',
    variant: 'default',
    experiment: 'numbers-first',
    arm: 'numbers',
    utm_source: 'linkedin',
    utm_medium: 'social',
    utm_campaign: 'spring-audit',
    utm_content: null,
    utm_term: null,
    utm_id: null,
  };
  const now = new Date('2026-06-15T08:30:00Z');

  it.each(EVENT_NAMES)('%s matches the documented schema', (name) => {
    const extra = name === 'cta_click' ? { link_url: 'https://coldtrace.example/audit' } : name === 'conversion' ? { method: 'form' as const } : {};
    const event = buildEvent(name, view, now, extra);
    expect(HubEventSchema.parse(event)).toEqual(event);
    expect(BeaconBodySchema.safeParse([event]).success).toBe(true);
  });

  it('writes the documented example exactly', () => {
    expect(buildEvent('cta_click', view, now, { link_url: 'https://coldtrace.example/audit' })).toMatchInlineSnapshot(`
      {
        "arm": "numbers",
        "event": "cta_click",
        "experiment": "numbers-first",
        "landing": "excursion-audit",
        "link_url": "https://coldtrace.example/audit",
        "page": "/lp/excursion-audit/",
        "page_type": "landing",
        "schema": "proof-hub.event/1",
        "ts": "2026-06-15T08:30:00.000Z",
        "utm_campaign": "spring-audit",
        "utm_content": null,
        "utm_id": null,
        "utm_medium": "social",
        "utm_source": "linkedin",
        "utm_term": null,
        "variant": "default",
        "view_id": "6f1c1f0e-8d7a-4b8e-9a43-1f0e2d3c4b5a",
      }
    `);
  });

  it('gives vendors flat properties without nulls (Plausible: at most 30, values within 2000 bytes)', () => {
    const props = eventProps(buildEvent('landing_view', view, now));
    expect(Object.values(props).every((v) => typeof v === 'string' && v.length <= 2000)).toBe(true);
    expect(Object.keys(props).length).toBeLessThanOrEqual(30);
    expect(props).not.toHaveProperty('utm_term');
  });

  it('uses GA4 recommended names in dataLayer where they fit', () => {
    expect(dataLayerEntry(buildEvent('conversion', view, now, { method: 'form' }))).toMatchObject({ event: 'generate_lead', method: 'form', landing: 'excursion-audit' });
    expect(dataLayerEntry(buildEvent('cta_click', view, now))).toMatchObject({ event: 'select_content', content_type: 'cta', content_id: 'excursion-audit' });
    expect(dataLayerEntry(buildEvent('landing_view', view, now)).event).toBe('landing_view');
    for (const name of EVENT_NAMES) expect(name.length).toBeLessThanOrEqual(50); // Umami's limit
  });
});

describe('the compiled script', () => {
  it(`stays within ${ATTRIBUTION_BUDGET_GZIP} bytes gzipped, and can be inlined`, async () => {
    const s = await compileAttributionScript();
    expect(s.gzipBytes, `attribution script is ${s.gzipBytes} bytes gzipped`).toBeLessThanOrEqual(ATTRIBUTION_BUDGET_GZIP);
    expect(gzipSync(s.code, { level: 9 }).length).toBe(s.gzipBytes);
    expect(s.code).not.toMatch(/<\/script|innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(s.hash).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  });
});
