// The SEO lint that fails the build: runs over dist/ after `astro build` and returns every problem
// as a ContentError (file relative to dist/, field = what was checked). Each rule is a small pure
// function over a parsed page; lintSite parses each page once and shares it with the link checker.
//
// Which pages a rule applies to:
// - every page: <html lang>, one <h1>, <title>, description length, img[alt], JSON-LD, links;
// - indexable pages (no <meta name="robots" content="noindex">): a description, a canonical,
//   the social tags, unique titles and descriptions (among pages that are their own canonical);
// - redirect stubs (noindex + meta refresh, as Astro writes for `redirects`) only get the checks
//   that do not concern content: img[alt], JSON-LD, canonical format and links.
import { quoteFound, type ContentError } from '../errors.ts';
import type { SiteAddress } from '../urls.ts';
import { isNoindex, isRedirect, linksWithRel, metaTag, readDist, type DistSite, type PageDoc, type PageSource } from './html.ts';
import { checkLinks, normaliseSite, pageUrl, quoteUrl } from './links.ts';

export const TITLE_MAX = 60;
export const DESCRIPTION_MAX = 160;

export interface LintOptions {
  /** The built site folder, e.g. dist */
  distDir: string;
  /** The site's origin and base path, as in content/hub.yaml. */
  site: SiteAddress;
  /**
   * Off-site canonical URLs the content declares (asset frontmatter `canonical`, for assets first
   * published elsewhere). Every other canonical must start with site.url + site.base.
   */
  externalCanonicals?: readonly string[];
  /** Pages parsed by an earlier run (src/core/seo/parse-cache.ts). */
  parsed?: PageSource;
}

export interface LintContext {
  site: SiteAddress;
  /** site.url + site.base: every canonical starts with it. */
  root: string;
  origin: string;
  externalCanonicals: ReadonlySet<string>;
}

export type PageRule = (page: PageDoc, ctx: LintContext) => ContentError[];

const chars = (s: string) => [...s].length;
const quoteList = (values: readonly string[]) => values.map((v) => quoteFound(v)).join(', ');

function err(name: string, page: PageDoc, field: string, expected: string, found: string): ContentError {
  return { name, file: page.file, field, expected, found };
}

// ---- rules for every page ----

export const langRule: PageRule = (page) =>
  page.lang?.trim()
    ? []
    : [err('MissingLang', page, '<html lang>', 'a lang attribute on <html> naming the page language, e.g. <html lang="en">', page.lang === undefined ? 'nothing (no lang attribute)' : 'an empty lang attribute')];

export const h1Rule: PageRule = (page) => {
  if (page.h1s.length === 1) return [];
  if (page.h1s.length === 0) return [err('NoH1', page, '<h1>', "exactly one <h1> with the page's main heading", 'no <h1>')];
  return [err('ManyH1', page, '<h1>', "exactly one <h1> with the page's main heading", `${page.h1s.length} <h1> elements: ${quoteList(page.h1s)}`)];
};

export const titleRule: PageRule = (page) => {
  const title = page.titles[0];
  if (!title)
    return [err('MissingTitle', page, '<title>', `a <title> naming the page, at most ${TITLE_MAX} characters`, title === undefined ? 'nothing (no <title>)' : 'an empty <title>')];
  if (chars(title) > TITLE_MAX) return [err('TitleTooLong', page, '<title>', `a title of at most ${TITLE_MAX} characters`, quoteFound(title))];
  return [];
};

/** Length for every page; presence only where `required` (indexable pages). */
export function descriptionRule(required: boolean): PageRule {
  return (page) => {
    const tag = metaTag(page, 'description');
    const text = tag?.attrs.content?.trim();
    const field = 'meta[name=description]';
    if (!text)
      return required
        ? [err('MissingDescription', page, field, `a meta description summarising the page, at most ${DESCRIPTION_MAX} characters`, tag ? 'an empty content attribute' : 'nothing (no <meta name="description">)')]
        : [];
    if (chars(text) > DESCRIPTION_MAX) return [err('DescriptionTooLong', page, field, `a description of at most ${DESCRIPTION_MAX} characters`, quoteFound(text))];
    return [];
  };
}

