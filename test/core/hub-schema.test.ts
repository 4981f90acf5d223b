// The hub config schema: a minimal config gets every default filled in (the full output is pinned
// here, like Starlight's config snapshot), and every mistake becomes a ContentError naming the field.
import { describe, expect, it } from 'vitest';
import type { ContentError } from '../../src/core/errors.ts';
import { HubConfigSchema, type HubConfigInput } from '../../src/core/schema/hub.ts';
import { parseWith } from '../../src/core/zod-issues.ts';
import { MINIMAL_HUB } from './minimal-hub.ts';

const FILE = 'content/hub.yaml';

/** The minimal hub with `edit` applied to a deep copy; loosely typed, since tests break it on purpose. */
type Loose = any;
function hubWith(edit: (hub: Loose) => void): unknown {
  const hub: HubConfigInput = structuredClone(MINIMAL_HUB);
  edit(hub);
  return hub;
}

const errorsOf = (data: unknown): ContentError[] => {
  const parsed = parseWith(HubConfigSchema, data, FILE);
  return parsed.ok ? [] : parsed.errors;
};

describe('HubConfigSchema defaults', () => {
  it('fills in every default for a minimal valid config', () => {
    const parsed = parseWith(HubConfigSchema, MINIMAL_HUB, FILE);
    expect(parsed).toEqual({
      ok: true,
      value: {
        site: {
          name: 'Acme Proof',
          description: 'Case studies, benchmarks and open methods showing how Acme keeps its promises.',
          url: 'https://proof.acme.example',
          base: '/',
          language: 'en',
          timeZone: 'UTC',
          listPageSize: 24,
        },
        brand: {
          colours: { primary: '#0b4f6c', accent: '#01baef', ink: '#14181f', paper: '#ffffff' },
          font: { family: 'Inter', regular: './fonts/Inter-Regular.ttf', bold: './fonts/Inter-Bold.ttf' },
        },
        organisation: { name: 'Acme AB', url: 'https://acme.example', logo: './images/logo.png', profiles: [] },
        promises: [
          { id: 'safe', name: 'Safe by default', meaning: 'Nothing leaves the building unencrypted.', proof: 'Audit reports and pen-test results.' },
          { id: 'fast', name: 'Fast everywhere', meaning: 'Pages answer within 200 ms on 4G.', proof: 'Benchmarks with the raw data attached.' },
        ],
        series: [
          {
            id: 'how-we-did-it',
            name: 'How we did it',
            description: 'One customer, one problem, the numbers before and after.',
            promises: ['safe'],
            cadence: 'FREQ=WEEKLY;BYDAY=TU',
            start: '2026-02-03',
            owner: 'Maja Lindqvist',
          },
        ],
        channels: [
          {
            id: 'linkedin',
            platform: 'linkedin',
            role: 'trust',
            kpi: { primary: 'CTR to web' },
            utmSource: 'linkedin',
            utmMedium: 'social',
            postingTimes: ['TU 08:30'],
          },
        ],
        analytics: { provider: 'none', send: [] },
        consent: { storeAttribution: false, respectGpc: true, required: true },
        utm: {
          sources: ['proof-hub', 'linkedin', 'newsletter'],
          mediums: ['social', 'referral', 'email'],
          aliases: {},
          cta: { source: 'proof-hub', medium: 'referral' },
          naming: { pattern: '^[a-z0-9]+(?:[-_][a-z0-9]+)*$', maxLength: 64 },
        },
        security: { csp: { extraScriptSrc: [], extraConnectSrc: [], extraImgSrc: [] } },
        snippets: { out: 'snippets', windowDays: 30, spreadDays: 90, bufferChannels: {}, clips: { min: 6, max: 12 }, carousels: 3, slides: { min: 5, max: 10 }, quotes: 5, faq: 1 },
      },
    });
  });

  it('fills defaults inside partly written blocks', () => {
    const parsed = HubConfigSchema.parse(
      hubWith((h) => {
        h.consent = { storeAttribution: true };
        h.analytics = { provider: 'plausible', id: 'proof.acme.example' };
        h.utm.cta = { medium: 'email' };
        h.utm.naming = { maxLength: 100 };
      }),
    );
    expect(parsed.consent).toEqual({ storeAttribution: true, respectGpc: true, required: true });
    // `send` defaults to the provider's own destination.
    expect(parsed.analytics).toEqual({ provider: 'plausible', id: 'proof.acme.example', send: ['plausible'] });
    expect(parsed.utm.cta).toEqual({ source: 'proof-hub', medium: 'email' });
    expect(parsed.utm.naming).toEqual({ pattern: '^[a-z0-9]+(?:[-_][a-z0-9]+)*$', maxLength: 100 });
  });

  it('accepts an every-N-days cadence and a sub-path base', () => {
    const parsed = HubConfigSchema.parse(
      hubWith((h) => {
        h.series[0].cadence = { everyDays: 14 };
        h.site.base = '/proof-hub/';
        h.site.timeZone = 'Europe/Stockholm';
        h.site.today = '2026-06-15';
      }),
    );
    expect(parsed.series[0].cadence).toEqual({ everyDays: 14 });
    expect(parsed.site).toMatchObject({ base: '/proof-hub/', timeZone: 'Europe/Stockholm', today: '2026-06-15' });
  });
});

