// The attribution script for the layout: its minified text, compiled once by astro.config.mjs
// (which hashed the same bytes into the CSP) and handed over as a Vite define, and the script
// config of pages that are not landing pages.
import type { ClientConfig } from '../core/landing/client-config.ts';
import { hubClientConfig, sendsEvents } from '../core/landing/page.ts';
import { config } from './hub.ts';

declare const __PROOF_HUB_ATTRIBUTION_JS__: string;
export const attributionScript: string = __PROOF_HUB_ATTRIBUTION_JS__;

/** Config for an asset or other page: only when the hub sends events (else no script at all). */
export function pageClientConfig(isAsset: boolean): ClientConfig | undefined {
  return sendsEvents(config) ? { ...hubClientConfig(config), p: isAsset ? 'asset' : 'page' } : undefined;
}
