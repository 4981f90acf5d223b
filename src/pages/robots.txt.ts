import type { APIRoute } from 'astro';
import { absoluteUrl } from '../core/urls.ts';
import { config } from '../site/hub.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config.site, '/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
