// Hand-written tracked links in content: the one UTM builder makes every tracked link the hub hands
// out, so a utm_* parameter typed into an asset or landing page (a Markdown link, an href, a CTA
// href, any frontmatter URL) must still meet the hub's UTM standard. Each breach is an error naming
// the file, the line, the link and the parameter.
import { quoteFound, type ContentError } from '../errors.ts';
import { handWrittenUtmProblem, type UtmStandard } from '../utm.ts';

/** The parts of a loaded asset or landing page the scan reads. */
export interface LinkedDocument {
  file: string;
  data: unknown;
  body: string;
  bodyLine: number;
  lineOf: (field: string) => number | undefined;
}

/** Runs of URL characters; a token that carries ?utm_ or &utm_ is a tracked link. */
const TOKEN = /[^\s"'<>()[\]{}`]+/g;
const TRACKED = /[?&](?:amp;)?utm_/i;
const ANY_UTM = /utm_/i;
const BASE = 'https://hub.invalid/';

/** Tracked links in a piece of text: the link as written, its column, and its utm_* parameters. */
export function trackedLinks(text: string): { link: string; index: number; params: [key: string, value: string][] }[] {
  const out: { link: string; index: number; params: [string, string][] }[] = [];
  // Nearly all text has no tracked link: one scan answers that before any tokenising.
  if (!ANY_UTM.test(text)) return out;
  // A frontmatter value that is one URL is taken whole, spaces and all (a browser would send them).
  const whole = /^(?:https?:\/\/|\/)[^\n]*$/i.test(text.trim()) ? [{ 0: text.trim(), index: text.indexOf(text.trim()) }] : text.matchAll(TOKEN);
  for (const m of whole) {
    const link = m[0].replace(/[.,;:!?]+$/, '');
    if (!TRACKED.test(link)) continue;
    let url: URL;
    try {
      url = new URL(link.replaceAll('&amp;', '&'), BASE);
    } catch {
      continue;
    }
    const params = [...url.searchParams].filter(([k]) => k.toLowerCase().startsWith('utm_'));
    if (params.length) out.push({ link, index: m.index, params });
  }
  return out;
}

/** How an MDX line uses a link, for the field: `<CTA href>`, `<a href>`, `link` (Markdown) or `URL`. */
function linkPlace(before: string): string {
  if (/\]\($/.test(before)) return 'link';
  if (/\bhref=\{?["']?$/.test(before)) {
    const tag = [...before.matchAll(/<([A-Za-z][\w.-]*)/g)].pop()?.[1];
    return tag ? `<${tag} href>` : 'href';
  }
  return 'URL';
}

const shown = (link: string) => (link.length > 80 ? `${link.slice(0, 77)}...` : link);

function errorsFor(
  doc: LinkedDocument,
  standard: UtmStandard,
  link: { link: string; params: [string, string][] },
  field: string,
  line: number | undefined,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const [key, value] of link.params) {
    const breach = handWrittenUtmProblem(key, value, standard);
    if (breach) errors.push({ name: breach.name, file: doc.file, ...(line ? { line } : {}), field: `${field}?${key}`, expected: breach.expected, found: `${quoteFound(value)} in ${shown(link.link)}` });
  }
  return errors;
}

/** Every string in the frontmatter with its dotted path. */
function strings(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  return [];
}

/** Hand-written utm_* parameters that break the standard, in the frontmatter and the MDX body. */
export function trackedLinkErrors(doc: LinkedDocument, standard: UtmStandard): ContentError[] {
  const errors: ContentError[] = [];
  for (const s of strings(doc.data))
    for (const link of trackedLinks(s.text)) errors.push(...errorsFor(doc, standard, link, s.path, doc.lineOf(s.path)));
  let fence = false;
  doc.body.split('\n').forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) { fence = !fence; return; }
    if (fence) return;
    // Inline code shows a link without making one; blank it out, keeping the columns.
    const line = raw.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    for (const link of trackedLinks(line)) errors.push(...errorsFor(doc, standard, link, linkPlace(line.slice(0, link.index)), doc.bodyLine + i));
  });
  return errors;
}
