// RSS 2.0 for the hub's live assets: valid XML whatever the titles contain, with RFC 822 dates.
import { describe, expect, it } from 'vitest';
import { rssFeed } from '../../src/core/feed.ts';

const CHANNEL = {
  title: 'Acme Proof',
  url: 'https://proof.acme.example/',
  feedUrl: 'https://proof.acme.example/rss.xml',
  description: 'Proof that Acme keeps its promises.',
  language: 'en',
};

describe('rssFeed', () => {
  it('writes the whole feed, newest item first, with RFC 822 dates', () => {
    const xml = rssFeed(CHANNEL, [
      { title: 'Latency by gateway', url: 'https://proof.acme.example/benchmark/latency/', description: 'p95 alert latency for four gateways.', published: '2026-03-14', categories: ['latency', 'gateways'] },
      { title: 'Nordpharma', url: 'https://proof.acme.example/case-study/nordpharma/', description: 'Spoilage down 41%.', published: '2026-02-03', categories: [] },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        '<channel>',
        '<title>Acme Proof</title>',
        '<link>https://proof.acme.example/</link>',
        '<atom:link href="https://proof.acme.example/rss.xml" rel="self" type="application/rss+xml"/>',
        '<description>Proof that Acme keeps its promises.</description>',
        '<language>en</language>',
        '<lastBuildDate>Sat, 14 Mar 2026 00:00:00 GMT</lastBuildDate>',
        '<item><title>Latency by gateway</title><link>https://proof.acme.example/benchmark/latency/</link><guid isPermaLink="true">https://proof.acme.example/benchmark/latency/</guid><description>p95 alert latency for four gateways.</description><pubDate>Sat, 14 Mar 2026 00:00:00 GMT</pubDate><category>latency</category><category>gateways</category></item>',
        '<item><title>Nordpharma</title><link>https://proof.acme.example/case-study/nordpharma/</link><guid isPermaLink="true">https://proof.acme.example/case-study/nordpharma/</guid><description>Spoilage down 41%.</description><pubDate>Tue, 03 Feb 2026 00:00:00 GMT</pubDate></item>',
        '</channel>',
        '</rss>',
        '',
      ].join('\n'),
    );
  });

  it('escapes & < > and quotes in titles, descriptions, links and categories', () => {
    const xml = rssFeed({ ...CHANNEL, title: 'R&D <Proof>' }, [
      { title: 'p95 < 200 ms & "fast" > slow', url: 'https://x.example/a?b=1&c=2', description: "It's <b>bold</b>", published: '2026-01-01', categories: ['R&D'] },
    ]);
    expect(xml).toContain('<title>R&amp;D &lt;Proof&gt;</title>');
    expect(xml).toContain('<title>p95 &lt; 200 ms &amp; &quot;fast&quot; &gt; slow</title>');
    expect(xml).toContain('<link>https://x.example/a?b=1&amp;c=2</link>');
    expect(xml).toContain('<description>It&apos;s &lt;b&gt;bold&lt;/b&gt;</description>');
    expect(xml).toContain('<category>R&amp;D</category>');
    expect(xml).not.toContain('<b>');
  });

  it('gives each pubDate in RFC 822 form at midnight UTC, whatever the day', () => {
    const dates = rssFeed(CHANNEL, [
      { title: 'a', url: 'https://x.example/a', description: 'a', published: '2026-12-31', categories: [] },
      { title: 'b', url: 'https://x.example/b', description: 'b', published: '2024-02-29', categories: [] },
    ]).match(/<pubDate>[^<]*<\/pubDate>/g);
    expect(dates).toEqual(['<pubDate>Thu, 31 Dec 2026 00:00:00 GMT</pubDate>', '<pubDate>Thu, 29 Feb 2024 00:00:00 GMT</pubDate>']);
  });

  it('has no lastBuildDate and no items for an empty hub, and is still a whole document', () => {
    const xml = rssFeed(CHANNEL, []);
    expect(xml).not.toContain('lastBuildDate');
    expect(xml).not.toContain('<item>');
    expect(xml.endsWith('</channel>\n</rss>\n')).toBe(true);
  });
});
