// What the build tells the attribution script about the hub and the page, as JSON in the script
// element's data-config attribute (the script text is the same on every page, so one CSP hash
// covers it). Built by page.ts, read by src/scripts/attribution.ts. Keys are one letter because
// every byte of the script counts against its 2 KB budget; each is named here.
import type { EventDestination } from '../schema/hub.ts';
import type { PageType } from './events.ts';

export interface ClientExperiment {
  /** Experiment id. */
  i: string;
  /** Audience: the variant id whose readers take part ("default" for readers no variant matched). */
  u: string;
  /** Arms: [arm id, weight, copy slot]. */
  a: [string, number, number][];
}

export interface ClientConfig {
  /** send: destinations from analytics.send. */
  s: EventDestination[];
  /** endpoint for the beacon. */
  e?: string | undefined;
  /** consent.required: wait for the consent hook or TCF before sending. */
  c: boolean;
  /** consent.storeAttribution: sticky arms and first/last touch, after storage consent. */
  t: boolean;
  /** consent.respectGpc */
  g: boolean;
  /** utm.naming.maxLength */
  m: number;
  /** utm.aliases */
  a: Record<string, string>;
  /** Page type. */
  p: PageType;
  /** Landing page slug (null off landing pages). */
  l: string | null;
  /** The variant this page was built for ("default" on the base page; null on the thank-you step and off landing pages). */
  v: string | null;
  /** Base page: UTM parameters may choose a variant. */
  b?: boolean;
  /** Allow-list "source|campaign" → variant id (see select.ts). */
  k?: Record<string, string>;
  /** Copy slot of each variant id (see page.ts); slot 0 is the default copy. */
  o?: Record<string, number>;
  x?: ClientExperiment;
}
