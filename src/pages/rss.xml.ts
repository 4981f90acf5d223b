import type { APIRoute } from 'astro';
import { rssFeed } from '../core/feed.ts';
import { assetPagePath } from '../core/site-model.ts';
import { absoluteUrl } from '../core/urls.ts';
import { assets, config } from '../site/hub.ts';

// The feed lists live, indexable assets only (drafts and scheduled ones never reach a build).
export const GET: APIRoute = async () => {
  const items = (await assets())
    .filter((a) => !a.data.noindex)
    .map((a) => ({ title: a.data.title, url: absoluteUrl(config.site, assetPagePath(a)), description: a.data.summary, published: a.data.published, categories: a.data.tags }));
  const body = rssFeed(
    { title: config.site.name, url: absoluteUrl(config.site, '/'), feedUrl: absoluteUrl(config.site, '/rss.xml'), description: config.site.description, language: config.site.language },
    items,
  );
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
