// List pages split into numbered pages, so a hub of thousands of assets never ships a list page of
// thousands of cards (a 1,000-asset promise page was 1 MB of HTML, 58 KB gzipped). Page 1 lives at
// the list's own path, page n at <path>page/<n>/: existing links keep working as a hub grows.
import { clip } from './text.ts';

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** How many pages the list has (at least 1: an empty list still has its page). */
  count: number;
  /** Items in the whole list. */
  total: number;
  /** Site path without base, e.g. /case-study/ or /case-study/page/2/ */
  path: string;
  prev?: string | undefined;
  next?: string | undefined;
}

/** Site path of page `n` of the list at `basePath` (which ends with /). */
export const listPagePath = (basePath: string, n: number) => (n <= 1 ? basePath : `${basePath}page/${n}/`);

/** The rest parameter of a paginated route: undefined for page 1, "page/<n>" after. */
export const pageParam = (n: number) => (n <= 1 ? undefined : `page/${n}`);

export function paginate<T>(items: readonly T[], size: number, basePath: string): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size: expected a positive whole number, found ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, number * size),
      number,
      count,
      total: items.length,
      path: listPagePath(basePath, number),
      prev: number > 1 ? listPagePath(basePath, number - 1) : undefined,
      next: number < count ? listPagePath(basePath, number + 1) : undefined,
    };
  });
}

/** A list page's title: the list's own on page 1, with the page number after. */
export const listPageTitle = (title: string, page: Pick<ListPage<unknown>, 'number' | 'count'>, pageOf: (n: number, count: number) => string) =>
  page.number > 1 ? `${title} · ${pageOf(page.number, page.count)}` : title;

/**
 * A list page's meta description: the list's own on page 1; after it, cut to leave room for
 * " (page n of m)", so every page's description is unique and within `max` characters.
 */
export function listPageDescription(description: string, page: Pick<ListPage<unknown>, 'number' | 'count'>, pageOf: (n: number, count: number) => string, max = 160): string {
  if (page.number <= 1) return description;
  const suffix = ` (${pageOf(page.number, page.count)})`;
  return `${clip(description, max - [...suffix].length)}${suffix}`;
}
