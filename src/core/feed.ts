// RSS 2.0 for the hub's live assets, newest first. Pure: the endpoint passes absolute URLs.
import { escapeXml } from './escape.ts';

export interface FeedItem {
  title: string;
  url: string;
  description: string;
  published: string;
  categories: string[];
}

/** RFC 822 date at midnight UTC, as RSS wants. */
const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString();

export function rssFeed(channel: { title: string; url: string; feedUrl: string; description: string; language: string }, items: readonly FeedItem[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.url)}</link>`,
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    ...(items[0] ? [`<lastBuildDate>${rfc822(items[0].published)}</lastBuildDate>`] : []),
    ...items.map((it) =>
      [
        '<item>',
        `<title>${escapeXml(it.title)}</title>`,
        `<link>${escapeXml(it.url)}</link>`,
        `<guid isPermaLink="true">${escapeXml(it.url)}</guid>`,
        `<description>${escapeXml(it.description)}</description>`,
        `<pubDate>${rfc822(it.published)}</pubDate>`,
        ...it.categories.map((c) => `<category>${escapeXml(c)}</category>`),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}