export const altRule: PageRule = (page) =>
  page.imgs
    .filter((img) => img.attrs.alt === undefined)
    .map((img) =>
      err('MissingAlt', page, 'img[alt]', 'an alt attribute describing the image (alt="" only for decorative images)', img.attrs.src === undefined ? 'an <img> without src or alt' : quoteUrl(img.attrs.src)),
    );

export const jsonLdRule: PageRule = (page) =>
  page.jsonLd.flatMap((text) => {
    try {
      JSON.parse(text);
      return [];
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return [err('BadJsonLd', page, 'script[type=application/ld+json]', 'valid JSON in every <script type="application/ld+json">', `${quoteFound(text.trim())} (${why})`)];
    }
  });

/** Why a canonical URL is wrong, as the `expected` text; undefined when it is fine. */
export function canonicalProblem(href: string, ctx: LintContext): string | undefined {
  const absolute = `an absolute https URL starting with "${ctx.root}"`;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return absolute;
  }
  if (url.origin !== ctx.origin && ctx.externalCanonicals.has(href)) return undefined;
  if (url.protocol !== 'https:' || !href.startsWith(ctx.root)) return absolute;
  const bare = href.split(/[?#]/)[0]!;
  if (bare !== href) return `the page URL without a query string or fragment, e.g. "${bare}"`;
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(last)) return `a URL ending in "/" (the site uses trailingSlash 'always'), e.g. "${href}/"`;
  return undefined;
}

/**
 * Canonical: required on indexable pages; where present it must be absolute https under the
 * site's url + base (or one of the declared external canonicals), with no query string or
 * fragment, and end in / unless it names a file.
 */
export function canonicalRule(required: boolean): PageRule {
  return (page, ctx) => {
    const field = 'link[rel=canonical]';
    const canonicals = linksWithRel(page, 'canonical');
    if (canonicals.length === 0)
      return required ? [err('BadCanonical', page, field, `a <link rel="canonical"> with the page's absolute URL, e.g. "${pageUrl(ctx.site, page.file)}"`, 'nothing (no canonical link)')] : [];
    if (canonicals.length > 1)
      return [err('BadCanonical', page, field, 'exactly one <link rel="canonical">', `${canonicals.length} canonical links: ${canonicals.map((c) => quoteUrl(c.attrs.href ?? '')).join(', ')}`)];
    const href = canonicals[0]!.attrs.href?.trim() ?? '';
    if (!href) return [err('BadCanonical', page, field, `the page's absolute URL, e.g. "${pageUrl(ctx.site, page.file)}"`, 'an empty href')];
    const problem = canonicalProblem(href, ctx);
    return problem ? [err('BadCanonical', page, field, problem, quoteUrl(href))] : [];
  };
}

const SOCIAL_TAGS = [
  ['og:title', 'property'],
  ['og:description', 'property'],
  ['og:url', 'property'],
  ['og:image', 'property'],
  ['og:type', 'property'],
  ['twitter:card', 'name'],
] as const;
const SOCIAL_URLS = new Set(['og:url', 'og:image']);

/** Open Graph and Twitter tags on indexable pages; og:url and og:image must be absolute URLs. */
export const socialRule: PageRule = (page, ctx) =>
  SOCIAL_TAGS.flatMap(([key, attr]) => {
    const field = `meta[${attr}=${key}]`;
    const content = metaTag(page, key)?.attrs.content?.trim();
    if (!content) return [err('MissingSocialTag', page, field, `a <meta ${attr}="${key}"> with non-empty content`, metaTag(page, key) ? 'an empty content attribute' : 'nothing (the tag is missing)')];
    if (SOCIAL_URLS.has(key) && !/^https?:\/\/[^/]/i.test(content))
      return [err('BadSocialTag', page, field, `an absolute URL, e.g. "${ctx.root}${key === 'og:image' ? 'images/share.png' : ''}"`, quoteUrl(content))];
    return [];
  });

// ---- site-wide rules ----

/** Pages that compete in search: indexable, their own canonical, not the 404 page. */
export function isOwnCanonical(page: PageDoc, ctx: LintContext): boolean {
  if (page.file === '404.html' || isNoindex(page)) return false;
  const canonicals = linksWithRel(page, 'canonical');
  return canonicals.length === 1 && canonicals[0]!.attrs.href?.trim() === pageUrl(ctx.site, page.file);
}

