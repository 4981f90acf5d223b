// Seeded synthetic traffic for the demo, the tests and the benchmark: visits to a hub's landing pages
// from a realistic mix of sources, variants chosen by the page's own rules, A/B arms drawn by weight,
// clicks and conversions at plausible rates; written as the hub's events, as GA4 BigQuery export
// rows and as a PostHog export. The same seed gives the same bytes. No I/O here.
import { EVENT_SCHEMA_ID, ga4Name, type HubEvent } from '../core/landing/events.ts';
import { lookupVariant, pickArm, variantTable } from '../core/landing/select.ts';
import type { LandingData } from '../core/schema/landing.ts';
import { rng } from '../core/random.ts';


export interface SynthLanding {
  slug: string;
  data: Pick<LandingData, 'campaign' | 'published' | 'variants' | 'experiment' | 'thanks' | 'cta'>;
}

export interface SynthOptions {
  seed: number;
  visits: number;
  /** First and last day (UTC), YYYY-MM-DD. */
  from: string;
  to: string;
  /** Site origin for URLs, e.g. https://coldtrace.example */
  origin: string;
  /** Landing view events on asset pages (ignored by the report) per landing visit. */
  assetViews?: number;
  /** Share of landing views sent twice (a retried beacon). */
  duplicates?: number;
  /** Share of conversions whose view was never recorded. */
  orphans?: number;
  /** Share of UTM values in odd case or with spaces ("LinkedIn "). */
  messyCase?: number;
  /** True relative lift of each non-control arm (e.g. 0.25). */
  armLift?: number;
}

/** Where visits come from: source, medium, campaign (null: the page's own), weight, conversion factor. */
const SOURCES: [string | null, string | null, string | null, number, number][] = [
  ['linkedin', 'social', null, 28, 1.1],
  ['youtube', 'social', null, 9, 0.9],
  ['reddit', 'social', 'cold-chain-mistakes', 8, 0.8],
  ['twitter', 'social', null, 5, 0.9],
  ['newsletter', 'email', null, 15, 1.6],
  ['linkedin', 'paid-social', null, 7, 0.7],
  ['proof-hub', 'referral', null, 10, 1.3],
  [null, null, null, 10, 1.0],
  ['google', 'cpc', 'brand', 5, 1.2],
  ['bluesky', 'social', null, 3, 0.9],
];

export interface Visit {
  landing: SynthLanding;
  viewId: string;
  ts: number;
  source: string | null;
  medium: string | null;
  campaign: string | null;
  variant: string;
  experiment: string | null;
  arm: string | null;
  clickedAt: number | null;
  convertedAt: number | null;
}

