// The output folder: per asset and channel a Markdown file a person reviews and a JSON file tools
// read, an index with the report, and snippets.json with everything. Written beside the previous
// output and swapped in, so a failed or interrupted run leaves the previous output as it was.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { swapDir } from '../swap-dir.ts';
import { dirname, join } from 'node:path';
import type { Channel, HubConfig } from '../schema/hub.ts';
import { PLATFORM_FORMATS } from './limits.ts';
import { UNIT_WORDS } from './count.ts';
import type { Snippet, SnippetNote } from './model.ts';
import type { SnippetFinding } from './superlatives.ts';

/** A file to write: its text, its bytes already encoded, or a file to copy. */
export type OutputFile = { path: string; text: string } | { path: string; bytes: Uint8Array } | { path: string; copyFrom: string };

const KIND_WORDS: Record<Snippet['kind'], string> = { post: 'Post', thread: 'Thread', quote: 'Quote post', clip: 'Clip script', carousel: 'Carousel', faq: 'FAQ post' };

// Intl formatters are costly to make and cheap to use: one per time zone (a new one per snippet
// was 0.3 s of a 1,000-asset build), and one for counts (what toLocaleString('en') makes each call).
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const COUNT_FORMAT = new Intl.NumberFormat('en');

/** "Tue 16 Jun 2026, 08:30" in the hub's time zone. */
export function localTime(iso: string, timeZone: string): string {
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
}

/** A fence longer than any run of backticks in the text, so the text shows exactly as written. */
function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

const countLine = (s: Snippet) =>
  s.counts
    .filter((c, i, all) => all.findIndex((x) => x.field === c.field && x.unit === c.unit) === i || s.posts)
    .map((c) => `${c.field} ${COUNT_FORMAT.format(c.count)}/${COUNT_FORMAT.format(c.max)}${c.soft ? ' (guidance)' : ''} ${UNIT_WORDS[c.unit].split(' (')[0]}`)
    .filter((line, i, all) => all.indexOf(line) === i)
    .join(' · ');

export function channelMarkdown(assetTitle: string, pageUrl: string, channel: Channel, list: readonly Snippet[], config: Pick<HubConfig, 'site'>): string {
  const f = PLATFORM_FORMATS[channel.platform];
  const tz = config.site.timeZone;
  const out: string[] = [
    `# ${f.name} (${channel.id}) · ${assetTitle}`,
    '',
    `${list.length} draft${list.length === 1 ? '' : 's'} for review. Nothing here is published: import into a scheduler, or copy and paste.`,
    `Page: ${pageUrl} · channel role: ${channel.role} · KPI: ${channel.kpi.primary}${channel.kpi.secondary ? `, ${channel.kpi.secondary}` : ''} · times in ${tz}.`,
  ];
  const disclosure = list.find((s) => s.disclosure)?.disclosure;
  if (disclosure) out.push('', `> **Collaboration disclosure, in every snippet below (keep it):** ${disclosure}`);
  list.forEach((s, i) => {
    out.push('', `## ${i + 1}. ${KIND_WORDS[s.kind]}${s.suggestedTime ? ` · ${localTime(s.suggestedTime, tz)}` : ' · no slot found'} · ${s.status}`, '');
    out.push(`id \`${s.id}\` · made from ${s.from}${s.override ? ' · **editor override**' : ''}`);
    if (s.landing) out.push(`links to landing page \`${s.landing.slug}\`, variant \`${s.landing.variant}\` (${s.link.split('?')[0]})`);
    out.push(`counts: ${countLine(s)}`);
    if (s.title !== undefined) out.push('', `**Title:** ${s.title}`);
    if (s.subject !== undefined) out.push('', `**Subject:** ${s.subject}`, '', `**Preheader:** ${s.preheader ?? ''}`);
    if (s.posts) s.posts.forEach((p, n) => out.push('', `Post ${n + 1} of ${s.posts!.length}:`, '', fenced(p)));
    else out.push('', fenced(s.text));
    if (s.firstComment) out.push('', `**First comment:** ${s.firstComment}`);
    if (s.clip) {
      out.push('', `**Script** (about ${s.clip.seconds} s):`, '', '| Say | On screen |', '| --- | --- |', `| ${s.clip.hook} | (hook) |`);
      for (const b of s.clip.beats) out.push(`| ${b.say.replace(/\|/g, '\\|')} | ${b.onScreen.replace(/\|/g, '\\|')} |`);
      out.push(`| ${s.clip.cta} | (end card: link) |`);
    }
    if (s.slides) {
      out.push('', '**Slides:**', '');
      s.slides.forEach((sl, n) => out.push(`${n + 1}. **${sl.heading}** — ${sl.body}${sl.source ? ` (source: ${sl.source})` : ''}`));
    }
    if (s.media.length) {
      out.push('', '**Images** (alt text beside each):', '');
      for (const m of s.media) {
        const rel = m.file.split('/').slice(2).join('/');
        out.push(m.drawn ? `- ![${m.alt.replace(/[[\]]/g, '')}](${rel}) ${m.width}x${m.height}: ${m.alt}` : `- not drawn yet (outside the posting window; \`npm run snippets -- --all-images\`): ${m.alt}`);
      }
    }
  });
  return `${out.join('\n')}\n`;
}

