// The Content-Security-Policy: the directives the hub config gives Astro's security.csp (the <meta>),
// the vendor origins security.csp widens it with, and the same policy as a header in _headers.
import { describe, expect, it } from 'vitest';
import { cspDirectives, fillHeaders, headerPolicy, scriptResources } from '../../src/core/landing/csp.ts';
import { hubConfig } from './minimal-hub.ts';
import { HubConfigSchema } from '../../src/core/schema/hub.ts';
import { MINIMAL_HUB } from './minimal-hub.ts';

const STRICT = hubConfig();
const GTM = HubConfigSchema.parse({
  ...MINIMAL_HUB,
  security: { csp: { extraScriptSrc: ['https://www.googletagmanager.com'], extraConnectSrc: ['https://*.google-analytics.com', 'https://www.googletagmanager.com'], extraImgSrc: ['https://www.googletagmanager.com'] } },
});

describe('the default policy', () => {
  it('allows only the site itself, with no script source beyond Astro\'s hashes', () => {
    expect(cspDirectives(STRICT, ['https://forms.acme.example/audit'])).toEqual([
      "default-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "form-action 'self' https://forms.acme.example",
      "object-src 'none'",
      "base-uri 'self'",
    ]);
    expect(scriptResources(STRICT)).toBeUndefined();
  });
});

describe('security.csp widens it for a vendor', () => {
  it('adds the origins to script-src (with self), connect-src and img-src', () => {
    expect(scriptResources(GTM)).toEqual(["'self'", 'https://www.googletagmanager.com']);
    expect(cspDirectives(GTM)).toEqual([
      "default-src 'self'",
      "img-src 'self' data: https://www.googletagmanager.com",
      "font-src 'self'",
      "connect-src 'self' https://*.google-analytics.com https://www.googletagmanager.com",
      "form-action 'self'",
      "object-src 'none'",
      "base-uri 'self'",
    ]);
  });

  it('_headers carries the same widened policy as the <meta>, plus frame-ancestors', () => {
    const meta = `script-src 'self' https://www.googletagmanager.com 'sha256-abc'; ${cspDirectives(GTM).join('; ')}`;
    const headers = fillHeaders('/*\n  Content-Security-Policy: __PROOF_HUB_CSP__\n', meta);
    expect(headers).toBe(`/*\n  Content-Security-Policy: ${headerPolicy(meta)}\n`);
    expect(headerPolicy(meta)).toBe(`${meta}; frame-ancestors 'none'`);
  });
});
