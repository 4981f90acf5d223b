// The documented JSON event schema (README "Event schema"), as zod: what the beacon endpoint
// receives (a JSON array of these) and what every vendor adapter is given as properties.
import { z } from 'zod';
import { EVENT_NAMES, EVENT_SCHEMA_ID } from './events.ts';

const Value = z.string().min(1).max(200).nullable();

export const HubEventSchema = z.strictObject({
  schema: z.literal(EVENT_SCHEMA_ID),
  event: z.enum(EVENT_NAMES),
  /** Random per page view (a UUID); the CTA and hidden fields carry it as ph_view. */
  view_id: z.string().regex(/^[0-9a-f-]{36}$/),
  ts: z.iso.datetime(),
  page: z.string().startsWith('/'),
  page_type: z.enum(['landing', 'thanks', 'asset', 'page']),
  landing: Value,
  variant: Value,
  experiment: Value,
  arm: Value,
  utm_source: Value,
  utm_medium: Value,
  utm_campaign: Value,
  utm_content: Value,
  utm_term: Value,
  utm_id: Value,
  link_url: z.url({ protocol: /^https?$/ }).optional(),
  method: z.enum(['form', 'thank_you']).optional(),
});

export const BeaconBodySchema = z.array(HubEventSchema).min(1);
export type HubEventJson = z.output<typeof HubEventSchema>;
