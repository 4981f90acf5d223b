// The hubs the e2e suite serves: the example hub (content/, base /), the Swedish fixture
// (test/fixtures/hubs/sv, base /proof-hub/) and its copy that publishes the cadence report
// (test/fixtures/hubs/cadence). Their site URL, base and language come from each
// hub.yaml, so the tests follow the config instead of repeating it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type HubName = 'example' | 'sv' | 'cadence';

export interface Hub {
  name: HubName;
  /** Folder holding content/ (and, after a build, dist/). */
  root: string;
  dist: string;
  /** Arguments to scripts/build.ts. */
  buildArgs: string[];
  /** site.url from hub.yaml, without a trailing slash, e.g. https://proof.coldtrace.example */
  siteUrl: string;
  /** site.base from hub.yaml, with both slashes, e.g. /proof-hub/ */
  base: string;
  language: string;
  port: number;
  /** Where the local server answers, e.g. http://127.0.0.1:4392 (no base). */
  origin: string;
}

interface HubYaml {
  site: { url: string; base?: string; language?: string };
}

function readHub(name: HubName, root: string, buildArgs: string[], port: number): Hub {
  const config = yaml.load(readFileSync(join(root, 'content/hub.yaml'), 'utf8')) as HubYaml;
  let base = config.site.base ?? '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return {
    name,
    root,
    dist: join(root, 'dist'),
    buildArgs,
    siteUrl: config.site.url.replace(/\/+$/, ''),
    base,
    language: config.site.language ?? 'en',
    port,
    origin: `http://127.0.0.1:${port}`,
  };
}

const port = (env: string, fallback: number) => Number(process.env[env] || fallback);

export const HUBS: Record<HubName, Hub> = {
  example: readHub('example', PROJECT_DIR, [], port('PROOF_HUB_E2E_PORT', 4391)),
  sv: readHub('sv', join(PROJECT_DIR, 'test/fixtures/hubs/sv'), ['--root', 'test/fixtures/hubs/sv'], port('PROOF_HUB_E2E_SV_PORT', 4392)),
  // The sv hub with governance.publishReport on and a slot in every state (test/e2e/cadence.spec.ts only).
  cadence: readHub('cadence', join(PROJECT_DIR, 'test/fixtures/hubs/cadence'), ['--root', 'test/fixtures/hubs/cadence'], port('PROOF_HUB_E2E_CADENCE_PORT', 4393)),
};

/** Local URL of a page given its path inside the hub ("/" or "case-study/x/"), e.g. http://127.0.0.1:4392/proof-hub/case-study/x/ */
export function localUrl(hub: Hub, path = ''): string {
  return `${hub.origin}${hub.base}${path.replace(/^\/+/, '')}`;
}

/** Public URL of a page, as canonical and og:url print it. */
export function publicUrl(hub: Hub, path = ''): string {
  return `${hub.siteUrl}${hub.base}${path.replace(/^\/+/, '')}`;
}

/** Maps a public URL on the hub's site (e.g. an og:image) to the same file on the local server. */
export function toLocal(hub: Hub, url: string): string {
  const u = new URL(url);
  const site = new URL(hub.siteUrl);
  if (u.origin !== site.origin) throw new Error(`${url} is not on the hub's site ${hub.siteUrl}`);
  return `${hub.origin}${u.pathname}${u.search}`;
}
