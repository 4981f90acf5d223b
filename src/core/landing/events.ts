// The events the attribution script sends, and the call each analytics tool expects. Pure, no
// imports: bundled into the client script; event-schema.ts describes the same shape for the tests
// and the README ("Event schema").

export const EVENT_SCHEMA_ID = 'proof-hub.event/1';
export const EVENT_NAMES = ['landing_view', 'variant_exposure', 'cta_click', 'conversion'] as const;
export type EventName = (typeof EVENT_NAMES)[number];
export type PageType = 'landing' | 'thanks' | 'asset' | 'page';

type Utm = 'utm_source' | 'utm_medium' | 'utm_campaign' | 'utm_content' | 'utm_term' | 'utm_id';

/** What a page view knows about itself: every event of the view carries it (snake_case, as sent). */
export interface ViewState extends Record<Utm, string | null> {
  view_id: string;
  /** Path of the page, no query string. */
  page: string;
  page_type: PageType;
  landing: string | null;
  /** Variant id shown ("default" when nothing matched); null off landing pages. The page path tells a variant URL from a UTM match. */
  variant: string | null;
  experiment: string | null;
  arm: string | null;
}

export interface EventExtra {
  /** cta_click: where the CTA leads, origin and path only. */
  link_url?: string;
  /** conversion: a form on the page was submitted, or the thank-you step was reached. */
  method?: 'form' | 'thank_you';
}

export interface HubEvent extends ViewState, EventExtra {
  schema: typeof EVENT_SCHEMA_ID;
  event: EventName;
  /** ISO 8601 time in UTC. */
  ts: string;
}

export function buildEvent(event: EventName, view: ViewState, now: Date, extra: EventExtra = {}): HubEvent {
  return { schema: EVENT_SCHEMA_ID, event, ts: now.toISOString(), ...view, ...extra };
}

/** Origin and path of a link, no query or fragment: what cta_click reports. */
export function linkTarget(href: string): string {
  try {
    const u = new URL(href);
    return u.origin + u.pathname;
  } catch {
    return '';
  }
}

/** Flat properties for Plausible, PostHog, Umami and dataLayer: every field that has a value. */
export function eventProps(e: HubEvent): Record<string, string> {
  return Object.fromEntries(Object.entries(e).filter((kv) => kv[1] != null));
}

/** GA4's recommended event name where one fits (select_content, generate_lead); ours otherwise. */
export const ga4Name = (event: EventName): string => (event == 'cta_click' ? 'select_content' : event == 'conversion' ? 'generate_lead' : event);

/** The object pushed to window.dataLayer (GA4 through GTM, or gtag's own queue reader). */
export function dataLayerEntry(e: HubEvent): Record<string, string> {
  const entry: Record<string, string> = { ...eventProps(e), event: ga4Name(e.event) };
  if (e.event == 'cta_click') Object.assign(entry, { content_type: 'cta', content_id: e.landing || e.page });
  return entry;
}
