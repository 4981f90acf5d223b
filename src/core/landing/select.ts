// Which copy a reader sees: allow-list lookup of (utm_source, utm_campaign) to a variant built at
// build time, and weighted assignment to an A/B arm. Pure, no imports: bundled into the client
// script and unit-tested. Unknown values never choose anything: they fall back to the default.

/** Key of a lookup table entry: "source|campaign", with * for "any". */
export const lookupKey = (source: string, campaign: string) => `${source}|${campaign}`;

export interface MatchRule {
  id: string;
  match: { source?: readonly string[] | undefined; campaign?: readonly string[] | undefined };
}

/**
 * Every allow-listed key of the page's variants: a variant matching both a source and a campaign
 * adds "source|campaign" keys, one matching only sources "source|*", only campaigns "*|campaign".
 * Returns the table and the keys two variants both claim (the content check reports those).
 */
export function variantTable(variants: readonly MatchRule[]): { table: Record<string, string>; duplicates: { key: string; first: string; second: string }[] } {
  const table: Record<string, string> = {};
  const duplicates: { key: string; first: string; second: string }[] = [];
  for (const v of variants) {
    for (const source of v.match.source ?? ['*']) {
      for (const campaign of v.match.campaign ?? ['*']) {
        const key = lookupKey(source, campaign);
        const first = table[key];
        if (first !== undefined) duplicates.push({ key, first, second: v.id });
        else table[key] = v.id;
      }
    }
  }
  return { table, duplicates };
}

/**
 * The variant for a visitor: the most specific key wins (source and campaign, then campaign alone,
 * then source alone; a campaign names the post more exactly than a network does). Undefined: the default.
 */
export function lookupVariant(table: Record<string, string>, source = '', campaign = ''): string | undefined {
  // An empty part never matches: every key in the table has two non-empty parts. Keys hold a "|", so
  // no key can name an inherited property ("constructor", "__proto__").
  for (const key of [source + '|' + campaign, '*|' + campaign, source + '|*']) if (table[key]) return table[key];
  return undefined;
}

/** Picks an arm by weight with r in [0, 1): arms [[id, weight], …]. */
export function pickArm<A extends readonly [string, number, ...unknown[]]>(arms: readonly A[], r: number): A {
  let at = r * arms.reduce((sum, a) => sum + a[1], 0);
  return arms.find((a) => (at -= a[1]) < 0) || arms[arms.length - 1]!;
}
