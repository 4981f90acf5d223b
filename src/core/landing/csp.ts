// The Content-Security-Policy: what astro.config.mjs gives Astro's security.csp (which writes the
// policy into a <meta> on every page, with hashes of the scripts and styles it bundles), and the
// same policy as an HTTP header in _headers for hosts that read one (Netlify, Cloudflare Pages).
// A header policy binds the whole page, so the two inline elements Astro does not hash itself, the
// attribution script and the brand colours, are hashed here and added to both.
import { createHash } from 'node:crypto';
import type { HubConfig } from '../schema/hub.ts';

/** sha256 of a text as a CSP source: 'sha256-<base64>' without the quotes. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The brand colours and font as CSS variables: the layout's one inline <style>. */
export function brandCss(config: Pick<HubConfig, 'brand'>): string {
  const c = config.brand.colours;
  return `:root{--primary:${c.primary};--accent:${c.accent};--ink:${c.ink};--paper:${c.paper};--font:"${config.brand.font.family}",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}`;
}

const origin = (url: string) => new URL(url).origin;

type DirectiveName = 'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'form-action' | 'object-src' | 'base-uri';

/**
 * Directives besides script-src and style-src (Astro owns those two). frame-ancestors is left out:
 * browsers ignore it in a <meta> (and log an error); _headers adds it.
 */
export function cspDirectives(config: HubConfig, landingFormActions: readonly string[] = []): `${DirectiveName} ${string}`[] {
  const extra = config.security.csp;
  const connect = ["'self'", ...(config.analytics.endpoint && config.analytics.send.includes('beacon') ? [origin(config.analytics.endpoint)] : []), ...extra.extraConnectSrc];
  const forms = ["'self'", ...new Set(landingFormActions.map(origin))];
  return [
    "default-src 'self'",
    `img-src ${[...new Set(["'self'", 'data:', ...extra.extraImgSrc])].join(' ')}`,
    "font-src 'self'",
    `connect-src ${[...new Set(connect)].join(' ')}`,
    `form-action ${forms.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
  ];
}

/**
 * script-src sources for Astro's `scriptDirective.resources` when the hub widens the policy for a
 * vendor (`security.csp.extraScriptSrc`); undefined keeps Astro's default ('self' and the hashes).
 */
export function scriptResources(config: HubConfig): string[] | undefined {
  const extra = config.security.csp.extraScriptSrc;
  return extra.length ? ["'self'", ...new Set(extra)] : undefined;
}

/** Hashes Astro cannot see: the inline attribution script and the brand <style>. */
export function extraHashes(config: HubConfig, scriptHash: `sha256-${string}`): { script: `sha256-${string}`[]; style: `sha256-${string}`[] } {
  return { script: [scriptHash], style: [cspHash(brandCss(config))] };
}

/** The meta policy plus what only a header can say. */
export function headerPolicy(metaPolicy: string): string {
  const parts = metaPolicy.split(';').map((p) => p.trim()).filter(Boolean);
  return [...parts, "frame-ancestors 'none'"].join('; ');
}

/** Placeholder in public/_headers that the build replaces with the policy of the built pages. */
export const CSP_PLACEHOLDER = '__PROOF_HUB_CSP__';

/** Fills the _headers template: the CSP line gets the policy; the rest is kept as written. */
export function fillHeaders(template: string, metaPolicy: string): string {
  if (!template.includes(CSP_PLACEHOLDER)) throw new Error(`_headers has no ${CSP_PLACEHOLDER} placeholder for the Content-Security-Policy`);
  return template.replaceAll(CSP_PLACEHOLDER, headerPolicy(metaPolicy));
}

/** Reads a Netlify/Cloudflare _headers file: path patterns and their headers (enough for the tests' server). */
export function parseHeaders(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (m && rules.length) rules[rules.length - 1]!.headers[m[1]!] = m[2]!.trim();
    }
  }
  return rules;
}

/** Headers for a request path under the rules: `/*` matches everything, `/x/*` a prefix, else exact. */
export function headersFor(rules: ReturnType<typeof parseHeaders>, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules) {
    const match = r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : path === r.pattern;
    if (match) Object.assign(out, r.headers);
  }
  return out;
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Every built page's meta policy; they must agree, since one _headers rule covers them all. */
export function sitePolicy(pages: readonly { file: string; html: string }[]): { policy?: string; problems: string[] } {
  const seen = new Map<string, string[]>();
  for (const p of pages) {
    const m = META_CSP.exec(p.html);
    const policy = m ? m[1]!.replaceAll('&#39;', "'").replaceAll('&amp;', '&').trim() : '(none)';
    const files = seen.get(policy);
    if (files) files.push(p.file);
    else seen.set(policy, [p.file]);
  }
  if (seen.size === 1 && !seen.has('(none)')) return { policy: [...seen.keys()][0], problems: [] };
  return { problems: [...seen.entries()].map(([policy, files]) => `${files.length} page(s), e.g. ${files[0]}: ${policy.slice(0, 120)}`) };
}
