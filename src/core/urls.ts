// One URL formatter for links, canonicals, the sitemap and the feed, so trailing slashes and the
// base path always agree (directory build format, trailing slash always).

export interface SiteAddress {
  /** Origin, e.g. https://proof.example.com */
  url: string;
  /** Base path starting and ending with /, e.g. /proof-hub/ */
  base: string;
}

/** Site-relative path to a page: base + path, ending in / unless it names a file (x.png, feed.xml). */
export function pagePath(site: Pick<SiteAddress, 'base'>, path: string): string {
  const clean = path.replace(/^\/+/, '');
  const joined = `${site.base}${clean}`;
  if (joined.endsWith('/') || /\.[a-z0-9]+$/i.test(clean)) return joined;
  return `${joined}/`;
}

/** Absolute URL of a page with no query string or fragment: what canonicals and the sitemap use. */
export function absoluteUrl(site: SiteAddress, path: string): string {
  return `${site.url}${pagePath(site, path.split(/[?#]/)[0])}`;
}