function duplicates(pages: readonly PageDoc[], name: string, field: string, what: string, valueOf: (p: PageDoc) => string | undefined): ContentError[] {
  const groups = new Map<string, PageDoc[]>();
  for (const page of pages) {
    const value = valueOf(page)?.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    const group = groups.get(value);
    if (group) group.push(page);
    else groups.set(value, [page]);
  }
  const errors: ContentError[] = [];
  for (const [value, group] of groups) {
    if (group.length < 2) continue;
    for (const page of group) {
      const others = group.filter((p) => p !== page).map((p) => p.file);
      const named = others.length > 5 ? `${others.slice(0, 5).join(', ')} and ${others.length - 5} more` : others.join(', ');
      errors.push(err(name, page, field, `a ${what} no other page uses`, `${quoteFound(value)}, also the ${what} of ${named}`));
    }
  }
  return errors;
}

/** Duplicate titles and descriptions among pages that are their own canonical. */
export function duplicateRule(pages: readonly PageDoc[], ctx: LintContext): ContentError[] {
  const own = pages.filter((p) => isOwnCanonical(p, ctx));
  return [
    ...duplicates(own, 'DuplicateTitle', '<title>', 'title', (p) => p.titles[0]),
    ...duplicates(own, 'DuplicateDescription', 'meta[name=description]', 'description', (p) => metaTag(p, 'description')?.attrs.content),
  ];
}

// ---- the whole site ----

export function lintContext(address: SiteAddress, externalCanonicals: readonly string[] = []): LintContext {
  const site = normaliseSite(address);
  return { site, root: `${site.url}${site.base}`, origin: new URL(site.url).origin, externalCanonicals: new Set(externalCanonicals) };
}

/** The rules that apply to one page, by its kind. */
export function rulesFor(page: PageDoc): PageRule[] {
  if (isRedirect(page)) return [altRule, jsonLdRule, canonicalRule(false)];
  const indexable = !isNoindex(page);
  const rules: PageRule[] = [langRule, h1Rule, titleRule, descriptionRule(indexable), canonicalRule(indexable), altRule, jsonLdRule];
  if (indexable) rules.push(socialRule);
  return rules;
}

/** Every page rule plus the site-wide ones, over already-parsed pages (no link checking). */
export function lintPages(pages: readonly PageDoc[], address: SiteAddress, externalCanonicals: readonly string[] = []): ContentError[] {
  const ctx = lintContext(address, externalCanonicals);
  return [...pages.flatMap((page) => rulesFor(page).flatMap((rule) => rule(page, ctx))), ...duplicateRule(pages, ctx)];
}

export interface SiteLint {
  errors: ContentError[];
  pages: number;
  /** Internal links checked. */
  links: number;
}

/** Lint and link check over a read site, errors grouped by file (in path order, rules in order). */
export function lintDist(dist: DistSite, address: SiteAddress, externalCanonicals: readonly string[] = []): SiteLint {
  const links = checkLinks(dist, address);
  const errors = [...lintPages(dist.pages, address, externalCanonicals), ...links.errors];
  const order = new Map(dist.pages.map((p, i) => [p.file, i]));
  errors.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  return { errors, pages: dist.pages.length, links: links.checked };
}

/** Reads distDir once, then runs the lint and the link checker; with page and link counts. */
export function lintSiteWithStats(opts: LintOptions): SiteLint {
  const dist = readDist(opts.distDir, opts.parsed);
  if (!dist)
    return { errors: [{ name: 'MissingDist', file: opts.distDir, expected: 'the built site: run `astro build` first', found: 'no such folder' }], pages: 0, links: 0 };
  if (dist.pages.length === 0)
    return { errors: [{ name: 'NoPages', file: opts.distDir, expected: 'at least one .html page in the built site', found: 'no .html files' }], pages: 0, links: 0 };
  return lintDist(dist, opts.site, opts.externalCanonicals);
}

/** Every SEO and link problem in a built site; empty when it passes. */
export function lintSite(opts: LintOptions): ContentError[] {
  return lintSiteWithStats(opts).errors;
}
