// What an asset offers for repurposing, read from its structure: sections (## headings), Stat,
// Quote and Claim components, frontmatter claims and results, FAQ, Callouts, steps and the CTA.
// Generic tools see only text; we know which sentence is a sourced number and which is a quote.
import type { LoadedAsset } from '../content/load.ts';
import { attribute, componentUses, extractFaq, markdownToText } from '../mdx-components.ts';

export interface Section {
  heading: string;
  /** Prose paragraphs as plain text (components, figures and FAQ left out), in order. */
  paragraphs: Iterable<string>;
  line: number;
}

export interface StatItem {
  value: string;
  label: string;
  /** The claim text behind it, when its source is a claim id. */
  claim?: string;
  line: number;
}

export interface QuoteItem {
  text: string;
  person: string;
  role?: string;
  line: number;
}

export interface ClaimItem {
  id: string;
  text: string;
  /** URL, data file or asset, as the reader would see it. */
  source: string;
  /** Line of the <Claim> in the body, else of the claims field. */
  line?: number;
}

export interface Material {
  title: string;
  summary: string;
  /** Prose before the first ## heading. */
  intro: Iterable<string>;
  sections: Section[];
  stats: StatItem[];
  quotes: QuoteItem[];
  /** Claims in the order the body cites them, then the rest of the frontmatter's claims. */
  claims: ClaimItem[];
  results: { metric: string; before: string; after: string }[];
  faq: { question: string; answer: string }[];
  callouts: { title: string; text: string }[];
  steps: string[];
  /** The asset's own CTA label, if it has one. */
  ctaLabel?: string;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of a plain text, trimmed, segmented only as far as they are read (a reader often wants the first). */
export function* eachSentence(text: string): Generator<string, void> {
  for (const s of sentenceSegmenter.segment(text)) {
    const sentence = s.segment.trim();
    if (sentence) yield sentence;
  }
}

/** Sentences of a plain text, trimmed. */
export function sentences(text: string): string[] {
  return [...eachSentence(text)];
}

/**
 * Plain-text paragraphs made from Markdown blocks only as far as they are read: most readers want a
 * section's first sentence worth saying, and converting every paragraph was most of readMaterial.
 */
class Paragraphs implements Iterable<string> {
  #blocks: readonly string[];
  #read = 0;
  #text: string[] = [];
  constructor(blocks: readonly string[]) {
    this.#blocks = blocks;
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; ; i++) {
      while (i >= this.#text.length) {
        if (this.#read >= this.#blocks.length) return;
        const text = markdownToText(this.#blocks[this.#read++]!);
        if (text.length >= 20) this.#text.push(text);
      }
      yield this.#text[i]!;
    }
  }
}

/** The prose of some MDX: blocks that are not FAQ, tables and charts, or a component, as plain text of 20 characters or more. */
function proseParagraphs(mdx: string): Paragraphs {
  const withoutFaq = mdx.replace(/<FAQ>[\s\S]*?<\/FAQ>/g, '');
  return new Paragraphs(
    withoutFaq
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p && !/^(<|import\s|export\s|```|\|)/.test(p)),
  );
}

function claimSource(c: { source: { url?: string | undefined; data?: string | undefined; asset?: string | undefined } }): string {
  return c.source.url ?? (c.source.data ? `data file ${c.source.data.replace(/^\.\//, '')}` : `our ${c.source.asset?.replace('/', ': ')}`);
}

export function readMaterial(asset: Pick<LoadedAsset, 'data' | 'body' | 'bodyLine' | 'lineOf'>): Material {
  const d = asset.data;
  const lines = asset.body.split('\n');
  const sections: Section[] = [];
  let intro: Iterable<string> = [];
  let cur: { heading: string; start: number; line: number } | undefined;
  let from = 0;
  const close = (end: number) => {
    const text = lines.slice(from, end).join('\n');
    if (cur) sections.push({ heading: markdownToText(cur.heading), paragraphs: proseParagraphs(text), line: cur.line });
    else intro = proseParagraphs(text);
  };
  let inFence = false;
  lines.forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) inFence = !inFence;
    const m = !inFence && /^##\s+(.+)$/.exec(l);
    if (m) {
      close(i);
      cur = { heading: m[1]!, start: i, line: asset.bodyLine + i };
      from = i + 1;
    }
  });
  close(lines.length);

  const claimsById = new Map(d.claims.map((c) => [c.id, c]));
  const stats: StatItem[] = [];
  const quotes: QuoteItem[] = [];
  const cited: ClaimItem[] = [];
  let ctaLabel: string | undefined;
  for (const use of componentUses(asset.body, asset.bodyLine)) {
    const at = (k: string) => attribute(use.attributes, k);
    if (use.name === 'Stat' && at('value') && at('label')) {
      const source = at('source');
      stats.push({ value: at('value')!, label: at('label')!, claim: source ? claimsById.get(source)?.text : undefined, line: use.line });
    } else if (use.name === 'Quote' && at('text') && at('person')) {
      quotes.push({ text: at('text')!, person: at('person')!, role: at('role'), line: use.line });
    } else if (use.name === 'Claim') {
      const c = claimsById.get(at('id') ?? '');
      if (c && !cited.some((x) => x.id === c.id)) cited.push({ id: c.id, text: c.text, source: claimSource(c), line: use.line });
    } else if (use.name === 'CTA' && !ctaLabel) ctaLabel = at('label');
  }
  const uncited = d.claims
    .filter((c) => !cited.some((x) => x.id === c.id))
    .map((c, i) => ({ id: c.id, text: c.text, source: claimSource(c), line: asset.lineOf(`claims.${d.claims.indexOf(c)}`) ?? asset.lineOf('claims') ?? i }));

  const callouts = [...asset.body.matchAll(/<Callout\b([^>]*)>([\s\S]*?)<\/Callout>/g)].map((m) => ({
    title: attribute(m[1]!, 'title') ?? '',
    text: markdownToText(m[2]!),
  }));

  return {
    title: d.title,
    summary: d.summary,
    intro,
    sections,
    stats,
    quotes,
    claims: [...cited, ...uncited],
    results: 'results' in d ? d.results.map((r) => ({ metric: r.metric, before: r.before, after: r.after })) : [],
    faq: extractFaq(asset.body),
    callouts,
    steps: 'steps' in d ? d.steps : [],
    ctaLabel,
  };
}
