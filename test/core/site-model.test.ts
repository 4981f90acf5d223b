// Which assets a build shows, how they relate and how titles fit: the same rules for pages,
// sitemap and feed.
import { describe, expect, it } from 'vitest';
import {
  assetPagePath,
  inSitemap,
  lastModified,
  pageTitle,
  relatedAssets,
  tagIndex,
  visibleAssets,
  type AssetCore,
  type AssetLike,
} from '../../src/core/site-model.ts';
import { rng } from '../../src/core/random.ts';

function asset(slug: string, data: Partial<AssetCore> = {}, kind: AssetLike['kind'] = 'case-study'): AssetLike {
  return {
    kind,
    slug,
    data: {
      title: `Title of ${slug}`,
      published: '2026-03-01',
      draft: false,
      noindex: false,
      promises: ['safe'],
      series: 'how-we-did-it',
      tags: [],
      authors: ['maja'],
      ...data,
    },
  };
}

const slugs = (list: readonly AssetLike[]) => list.map((a) => a.slug);

describe('visibleAssets', () => {
  const ASSETS = [
    asset('old', { published: '2026-01-10' }),
    asset('draft', { published: '2026-02-01', draft: true }),
    asset('today', { published: '2026-03-15' }),
    asset('future', { published: '2026-04-01' }),
    asset('mid', { published: '2026-02-20' }),
  ];

  it('production hides drafts and assets published after today, newest first', () => {
    expect(slugs(visibleAssets(ASSETS, '2026-03-15', 'production'))).toEqual(['today', 'mid', 'old']);
  });

  it('preview shows drafts and scheduled assets too, newest first', () => {
    expect(slugs(visibleAssets(ASSETS, '2026-03-15', 'preview'))).toEqual(['future', 'today', 'mid', 'draft', 'old']);
  });

  it('orders assets published the same day by slug, so builds are stable', () => {
    const same = [asset('zeta'), asset('alpha'), asset('mu')];
    expect(slugs(visibleAssets(same, '2026-03-15', 'production'))).toEqual(['alpha', 'mu', 'zeta']);
  });

  it('does not reorder the list it was given', () => {
    const input = [asset('a', { published: '2026-01-01' }), asset('b', { published: '2026-02-01' })];
    visibleAssets(input, '2026-03-15', 'production');
    expect(slugs(input)).toEqual(['a', 'b']);
  });
});

describe('relatedAssets', () => {
  const self = asset('self', { series: 'how-we-did-it', promises: ['safe', 'fast'], tags: ['pharma'] });

  it('prefers the same series, then shared promises, and never returns the asset itself', () => {
    const pool = [
      self,
      asset('one-promise', { series: 'lab', promises: ['safe'], published: '2026-03-20' }),
      asset('same-series', { series: 'how-we-did-it', promises: ['other'], published: '2026-01-01' }),
      asset('unrelated', { series: 'lab', promises: ['other'], tags: ['pharma'] }),
      asset('series-and-promise', { series: 'how-we-did-it', promises: ['fast'], published: '2025-12-01' }),
    ];
    expect(slugs(relatedAssets(self, pool))).toEqual(['series-and-promise', 'same-series', 'one-promise']);
  });

  it('scores a series as worth two shared promises: such a tie goes to the newest', () => {
    const pool = [
      asset('same-series', { series: 'how-we-did-it', promises: ['other'], published: '2026-01-01' }),
      asset('two-promises', { series: 'lab', promises: ['fast', 'safe'], published: '2026-01-02' }),
    ];
    expect(slugs(relatedAssets(self, pool))).toEqual(['two-promises', 'same-series']);
    expect(slugs(relatedAssets(self, [...pool].reverse().map((a, i) => ({ ...a, data: { ...a.data, published: `2026-01-0${i + 1}` } }))))).toEqual([
      'same-series',
      'two-promises',
    ]);
  });

  it('breaks ties with shared tags, then with the newest', () => {
    const pool = [
      asset('older', { series: 'lab', promises: ['safe'], published: '2026-01-01' }),
      asset('newer', { series: 'lab', promises: ['safe'], published: '2026-02-01' }),
      asset('tagged', { series: 'lab', promises: ['safe'], tags: ['pharma'], published: '2025-12-01' }),
    ];
    expect(slugs(relatedAssets(self, pool))).toEqual(['tagged', 'newer', 'older']);
  });

  it('returns at most `limit` assets', () => {
    const pool = ['a', 'b', 'c', 'd', 'e'].map((s) => asset(s));
    expect(relatedAssets(self, pool)).toHaveLength(3);
    expect(relatedAssets(self, pool, 1)).toHaveLength(1);
  });

  it('treats an asset of another kind with the same slug as a different asset', () => {
    const twin = asset('self', {}, 'benchmark');
    expect(relatedAssets(self, [self, twin])).toEqual([twin]);
  });

  it('returns nothing when nothing shares a series or promise', () => {
    expect(relatedAssets(self, [self, asset('x', { series: 'lab', promises: ['other'], tags: ['pharma'] })])).toEqual([]);
  });

  it('picks the same assets as scoring and sorting the whole pool would, ties included', () => {
    // The rule as first written: a full sort by score, then newest, stable for equals.
    const bySort = (a: AssetLike, pool: AssetLike[]) =>
      pool
        .filter((b) => b !== a && (b.data.series === a.data.series || b.data.promises.some((p) => a.data.promises.includes(p))))
        .map((b) => ({ b, s: (b.data.series === a.data.series ? 2 : 0) + b.data.promises.filter((p) => a.data.promises.includes(p)).length + b.data.tags.filter((t) => a.data.tags.includes(t)).length * 0.5 }))
        .sort((x, y) => y.s - x.s || y.b.data.published.localeCompare(x.b.data.published))
        .slice(0, 3)
        .map((x) => x.b.slug);
    const random = rng(11);
    const pick = <T,>(xs: readonly T[]) => xs.filter(() => random() < 0.5);
    const pool = Array.from({ length: 200 }, (_, i) =>
      asset(`a${i}`, {
        series: ['lab', 'how-we-did-it', 'mistakes'][Math.floor(random() * 3)]!,
        promises: pick(['safe', 'fast', 'open']),
        tags: pick(['pharma', 'food', 'audit']),
        published: `2026-0${1 + Math.floor(random() * 3)}-1${Math.floor(random() * 3)}`,
      }),
    );
    for (const a of pool) expect(slugs(relatedAssets(a, pool))).toEqual(bySort(a, pool));
  });
});

