// Everything a landing page needs at build time, as data: its URLs, the copy of every slot (default,
// variants, A/B arms), the static CTA link made by the one UTM builder, the hidden form fields and
// the JSON config for the attribution script. The Astro page only prints it.
import type { HubConfig } from '../schema/hub.ts';
import type { LandingCopy, LandingData } from '../schema/landing.ts';
import { buildUtmUrl, type UtmParams } from '../utm.ts';
import type { ClientConfig } from './client-config.ts';
import { CARRIED_UTM_KEYS } from './normalise.ts';
import { variantTable } from './select.ts';

/** URL segment of every landing page: /lp/<slug>/ */
export const LANDING_SEGMENT = 'lp';
export const THANKS_SEGMENT = 'thanks';
/** Landing-page MDX may use these components (the asset-only ones need an asset). */
export const LANDING_COMPONENTS = ['Quote', 'Callout', 'FAQ', 'Question', 'Figure'] as const;

export interface LandingLike {
  slug: string;
  data: LandingData;
}

export const landingPath = (slug: string) => `/${LANDING_SEGMENT}/${slug}/`;
export const variantPath = (slug: string, variant: string) => `/${LANDING_SEGMENT}/${slug}/${variant}/`;
export const thanksPath = (slug: string) => `/${LANDING_SEGMENT}/${slug}/${THANKS_SEGMENT}/`;

export interface CopySlot {
  /** 0 = the page's default copy; then each variant, then each arm that brings copy. */
  slot: number;
  /** "default", a variant id, or "<experiment>.<arm>". */
  key: string;
  copy: LandingCopy;
}

/** Every slot of copy the page carries, in slot order. */
export function copySlots(d: LandingData): CopySlot[] {
  const own = (c: LandingCopy): LandingCopy => ({ headline: c.headline, subheadline: c.subheadline, hook: c.hook });
  const slots: CopySlot[] = [{ slot: 0, key: 'default', copy: own(d) }];
  d.variants.forEach((v) => slots.push({ slot: slots.length, key: v.id, copy: { headline: v.headline, subheadline: v.subheadline, hook: v.hook ?? d.hook } }));
  const x = d.experiment;
  if (x) {
    const audience = slots.find((s) => s.key === x.audience)?.copy ?? own(d);
    for (const arm of x.arms) {
      if (arm.id === 'control' || !arm.headline) continue;
      slots.push({
        slot: slots.length,
        key: `${x.id}.${arm.id}`,
        copy: { headline: arm.headline, subheadline: arm.subheadline ?? audience.subheadline, hook: arm.hook ?? audience.hook },
      });
    }
  }
  return slots;
}

/** Slot shown when no script runs: the default on the base page, the variant's on its own page. */
export function staticSlot(d: LandingData, variant?: string): number {
  if (!variant) return 0;
  const i = d.variants.findIndex((v) => v.id === variant);
  if (i < 0) throw new Error(`unknown variant "${variant}"`);
  return i + 1;
}

/** The hub's part of the script config, shared by every page. */
export function hubClientConfig(config: HubConfig): Pick<ClientConfig, 's' | 'e' | 'c' | 't' | 'g' | 'm' | 'a' | 'l' | 'v'> {
  return {
    s: config.analytics.send,
    e: config.analytics.endpoint,
    c: config.consent.required,
    t: config.consent.storeAttribution,
    g: config.consent.respectGpc,
    m: config.utm.naming.maxLength,
    a: config.utm.aliases,
    l: null,
    v: null,
  };
}

/** Does the hub run the script on pages other than landing pages? Only when events go somewhere. */
export const sendsEvents = (config: HubConfig) => config.analytics.send.length > 0;

