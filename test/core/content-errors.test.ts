// Every bad input an editor can make gets an error naming the file, the field, what was expected
// and what was found. Each test copies the Swedish fixture hub, breaks one thing, and checks the
// exact error the check returns.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAndCheckHub } from '../../src/core/content/check.ts';
import { formatReport, type ContentError } from '../../src/core/errors.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/hubs/sv');
const CASE = 'content/case-studies/apoteksgruppen.mdx';
const BENCH = 'content/benchmarks/sensornoggrannhet.mdx';
const roots: string[] = [];

/** A copy of the fixture with `edits` applied: each replaces text in one file (the text must be there). */
function hubWith(edits: Record<string, [from: string | RegExp, to: string][]> = {}, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'hub-'));
  roots.push(root);
  cpSync(join(FIXTURE, 'content'), join(root, 'content'), { recursive: true });
  for (const [file, pairs] of Object.entries(edits)) {
    let text = readFileSync(join(root, file), 'utf8');
    for (const [from, to] of pairs) {
      const next = text.replace(from, to);
      if (next === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
      text = next;
    }
    writeFileSync(join(root, file), text);
  }
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  return root;
}

const errorsOf = (root: string) => loadAndCheckHub(root).errors;

afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

describe('the fixture hub', () => {
  it('is valid as shipped', () => {
    expect(errorsOf(hubWith())).toEqual([]);
  });
});

