// Long lists split into pages: paths that keep page 1 where the list always was, links both ways,
// titles and descriptions unique per page and within the SEO lint's limits.
import { describe, expect, it } from 'vitest';
import { WORDS } from '../../src/core/i18n.ts';
import { listPageDescription, listPageTitle, pageParam, paginate } from '../../src/core/pagination.ts';
import { DESCRIPTION_MAX } from '../../src/core/seo/lint.ts';

const items = Array.from({ length: 25 }, (_, i) => `a${i + 1}`);

describe('paginate', () => {
  it('puts page 1 at the list path and page n under page/n/, with links both ways', () => {
    const pages = paginate(items, 12, '/case-study/');
    expect(pages.map((p) => [p.number, p.count, p.total, p.path, p.prev, p.next, p.items.length])).toEqual([
      [1, 3, 25, '/case-study/', undefined, '/case-study/page/2/', 12],
      [2, 3, 25, '/case-study/page/2/', '/case-study/', '/case-study/page/3/', 12],
      [3, 3, 25, '/case-study/page/3/', '/case-study/page/2/', undefined, 1],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => pageParam(p.number))).toEqual([undefined, 'page/2', 'page/3']);
  });

  it('gives an empty list its one page, and a list that fits exactly no empty last page', () => {
    expect(paginate([], 12, '/tag/x/').map((p) => [p.path, p.count, p.items])).toEqual([['/tag/x/', 1, []]]);
    expect(paginate(items.slice(0, 24), 12, '/x/')).toHaveLength(2);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(items, 0, '/x/')).toThrow('page size: expected a positive whole number, found 0');
  });
});

describe('titles and descriptions of list pages', () => {
  const page2 = { number: 2, count: 3 };
  it('keep page 1 as it was and name the page after it, in the hub language', () => {
    expect(listPageTitle('Case studies', { number: 1, count: 3 }, WORDS.en.pageOf)).toBe('Case studies');
    expect(listPageTitle('Case studies', page2, WORDS.en.pageOf)).toBe('Case studies · page 2 of 3');
    expect(listPageTitle('Fallstudier', page2, WORDS.sv.pageOf)).toBe('Fallstudier · sida 2 av 3');
  });

  it('cut a long description to leave room for the page number', () => {
    const long = 'Every shipment we monitor, every excursion we caught, and every number we publish with its method, raw data and the people who measured it, so you can check.';
    const d = listPageDescription(long, page2, WORDS.en.pageOf);
    expect([...d].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(d).toBe('Every shipment we monitor, every excursion we caught, and every number we publish with its method, raw data and the people who measured it, so… (page 2 of 3)');
    expect(listPageDescription('Short.', page2, WORDS.en.pageOf)).toBe('Short. (page 2 of 3)');
    expect(listPageDescription(long, { number: 1, count: 3 }, WORDS.en.pageOf)).toBe(long);
  });
});
