// How the attribution script reads UTM parameters from a URL: pure functions with no imports, so
// they are bundled into the client script (src/scripts/attribution.ts) and unit-tested here.
//
// A carried value is never rendered: it is normalised (Unicode NFKC, lowercase, trimmed, control,
// format and bidi characters removed, every run of other punctuation or spaces turned into one
// hyphen), capped at the UTM standard's maxLength in code points, and URL-encoded by URLSearchParams
// where it is written into a link. Only allow-listed keys ever choose copy (see select.ts).

export const CARRIED_UTM_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'utm_id'] as const;
export type CarriedUtmKey = (typeof CARRIED_UTM_KEYS)[number];
export type UtmSet = Partial<Record<CarriedUtmKey, string>>;

/** Runs of anything but letters, digits, `_` and `.` become one hyphen. */
const SEPARATORS = /[^\p{L}\p{N}_.]+/gu;
/** Control, format (bidi overrides, zero-width), surrogate and unassigned code points: dropped outright. */
const INVISIBLE = /\p{C}/gu;
const EDGES = /^[-_.]+|[-_.]+$/g;

/** One UTM value as the hub carries it: "  LinkedIn Post " → "linkedin-post"; "" when nothing is left. */
export function normaliseValue(raw: string, maxLength: number): string {
  const text = raw.normalize('NFKC').toLowerCase().replace(INVISIBLE, '').replace(SEPARATORS, '-').replace(EDGES, '');
  return Array.from(text).slice(0, maxLength).join('').replace(EDGES, '');
}

/**
 * The UTM set a visitor brought: the first value of each key (a repeated parameter cannot smuggle a
 * second one in), normalised; keys that normalise to nothing are left out.
 */
export function readUtm(search: string, maxLength: number, aliases: Record<string, string>): UtmSet {
  const params = new URLSearchParams(search);
  const utm: UtmSet = {};
  for (const key of CARRIED_UTM_KEYS) {
    const value = normaliseValue(params.get(key) || '', maxLength);
    // utm_source after the standard's aliases (x → twitter).
    if (value) utm[key] = key == 'utm_source' && Object.hasOwn(aliases, value) ? aliases[value]! : value;
  }
  return utm;
}

/** True when the visitor brought their own attribution (then it replaces the link's built-in set). */
export const hasOwnUtm = (utm: UtmSet): boolean => Boolean(utm.utm_source || utm.utm_medium || utm.utm_campaign);

/**
 * A CTA link with the visitor's attribution: the UTM set replaces the link's own when the visitor
 * brought one, and the hub's `ph_*` values are set (an empty value removes the parameter). `href` is
 * absolute: the script passes a.href, which the browser has resolved.
 */
export function carryOnto(href: string, utm: UtmSet, extra: Record<string, string | null | undefined>): string {
  const url = new URL(href);
  const query = url.searchParams;
  const set = (key: string, value: string | null | undefined) => (value ? query.set(key, value) : query.delete(key));
  if (hasOwnUtm(utm)) for (const key of CARRIED_UTM_KEYS) set(key, utm[key]);
  for (const key in extra) set(key, extra[key]);
  return url.toString();
}