describe('content errors name file, field, expected and found', () => {
  it('unknown promise', () => {
    const root = hubWith({ [CASE]: [['promises: [farre-kassationer, varje-grad]', 'promises: [farre-kassationer, varje-gard]']] });
    expect(errorsOf(root)).toEqual<ContentError[]>([
      { name: 'UnknownPromise', file: CASE, field: 'promises.1', line: 6, expected: 'one of the promise ids in content/hub.yaml (varje-grad, farre-kassationer)', found: '"varje-gard"' },
    ]);
  });

  it('unknown series', () => {
    const root = hubWith({ [CASE]: [['series: sa-gjorde-vi', 'series: sa-gjorde-dom']] });
    expect(errorsOf(root)).toEqual([
      { name: 'UnknownSeries', file: CASE, field: 'series', line: 7, expected: 'one of the series ids in content/hub.yaml (sa-gjorde-vi)', found: '"sa-gjorde-dom"' },
    ]);
  });

  it('impossible date (Astro alone would roll 2026-02-31 over to 3 March)', () => {
    const root = hubWith({ [CASE]: [['published: 2026-04-14', 'published: 2026-02-31']] });
    expect(errorsOf(root)).toEqual([
      { name: 'ImpossibleDate', file: CASE, field: 'published', line: 5, expected: 'a real calendar day (this month has fewer days)', found: '"2026-02-31"' },
    ]);
  });

  it('date in the wrong format', () => {
    const root = hubWith({ [CASE]: [['published: 2026-04-14', 'published: 14/04/2026']] });
    expect(errorsOf(root)).toEqual([
      { name: 'InvalidDate', file: CASE, field: 'published', line: 5, expected: 'a date written YYYY-MM-DD, e.g. 2026-03-14', found: '"14/04/2026"' },
    ]);
  });

  it('missing alt text on the hero', () => {
    const root = hubWith({ [CASE]: [['hero: { src: ../images/hero.png, alt: Pallar med temperatursensorer på en lastkaj }', 'hero: { src: ../images/hero.png }']] });
    expect(errorsOf(root)).toEqual([
      { name: 'MissingField', file: CASE, field: 'hero.alt', line: 10, expected: 'a value (text)', found: 'nothing (the field is missing)' },
    ]);
  });

  it('missing alt text on a Figure', () => {
    const root = hubWith({ 'content/methodology/kalibrering.mdx': [['alt="Klimatskåp med sensorer" ', '']] });
    expect(errorsOf(root)).toEqual([
      {
        name: 'MissingAlt',
        file: 'content/methodology/kalibrering.mdx',
        field: '<Figure alt>',
        line: 16,
        expected: 'alt text describing the image for readers who cannot see it, e.g. alt="Sensor tags on a pallet"',
        found: 'nothing (the field is missing)',
      },
    ]);
  });

  it('missing image file', () => {
    const root = hubWith({ [CASE]: [['src: ../images/hero.png, alt: Pallar', 'src: ../images/hjälte.png, alt: Pallar']] });
    expect(errorsOf(root)).toEqual([
      { name: 'MissingImage', file: CASE, field: 'hero.src', line: 10, expected: 'an image file at content/images/hjälte.png', found: '"../images/hjälte.png", but no such file' },
    ]);
  });

  it('duplicate slug: two assets with one URL', () => {
    const root = hubWith({ 'content/methodology/framtida-metod.mdx': [['published: 2026-06-02', 'published: 2026-06-02\nslug: kalibrering']] });
    expect(errorsOf(root)).toEqual([
      {
        name: 'DuplicateSlug',
        file: 'content/methodology/kalibrering.mdx',
        field: '(file name)',
        line: undefined,
        expected: 'a URL no other asset has (content/methodology/framtida-metod.mdx already uses /methodology/kalibrering/)',
        found: '"kalibrering"',
      },
    ]);
  });

  it('claim without a source', () => {
    const root = hubWith({ [CASE]: [['    source: { url: "https://apoteksgruppen.example/arsredovisning-2026" }\n', '']] });
    expect(errorsOf(root)).toEqual([
      { name: 'MissingField', file: CASE, field: 'claims.0.source', line: 12, expected: 'a source for the claim: { url: https://… }, { data: ./file.csv } or { asset: kind/slug }', found: 'nothing (the field is missing)' },
    ]);
  });

  it('claim source naming two kinds of source at once', () => {
    const root = hubWith({ [CASE]: [['source: { url: "https://apoteksgruppen.example/arsredovisning-2026" }', 'source: { url: "https://apoteksgruppen.example/a", asset: benchmark/sensornoggrannhet }']] });
    expect(errorsOf(root)).toEqual([
      {
        name: 'AmbiguousSource',
        file: CASE,
        field: 'claims.0.source',
        line: 14,
        expected: 'exactly one of url, data or asset: a source for the claim: { url: https://… }, { data: ./file.csv } or { asset: kind/slug }',
        found: '{"url":"https://apoteksgruppen.example/a","asset":"benchmark/sensornoggrannhet"}',
      },
    ]);
  });

  it('malformed URL', () => {
    const root = hubWith({ [CASE]: [['"https://apoteksgruppen.example/arsredovisning-2026"', '"htps//apoteksgruppen.example"']] });
    expect(errorsOf(root)).toEqual([
      { name: 'InvalidUrl', file: CASE, field: 'claims.0.source.url', line: 14, expected: 'an absolute https:// URL, e.g. https://example.com/report', found: '"htps//apoteksgruppen.example"' },
    ]);
  });

  it('unknown author', () => {
    const root = hubWith({ [CASE]: [['authors: [maja]', 'authors: [maja-l]']] });
    expect(errorsOf(root)).toEqual([
      { name: 'UnknownAuthor', file: CASE, field: 'authors.0', line: 9, expected: 'the name of a file in content/authors/ without .yaml (maja)', found: '"maja-l"' },
    ]);
  });

  it('bad YAML', () => {
    const root = hubWith({ [CASE]: [['challenge: Pappersloggar', 'challenge: "Pappersloggar']] });
    const [error, ...rest] = errorsOf(root);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ name: 'BadYaml', file: CASE, line: 18, expected: 'valid YAML: "field: value" pairs, lists as "- item", text with a colon in "quotes"' });
    expect(error?.found).toBe('bad indentation of a mapping entry at "- { metric: Kasserade pallar, before: "3,1 %", after: "1,4 %" }"');
  });

  it('unknown MDX component', () => {
    const root = hubWith({ [CASE]: [['<Claim id="halverade" />', '<Citat id="halverade" />']] });
    expect(errorsOf(root)).toEqual([
      {
        name: 'UnknownComponent',
        file: CASE,
        field: '<Citat>',
        line: 27,
        expected: "one of the hub's components (Stat, Quote, Claim, FAQ, Question, Figure, BenchmarkTable, BarChart, Callout, CTA)",
        found: '<Citat>',
      },
    ]);
  });

  it('Claim component naming a claim that is not in the frontmatter', () => {
    const root = hubWith({ [CASE]: [['<Claim id="halverade" />', '<Claim id="halverat" />']] });
    expect(errorsOf(root)).toEqual([
      { name: 'UnknownClaim', file: CASE, field: '<Claim id>', line: 27, expected: "the id of a claim in this file's frontmatter (halverade)", found: '"halverat"' },
    ]);
  });

  it('Stat citing neither a claim nor a URL', () => {
    const root = hubWith({ [CASE]: [['source="halverade" />', 'source="årsredovisningen" />']] });
    expect(errorsOf(root)).toEqual([
      { name: 'UnknownSource', file: CASE, field: '<Stat source>', line: 25, expected: "the id of a claim in this file's frontmatter (halverade) or an https:// URL", found: '"årsredovisningen"' },
    ]);
  });

  it('data file that does not parse', () => {
    const root = hubWith({ 'content/benchmarks/sensornoggrannhet.csv': [['KT-2,0.38,0.18,0.29', 'KT-2,0.38,0.18']] });
    expect(errorsOf(root)).toEqual([
      {
        name: 'BadDataFile',
        file: 'content/benchmarks/sensornoggrannhet.csv',
        line: 3,
        expected: '4 values per row (modell, frys_avvikelse, kyl_avvikelse, rum_avvikelse)',
        found: '3 values: "KT-2,0.38,0.18"',
      },
    ]);
  });

  it('chart column that is not in the data file', () => {
    const root = hubWith({ [BENCH]: [['y="kyl_avvikelse"', 'y="kylavvikelse"']] });
    expect(errorsOf(root)).toEqual([
      {
        name: 'UnknownColumn',
        file: BENCH,
        field: '<BarChart y>',
        line: 22,
        expected: 'a column of ./sensornoggrannhet.csv (modell, frys_avvikelse, kyl_avvikelse, rum_avvikelse)',
        found: '"kylavvikelse"',
      },
    ]);
  });

  it('title over 60 characters', () => {
    const long = 'Apoteksgruppen halverade kassationerna på ett år med sensorer i realtid';
    const root = hubWith({ [CASE]: [['title: Apoteksgruppen halverade kassationerna på ett år', `title: ${long}`]] });
    expect(errorsOf(root)).toEqual([
      { name: 'TooLong', file: CASE, field: 'title', line: 2, expected: 'at most 60 characters', found: `"${long}" (71 characters)` },
    ]);
  });

  it('misspelt field name', () => {
    const root = hubWith({ [CASE]: [['summary:', 'summery:']] });
    expect(errorsOf(root)).toEqual([
      { name: 'MissingField', file: CASE, field: 'summary', line: undefined, expected: 'a value (text)', found: 'nothing (the field is missing)' },
      { name: 'UnknownField', file: CASE, field: 'summery', line: 4, expected: 'only the documented fields (check the spelling; README "Content model")', found: 'a field named "summery"' },
    ]);
  });

  it('hub config: a series proving a promise that does not exist', () => {
    const root = hubWith({ 'content/hub.yaml': [['promises: [farre-kassationer]', 'promises: [farre-kassation]']] });
    expect(errorsOf(root)).toEqual([
      { name: 'UnknownPromise', file: 'content/hub.yaml', field: 'series.0.promises.0', line: 30, expected: 'one of the promise ids above (varje-grad, farre-kassationer)', found: '"farre-kassation"' },
    ]);
  });

  it('one run reports every bad file, not only the first', () => {
    const root = hubWith({
      [CASE]: [['series: sa-gjorde-vi', 'series: okand']],
      [BENCH]: [['published: 2026-04-21', 'published: 2026-04-31']],
      'content/methodology/kalibrering.mdx': [['authors: [maja]', 'authors: [nobody]']],
    });
    const errors = errorsOf(root);
    expect(errors.map((e) => `${e.file} ${e.name}`)).toEqual([
      `${BENCH} ImpossibleDate`,
      `${CASE} UnknownSeries`,
      'content/methodology/kalibrering.mdx UnknownAuthor',
    ]);
    expect(formatReport(errors).split('\n')[0]).toBe('✖ 3 problems in 3 files:');
  });
});

