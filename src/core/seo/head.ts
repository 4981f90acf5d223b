// Everything a page's <head> says to search engines and social networks, as data.
// The Astro layout only prints it, so the tests check the same values the site emits.
import { absoluteUrl, type SiteAddress } from '../urls.ts';

export interface HeadInput {
  site: SiteAddress & { name: string; language: string };
  /** Page path without base, e.g. /case-study/foo/ */
  path: string;
  /** The full <title> text (see pageTitle in site-model.ts). */
  title: string;
  description: string;
  type: 'website' | 'article';
  noindex?: boolean;
  /** Canonical override from frontmatter; otherwise the page's own URL. */
  canonical?: string | undefined;
  image?: { path: string; alt: string; width: number; height: number } | undefined;
  published?: string | undefined;
  updated?: string | undefined;
  jsonLd?: readonly object[];
}

export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

export interface Head {
  lang: string;
  title: string;
  description: string;
  canonical: string;
  meta: MetaTag[];
  /** Serialised JSON-LD blocks, safe to print inside <script type="application/ld+json">. */
  jsonLd: string[];
}

const OG_LOCALES: Record<string, string> = { en: 'en_GB', sv: 'sv_SE' };

/** JSON for a <script> element: `<` is escaped so no value can close the element. */
export function serialiseJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function buildHead(input: HeadInput): Head {
  const ownUrl = absoluteUrl(input.site, input.path);
  const canonical = input.canonical ?? ownUrl;
  const meta: MetaTag[] = [{ name: 'description', content: input.description }];
  if (input.noindex) meta.push({ name: 'robots', content: 'noindex, follow' });
  meta.push(
    { property: 'og:type', content: input.type },
    { property: 'og:site_name', content: input.site.name },
    { property: 'og:locale', content: OG_LOCALES[input.site.language] ?? input.site.language },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:url', content: canonical },
  );
  if (input.image) {
    const imageUrl = absoluteUrl(input.site, input.image.path);
    meta.push(
      { property: 'og:image', content: imageUrl },
      { property: 'og:image:width', content: String(input.image.width) },
      { property: 'og:image:height', content: String(input.image.height) },
      { property: 'og:image:alt', content: input.image.alt },
      { name: 'twitter:card', content: 'summary_large_image' },
      { name: 'twitter:image', content: imageUrl },
      { name: 'twitter:image:alt', content: input.image.alt },
    );
  } else {
    meta.push({ name: 'twitter:card', content: 'summary' });
  }
  meta.push({ name: 'twitter:title', content: input.title }, { name: 'twitter:description', content: input.description });
  if (input.type === 'article' && input.published) {
    meta.push({ property: 'article:published_time', content: input.published });
    if (input.updated) meta.push({ property: 'article:modified_time', content: input.updated });
  }
  return {
    lang: input.site.language,
    title: input.title,
    description: input.description,
    canonical,
    meta,
    jsonLd: (input.jsonLd ?? []).map(serialiseJsonLd),
  };
}
