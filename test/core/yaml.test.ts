// Our own YAML reading: dates stay as written (so impossible days are caught), syntax errors name
// the line, and every field can be traced back to its line for error messages.
import { describe, expect, it } from 'vitest';
import { fieldLine, readYaml, splitFrontmatter } from '../../src/core/content/yaml.ts';

describe('readYaml', () => {
  it('keeps dates as the text written, including impossible ones', () => {
    expect(readYaml('published: 2026-02-31\nupdated: 2026-03-14\n', 'a.mdx')).toEqual({ ok: true, value: { published: '2026-02-31', updated: '2026-03-14' } });
  });

  it('reads numbers, booleans, lists and nested maps', () => {
    expect(readYaml('draft: true\ncount: 3\ntags: [a, b]\nhero: { src: ./h.png, alt: A dock }\n', 'a.mdx')).toEqual({
      ok: true,
      value: { draft: true, count: 3, tags: ['a', 'b'], hero: { src: './h.png', alt: 'A dock' } },
    });
  });

  it('reads an empty document as an empty object', () => {
    expect(readYaml('', 'a.yaml')).toEqual({ ok: true, value: {} });
    expect(readYaml('# only a comment\n', 'a.yaml')).toEqual({ ok: true, value: {} });
  });

  it('reports a syntax error with the file line, counting the frontmatter offset', () => {
    const text = 'title: A fine title\ndescription: Broken: colon here\n';
    const read = readYaml(text, 'content/case-studies/a.mdx', 1);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error).toEqual({
      name: 'BadYaml',
      file: 'content/case-studies/a.mdx',
      line: 3,
      expected: 'valid YAML: "field: value" pairs, lists as "- item", text with a colon in "quotes"',
      found: 'bad indentation of a mapping entry at "description: Broken: colon here"',
    });
  });
});

describe('splitFrontmatter', () => {
  it('splits the YAML from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n# Body\n')).toEqual({ yaml: 'title: A', body: '# Body\n', yamlLine: 2 });
  });

  it('handles CRLF files and a byte-order mark', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nBody')).toEqual({ yaml: 'title: A', body: 'Body', yamlLine: 2 });
  });

  it('is undefined without frontmatter', () => {
    expect(splitFrontmatter('# Just a body\n')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: never closed\n')).toBeUndefined();
  });
});

const FRONTMATTER = [
  'title: Nordpharma cut spoilage', // 1
  'customer:', // 2
  '  name: Nordpharma', // 3
  '  industry: Pharma', // 4
  'hero: { src: ./h.png, alt: A dock }', // 5
  'claims:', // 6
  '  - id: cut-spoilage', // 7
  '    text: Spoilage fell 41% in six months', // 8
  '    source:', // 9
  '      url: https://example.org/report', // 10
  '  # a comment between items', // 11
  '', // 12
  '  - id: faster-alerts', // 13
  '    text: Alerts arrive within two minutes', // 14
  '    source:', // 15
  '      data: ./alerts.csv', // 16
  'results:', // 17
  '  - metric: Spoilage', // 18
  '    before: 4.1%', // 19
  'tags: [pharma, audit]', // 20
].join('\n');

describe('fieldLine', () => {
  const at = (field: string, offset = 1) => fieldLine(FRONTMATTER, field, offset);

  it('finds top-level and nested keys', () => {
    expect(at('title')).toBe(1);
    expect(at('customer')).toBe(2);
    expect(at('customer.industry')).toBe(4);
  });

  it('follows list items, skipping comments and blank lines', () => {
    expect(at('claims.0')).toBe(7);
    expect(at('claims.0.id')).toBe(7);
    expect(at('claims.0.source.url')).toBe(10);
    expect(at('claims.1')).toBe(13);
    expect(at('claims.1.text')).toBe(14);
    expect(at('claims.1.source.data')).toBe(16);
    expect(at('results.0.before')).toBe(19);
  });

  it('stops at the key that holds a flow-style value', () => {
    expect(at('hero.alt')).toBe(5);
    expect(at('tags.1')).toBe(20);
  });

  it('stops at the deepest key that exists, for a field that is missing', () => {
    expect(at('customer.size')).toBe(2);
    expect(at('claims.2')).toBe(6);
    expect(at('claims.1.source.url')).toBe(15);
  });

  it('adds the line offset: frontmatter starts on line 2 of the MDX file', () => {
    expect(at('customer.industry', 2)).toBe(5);
    expect(at('claims.1.source.data', 2)).toBe(17);
  });

  it('is undefined for a field not there at all', () => {
    expect(at('summary')).toBeUndefined();
  });
});