describe('tagIndex', () => {
  it('lists every tag alphabetically with its assets in the given order', () => {
    const a = asset('a', { tags: ['pharma', 'audit'] });
    const b = asset('b', { tags: ['food'] });
    const c = asset('c', { tags: ['pharma'] });
    const index = tagIndex([a, b, c]);
    expect([...index.keys()]).toEqual(['audit', 'food', 'pharma']);
    expect(slugs(index.get('pharma') ?? [])).toEqual(['a', 'c']);
    expect(slugs(index.get('audit') ?? [])).toEqual(['a']);
  });

  it('is empty when no asset has tags', () => {
    expect(tagIndex([asset('a')]).size).toBe(0);
  });
});

describe('pageTitle', () => {
  it('adds the site name when "title · site" fits in 60 characters', () => {
    expect(pageTitle('Nordpharma cut spoilage 41%', 'Acme Proof')).toBe('Nordpharma cut spoilage 41% · Acme Proof');
  });

  it('counts exactly: 60 characters fit, 61 do not', () => {
    const site = 'Acme Proof'; // " · Acme Proof" is 13 characters
    expect(pageTitle('x'.repeat(47), site)).toBe(`${'x'.repeat(47)} · Acme Proof`);
    expect(pageTitle('x'.repeat(48), site)).toBe('x'.repeat(48));
  });

  it('falls back to the title alone when the whole would be too long', () => {
    const title = 'How Nordpharma cut temperature spoilage by 41% in six months';
    expect(pageTitle(title, 'Acme Proof')).toBe(title);
  });

  it('counts characters, not UTF-16 units', () => {
    const title = `Kylkedjan ${'ö'.repeat(20)} 🧊🧊`; // 33 characters
    expect(pageTitle(title, 'Kylkedjan Bevis')).toBe(`${title} · Kylkedjan Bevis`);
  });

  it('honours a custom limit', () => {
    expect(pageTitle('Benchmarks', 'Acme Proof', 20)).toBe('Benchmarks');
    expect(pageTitle('Benchmarks', 'Acme Proof', 23)).toBe('Benchmarks · Acme Proof');
  });
});

describe('inSitemap, lastModified, assetPagePath', () => {
  it('keeps indexable self-canonical pages in the sitemap only', () => {
    expect(inSitemap(asset('a'))).toBe(true);
    expect(inSitemap(asset('a', { noindex: true }))).toBe(false);
    expect(inSitemap(asset('a', { canonical: 'https://acme.example/blog/a' }))).toBe(false);
  });

  it('uses the updated date when there is one, else the published date', () => {
    expect(lastModified(asset('a', { published: '2026-03-01' }))).toBe('2026-03-01');
    expect(lastModified(asset('a', { published: '2026-03-01', updated: '2026-04-09' }))).toBe('2026-04-09');
  });

  it('places an asset at /<kind>/<slug>/', () => {
    expect(assetPagePath({ kind: 'benchmark', slug: 'latency' })).toBe('/benchmark/latency/');
  });
});
