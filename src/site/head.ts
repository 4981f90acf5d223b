// Builds a page's Head from the hub config; pages pass only what is their own.
import { buildHead, type Head, type HeadInput } from '../core/seo/head.ts';
import { pageTitle } from '../core/site-model.ts';
import { clip } from '../core/text.ts';
import { config } from './hub.ts';
import { SITE_OG_IMAGE } from './og.ts';


export function pageHead(input: Omit<HeadInput, 'site' | 'title' | 'description'> & { title: string; description: string; fullTitle?: boolean }): Head {
  return buildHead({
    ...input,
    site: { ...config.site },
    title: input.fullTitle ? input.title : pageTitle(input.title, config.site.name),
    description: clip(input.description, 160),
    image: input.image ?? { path: SITE_OG_IMAGE, alt: config.site.name, width: 1200, height: 630 },
  });
}