describe('HubConfigSchema errors', () => {
  it('names a series promise that is not one of the promises', () => {
    expect(errorsOf(hubWith((h) => (h.series[0].promises = ['safe', 'cheap'])))).toEqual<ContentError[]>([
      { name: 'UnknownPromise', file: FILE, field: 'series.0.promises.1', expected: 'one of the promise ids above (safe, fast)', found: '"cheap"', line: undefined },
    ]);
  });

  it('names a channel whose UTM source or medium is not in the standard', () => {
    expect(
      errorsOf(
        hubWith((h) => {
          h.channels[0].utmSource = 'facebook';
          h.channels[0].utmMedium = 'paid';
        }),
      ),
    ).toEqual<ContentError[]>([
      { name: 'UnknownUtmSource', file: FILE, field: 'channels.0.utmSource', expected: 'one of utm.sources (proof-hub, linkedin, newsletter)', found: '"facebook"', line: undefined },
      { name: 'UnknownUtmMedium', file: FILE, field: 'channels.0.utmMedium', expected: 'one of utm.mediums (social, referral, email)', found: '"paid"', line: undefined },
    ]);
  });

  it('checks the default CTA tags against the standard too', () => {
    expect(errorsOf(hubWith((h) => (h.utm.sources = ['linkedin'])))).toEqual<ContentError[]>([
      { name: 'UnknownUtmSource', file: FILE, field: 'utm.cta.source', expected: 'one of utm.sources (linkedin)', found: '"proof-hub"', line: undefined },
    ]);
  });

  it('names a duplicate id', () => {
    expect(errorsOf(hubWith((h) => (h.promises[1].id = 'safe')))).toEqual<ContentError[]>([
      { name: 'DuplicateId', file: FILE, field: 'promises.1.id', expected: 'an id not used earlier in the list', found: '"safe"', line: undefined },
    ]);
  });

  it('refuses CSP keywords and bare schemes as vendor sources', () => {
    const expected = "an https origin such as https://www.googletagmanager.com (no keywords such as 'unsafe-inline' or 'unsafe-eval', no bare * or https:; README \"Content-Security-Policy, per host\")";
    expect(errorsOf(hubWith((h) => (h.security = { csp: { extraScriptSrc: ['https://www.googletagmanager.com', "'unsafe-eval'"], extraConnectSrc: ['https:'], extraImgSrc: ['https://*.google-analytics.com'] } })))).toEqual<ContentError[]>([
      { name: 'UnsafeCspSource', file: FILE, field: 'security.csp.extraScriptSrc.1', expected, found: `"'unsafe-eval'"`, line: undefined },
      { name: 'UnsafeCspSource', file: FILE, field: 'security.csp.extraConnectSrc.0', expected, found: '"https:"', line: undefined },
    ]);
  });

  it('refuses a site URL with a path, pointing at base', () => {
    expect(errorsOf(hubWith((h) => (h.site.url = 'https://acme.github.io/proof-hub')))).toEqual<ContentError[]>([
      {
        name: 'InvalidValue',
        file: FILE,
        field: 'site.url',
        expected: 'an origin without a path or trailing slash, e.g. https://proof.example.com (put a sub-path in "base")',
        found: '"https://acme.github.io/proof-hub"',
        line: undefined,
      },
    ]);
  });

  it('refuses a base without its slashes and an unknown time zone', () => {
    expect(
      errorsOf(
        hubWith((h) => {
          h.site.base = 'proof-hub';
          h.site.timeZone = 'Europe/Gothenburg';
        }),
      ),
    ).toEqual<ContentError[]>([
      { name: 'InvalidFormat', file: FILE, field: 'site.base', expected: 'a path that starts and ends with /, e.g. / or /proof-hub/', found: '"proof-hub"', line: undefined },
      { name: 'InvalidValue', file: FILE, field: 'site.timeZone', expected: 'an IANA time zone, e.g. Europe/Stockholm', found: '"Europe/Gothenburg"', line: undefined },
    ]);
  });

  it('refuses an impossible pinned today', () => {
    expect(errorsOf(hubWith((h) => (h.site.today = '2026-02-31')))).toEqual<ContentError[]>([
      { name: 'ImpossibleDate', file: FILE, field: 'site.today', expected: 'a real calendar day (this month has fewer days)', found: '"2026-02-31"', line: undefined },
    ]);
  });

  it('refuses a fourth promise', () => {
    const promise = { id: 'open', name: 'Open numbers', meaning: 'We publish how things perform.', proof: 'Benchmarks with raw data.' };
    const errors = errorsOf(
      hubWith((h) => {
        h.promises.push({ ...promise }, { ...promise, id: 'more' });
      }),
    );
    expect(errors).toEqual<ContentError[]>([
      { name: 'TooLong', file: FILE, field: 'promises', expected: 'at most 3 items', found: '[{"id":"safe","name":"Safe by default","meaning":"Nothing leaves the building...', line: undefined },
    ]);
  });

  it('refuses a cadence that is neither an RRULE nor everyDays', () => {
    expect(errorsOf(hubWith((h) => (h.series[0].cadence = 'weekly')))).toEqual<ContentError[]>([
      { name: 'InvalidFormat', file: FILE, field: 'series.0.cadence', expected: 'an RRULE such as FREQ=WEEKLY;BYDAY=TU, or { everyDays: 14 }', found: '"weekly"', line: undefined },
    ]);
    expect(errorsOf(hubWith((h) => (h.series[0].cadence = { everyDays: 0 })))).toEqual<ContentError[]>([
      { name: 'TooShort', file: FILE, field: 'series.0.cadence.everyDays', expected: 'at least 1', found: '0', line: undefined },
    ]);
  });

  it('refuses a posting time without a weekday', () => {
    expect(errorsOf(hubWith((h) => (h.channels[0].postingTimes = ['09:00'])))).toEqual<ContentError[]>([
      { name: 'InvalidFormat', file: FILE, field: 'channels.0.postingTimes.0', expected: 'a weekday and time, e.g. "TU 09:00"', found: '"09:00"', line: undefined },
    ]);
  });

  it('names an unknown field, such as a misspelt key', () => {
    expect(errorsOf(hubWith((h) => (h.site.langauge = 'sv')))).toEqual<ContentError[]>([
      {
        name: 'UnknownField',
        file: FILE,
        field: 'site.langauge',
        expected: 'only the documented fields (check the spelling; README "Content model")',
        found: 'a field named "langauge"',
        line: undefined,
      },
    ]);
  });

  it('names a missing required block', () => {
    expect(errorsOf(hubWith((h) => delete h.organisation))).toEqual<ContentError[]>([
      { name: 'MissingField', file: FILE, field: 'organisation', expected: 'a value (a group of fields)', found: 'nothing (the field is missing)', line: undefined },
    ]);
  });

  it('names a language that is not built in', () => {
    expect(errorsOf(hubWith((h) => (h.site.language = 'de')))).toEqual<ContentError[]>([
      { name: 'NotAllowed', file: FILE, field: 'site.language', expected: 'one of "en", "sv"', found: '"de"', line: undefined },
    ]);
  });
});
