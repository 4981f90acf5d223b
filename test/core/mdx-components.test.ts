// What the content check reads from an MDX body: which components it uses and where, what it
// imports, and the FAQ questions that become FAQPage JSON-LD.
import { describe, expect, it } from 'vitest';
import { attribute, componentUses, extractFaq, importedNames, markdownToText, MDX_COMPONENTS } from '../../src/core/mdx-components.ts';
import { rng } from '../../src/core/random.ts';

describe('MDX_COMPONENTS', () => {
  it('lists the ten components editors may use', () => {
    expect(MDX_COMPONENTS).toEqual(['Stat', 'Quote', 'Claim', 'FAQ', 'Question', 'Figure', 'BenchmarkTable', 'BarChart', 'Callout', 'CTA']);
  });
});

describe('componentUses', () => {
  it('finds capitalised tags with their line and attribute text', () => {
    const body = ['Intro text.', '', '<Stat value="41%" label="less spoilage" />', 'More <Claim id="cut-spoilage">text</Claim>.'].join('\n');
    expect(componentUses(body, 20)).toEqual([
      { name: 'Stat', line: 22, attributes: ' value="41%" label="less spoilage" /' },
      { name: 'Claim', line: 23, attributes: ' id="cut-spoilage"' },
    ]);
  });

  it('counts lines from 1 by default', () => {
    expect(componentUses('<Callout type="note">x</Callout>')).toEqual([{ name: 'Callout', line: 1, attributes: ' type="note"' }]);
  });

  it('ignores lower-case HTML tags and closing tags', () => {
    expect(componentUses('<div><span>a</span></div>\n</Stat>')).toEqual([]);
  });

  it('skips fenced code blocks (``` and ~~~) and inline code', () => {
    const body = ['```mdx', '<Stat value="1" />', '```', '~~~', '<Quote />', '~~~', 'Write `<Chart />` like this, then <Figure src="./a.png" />'].join('\n');
    expect(componentUses(body)).toEqual([{ name: 'Figure', line: 7, attributes: ' src="./a.png" /' }]);
  });

  it('finds a misspelt component, so the check can name it', () => {
    expect(componentUses('<Stats value="1" />').map((u) => u.name)).toEqual(['Stats']);
  });
});

describe('importedNames', () => {
  it('collects default and named imports, using the local name of an alias', () => {
    const body = ["import Chart from './Chart.astro';", "import { Map, Legend as Key } from './geo.ts';", 'import "./side-effect.css";', 'Text mentioning import Foo from bar.'].join('\n');
    expect([...importedNames(body)].sort()).toEqual(['Chart', 'Key', 'Map']);
  });

  it('finds nothing in a body without imports', () => {
    expect(importedNames('Just <Stat value="1" /> text.').size).toBe(0);
  });
});

describe('attribute', () => {
  it('reads double- and single-quoted string attributes', () => {
    expect(attribute(' q="Does it work offline?" id=\'offline\'', 'q')).toBe('Does it work offline?');
    expect(attribute(' q="Does it work offline?" id=\'offline\'', 'id')).toBe('offline');
  });

  it('does not confuse a name with the end of a longer one', () => {
    expect(attribute(' faq="no" q="yes"', 'q')).toBe('yes');
    expect(attribute(' faq="no"', 'q')).toBeUndefined();
  });

  it('is undefined for a missing or non-string attribute', () => {
    expect(attribute(' value={41}', 'value')).toBeUndefined();
    expect(attribute('', 'id')).toBeUndefined();
  });

  it('keeps an empty string value', () => {
    expect(attribute(' alt=""', 'alt')).toBe('');
  });
});

describe('markdownToText', () => {
  it('removes tags, links, images and emphasis, and collapses whitespace', () => {
    expect(markdownToText('Yes: **72 hours** on battery, see [the method](/methodology/battery/).\n\n<Stat value="72" />  ![Tag](./tag.png) done')).toBe(
      'Yes: 72 hours on battery, see the method. Tag done',
    );
  });

  it('removes heading and blockquote markers and inline code ticks', () => {
    expect(markdownToText('## Short answer\n> Use `FREQ=WEEKLY`.')).toBe('Short answer Use FREQ=WEEKLY.');
  });

  // The function skips passes whose marker character is absent; it must give what running every
  // pass gives (this reference), whatever the text holds.
  const everyPass = (md: string) =>
    md
      .replace(/<\/?[A-Za-z][\w.-]*(?:[^>"']|"[^"]*"|'[^']*')*\/?>/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}>\s?/gm, '')
      .replace(/^\s*[-*+]\s+/gm, '')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])([*_])(?=\S)([\s\S]*?\S)\2(?![\w*])/g, '$1$3')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();

  it('gives what running every pass gives, on random markdown', () => {
    const pieces = ['**', '__', '*', '_', '`', '[', ']', '(', ')', '!', '#', '## ', '> ', '- ', '+ ', '* ', '<Stat value="1" />', '<b>', '</b>', '<a href="x>y">', 'word', 'x_y', '2*3', ' ', '  ', '\n', '\n\n', '   ', 'é', '→'];
    const r = rng(21);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const len = 1 + Math.floor(r() * 14);
      for (let i = 0; i < len; i++) text += pieces[Math.floor(r() * pieces.length)]!;
      expect(markdownToText(text), JSON.stringify(text)).toBe(everyPass(text));
    }
  });
});

describe('extractFaq', () => {
  it('reads every <Question q="..."> with its answer as plain text', () => {
    const body = [
      '<FAQ>',
      '<Question q="Does the tag work offline?">',
      'Yes. It logs for **72 hours** and uploads when back in range.',
      '</Question>',
      "<Question q='Who calibrates it?'>We do, see [our method](/methodology/calibration/).</Question>",
      '</FAQ>',
    ].join('\n');
    expect(extractFaq(body)).toEqual([
      { question: 'Does the tag work offline?', answer: 'Yes. It logs for 72 hours and uploads when back in range.' },
      { question: 'Who calibrates it?', answer: 'We do, see our method.' },
    ]);
  });

  it('skips a question without q or without an answer', () => {
    expect(extractFaq('<Question>Orphan answer.</Question><Question q="Empty?"> </Question>')).toEqual([]);
  });
});
