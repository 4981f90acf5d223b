// `npm run new` scaffolds an asset that passes the content check as it stands, for every kind.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckHub } from '../../src/core/content/check.ts';
import { scaffold, ScaffoldError, slugify } from '../../scripts/new.ts';

const root = mkdtempSync(join(tmpdir(), 'hub-new-'));
cpSync(join(import.meta.dirname, '../fixtures/hubs/sv/content'), join(root, 'content'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  it('turns a title into a URL slug', () => {
    expect(slugify('Så halverade Ölands Frukt sina kassationer!')).toBe('sa-halverade-olands-frukt-sina-kassationer');
    expect(slugify('  Café  "quotes" & 2026  ')).toBe('cafe-quotes-2026');
  });

  it.each(['case-study', 'benchmark', 'methodology'] as const)('scaffolds a valid %s draft with every field explained', async (kind) => {
    const files = await scaffold([kind, `Ett nytt belägg av typen ${kind}`, '--root', root, '--today', '2026-05-02']);
    const slug = slugify(`Ett nytt belägg av typen ${kind}`);
    const folder = { 'case-study': 'case-studies', benchmark: 'benchmarks', methodology: 'methodology' }[kind];
    expect(files).toEqual([
      `content/${folder}/${slug}.mdx`,
      `content/images/${slug}.png`,
      ...(kind === 'benchmark' ? [`content/benchmarks/${slug}.csv`] : []),
    ]);
    for (const f of files) expect(existsSync(join(root, f))).toBe(true);
    const text = readFileSync(join(root, files[0]!), 'utf8');
    for (const field of ['title:', 'description:', 'summary:', 'published: 2026-05-02', 'draft: true', 'promises:', 'series:', 'tags:', 'authors:', 'hero:', 'alt:', 'noindex:', 'disclosure:', 'claims:', 'review:'])
      expect(text).toContain(field);
    expect(loadAndCheckHub(root).errors).toEqual([]);
    const asset = loadAndCheckHub(root).hub?.assets.find((a) => a.slug === slug);
    expect(asset?.data.draft).toBe(true);
  });

  it('never overwrites an existing asset', async () => {
    await expect(scaffold(['methodology', 'Ett nytt belägg av typen methodology', '--root', root])).rejects.toThrow(
      new ScaffoldError(`content/methodology/ett-nytt-belagg-av-typen-methodology.mdx: expected a new file; found one already there (pick another title, or edit that file)`),
    );
  });

  it('explains a wrong kind or a title that does not fit', async () => {
    await expect(scaffold(['casestudy', 'A title that is long enough', '--root', root])).rejects.toThrow(
      'kind: expected one of case-study, benchmark, methodology; found "casestudy"',
    );
    await expect(scaffold(['benchmark', 'Too short', '--root', root])).rejects.toThrow('title: expected 10 to 60 characters; found "Too short" (9 characters)');
  });
});