/** Items by key, keys in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

export interface IndexInput {
  today: string;
  windowDays: number;
  snippets: readonly Snippet[];
  notes: readonly SnippetNote[];
  images: { drew: number; reused: number; skipped: number };
  /** Superlatives no sourced claim backs (superlatives.ts). */
  findings?: readonly SnippetFinding[];
}

export function indexMarkdown(i: IndexInput, config: Pick<HubConfig, 'site' | 'channels'>): string {
  // Grouped once: filtering every snippet per asset was quadratic (0.3 s at 1,000 assets, 8 s at 5,000).
  const byAsset = groupBy(i.snippets, (s) => s.asset);
  const assets = [...byAsset.keys()];
  const kinds = ['post', 'thread', 'quote', 'clip', 'carousel', 'faq'] as const;
  const lines = [
    `# Social snippets · ${config.site.name}`,
    '',
    `Drafts made for ${i.today} (posting window: ${i.windowDays} days). ${i.snippets.length} snippets from ${assets.length} assets for ${config.channels.length} channels. Every snippet is a draft: review, then import or paste.`,
    '',
    // How many were drawn or reused this time is the command's own summary line: the folder holds
    // only what its content decides, so an unchanged rebuild writes nothing (stageOutput).
    `Images: ${i.images.drew + i.images.reused} in place; ${i.images.skipped} for snippets after the posting window are not drawn (\`npm run snippets -- --all-images\` draws them).`,
    '',
    `| Asset | ${kinds.join(' | ')} | Channels |`,
    `| --- | ${kinds.map(() => '---:').join(' | ')} | --- |`,
  ];
  for (const [a, mine] of byAsset) {
    const channels = [...new Set(mine.map((s) => s.channel))].map((c) => `[${c}](${a}/${c}.md)`).join(', ');
    lines.push(`| ${a} | ${kinds.map((k) => mine.filter((s) => s.kind === k).length).join(' | ')} | ${channels} |`);
  }
  const scheduled = i.snippets.filter((s) => s.suggestedTime).length;
  const landing = i.snippets.filter((s) => s.landing).length;
  lines.push('', `Times: ${scheduled} of ${i.snippets.length} snippets have a suggested time (the series' posting days and each channel's posting times; see Notes for the rest). Links: ${landing} go to a landing-page variant, the others to the asset's page. Scheduler files and the calendar are in [exports/](exports/README.md).`);
  if (i.findings?.length) {
    lines.push('', '## Superlatives', '', `${i.findings.length} snippet${i.findings.length === 1 ? '' : 's'} make an absolute claim that no sourced claim of the asset carries (warnings; \`npm run snippets -- --strict\` fails on them):`, '');
    for (const f of i.findings) lines.push(`- **warning** [${f.snippet}](${f.asset}/${f.channel}.md) ${f.field}: "${f.phrase}" (back it with a claim in \`${f.file}\`, or soften it)`);
  }
  if (i.notes.length) {
    lines.push('', '## Notes', '', 'Where an asset had too little material, fewer snippets were made: nothing is padded.', '');
    for (const n of i.notes) lines.push(`- ${n.level === 'warning' ? '**warning** ' : ''}${n.asset}: ${n.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Output written beside its folder, not yet in place: `commit` swaps it in, `discard` drops it. */
export interface StagedOutput {
  commit(): void;
  discard(): void;
  /** The folder already holds exactly these files: nothing was written, commit does nothing. */
  unchanged: boolean;
}

/** Written into the output folder: the digest of what it holds, so an unchanged rebuild writes nothing. */
export const OUTPUT_DIGEST_FILE = '.digest';

const bytesOf = (f: OutputFile): Uint8Array => ('bytes' in f ? f.bytes : 'text' in f ? Buffer.from(f.text) : readFileSync(f.copyFrom));

/** A digest of the files by path and content (`bytes[i]` is what `files[i]` holds). */
function digestOf(files: readonly OutputFile[], bytes: readonly Uint8Array[]): string {
  const h = createHash('sha256');
  const order = files.map((_, i) => i).sort((a, b) => (files[a]!.path < files[b]!.path ? -1 : files[a]!.path > files[b]!.path ? 1 : 0));
  for (const i of order) h.update(files[i]!.path).update('\0').update(bytes[i]!).update('\0');
  return h.digest('hex');
}

/** Whether `outDir` holds this digest and as many files as it recorded (a deleted file is noticed). */
function holds(outDir: string, digest: string, count: number): boolean {
  try {
    if (readFileSync(join(outDir, OUTPUT_DIGEST_FILE), 'utf8').trim() !== digest) return false;
    const present = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    return present === count + 1;
  } catch {
    return false;
  }
}

/**
 * Writes every file into a fresh folder beside `outDir` and leaves it there until `commit`, so the
 * build can write snippets while the site is still building and swap them in only when it succeeds.
 * The previous output is removed only once the new one is in place. When `outDir` already holds
 * exactly these files (by digest) nothing is written: rewriting 8,000 unchanged files took 3 s of a
 * 1,000-asset rebuild.
 */
export function stageOutput(outDir: string, files: readonly OutputFile[]): StagedOutput {
  // Each text is encoded once, for the digest and the write (1,000 assets: 150 MB of drafts).
  const bytes = files.map(bytesOf);
  const digest = digestOf(files, bytes);
  if (holds(outDir, digest, files.length)) return { commit: () => {}, discard: () => {}, unchanged: true };
  const tag = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const next = `${outDir}.next-${tag}`;
  const discard = () => rmSync(next, { recursive: true, force: true });
  try {
    const made = new Set<string>();
    files.forEach((f, i) => {
      const to = join(next, f.path);
      const dir = dirname(to);
      if (!made.has(dir)) mkdirSync(dir, { recursive: true });
      made.add(dir);
      writeFileSync(to, bytes[i]!);
    });
    mkdirSync(next, { recursive: true });
    writeFileSync(join(next, OUTPUT_DIGEST_FILE), `${digest}\n`);
  } catch (err) {
    discard();
    throw err;
  }
  return {
    commit: () => {
      try {
        swapDir(next, outDir, tag);
      } finally {
        discard();
      }
    },
    discard,
    unchanged: false,
  };
}

/** Writes every file and swaps them in at once; an error before the swap leaves the old output untouched. */
export function writeOutput(outDir: string, files: readonly OutputFile[]): void {
  stageOutput(outDir, files).commit();
}
