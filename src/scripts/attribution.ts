// The hub's one script: inlined in <head> (classic, not a module, so it runs before first paint),
// the same text on every page and hashed into the Content-Security-Policy. Bundled and minified
// by src/core/landing/compile.ts; the budget is 2 KB gzipped (test/core/attribution-script.test.ts).
//
// 1. Before the body is parsed: on a base landing page, the visitor's utm_source/utm_campaign pick a
//    variant by allow-list lookup, and an A/B arm is drawn; the choice is one attribute on <html>
//    (data-lp = copy slot), so CSS shows copy that is already in the page: no flicker, no layout shift.
// 2. When the DOM is ready: the visitor's UTM set (normalised, capped) and the view id go onto every
//    CTA link (a[data-cta]) and into every form's hidden fields, via URL APIs and .value, never HTML.
// 3. Events (landing_view, variant_exposure, cta_click, conversion) go to the configured
//    destinations, only when GPC is off and consent (where required) has been given.
import type { ClientConfig } from '../core/landing/client-config.ts';
import { buildEvent, dataLayerEntry, eventProps, type EventExtra, type EventName, type HubEvent, type ViewState } from '../core/landing/events.ts';
import { CARRIED_UTM_KEYS, carryOnto, hasOwnUtm, readUtm } from '../core/landing/normalise.ts';
import { lookupVariant, pickArm } from '../core/landing/select.ts';

type Win = Window & Record<string, any>;

/** Consent as bits: 1 = events (analytics), 2 = storage. `true` from the hook means both. */
const bits = (v: any): number => (v && typeof v == 'object' ? (v.analytics ? 1 : 0) | (v.analytics && v.storage ? 2 : 0) : v ? 3 : 0);

