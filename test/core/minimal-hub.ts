// A minimal valid hub config, shared by the core tests that need a HubConfig (schema, JSON-LD, UTM).
// Not a test file itself: vitest only collects *.test.ts.
import { HubConfigSchema, type HubConfig, type HubConfigInput } from '../../src/core/schema/hub.ts';

export const MINIMAL_HUB: HubConfigInput = {
  site: {
    name: 'Acme Proof',
    description: 'Case studies, benchmarks and open methods showing how Acme keeps its promises.',
    url: 'https://proof.acme.example',
  },
  brand: {
    colours: { primary: '#0b4f6c', accent: '#01baef' },
    font: { family: 'Inter', regular: './fonts/Inter-Regular.ttf', bold: './fonts/Inter-Bold.ttf' },
  },
  organisation: { name: 'Acme AB', url: 'https://acme.example', logo: './images/logo.png' },
  promises: [
    { id: 'safe', name: 'Safe by default', meaning: 'Nothing leaves the building unencrypted.', proof: 'Audit reports and pen-test results.' },
    { id: 'fast', name: 'Fast everywhere', meaning: 'Pages answer within 200 ms on 4G.', proof: 'Benchmarks with the raw data attached.' },
  ],
  series: [
    {
      id: 'how-we-did-it',
      name: 'How we did it',
      description: 'One customer, one problem, the numbers before and after.',
      promises: ['safe'],
      cadence: 'FREQ=WEEKLY;BYDAY=TU',
      start: '2026-02-03',
      owner: 'Maja Lindqvist',
    },
  ],
  channels: [
    {
      id: 'linkedin',
      platform: 'linkedin',
      role: 'trust',
      kpi: { primary: 'CTR to web' },
      utmSource: 'linkedin',
      utmMedium: 'social',
      postingTimes: ['TU 08:30'],
    },
  ],
  utm: { sources: ['proof-hub', 'linkedin', 'newsletter'], mediums: ['social', 'referral', 'email'] },
};

/** The minimal hub, parsed; `site` overrides merge into the site block. */
export function hubConfig(site: Partial<HubConfigInput['site']> = {}): HubConfig {
  return HubConfigSchema.parse({ ...MINIMAL_HUB, site: { ...MINIMAL_HUB.site, ...site } });
}
