// Bugs found in review of the core, each pinned by the input that showed it.
import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../src/core/content/yaml.ts';
import { parseCsv } from '../../src/core/data-file.ts';
import { describeCadence } from '../../src/core/i18n.ts';
import { componentUses, extractFaq, importedNames, markdownToText } from '../../src/core/mdx-components.ts';
import { AssetSchemas } from '../../src/core/schema/asset.ts';
import { CadenceSchema } from '../../src/core/schema/hub.ts';
import { clip } from '../../src/core/text.ts';
import { parseWith } from '../../src/core/zod-issues.ts';

const caseStudy = {
  title: 'Nordpharma cut spoilage by 41%',
  description: 'How Nordpharma cut temperature spoilage by 41% in six months with live alerts on every pallet they ship.',
  summary: 'Live alerts on every pallet cut spoilage by 41%.',
  published: '2026-03-10',
  promises: ['fewer-losses'],
  series: 'how-we-did-it',
  authors: ['maja'],
  hero: { src: './hero.png', alt: 'Pallets with sensor tags' },
  customer: { name: 'Nordpharma', industry: 'Pharma' },
  challenge: 'Excursions were found only after delivery.',
  results: [{ metric: 'Spoiled pallets', before: '12', after: '7' }],
};

describe('clip', () => {
  it('keeps a whole word that ends exactly at the limit', () => {
    const text = 'How Nordpharma cut temperature spoilage by 41% in six months with live alerts on every pallet.';
    expect(clip(text, 40)).toBe('How Nordpharma cut temperature spoilage…');
    expect([...clip(text, 40)].length).toBeLessThanOrEqual(40);
  });
});

describe('describeCadence', () => {
  it('says "Daily" for every single day', () => {
    expect(describeCadence({ everyDays: 1 }, 'en')).toBe('Daily');
    expect(describeCadence({ everyDays: 1 }, 'sv')).toBe('Dagligen');
  });
  it('uses Swedish ordinals and "varannan"', () => {
    expect(describeCadence('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'sv')).toBe('Varannan vecka på torsdag');
    expect(describeCadence({ everyDays: 21 }, 'sv')).toBe('Var 21:a dag');
    expect(describeCadence({ everyDays: 12 }, 'sv')).toBe('Var 12:e dag');
  });
  it('lists three weekdays with commas', () => {
    expect(describeCadence('FREQ=WEEKLY;BYDAY=MO,WE,FR', 'en')).toBe('Weekly on Monday, Wednesday and Friday');
    expect(describeCadence('FREQ=WEEKLY;BYDAY=MO,WE,FR', 'sv')).toBe('Varje vecka på måndag, onsdag och fredag');
  });
});

describe('errors from refinements show the field the editor wrote', () => {
  it('updated before published', () => {
    const r = parseWith(AssetSchemas['case-study'], { ...caseStudy, updated: '2026-03-01' }, 'x.mdx');
    expect(r.ok ? [] : r.errors).toEqual([
      { name: 'InvalidValue', file: 'x.mdx', field: 'updated', line: undefined, expected: 'an updated date on or after the published date', found: '"2026-03-01"' },
    ]);
  });
  it('a malformed updated date gets one error, not two', () => {
    const r = parseWith(AssetSchemas['case-study'], { ...caseStudy, updated: '10/03/2026' }, 'x.mdx');
    expect(r.ok ? [] : r.errors.map((e) => e.name)).toEqual(['InvalidDate']);
  });
  it('collaboration without disclosure text or partner', () => {
    const r = parseWith(AssetSchemas['case-study'], { ...caseStudy, disclosure: { collaboration: true } }, 'x.mdx');
    expect(r.ok ? [] : r.errors).toEqual([
      { name: 'MissingDisclosure', file: 'x.mdx', field: 'disclosure.text', line: undefined, expected: 'a disclosure text when collaboration is true, e.g. "Written with Nordpharma; no payment was made."', found: 'nothing (the field is missing)' },
      { name: 'MissingPartner', file: 'x.mdx', field: 'disclosure.partner', line: undefined, expected: "the partner's name when collaboration is true", found: 'nothing (the field is missing)' },
    ]);
  });
  it('a cadence of neither shape names both shapes', () => {
    const r = parseWith(CadenceSchema, 7, 'hub.yaml', undefined, 'series.0.cadence');
    expect(r.ok ? [] : r.errors).toEqual([
      { name: 'WrongShape', file: 'hub.yaml', field: 'series.0.cadence', line: undefined, expected: 'an RRULE such as FREQ=WEEKLY;BYDAY=TU, or { everyDays: 14 }', found: '7' },
    ]);
  });
});

describe('fieldLine', () => {
  it('does not mistake a nested key for a missing top-level one', () => {
    expect(fieldLine('summary: x\ndata:\n  title: Results\n  description: long text\n', 'description', 2)).toBeUndefined();
  });
  it('follows lists written without indentation', () => {
    expect(fieldLine('claims:\n- id: a\n  text: x\n- id: b\n  text: y\n', 'claims.1.text', 1)).toBe(5);
  });
});

describe('MDX reading', () => {
  it('sees named imports after a default import', () => {
    expect(importedNames("import Chart, { Foo, Bar as Baz } from './x'")).toEqual(new Set(['Chart', 'Foo', 'Baz']));
  });
  it('keeps symbols that are not Markdown markers', () => {
    expect(markdownToText('Only 3G is > 2 s, see p95_ms.')).toBe('Only 3G is > 2 s, see p95_ms.');
    expect(markdownToText('## Heading\n\n> quoted **bold** and _it_ with `code`')).toBe('Heading quoted bold and it with code');
  });
  it('reads a question whose text holds ">"', () => {
    expect(extractFaq('<Question q="Is p95 > 2 s?">No.</Question>')).toEqual([{ question: 'Is p95 > 2 s?', answer: 'No.' }]);
    expect(componentUses('<Stat value="> 40%" label="less" />').map((u) => u.attributes)).toEqual([' value="> 40%" label="less" /']);
  });
});

describe('parseCsv', () => {
  it('refuses a column name used twice and says "1 value"', () => {
    expect(parseCsv('a,b,a\n1,2,3\n')).toEqual({ ok: false, line: 1, expected: 'each column name once in the header row', found: '"a" twice' });
    expect(parseCsv('a,b\n1\n')).toEqual({ ok: false, line: 2, expected: '2 values per row (a, b)', found: '1 value: "1"' });
  });
});
