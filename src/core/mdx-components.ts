// The MDX components editors may use. The site registers exactly these; the content check
// refuses any other capitalised tag, so a typo fails with the file name instead of a render error.
export const MDX_COMPONENTS = [
  'Stat', 'Quote', 'Claim', 'FAQ', 'Question', 'Figure', 'BenchmarkTable', 'BarChart', 'Callout', 'CTA',
] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

/** Attribute text up to the tag's end: a `>` inside quotes does not end it. */
const ATTRS = `(?:[^>"']|"[^"]*"|'[^']*')*`;

export interface ComponentUse {
  name: string;
  line: number;
  /** Attribute text as written, e.g. id="cut-spoilage" */
  attributes: string;
}

// Compiled once: matchAll copies it, so sharing one global RegExp is safe.
const COMPONENT_TAG = new RegExp(`<([A-Z][A-Za-z0-9]*)\\b(${ATTRS})`, 'g');

/** Capitalised JSX tags in an MDX body, skipping fenced and inline code. */
export function componentUses(body: string, firstLine = 1): ComponentUse[] {
  const uses: ComponentUse[] = [];
  let inFence = false;
  body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) { inFence = !inFence; return; }
    // Most lines hold no tag at all: skip the code stripping and the tag pattern for them.
    if (inFence || !raw.includes('<')) return;
    const line = raw.replace(/`[^`]*`/g, '');
    for (const m of line.matchAll(COMPONENT_TAG)) {
      uses.push({ name: m[1], line: firstLine + i, attributes: m[2] });
    }
  });
  return uses;
}

/** Names brought in by `import X from '...'` lines, which are allowed as components. */
export function importedNames(body: string): Set<string> {
  const names = new Set<string>();
  for (const m of body.matchAll(/^import\s+(?:(\w+)\s*,?\s*)?(?:\{([^}]*)\})?/gm)) {
    if (m[1]) names.add(m[1]);
    if (m[2]) m[2].split(',').forEach((n) => names.add(n.trim().split(/\s+as\s+/).pop() ?? ''));
  }
  return names;
}

/** Reads a string attribute such as id="x" from a tag's attribute text. */
export function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return m ? (m[1] ?? m[2]) : undefined;
}

const TAG = new RegExp(`</?[A-Za-z][\\w.-]*${ATTRS}/?>`, 'g');

/** Markdown to plain text, enough for JSON-LD answers and snippets: no tags, links, emphasis. */
export function markdownToText(md: string): string {
  // Each pass runs only when its marker character is there: snippets ask this of short plain
  // sentences 100,000s of times (a tenth of snippet time at 5,000 assets), and most hold none.
  let t = md;
  if (t.includes('<')) t = t.replace(TAG, ' ');
  if (t.includes('[')) t = t.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  if (t.includes('#')) t = t.replace(/^\s{0,3}#{1,6}\s+/gm, '');
  if (t.includes('>')) t = t.replace(/^\s{0,3}>\s?/gm, '');
  if (t.includes('-') || t.includes('*') || t.includes('+')) t = t.replace(/^\s*[-*+]\s+/gm, '');
  if (t.includes('*') || t.includes('_')) {
    t = t.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2').replace(/(^|[^\w*])([*_])(?=\S)([\s\S]*?\S)\2(?![\w*])/g, '$1$3');
  }
  if (t.includes('`')) t = t.replace(/`([^`]*)`/g, '$1');
  return t.replace(/\s+/g, ' ').trim();
}

/** The questions and answers of every <Question q="..."> in an MDX body, for FAQPage JSON-LD. */
export function extractFaq(body: string): { question: string; answer: string }[] {
  const out: { question: string; answer: string }[] = [];
  for (const m of body.matchAll(new RegExp(`<Question\\b(${ATTRS})>([\\s\\S]*?)</Question>`, 'g'))) {
    const question = attribute(m[1], 'q');
    const answer = markdownToText(m[2]);
    if (question && answer) out.push({ question, answer });
  }
  return out;
}
