// Site glue: the hub config, "today", the build mode and the collections, read once per build and
// shaped by the core modules. Pages stay thin by asking this module.
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadHubConfig } from '../core/content/load.ts';
import { freezeFileVersions } from '../core/file-cache.ts';
import { ContentErrors } from '../core/errors.ts';
import { WORDS } from '../core/i18n.ts';
import { hubRoot } from '../core/root.ts';
import type { AssetKind } from '../core/schema/asset.ts';
import { assetPagePath, visibleAssets, type BuildMode } from '../core/site-model.ts';
import { resolveToday, TODAY_ENV } from '../core/today.ts';
import { pagePath } from '../core/urls.ts';
import { listPageDescription, listPageTitle, paginate, type ListPage } from '../core/pagination.ts';

const loaded = loadHubConfig(hubRoot());
if (!loaded.config) throw new ContentErrors(loaded.errors);
export const config = loaded.config;
export const site = config.site;
export const words = WORDS[site.language];
export const today = resolveToday({ env: process.env[TODAY_ENV], config: site.today, timeZone: site.timeZone }).today;
/** `astro dev` previews drafts and scheduled assets; builds never include them. */
export const mode: BuildMode = import.meta.env.DEV ? 'preview' : 'production';
// A build reads each image's size and digest once; the dev server must see replaced files.
if (!import.meta.env.DEV) freezeFileVersions();

export type AssetEntry = CollectionEntry<'caseStudies'> | CollectionEntry<'benchmarks'> | CollectionEntry<'methodology'>;
export interface SiteAsset {
  kind: AssetKind;
  slug: string;
  data: AssetEntry['data'];
  entry: AssetEntry;
}

const COLLECTIONS = { 'case-study': 'caseStudies', benchmark: 'benchmarks', methodology: 'methodology' } as const;
export const KINDS = Object.keys(COLLECTIONS) as AssetKind[];

let cache: Promise<SiteAsset[]> | undefined;
/** Every asset this build shows, newest first. */
export function assets(): Promise<SiteAsset[]> {
  cache ??= (async () => {
    const all: SiteAsset[] = [];
    for (const kind of KINDS) {
      for (const entry of await getCollection(COLLECTIONS[kind])) {
        all.push({ kind, slug: entry.data.slug ?? entry.id, data: entry.data, entry });
      }
    }
    return visibleAssets(all, today, mode);
  })();
  return cache;
}

export async function authors() {
  return (await getCollection('authors')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Site-relative link to a page path such as /case-study/foo/ (adds the base path). */
export const href = (path: string) => pagePath(site, path);
export const assetHref = (a: Pick<SiteAsset, 'kind' | 'slug'>) => href(assetPagePath(a));
export const promiseById = (id: string) => config.promises.find((p) => p.id === id);
export const seriesById = (id: string) => config.series.find((s) => s.id === id);

/** A list split into pages of `site.listPageSize` (core/pagination.ts); page 1 at `basePath`. */
export const listPages = <T,>(items: readonly T[], basePath: string) => paginate(items, site.listPageSize, basePath);
/** A list page's <title>: the list's own, with "page n of m" after page 1. */
export const listTitle = (title: string, page: Pick<ListPage<unknown>, 'number' | 'count'>) => listPageTitle(title, page, words.pageOf);
/** A list page's meta description: unique per page, within the 160 characters the SEO lint allows. */
export const listDescription = (description: string, page: Pick<ListPage<unknown>, 'number' | 'count'>) => listPageDescription(description, page, words.pageOf);
