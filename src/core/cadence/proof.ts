// Does a logged post carry proof? Yes when it links to an asset page or a landing page of the hub,
// or names a snippet id (the snippet ids the build hands out start with <kind>-<slug>, the same
// value the UTM builder puts in utm_content). Tracking parameters never change the answer.
import type { LoggedPost } from './posts-log.ts';

export interface ProofAsset {
  kind: string;
  slug: string;
  series: string;
  published: string;
  draft: boolean;
}

export interface ProofTarget {
  /** What the post points at: an asset (kind/slug) or a landing page path. */
  asset?: ProofAsset;
  landing?: string;
  /** How it was recognised. */
  via: 'link' | 'landing' | 'snippet';
}

export interface ProofContext {
  /** Origin and base of the hub, e.g. https://proof.coldtrace.example and /. */
  origin: string;
  base: string;
  assets: readonly ProofAsset[];
  landingPaths: readonly string[];
  seriesIds: readonly string[];
}

const withSlash = (p: string) => (p.endsWith('/') ? p : `${p}/`);

/** Lookups over a context's assets, built once per asset list: every logged post asks them. */
const lookups = new WeakMap<readonly ProofAsset[], { byPath: Map<string, ProofAsset>; longestFirst: ProofAsset[] }>();
function lookupsOf(assets: readonly ProofAsset[]) {
  let l = lookups.get(assets);
  if (!l) {
    // Longest slug first, so case-study-a-b wins over case-study-a.
    l = { byPath: new Map(assets.map((a) => [`/${a.kind}/${a.slug}/`, a])), longestFirst: [...assets].sort((x, y) => y.slug.length - x.slug.length) };
    lookups.set(assets, l);
  }
  return l;
}

export function proofOf(post: LoggedPost, ctx: ProofContext): ProofTarget | undefined {
  const { byPath, longestFirst } = lookupsOf(ctx.assets);
  const bySnippet = (id: string) => {
    const low = id.toLowerCase();
    return longestFirst
      .find((a) => low === `${a.kind}-${a.slug}` || low.startsWith(`${a.kind}-${a.slug}-`) || low.startsWith(`${a.kind}-${a.slug}.`) || low.startsWith(`${a.kind}-${a.slug}:`));
  };
  for (const raw of post.links) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.origin === ctx.origin && url.pathname.startsWith(ctx.base)) {
      const path = withSlash(`/${url.pathname.slice(ctx.base.length)}`.replace(/\/{2,}/g, '/'));
      const asset = byPath.get(path);
      if (asset) return { asset, via: 'link' };
      const landing = ctx.landingPaths.find((p) => path.startsWith(withSlash(p)) && path.length > withSlash(p).length);
      if (landing) return { landing: path, via: 'landing' };
    }
    const content = url.searchParams.get('utm_content');
    const hit = content ? bySnippet(content) : undefined;
    if (hit) return { asset: hit, via: 'snippet' };
  }
  if (post.snippet) {
    const hit = bySnippet(post.snippet);
    if (hit) return { asset: hit, via: 'snippet' };
  }
  return undefined;
}

/** The series a post is about: its proof asset's, else a utm_campaign naming a series. */
export function seriesOf(post: LoggedPost, proof: ProofTarget | undefined, seriesIds: readonly string[]): string | undefined {
  if (proof?.asset) return proof.asset.series;
  for (const raw of post.links) {
    try {
      const campaign = new URL(raw).searchParams.get('utm_campaign');
      if (campaign && seriesIds.includes(campaign)) return campaign;
    } catch {
      /* not a URL */
    }
  }
  return undefined;
}