function run(d: Document, w: Win) {
  const cfg: ClientConfig = JSON.parse((d.currentScript as HTMLScriptElement).dataset.config!);
  const params = new URLSearchParams(location.search);
  const gpc = cfg.g && (navigator as any).globalPrivacyControl === true;
  const utm = readUtm(location.search, cfg.m, cfg.a);
  const slots = cfg.o || {};
  const x = cfg.x;
  const view = {
    view_id: gpc ? '' : crypto.randomUUID(),
    page: location.pathname,
    page_type: cfg.p,
    landing: cfg.l,
    variant: cfg.v,
    experiment: null,
    arm: null,
  } as ViewState;
  for (const k of CARRIED_UTM_KEYS) view[k] = utm[k] || null;

  // Consent: unknown until the consent tool answers through the hook (this script runs first in <head>).
  let consent: number | undefined = cfg.c ? undefined : 1;
  const mayStore = () => cfg.t && !gpc && consent! & 2;

  // 1. Which copy: variant by allow-list on the base page, then the A/B arm for its audience.
  let slot: number | undefined = slots[cfg.v!];
  const matched = cfg.b && cfg.k && lookupVariant(cfg.k, utm.utm_source, utm.utm_campaign);
  if (matched) slot = slots[(view.variant = matched)];
  const armKey = 'ph_arm_' + x?.i;
  let arm: [string, number, number] | undefined;
  if (cfg.p == 'thanks') {
    // The thank-you step joins the view that converted through the ids the CTA carried.
    const vid = params.get('ph_view');
    if (!gpc && vid && /^[\w-]{36}$/.test(vid)) view.view_id = vid;
    const variant = params.get('ph_variant');
    view.variant = slots[variant!]! >= 0 ? variant : null;
    arm = x?.a.find((a) => x.i + '.' + a[0] == params.get('ph_arm'));
  } else if (x && x.u == view.variant) {
    try {
      // Storage blocked or full: the arm is drawn for this view and travels in the CTA.
      arm = mayStore() ? x.a.find((a) => a[0] == sessionStorage[armKey]) : arm;
    } catch {}
    arm ||= pickArm(x.a, Math.random());
  }
  if (arm) {
    view.experiment = x!.i;
    view.arm = arm[0];
    if (arm[0] != 'control') slot = arm[2];
  }
  if (slot! >= 0) d.documentElement.dataset.lp = '' + slot;

  // 3. Events: sent from DOMContentLoaded on (vendors' deferred scripts and inline stubs exist by then),
  // queued until consent is known, dropped when it is refused.
  const queue: HubEvent[] = [];
  const flush = () => {
    if (consent === 0) queue.length = 0;
    if (!consent) return;
    const batch = queue.splice(0);
    for (const e of batch) {
      const props = eventProps(e);
      // Vendor globals are called only when their script defined them; a failure never breaks the page.
      for (const to of cfg.s)
        try {
          if (to == 'dataLayer') (w.dataLayer ||= []).push(dataLayerEntry(e));
          else if (to == 'plausible') w.plausible?.(e.event, { props });
          else if (to != 'beacon') w[to]?.[to == 'posthog' ? 'capture' : 'track'](e.event, props);
        } catch {}
    }
    // Over the beacon size limit: dropped (sendBeacon returns false), as a lost page view would be.
    if (batch[0] && cfg.s.includes('beacon')) navigator.sendBeacon(cfg.e!, JSON.stringify(batch));
  };
  const track = (name: EventName, extra?: EventExtra) => {
    if (gpc) return;
    queue.push(buildEvent(name, view, new Date(), extra));
    flush();
  };
  const setConsent = (v: unknown) => {
    consent = bits(v);
    try {
      if (mayStore()) {
        if (view.arm && cfg.p != 'thanks') sessionStorage[armKey] = view.arm;
        if (hasOwnUtm(utm)) localStorage.ph_first ||= localStorage.ph_last = JSON.stringify(utm);
      }
    } catch {}
    flush();
  };
  w.proofHub = { consent: setConsent };

  // 2. Carry attribution onto CTA links and into forms, then count the view.
  const ready = () => {
    // null removes a parameter from the link, and empties a hidden field (input.value = null is "").
    const ids: Record<string, string | null> = {
      ph_view: view.view_id,
      ph_landing: view.landing,
      ph_variant: view.variant,
      ph_arm: view.arm && x!.i + '.' + view.arm,
    };
    d.querySelectorAll<HTMLAnchorElement>('a[data-cta]').forEach((a) => {
      a.href = carryOnto(a.href, utm, ids);
    });
    const fields = { ...ids };
    try {
      if (mayStore()) fields.ph_first = localStorage.ph_first;
    } catch {}
    if (hasOwnUtm(utm)) for (const k of CARRIED_UTM_KEYS) fields[k] = utm[k] || '';
    for (const form of d.forms) {
      for (const [name, value] of Object.entries(fields)) {
        let input = form.elements.namedItem(name) as HTMLInputElement | null;
        if (input ? input.type != 'hidden' : !value) continue;
        if (!input) {
          input = form.appendChild(d.createElement('input'));
          input.type = 'hidden';
          input.name = name;
        }
        input.value = value as string;
      }
    }
    // IAB TCF v2.2: purpose 8 (measure content performance) for events, purpose 1 (store) for storage.
    if (cfg.c && typeof w.__tcfapi == 'function')
      w.__tcfapi('addEventListener', 2, (tc: any, ok: boolean) => {
        // eventStatus is tcloaded, cmpuishown or useractioncomplete: only the first and last are answers.
        const p = tc?.purpose?.consents || {};
        if (ok && tc.eventStatus != 'cmpuishown') setConsent(tc.gdprApplies === false || { analytics: p[8], storage: p[1] });
      });
    if (cfg.p == 'thanks') track('conversion', { method: 'thank_you' });
    else {
      track('landing_view');
      if (view.arm || (view.variant && view.variant != 'default')) track('variant_exposure');
    }
    d.addEventListener('click', (e) => {
      const a = (e.target as Element).closest?.<HTMLAnchorElement>('a[data-cta]');
      if (a) track('cta_click', { link_url: a.origin + a.pathname });
    });
    d.addEventListener('submit', (e) => {
      if ((e.target as Element).hasAttribute('data-cta')) track('conversion', { method: 'form' });
    });
  };
  // The script sits in <head>, so the document is always still loading here.
  d.addEventListener('DOMContentLoaded', ready);
}

run(document, window as Win);