const DAY = 86_400_000;
const hex = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
const uuid = (r: () => number) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${'89ab'[Math.floor(r() * 4)]}${hex(r, 3)}-${hex(r, 12)}`;
const pick = <T>(r: () => number, items: readonly T[], weight: (t: T) => number): T => {
  let at = r() * items.reduce((s, t) => s + weight(t), 0);
  return items.find((t) => (at -= weight(t)) < 0) ?? items[items.length - 1]!;
};

/** Base conversion rate of a page under its own rule (conversion for on-site steps, clicks otherwise). */
const baseRate = (l: SynthLanding) => (l.data.thanks || l.data.cta.form ? 0.026 : 0.085);

/** The visits, in time order. */
export function synthVisits(landings: readonly SynthLanding[], o: SynthOptions): Visit[] {
  const r = rng(o.seed);
  const start = Date.parse(`${o.from}T00:00:00Z`);
  const end = Date.parse(`${o.to}T00:00:00Z`) + DAY;
  const visits: Visit[] = [];
  const tables = new Map(landings.map((l) => [l.slug, variantTable(l.data.variants).table]));
  for (let i = 0; i < o.visits; i++) {
    // Weekdays get more traffic; a visit falls on a day some landing page is live.
    let ts = 0;
    let live: SynthLanding[] = [];
    for (let tries = 0; !live.length; tries++) {
      if (tries > 1000) throw new Error(`no landing page is published between ${o.from} and ${o.to}: nothing to visit`);
      do ts = start + r() * (end - start);
      while ([0, 6].includes(new Date(ts).getUTCDay()) && r() < 0.55);
      live = landings.filter((l) => Date.parse(`${l.data.published}T00:00:00Z`) <= ts);
    }
    const landing = pick(r, live, (l) => (l.data.experiment ? 5 : 2));
    const [source, medium, campaign, , factor] = pick(r, SOURCES, (s) => s[3]);
    const camp = source === null ? null : (campaign ?? landing.data.campaign);
    const variant = lookupVariant(tables.get(landing.slug)!, source ?? '', camp ?? '') ?? 'default';
    const x = landing.data.experiment;
    let arm: string | null = null;
    let lift = 1;
    if (x && x.audience === variant) {
      arm = pickArm(x.arms.map((a) => [a.id, a.weight] as const), r())[0];
      if (arm !== 'control') lift = 1 + (o.armLift ?? 0.25);
    }
    const p = baseRate(landing) * factor * lift * (variant !== 'default' ? 1.15 : 1);
    const onSite = Boolean(landing.data.thanks || landing.data.cta.form);
    // On-site pages: about 2.5 clicks per conversion; a conversion needs a click.
    const clicked = r() < (onSite ? Math.min(0.9, p * 2.5) : p);
    const clickedAt = clicked ? ts + 10_000 + r() * 290_000 : null;
    const convertedAt = clicked && onSite && r() < p / Math.min(0.9, p * 2.5) ? clickedAt! + 60_000 + r() * 840_000 : null;
    visits.push({ landing, viewId: uuid(r), ts: Math.floor(ts), source, medium, campaign: camp, variant, experiment: arm ? x!.id : null, arm, clickedAt: clickedAt && Math.floor(clickedAt), convertedAt: convertedAt && Math.floor(convertedAt) });
  }
  return visits.sort((a, b) => a.ts - b.ts);
}

const messy = (r: () => number, v: string | null, share: number) => (v && r() < share ? (r() < 0.5 ? v[0]!.toUpperCase() + v.slice(1) : `${v} `) : v);

/** The hub's own events for the visits (what the beacon endpoint stores), in time order. */
export function hubEvents(visits: readonly Visit[], o: SynthOptions): HubEvent[] {
  const r = rng(o.seed ^ 0x5eed);
  const out: HubEvent[] = [];
  for (const v of visits) {
    const path = `/lp/${v.landing.slug}/${v.variant !== 'default' && r() < 0.7 ? `${v.variant}/` : ''}`;
    const view = {
      schema: EVENT_SCHEMA_ID as typeof EVENT_SCHEMA_ID,
      view_id: v.viewId,
      page: path,
      page_type: 'landing' as HubEvent['page_type'],
      landing: v.landing.slug as string | null,
      variant: v.variant as string | null,
      experiment: v.experiment,
      arm: v.arm,
      utm_source: messy(r, v.source, o.messyCase ?? 0),
      utm_medium: v.medium,
      utm_campaign: v.campaign,
      utm_content: v.source ? `lp-${v.landing.slug}` : null,
      utm_term: null,
      utm_id: null,
    };
    const at = (t: number) => new Date(t).toISOString();
    const orphan = v.convertedAt !== null && r() < (o.orphans ?? 0);
    if (!orphan) {
      out.push({ ...view, event: 'landing_view', ts: at(v.ts) });
      if (r() < (o.duplicates ?? 0)) out.push({ ...view, event: 'landing_view', ts: at(v.ts + 1500) });
      if (v.arm || v.variant !== 'default') out.push({ ...view, event: 'variant_exposure', ts: at(v.ts + 40) });
    }
    if (v.clickedAt !== null && !orphan) out.push({ ...view, event: 'cta_click', ts: at(v.clickedAt), link_url: v.landing.data.cta.href ?? v.landing.data.cta.form?.action ?? '' });
    if (v.convertedAt !== null) {
      if (v.landing.data.cta.form) out.push({ ...view, event: 'conversion', ts: at(v.convertedAt - 2000), method: 'form' });
      if (v.landing.data.thanks)
        out.push({ ...view, event: 'conversion', ts: at(v.convertedAt), page: `/lp/${v.landing.slug}/thanks/`, page_type: 'thanks', utm_source: null, utm_medium: null, utm_campaign: null, utm_content: null, method: 'thank_you' });
    }
    for (let k = 0; k < (o.assetViews ?? 0) && r() < 0.5; k++)
      out.push({ ...view, event: 'landing_view', ts: at(v.ts + 120_000 + k), view_id: uuid(r), page: '/case-study/nordpharma-excursion-alerts/', page_type: 'asset', landing: null, variant: null, experiment: null, arm: null });
  }
  return out.sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
}

/** The hub's CSV columns, in order. */
export const HUB_CSV_COLUMNS = ['schema', 'event', 'ts', 'view_id', 'page', 'page_type', 'landing', 'variant', 'experiment', 'arm', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_content', 'utm_term', 'utm_id', 'link_url', 'method'] as const;

const csvCell = (v: unknown) => {
  if (v == null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
export const csvLine = (cells: readonly unknown[]) => cells.map(csvCell).join(',');

export function hubCsv(events: readonly HubEvent[]): string {
  return `${HUB_CSV_COLUMNS.join(',')}\n${events.map((e) => csvLine(HUB_CSV_COLUMNS.map((c) => (e as unknown as Record<string, unknown>)[c]))).join('\n')}\n`;
}

type Ga4Value = { string_value?: string | null; int_value?: number | string | null; float_value?: number | null; double_value?: number | null };

/**
 * GA4 BigQuery export rows: one per event, with event_params as key/value records, the session in
 * ga_session_id (int_value, a number in some rows and a string in others, as exports give it), the
 * full page_location with its query, and collected_traffic_source on hits that carried UTM tags.
 * Our events arrive through the dataLayer (select_content for cta_click, generate_lead for
 * conversion); GA4 adds session_start and page_view itself.
 */
export function ga4Rows(events: readonly HubEvent[], o: SynthOptions): Record<string, unknown>[] {
  const r = rng(o.seed ^ 0x9a4);
  const users = new Map<string, { user: string; session: number; first: { source: string | null; medium: string | null; campaign: string | null } }>();
  const rows: Record<string, unknown>[] = [];
  for (const e of events) {
    if (e.page_type === 'asset') continue;
    let u = users.get(e.view_id);
    if (!u) {
      const t = Math.floor(Date.parse(e.ts) / 1000);
      u = { user: `${Math.floor(r() * 2 ** 31)}.${t}`, session: t, first: { source: e.utm_source, medium: e.utm_medium, campaign: e.utm_campaign } };
      users.set(e.view_id, u);
    }
    const micros = BigInt(Date.parse(e.ts)) * 1000n;
    const query = e.utm_source ? `?${new URLSearchParams(Object.entries({ utm_source: e.utm_source, utm_medium: e.utm_medium ?? '', utm_campaign: e.utm_campaign ?? '' }).filter(([, v]) => v)).toString()}` : '';
    const page_location = `${o.origin}${e.page}${e.event === 'conversion' ? `?ph_view=${e.view_id}` : query}`;
    const p = (key: string, value: Ga4Value) => ({ key, value: { string_value: null, int_value: null, float_value: null, double_value: null, ...value } });
    const base = (event_name: string, offsetMicros: bigint, params: ReturnType<typeof p>[]) => {
      const ts = micros + offsetMicros;
      const sessionParam = r() < 0.5 ? u!.session : String(u!.session);
      rows.push({
        event_date: e.ts.slice(0, 10).replace(/-/g, ''),
        event_timestamp: r() < 0.8 ? String(ts) : Number(ts),
        event_name,
        event_params: [p('ga_session_id', { int_value: sessionParam }), p('ga_session_number', { int_value: 1 }), p('page_location', { string_value: page_location }), p('engagement_time_msec', { int_value: Math.floor(r() * 3000) }), ...params],
        user_pseudo_id: u!.user,
        traffic_source: { name: u!.first.campaign, medium: u!.first.medium, source: u!.first.source },
        collected_traffic_source: e.utm_source && event_name !== 'generate_lead' ? { manual_source: e.utm_source, manual_medium: e.utm_medium, manual_campaign_name: e.utm_campaign, manual_content: e.utm_content, manual_term: null, gclid: null } : null,
        session_traffic_source_last_click: { manual_campaign: { source: u!.first.source, medium: u!.first.medium, campaign_name: u!.first.campaign } },
        device: { category: r() < 0.62 ? 'mobile' : 'desktop' },
        geo: { country: r() < 0.7 ? 'Sweden' : 'Norway' },
        platform: 'WEB',
        stream_id: '4123456789',
      });
    };
    const ours = [
      p('view_id', { string_value: e.view_id }),
      p('landing', { string_value: e.landing }),
      p('variant', { string_value: e.variant }),
      ...(e.experiment ? [p('experiment', { string_value: e.experiment }), p('arm', { string_value: e.arm })] : []),
    ];
    if (e.event === 'landing_view') {
      base('session_start', 0n, []);
      base('page_view', 0n, [p('page_title', { string_value: 'Coldtrace' })]);
      base('landing_view', 1000n, ours);
    } else if (e.event === 'cta_click') base(ga4Name(e.event), 0n, [...ours, p('content_type', { string_value: 'cta' }), p('content_id', { string_value: e.landing })]);
    else if (e.event === 'conversion') {
      if (e.method === 'thank_you') base('page_view', 0n, [p('page_title', { string_value: 'Thanks' })]);
      base(ga4Name(e.event), 500n, [...ours, p('method', { string_value: e.method })]);
    } else base(ga4Name(e.event), 0n, ours);
  }
  return rows;
}

/**
 * PostHog export rows: our events as captured by posthog.capture (our properties plus PostHog's
 * own $current_url, $session_id, $pathname), and the $pageview PostHog records itself.
 */
export function posthogRows(events: readonly HubEvent[], o: SynthOptions): { uuid: string; event: string; timestamp: string; distinct_id: string; properties: Record<string, string | null> }[] {
  const r = rng(o.seed ^ 0x905);
  const people = new Map<string, { id: string; session: string }>();
  const out: ReturnType<typeof posthogRows> = [];
  for (const e of events) {
    let who = people.get(e.view_id);
    if (!who) people.set(e.view_id, (who = { id: uuid(r), session: uuid(r) }));
    const query = e.utm_source ? `?${new URLSearchParams(Object.entries({ utm_source: e.utm_source, utm_medium: e.utm_medium ?? '', utm_campaign: e.utm_campaign ?? '' }).filter(([, v]) => v)).toString()}` : '';
    const url = `${o.origin}${e.page}${query}`;
    const own = { $current_url: url, $pathname: e.page, $host: new URL(o.origin).host, $session_id: who.session, $lib: 'web' };
    const ts = e.ts.replace('Z', '000+00:00');
    if (e.event === 'landing_view') out.push({ uuid: uuid(r), event: '$pageview', timestamp: ts, distinct_id: who.id, properties: { ...own, utm_source: e.utm_source, utm_medium: e.utm_medium, utm_campaign: e.utm_campaign } });
    const props: Record<string, string | null> = { ...own };
    for (const [k, v] of Object.entries(e)) if (v != null && k !== 'event' && k !== 'ts') props[k] = String(v);
    out.push({ uuid: uuid(r), event: e.event, timestamp: ts, distinct_id: who.id, properties: props });
  }
  return out;
}

export const POSTHOG_CSV_PROPS = ['$current_url', '$pathname', '$session_id', 'view_id', 'page_type', 'landing', 'variant', 'experiment', 'arm', 'utm_source', 'utm_medium', 'utm_campaign', 'method'] as const;

/** PostHog's CSV export: properties flattened into properties.<name> columns. */
export function posthogCsv(rows: ReturnType<typeof posthogRows>): string {
  const header = ['uuid', 'event', 'timestamp', 'distinct_id', ...POSTHOG_CSV_PROPS.map((p) => `properties.${p}`)];
  return `${header.join(',')}\n${rows.map((x) => csvLine([x.uuid, x.event, x.timestamp, x.distinct_id, ...POSTHOG_CSV_PROPS.map((p) => x.properties[p])])).join('\n')}\n`;
}

/** Bad rows a real pipeline produces, appended to hub NDJSON for the demo and the tests. */
export const BAD_NDJSON_LINES = [
  '{"schema":"proof-hub.event/1","event":"landing_view","ts":"2026-05-02T09:14:03.120Z","view_id":"3f0e2d1c-4b5a-4e8b-9a43-',
  '{"schema":"proof-hub.event/1","event":"landing_view","ts":"not a time","view_id":"7a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d","page":"/lp/excursion-audit/","page_type":"landing","landing":"excursion-audit","variant":"default","experiment":null,"arm":null,"utm_source":null,"utm_medium":null,"utm_campaign":null,"utm_content":null,"utm_term":null,"utm_id":null}',
  '{"schema":"proof-hub.event/1","event":"cta_click","ts":"2026-05-03T11:02:44.000Z","view_id":"","page":"/lp/excursion-audit/","page_type":"landing","landing":"excursion-audit","variant":"default","experiment":null,"arm":null,"utm_source":"linkedin","utm_medium":"social","utm_campaign":"spring-audit","utm_content":null,"utm_term":null,"utm_id":null}',
];