/** A landing page for the fixture hub (it ships none), with its CTA href and body as given. */
const LANDING = 'content/landing/demo.mdx';
const landingFile = (href: string, body = 'Vi visar var pallarna blir för varma.\n') => `---
title: Boka en genomgång av kylkedjan
description: Skicka en körning temperaturdata så visar en ingenjör var pallarna kasseras, på tjugo minuter.
campaign: var-demo
promise: varje-grad
published: 2026-05-01
headline: Se var pallarna blir för varma
subheadline: En körning data räcker för att hitta var varorna går förlorade.
assets: [case-study/apoteksgruppen]
cta: { label: Boka en genomgång, href: "${href}" }
---
${body}`;

describe('hand-written tracked links meet the UTM standard (the builder makes the rest)', () => {
  it('a Markdown link with a capitalised source', () => {
    const root = hubWith({ [CASE]: [['Apoteksgruppen skickar 4 000 pallar i månaden.', 'Apoteksgruppen skickar 4 000 pallar i [månaden](https://kylkedjan.example/pallar?utm_source=LinkedIn&utm_medium=social).']] });
    expect(errorsOf(root)).toEqual<ContentError[]>([
      { name: 'NonStandardUtm', file: CASE, line: 23, field: 'link?utm_source', expected: '"linkedin" (UTM values are lowercase, with hyphens for spaces)', found: '"LinkedIn" in https://kylkedjan.example/pallar?utm_source=LinkedIn&utm_medium=social' },
    ]);
  });

  it('a CTA href with a medium outside the standard, and a campaign breaking the naming rule', () => {
    const root = hubWith({ [CASE]: [['<CTA href="https://kylkedjan.example/demo"', '<CTA href="https://kylkedjan.example/demo?utm_medium=email&utm_campaign=Vår+demo"']] });
    expect(errorsOf(root)).toEqual<ContentError[]>([
      { name: 'UnknownUtmMedium', file: CASE, line: 37, field: '<CTA href>?utm_medium', expected: 'one of the allowed mediums (social, referral)', found: '"email" in https://kylkedjan.example/demo?utm_medium=email&utm_campaign=Vår+demo' },
      { name: 'NonStandardUtm', file: CASE, line: 37, field: '<CTA href>?utm_campaign', expected: 'a value matching ^[a-z0-9]+(?:[-_][a-z0-9]+)*$ (lowercase words joined by - or _)', found: '"Vår demo" in https://kylkedjan.example/demo?utm_medium=email&utm_campaign=Vår+demo' },
    ]);
  });

  it('a frontmatter URL (a claim source) with an unknown source', () => {
    const root = hubWith({ [CASE]: [['source: { url: "https://apoteksgruppen.example/arsredovisning-2026" }', 'source: { url: "https://apoteksgruppen.example/arsredovisning-2026?utm_source=facebook" }']] });
    expect(errorsOf(root)).toEqual<ContentError[]>([
      { name: 'UnknownUtmSource', file: CASE, line: 14, field: 'claims.0.source.url?utm_source', expected: 'one of the allowed sources (proof-hub, linkedin)', found: '"facebook" in https://apoteksgruppen.example/arsredovisning-2026?utm_source=facebook' },
    ]);
  });

  it("a landing page's CTA href and an <a href> in its body with a misspelt parameter", () => {
    const root = hubWith({}, {
      [LANDING]: landingFile('https://kylkedjan.example/demo?utm_content=Hero Knapp', 'Läs [metoden](/proof-hub/methodology/kalibrering/) eller <a href="https://kylkedjan.example/?utm_campain=var-demo">startsidan</a>.\n'),
    });
    expect(errorsOf(root)).toEqual<ContentError[]>([
      { name: 'NonStandardUtm', file: LANDING, line: 10, field: 'cta.href?utm_content', expected: '"hero-knapp" (UTM values are lowercase, with hyphens for spaces)', found: '"Hero Knapp" in https://kylkedjan.example/demo?utm_content=Hero Knapp' },
      { name: 'UnknownUtmParameter', file: LANDING, line: 12, field: '<a href>?utm_campain', expected: 'one of the UTM parameters, written lowercase (utm_source, utm_medium, utm_campaign, utm_content, utm_term, utm_id, utm_source_platform, utm_creative_format, utm_marketing_tactic)', found: '"var-demo" in https://kylkedjan.example/?utm_campain=var-demo' },
    ]);
  });

  it('passes links that meet the standard, and links shown as code', () => {
    const good = 'https://kylkedjan.example/demo?utm_source=linkedin&utm_medium=social&utm_campaign=var-demo';
    const root = hubWith({}, {
      [LANDING]: landingFile(good, `Se [demon](${good}).\n\nSkriv inte \`?utm_source=LinkedIn\` för hand:\n\n\`\`\`\nhttps://kylkedjan.example/?utm_source=Facebook\n\`\`\`\n`),
    });
    expect(errorsOf(root)).toEqual([]);
  });
});

describe('npm run check', () => {
  it('prints every problem and exits 1, with no stack trace', () => {
    const root = hubWith({ [CASE]: [['series: sa-gjorde-vi', 'series: okand']] });
    let out = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['scripts/check.ts', '--root', root], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      out = err.stderr;
    }
    expect(status).toBe(1);
    expect(out).toBe(
      [
        '✖ 1 problem in 1 file:',
        '',
        `  ${CASE}:7 › series`,
        '    expected one of the series ids in content/hub.yaml (sa-gjorde-vi)',
        '    found    "okand"  [UnknownSeries]',
        '',
        'Fix these and run the command again. The README section "Content model" lists every field.',
        '',
      ].join('\n'),
    );
    expect(out).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
