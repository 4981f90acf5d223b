// The one UTM builder: every call-to-action link the hub hands out is made here, so tags follow
// the hub's UTM standard (allowed sources and mediums, one naming rule) and nothing is hand-typed.
import type { HubConfig } from './schema/hub.ts';

export const UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'utm_id'] as const;
export type UtmKey = (typeof UTM_KEYS)[number];
export type UtmParams = Partial<Record<UtmKey, string>> & { utm_source: string; utm_medium: string; utm_campaign: string };

export type UtmStandard = HubConfig['utm'];

export class UtmError extends Error {
  readonly field: UtmKey | 'href';
  readonly expected: string;
  readonly found: string;
  constructor(field: UtmKey | 'href', expected: string, found: string) {
    super(`UTM ${field}: expected ${expected}; found "${found}"`);
    this.name = 'UtmError';
    this.field = field;
    this.expected = expected;
    this.found = found;
  }
}

/** Lower-cases, trims and turns spaces into hyphens: how every UTM value is written. */
export function normaliseUtmValue(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '-');
}

const namingRules = new Map<string, RegExp>();
/** The hub's naming rule, compiled once: every snippet's link is checked against it (10% of snippet time). */
function namingRule(pattern: string): RegExp {
  let rule = namingRules.get(pattern);
  if (!rule) namingRules.set(pattern, (rule = new RegExp(pattern)));
  return rule;
}

/** Checks one normalised value against the standard; returns the reason it fails, if it does. */
export function utmProblem(key: UtmKey, value: string, standard: UtmStandard): string | undefined {
  if (value === '') return 'a non-empty value';
  if (key === 'utm_source' && !standard.sources.includes(value)) return `one of the allowed sources (${standard.sources.join(', ')})`;
  if (key === 'utm_medium' && !standard.mediums.includes(value)) return `one of the allowed mediums (${standard.mediums.join(', ')})`;
  if (value.length > standard.naming.maxLength) return `at most ${standard.naming.maxLength} characters`;
  if (!namingRule(standard.naming.pattern).test(value)) return `a value matching ${standard.naming.pattern} (lowercase words joined by - or _)`;
  return undefined;
}

// Links are built for the same few hundred pages over and over (100,000 snippet links at 5,000
// assets): a page URL without query or fragment is parsed once, and values that form-encoding
// leaves as they are are joined on directly. Anything else takes the general path.
const plainHrefs = new Map<string, string>();
const FORM_SAFE = /^[a-z0-9._-]*$/;

function parseHref(href: string): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new UtmError('href', 'an absolute URL, e.g. https://example.com/demo', href);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UtmError('href', 'an http(s) URL', href);
  return url;
}

/**
 * Adds UTM parameters to a URL. Existing utm_* parameters on the href are replaced, other query
 * parameters and the fragment are kept. Throws UtmError naming the parameter that breaks the standard.
 */
export function buildUtmUrl(href: string, params: UtmParams, standard: UtmStandard): string {
  let plain = plainHrefs.get(href);
  const url = plain === undefined ? parseHref(href) : undefined;
  if (url && !url.href.includes('?') && !url.href.includes('#')) {
    if (plainHrefs.size >= 10_000) plainHrefs.clear();
    plainHrefs.set(href, (plain = url.href));
  }
  const values: [UtmKey, string][] = [];
  for (const key of UTM_KEYS) {
    const raw = params[key];
    if (raw === undefined) continue;
    const value = normaliseUtmValue(raw);
    const problem = utmProblem(key, value, standard);
    if (problem) throw new UtmError(key, problem, raw);
    values.push([key, value]);
  }
  if (plain !== undefined && values.length && values.every(([, v]) => FORM_SAFE.test(v))) return `${plain}?${values.map(([k, v]) => `${k}=${v}`).join('&')}`;
  // Edited apart from the URL and put back once: each change through url.searchParams writes the
  // whole query again.
  const full = url ?? parseHref(href);
  const query = new URLSearchParams(full.search);
  for (const key of UTM_KEYS) query.delete(key);
  for (const [key, value] of values) query.set(key, value);
  full.search = query.toString();
  return full.toString();
}

/** utm_* keys GA4 accepts besides the six the hub writes (reported or not); hand-written links may use them. */
export const EXTRA_UTM_KEYS = ['utm_source_platform', 'utm_creative_format', 'utm_marketing_tactic'] as const;

/** Error names for a hand-written utm_* parameter that breaks the standard. */
export type UtmBreach = { name: 'UnknownUtmParameter' | 'UnknownUtmSource' | 'UnknownUtmMedium' | 'NonStandardUtm'; expected: string };

/**
 * What a hand-written utm_* parameter (in content, not made by the builder) must be instead, or
 * undefined when it meets the standard. Stricter than the builder, which normalises: a link typed
 * by hand is sent as written, and GA4 reports "LinkedIn" and "linkedin" as two rows.
 */
export function handWrittenUtmProblem(key: string, raw: string, standard: UtmStandard): UtmBreach | undefined {
  const known = (UTM_KEYS as readonly string[]).includes(key);
  if (!known && !(EXTRA_UTM_KEYS as readonly string[]).includes(key))
    return { name: 'UnknownUtmParameter', expected: `one of the UTM parameters, written lowercase (${[...UTM_KEYS, ...EXTRA_UTM_KEYS].join(', ')})` };
  const value = normaliseUtmValue(raw);
  const name = key === 'utm_source' ? 'UnknownUtmSource' : key === 'utm_medium' ? 'UnknownUtmMedium' : 'NonStandardUtm';
  const alias = key === 'utm_source' && Object.hasOwn(standard.aliases, value) ? standard.aliases[value] : undefined;
  if (alias !== undefined) return { name, expected: `"${alias}" (the standard's name for ${value}: utm.aliases in content/hub.yaml)` };
  // The extra keys follow the naming rule, as campaign and content do.
  const listed = key === 'utm_source' ? standard.sources : key === 'utm_medium' ? standard.mediums : undefined;
  const problem = utmProblem((known ? key : 'utm_content') as UtmKey, value, standard);
  if (problem) return { name: listed && value !== '' && !listed.includes(value) ? name : 'NonStandardUtm', expected: problem };
  if (value !== raw) return { name: 'NonStandardUtm', expected: `"${value}" (UTM values are lowercase, with hyphens for spaces)` };
  return undefined;
}