/** Script config of a landing page: the base page (no variant), a variant page or the thank-you step. */
export function landingClientConfig(config: HubConfig, landing: LandingLike, page: { variant?: string; thanks?: boolean } = {}): ClientConfig {
  const d = landing.data;
  const slots = copySlots(d);
  const o: Record<string, number> = { default: 0 };
  d.variants.forEach((v, i) => (o[v.id] = i + 1));
  const cfg: ClientConfig = { ...hubClientConfig(config), p: page.thanks ? 'thanks' : 'landing', l: landing.slug, v: page.thanks ? null : (page.variant ?? 'default'), o };
  if (!page.thanks && !page.variant) {
    cfg.b = true;
    cfg.k = variantTable(d.variants).table;
  }
  if (d.experiment) {
    const x = d.experiment;
    const audienceSlot = o[x.audience] ?? 0;
    cfg.x = {
      i: x.id,
      u: x.audience,
      a: x.arms.map((arm) => [arm.id, arm.weight, slots.find((s) => s.key === `${x.id}.${arm.id}`)?.slot ?? audienceSlot]),
    };
  }
  return cfg;
}

/** The UTM set a landing page's CTA carries when the reader brought none (or has no JavaScript). */
export function staticUtm(config: HubConfig, landing: LandingLike, variant?: string): UtmParams {
  const v = variant ? landing.data.variants.find((x) => x.id === variant) : undefined;
  // A variant for exactly one source knows where its readers came from (snippets link to it).
  const source = v?.match.source?.length === 1 ? v.match.source[0]! : undefined;
  const channel = source ? config.channels.find((c) => c.utmSource === source) : undefined;
  return {
    utm_source: source && channel ? source : config.utm.cta.source,
    utm_medium: source && channel ? channel.utmMedium : config.utm.cta.medium,
    utm_campaign: landing.data.campaign,
    utm_content: variant ? `lp-${landing.slug}-${variant}` : `lp-${landing.slug}`,
  };
}

/** The hub's own attribution fields, as CTA parameters and hidden form fields. */
export function staticIds(landing: LandingLike, variant?: string): Record<string, string> {
  return { ph_landing: landing.slug, ph_variant: variant ?? 'default' };
}

/** The CTA link (href CTAs) with its static attribution, made by the one UTM builder. */
export function ctaHref(config: HubConfig, landing: LandingLike, variant?: string): string | undefined {
  const href = landing.data.cta.href;
  if (!href) return undefined;
  const url = new URL(buildUtmUrl(href, staticUtm(config, landing, variant), config.utm));
  for (const [k, v] of Object.entries(staticIds(landing, variant))) url.searchParams.set(k, v);
  return url.toString();
}

/** Hidden fields of the CTA form, in a fixed order; the script fills in the visitor's values. */
export function hiddenFields(config: HubConfig, landing: LandingLike, variant?: string): { name: string; value: string }[] {
  const utm = staticUtm(config, landing, variant) as Record<string, string | undefined>;
  const ids = staticIds(landing, variant);
  return [
    ...CARRIED_UTM_KEYS.map((name) => ({ name, value: utm[name] ?? '' })),
    { name: 'ph_view', value: '' },
    { name: 'ph_landing', value: ids.ph_landing! },
    { name: 'ph_variant', value: ids.ph_variant! },
    { name: 'ph_arm', value: '' },
  ];
}

/** Pages the build emits for a landing page: the base, one per variant, the thank-you step. */
export function landingPages(landing: LandingLike): { path: string; variant?: string; thanks?: boolean }[] {
  return [
    { path: landingPath(landing.slug) },
    ...landing.data.variants.map((v) => ({ path: variantPath(landing.slug, v.id), variant: v.id })),
    ...(landing.data.thanks ? [{ path: thanksPath(landing.slug), thanks: true }] : []),
  ];
}

/** Paths that stay out of the sitemap: variant pages, thank-you steps, and base pages set to index: false. */
export function landingSitemapExclusions(landings: readonly LandingLike[]): string[] {
  return landings.flatMap((l) => landingPages(l).filter((p) => p.variant || p.thanks || !l.data.index).map((p) => p.path));
}
