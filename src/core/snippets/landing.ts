// Where a snippet links: the landing-page variant made for the channel's readers, when one of the
// hub's landing pages (issue 3, content/landing/*.mdx) features the asset and has a variant for the
// channel's utm_source or for the campaign; else the asset's own page (generate.ts).
//
// Variant keys are the ones the attribution script matches on (src/core/landing/select.ts), tried
// most specific first: source and the page's campaign, source and the asset's series (the campaign
// the snippet would otherwise carry), the campaign alone, the series alone, the source alone. Among
// several pages, the best key wins, then the newest page (the running campaign), then the slug.
// A page links only from the day it is live: not a draft, published on or before the post's day.
import type { LoadedAsset, LoadedLanding } from '../content/load.ts';
import { variantPath } from '../landing/page.ts';
import { lookupKey, variantTable } from '../landing/select.ts';
import type { Channel, HubConfig } from '../schema/hub.ts';
import { normaliseUtmValue } from '../utm.ts';
import { absoluteUrl } from '../urls.ts';

/** Where a snippet links and the utm_campaign it carries. */
export interface LinkTarget {
  url: string;
  campaign: string;
  /** The landing page's slug and variant id, when the link goes to one. */
  landing?: { slug: string; variant: string };
}

/** `day` is the local day the snippet goes out (YYYY-MM-DD). */
export type LandingLookup = (asset: LoadedAsset, channel: Channel, day: string) => LinkTarget | undefined;

/** A channel's utm_source as the UTM standard names it: `x` is read as `twitter` through utm.aliases. */
export function utmSourceOf(channel: Pick<Channel, 'utmSource'>, utm: Pick<HubConfig['utm'], 'aliases'>): string {
  const v = normaliseUtmValue(channel.utmSource);
  return Object.hasOwn(utm.aliases, v) ? normaliseUtmValue(utm.aliases[v]!) : v;
}

export function landingLookup(config: Pick<HubConfig, 'site' | 'utm'>, landings: readonly LoadedLanding[]): LandingLookup {
  const pages = landings
    .filter((l) => !l.data.draft)
    .map((l) => ({ l, table: variantTable(l.data.variants.map((v) => ({ id: v.id, match: { source: v.match.source?.map(normaliseUtmValue), campaign: v.match.campaign?.map(normaliseUtmValue) } }))).table }));
  return (asset, channel, day) => {
    const ref = `${asset.kind}/${asset.slug}`;
    const source = utmSourceOf(channel, config.utm);
    const series = normaliseUtmValue(asset.data.series);
    let best: { rank: number; page: (typeof pages)[number]; variant: string } | undefined;
    for (const page of pages) {
      const d = page.l.data;
      if (d.published > day || !d.assets.includes(ref)) continue;
      const campaign = normaliseUtmValue(d.campaign);
      const keys = [lookupKey(source, campaign), lookupKey(source, series), lookupKey('*', campaign), lookupKey('*', series), lookupKey(source, '*')];
      const rank = keys.findIndex((k) => Object.hasOwn(page.table, k));
      if (rank < 0) continue;
      const better =
        !best || rank < best.rank || (rank === best.rank && (d.published > best.page.l.data.published || (d.published === best.page.l.data.published && page.l.slug < best.page.l.slug)));
      if (better) best = { rank, page, variant: page.table[keys[rank]!]! };
    }
    if (!best) return undefined;
    const { l } = best.page;
    return { url: absoluteUrl(config.site, variantPath(l.slug, best.variant)), campaign: l.data.campaign, landing: { slug: l.slug, variant: best.variant } };
  };
}
