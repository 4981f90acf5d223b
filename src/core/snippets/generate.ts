// The repurposing chain for every asset: long → short → carousel → FAQ. From each asset's structure
// come clip scripts, carousels, quote posts, an FAQ post and a post per channel of the portfolio,
// each written in its platform's format, within its limits, with a UTM-tagged link from the one
// builder. Too little material is reported, never padded.
import type { LoadedAsset, LoadedHub, LoadedLanding } from '../content/load.ts';
import type { ContentError } from '../errors.ts';
import type { Channel, HubConfig } from '../schema/hub.ts';
import { assetPagePath } from '../site-model.ts';
import { absoluteUrl } from '../urls.ts';
import { buildUtmUrl, UtmError } from '../utm.ts';
import { SnippetsConfigSchema, type SnippetsConfig } from './config.ts';
import { countBy, UNIT_WORDS } from './count.ts';
import { fitText } from './fit.ts';
import { render, type Message, type Rendered } from './formats.ts';
import { describeCount, hashtagCount, measure, PLATFORM_FORMATS, type Limit, type Measured, type Platform } from './limits.ts';
import { eachSentence, readMaterial, sentences, type Material } from './material.ts';
import type { CarouselSlide, ClipScript, Snippet, SnippetKind, SnippetMedia, SnippetNote } from './model.ts';
import type { PostOverride, SnippetOverrides } from './overrides.ts';
import { epochToLocal, isoDay } from '../cadence/calendar.ts';
import { landingLookup, utmSourceOf, type LandingLookup, type LinkTarget } from './landing.ts';
import { planTimes, type TimeRequest } from './schedule.ts';
import { isSpace } from './whitespace.ts';
import { snippetSuperlatives, type SnippetFinding } from './superlatives.ts';

export type { LandingLookup, LinkTarget } from './landing.ts';

export const QUOTE_CARD = { width: 1080, height: 1080 } as const;
export const CAROUSEL_SLIDE = { width: 1080, height: 1350 } as const;

/** Which platforms each repurposed kind is made for, best first. */
const KIND_PLATFORMS: Record<Exclude<SnippetKind, 'post' | 'thread'>, readonly Platform[]> = {
  clip: ['youtube', 'tiktok', 'instagram'],
  carousel: ['linkedin', 'instagram', 'threads', 'bluesky', 'x', 'mastodon'],
  quote: ['x', 'bluesky', 'threads', 'mastodon', 'linkedin', 'instagram', 'discord', 'reddit'],
  faq: ['reddit', 'discord', 'linkedin', 'threads', 'bluesky', 'mastodon', 'x'],
};

export interface SnippetRun {
  snippets: Snippet[];
  notes: SnippetNote[];
  /** Overrides over their limits, links the UTM standard refuses: the command fails on these. */
  errors: ContentError[];
  /** Superlatives in snippet text that no sourced claim of the asset carries (warnings; `--strict` fails on them). */
  findings: SnippetFinding[];
}

export interface GenerateOptions {
  /** Only this asset (kind/slug); times are still planned with every asset, so they match a full run. */
  only?: string;
  /** Where links go; default: the hub's landing pages (landing.ts), else every link goes to the asset's page. */
  landing?: LandingLookup;
  /** YYYY-MM-DD: a snippet without a suggested time links to a landing page live by then (default: its asset's day). */
  today?: string;
}

// ---------------------------------------------------------------------------------------------
// Ids

const KIND_CODE: Record<string, string> = { 'case-study': 'case-study', benchmark: 'benchmark', methodology: 'methodology' };

/** FNV-1a, 32 bit, base 36: a short stable suffix for shortened ids. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).slice(0, 5);
}

/** `<kind>-<slug>-<suffix>`, shortened with a hash when longer than the UTM standard allows. */
export function snippetId(asset: Pick<LoadedAsset, 'kind' | 'slug'>, suffix: string, maxLength: number): string {
  const full = `${KIND_CODE[asset.kind] ?? asset.kind}-${asset.slug}-${suffix}`;
  if (full.length <= maxLength) return full;
  const tail = `-${shortHash(full)}-${suffix}`;
  const room = maxLength - tail.length;
  const head = `${asset.slug}`.slice(0, Math.max(1, room)).replace(/-+$/, '');
  return `${head}${tail}`;
}

// ---------------------------------------------------------------------------------------------
// Words

/** Runs of non-whitespace, as `s.split(/\s+/).filter(Boolean).length` counts them, without the arrays. */
function words(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
const first = (text: string) => {
  for (const sentence of eachSentence(text)) return sentence;
  return text;
};
const dot = (s: string) => (/[.!?…]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const short = (s: string, max: number) => fitText(s, (t) => [...t].length <= max).text || s.slice(0, max);
// Remembered per section: posts, clip hooks, every clip script and the decks each ask for the same
// section's lead, and sentence segmentation is the costly part.
const leads = new WeakMap<{ paragraphs: Iterable<string> }, string | undefined>();
/** The first sentence of a section worth saying aloud: eight words or more, not an "Updated …" note. */
function lead(sec: { paragraphs: Iterable<string> }): string | undefined {
  if (leads.has(sec)) return leads.get(sec);
  let found: string | undefined;
  search: for (const p of sec.paragraphs)
    for (const x of eachSentence(p))
      if (words(x) >= 8 && !/^updated\b/i.test(x)) {
        found = x;
        break search;
      }
  leads.set(sec, found);
  return found;
}
const curly = (s: string) => `“${s.replace(/^["“]|["”]$/g, '')}”`;

function ctaFor(kind: LoadedAsset['kind']): string {
  return kind === 'case-study' ? 'Read the full case study' : kind === 'benchmark' ? 'See the results and download the data' : 'Read the method, step by step';
}

/** The asset's strongest opening line: a stat, a before/after result, a claim, else its summary. */
function defaultHook(a: LoadedAsset, m: Material): string {
  const who = 'customer' in a.data ? a.data.customer.name : undefined;
  const stat = m.stats[0];
  if (stat) return dot(who ? `${who}: ${stat.value} ${stat.label}` : `${stat.value} ${stat.label}`);
  const r = m.results[0];
  if (r) return dot(`${who ? `${who}, ` : ''}${r.metric}: ${r.before} → ${r.after}`);
  const c = m.claims[0];
  if (c) return dot(c.text);
  return first(m.summary);
}

// ---------------------------------------------------------------------------------------------
// Channels

function pickChannels(channels: readonly Channel[], kind: keyof typeof KIND_PLATFORMS): Channel[] {
  const prefs = KIND_PLATFORMS[kind];
  return channels.filter((c) => prefs.includes(c.platform)).sort((x, y) => prefs.indexOf(x.platform) - prefs.indexOf(y.platform));
}

// ---------------------------------------------------------------------------------------------
// Overrides

function overrideErrors(a: LoadedAsset, o: SnippetOverrides, channels: readonly Channel[], clipChannel: Channel | undefined, link: (c: Channel) => string): { errors: ContentError[]; notes: string[] } {
  const errors: ContentError[] = [];
  const notes: string[] = [];
  const err = (field: string, platform: Platform, m: Measured) =>
    errors.push({
      name: 'SnippetOverLimit',
      file: a.file,
      field,
      line: a.lineOf(field) ?? a.lineOf('snippets'),
      expected: `text that fits ${PLATFORM_FORMATS[platform].name}: at most ${m.max.toLocaleString('en')} ${UNIT_WORDS[m.unit]}`,
      found: describeCount(m),
    });
  const check = (field: string, platform: Platform, limits: readonly Limit[], text: string) => {
    for (const l of limits) {
      const m: Measured = { field, count: countBy(l.unit, text), max: l.max, unit: l.unit, soft: Boolean(l.soft) };
      if (m.count <= m.max) continue;
      if (l.soft) notes.push(`${field}: ${describeCount(m)} (guidance; kept as written)`);
      else err(field, platform, m);
    }
  };

  if (o.hook) {
    for (const c of channels) {
      const f = PLATFORM_FORMATS[c.platform];
      if (f.hookWithin) check('snippets.hook', c.platform, [f.hookWithin], o.hook);
      if (f.thread) check('snippets.hook', c.platform, f.fields.text!, o.hook);
    }
  }
  o.clipHooks?.forEach((h, i) => {
    if (!clipChannel) return;
    const f = PLATFORM_FORMATS[clipChannel.platform];
    check(`snippets.clipHooks.${i}`, clipChannel.platform, f.fields.title ?? f.fields.text!, h);
  });
  for (const [id, post] of Object.entries(o.posts ?? {})) {
    const c = channels.find((x) => x.id === id);
    const field = `snippets.posts.${id}`;
    if (!c) {
      errors.push({ name: 'UnknownChannel', file: a.file, field, line: a.lineOf(field) ?? a.lineOf('snippets'), expected: `a channel id from content/hub.yaml (${channels.map((x) => x.id).join(', ')})`, found: `"${id}"` });
      continue;
    }
    const f = PLATFORM_FORMATS[c.platform];
    const body = (t: string) => withLink(t, link(c));
    if (typeof post === 'string') check(field, c.platform, f.fields.text!, body(post));
    else if (Array.isArray(post)) post.forEach((p, i) => check(`${field}.${i}`, c.platform, f.fields.text!, i === post.length - 1 ? body(p) : p));
    else
      for (const [k, v] of Object.entries(post)) {
        if (v === undefined) continue;
        const limits = f.fields[k];
        if (!limits) {
          errors.push({ name: 'UnknownSnippetField', file: a.file, field: `${field}.${k}`, line: a.lineOf(`${field}.${k}`) ?? a.lineOf('snippets'), expected: `one of the fields ${f.name} has (${Object.keys(f.fields).join(', ')})`, found: `"${k}"` });
          continue;
        }
        check(`${field}.${k}`, c.platform, limits, k === 'text' ? body(v) : v);
      }
    const text = typeof post === 'string' ? post : Array.isArray(post) ? post.join('\n') : (post.text ?? '');
    if (f.maxHashtags !== undefined && hashtagCount(text) > f.maxHashtags)
      errors.push({ name: 'TooManyHashtags', file: a.file, field, line: a.lineOf(field) ?? a.lineOf('snippets'), expected: `at most ${f.maxHashtags} hashtags on ${f.name}`, found: `${hashtagCount(text)} hashtags` });
  }
  return { errors, notes };
}

/** Puts the link where the editor wrote {link}, else on its own line at the end. */
const withLink = (text: string, link: string) => (text.includes('{link}') ? text.replaceAll('{link}', link) : `${text.trimEnd()}\n\n${link}`);

function renderOverride(platform: Platform, post: PostOverride, link: string, generated: Rendered): Rendered {
  if (typeof post === 'string') return { text: withLink(post, link), notes: [] };
  if (Array.isArray(post)) {
    const posts = post.map((p, i) => (i === post.length - 1 ? withLink(p, link) : p));
    return { text: posts.join('\n\n'), posts: posts.length > 1 ? posts : undefined, notes: [] };
  }
  return {
    ...generated,
    text: post.text ? withLink(post.text, link) : generated.text,
    posts: post.text ? undefined : generated.posts,
    title: post.title ?? generated.title,
    subject: post.subject ?? generated.subject,
    preheader: post.preheader ?? generated.preheader,
    notes: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The chain

interface Draft {
  kind: SnippetKind;
  suffix: string;
  channel: Channel;
  message: Message;
  from: string;
  single?: boolean;
  clip?: ClipScript;
  slides?: CarouselSlide[];
  card?: { quote: string; attribution: string };
  media?: Omit<SnippetMedia, 'file' | 'drawn'>[];
  override?: PostOverride;
}

/** Quote candidates in the order Quote, Stat, Claim, Quote, Stat, …: variety first. */
function quoteSources(m: Material) {
  type Q = { hook: string; body: string; card: { quote: string; attribution: string }; from: string };
  const quotes: Q[] = m.quotes.map((q) => ({
    hook: `${curly(q.text)} — ${q.person}${q.role ? `, ${q.role}` : ''}`,
    body: first(m.summary),
    card: { quote: q.text, attribution: `${q.person}${q.role ? `, ${q.role}` : ''}` },
    from: `Quote by ${q.person} (line ${q.line})`,
  }));
  const stats: Q[] = m.stats.map((s) => ({
    hook: dot(`${s.value} ${s.label}`),
    body: s.claim ?? first(m.summary),
    card: { quote: `${s.value} ${s.label}`, attribution: m.title },
    from: `Stat ${s.value} (line ${s.line})`,
  }));
  const claims: Q[] = m.claims.map((c) => ({
    hook: dot(c.text),
    body: `Source: ${c.source}`,
    card: { quote: c.text, attribution: `Source: ${c.source.replace(/^https:\/\//, '')}` },
    from: `Claim ${c.id}${c.line ? ` (line ${c.line})` : ''}`,
  }));
  const out: Q[] = [];
  for (let i = 0; out.length < quotes.length + stats.length + claims.length; i++)
    for (const list of [quotes, stats, claims]) if (list[i]) out.push(list[i]!);
  // The same sentence as a Stat and as its Claim: keep the first.
  const seen = new Set<string>();
  return out.filter((q) => {
    const key = q.card.quote.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 40);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function clipHooks(a: LoadedAsset, m: Material, overrides: readonly string[]): { hook: string; from: string; sectionHint: number }[] {
  const sectionOf = (line: number | undefined) => Math.max(0, m.sections.findLastIndex((s) => line !== undefined && s.line <= line));
  const list = [
    ...overrides.map((h, i) => ({ hook: h, from: `snippets.clipHooks.${i}`, sectionHint: i })),
    ...m.stats.map((s) => ({ hook: dot(`${s.value} ${s.label}`), from: `Stat ${s.value} (line ${s.line})`, sectionHint: sectionOf(s.line) })),
    ...m.results.map((r) => ({ hook: dot(`${r.metric}: ${r.before} → ${r.after}`), from: `result "${r.metric}"`, sectionHint: 0 })),
    ...m.quotes.map((q) => ({ hook: `${curly(q.text)}`, from: `Quote by ${q.person} (line ${q.line})`, sectionHint: sectionOf(q.line) })),
    ...m.claims.map((c) => ({ hook: dot(c.text), from: `Claim ${c.id}`, sectionHint: sectionOf(c.line) })),
    ...m.faq.map((f) => ({ hook: f.question, from: `FAQ "${f.question}"`, sectionHint: 0 })),
    ...m.callouts.filter((c) => c.title).map((c) => ({ hook: dot(c.title), from: `Callout "${c.title}"`, sectionHint: 0 })),
    ...[{ heading: '', paragraphs: m.intro, line: 0 }, ...m.sections]
      .map((s, i) => ({ s, i, l: lead(s) }))
      .filter((x) => x.l && x.l.length <= 160)
      .map((x) => ({ hook: x.l!, from: x.s.heading ? `## ${x.s.heading} (line ${x.s.line})` : 'the introduction', sectionHint: Math.max(0, x.i - 1) })),
  ];
  const seen = new Set<string>();
  return list.filter((h) => {
    const key = h.hook.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 40);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A beat a clip script may say, with its word count (for the script's length). */
interface BeatSource {
  /** Index of its section (-1 for the introduction). */
  section: number;
  say: string;
  onScreen: string;
  words: number;
}

/**
 * What every clip script of an asset draws on, worked out once per asset rather than per hook: the
 * sections' leads and the introduction's sentences, shortened for saying aloud.
 */
function clipBeats(m: Material): { sections: BeatSource[]; intro: () => BeatSource[] } {
  const beat = (section: number, text: string, heading: string): BeatSource => {
    const say = short(text, 220);
    return { section, say, onScreen: short(heading, 48), words: words(say) };
  };
  const sections = m.sections.flatMap((s, i) => {
    const say = lead(s);
    return say ? [beat(i, say, s.heading)] : [];
  });
  let intro: BeatSource[] | undefined;
  return { sections, intro: () => (intro ??= [...m.intro].flatMap(sentences).filter((x) => words(x) >= 8).map((x) => beat(-1, x, m.title))) };
}

/** 3 to 5 beats from the sections in reading order (a window that includes the hook's own section). */
function clipScript(hook: string, beats: ReturnType<typeof clipBeats>, hookSection: number, cta: string): ClipScript | undefined {
  const pool = beats.sections;
  const at = Math.max(0, pool.findIndex((x) => x.section >= hookSection));
  const startAt = Math.max(0, Math.min(at - 1, pool.length - 5));
  const chosen = pool.slice(startAt, startAt + 5);
  if (chosen.length < 3) for (const e of beats.intro()) if (chosen.length < 3) chosen.unshift(e);
  if (chosen.length < 3) return undefined;
  const spoken = words(hook) + words(cta);
  const seconds = (b: readonly BeatSource[]) => Math.round((spoken + b.reduce((n, x) => n + x.words, 0)) / 2.5);
  while (chosen.length > 3 && seconds(chosen) > 60) chosen.pop();
  return { hook, beats: chosen.map((x) => ({ say: x.say, onScreen: x.onScreen })), cta, seconds: Math.min(60, Math.max(15, seconds(chosen))) };
}

function decks(m: Material): { name: string; title: string; slides: CarouselSlide[]; from: string }[] {
  const numbers: CarouselSlide[] = [
    ...m.stats.map((s) => ({ heading: s.value, body: cap(s.label) })),
    ...m.results.map((r) => ({ heading: `${r.before} → ${r.after}`, body: r.metric })),
  ];
  const claims: CarouselSlide[] = m.claims.map((c, i) => ({ heading: `Claim ${i + 1} of ${m.claims.length}`, body: c.text, source: c.source.replace(/^https:\/\//, '') }));
  const sections: CarouselSlide[] = m.sections.flatMap((s) => (lead(s) ? [{ heading: s.heading, body: short(lead(s)!, 220) }] : []));
  const steps: CarouselSlide[] = m.steps.map((s, i) => ({ heading: `Step ${i + 1}`, body: s }));
  const faq: CarouselSlide[] = m.faq.map((f) => ({ heading: f.question, body: short(first(f.answer), 220) }));
  return [
    { name: 'numbers', title: `${m.title} — in numbers`, slides: numbers, from: 'Stat components and results' },
    { name: 'claims', title: 'Every claim, with its source', slides: claims, from: 'claims' },
    { name: 'sections', title: `${m.title} — section by section`, slides: sections, from: '## sections' },
    { name: 'steps', title: `${m.title} — step by step`, slides: steps, from: 'steps' },
    { name: 'faq', title: 'Questions we get, answered', slides: faq, from: 'FAQ' },
  ].map((d) => ({ ...d, title: short(d.title, 90) }));
}

/** Order of an asset's snippets on one channel: its post first, then the kinds in turn (quote, carousel, clip, FAQ). */
function goingOutOrder(list: readonly Draft[]): Draft[] {
  const rest = (['quote', 'carousel', 'clip', 'faq'] as const).map((k) => list.filter((d) => d.kind === k));
  const out = list.filter((d) => d.kind === 'post' || d.kind === 'thread');
  for (let i = 0; out.length < list.length; i++) for (const l of rest) if (l[i]) out.push(l[i]!);
  return out;
}

export function generateSnippets(hub: Pick<LoadedHub, 'config' | 'assets'> & { landings?: readonly LoadedLanding[] }, opts: GenerateOptions = {}): SnippetRun {
  const { config } = hub;
  const cfg: SnippetsConfig = (config as HubConfig & { snippets?: SnippetsConfig }).snippets ?? SnippetsConfigSchema.parse(undefined);
  const snippets: Snippet[] = [];
  const notes: SnippetNote[] = [];
  const errors: ContentError[] = [];
  const maxId = config.utm.naming.maxLength;
  const tz = config.site.timeZone;
  // Without a live landing page every link goes to the asset's page, and no snippet's day is needed.
  const landing = opts.landing ?? (hub.landings?.some((l) => !l.data.draft) ? landingLookup(config, hub.landings) : undefined);
  const perAsset: { a: LoadedAsset; drafts: Draft[]; finish: (times: Map<Draft, string | undefined>) => void }[] = [];

  for (const a of hub.assets) {
    const key = `${a.kind}/${a.slug}`;
    const note = (message: string, level: SnippetNote['level'] = 'info') => notes.push({ asset: key, level, message });
    const m = readMaterial(a);
    const o: SnippetOverrides = (a.data as { snippets?: SnippetOverrides }).snippets ?? {};
    const disclosure = a.data.disclosure.collaboration ? a.data.disclosure.text : undefined;
    const page = absoluteUrl(config.site, assetPagePath(a));
    const cta = ctaFor(a.kind);
    const hashtags = a.data.tags;
    // The local day a snippet goes out decides whether a landing page is live for its link.
    const dayOf = (iso: string | undefined) => (iso ? isoDay(epochToLocal(Date.parse(iso), tz).day) : opts.today && opts.today > a.data.published ? opts.today : a.data.published);
    const target = (c: Channel, iso: string | undefined): LinkTarget => (landing ? landing(a, c, dayOf(iso)) : undefined) ?? { url: page, campaign: a.data.series };
    const linkFor = (c: Channel, id: string, t: LinkTarget) =>
      buildUtmUrl(t.url, { utm_source: utmSourceOf(c, config.utm), utm_medium: c.utmMedium, utm_campaign: t.campaign, utm_content: id }, config.utm);

    const clipChannels = pickChannels(config.channels, 'clip');

    const drafts: Draft[] = [];
    const base = (hook: string, paragraphs: string[], title = m.title): Message => ({ hook, paragraphs, cta, link: '', hashtags, disclosure, title, summary: m.summary });

    // 1. One post per channel of the portfolio.
    const hook = o.hook ?? defaultHook(a, m);
    const results = m.results.length ? [m.results.map((r) => `• ${r.metric}: ${r.before} → ${r.after}`).join('\n')] : [];
    const postBody = [
      m.summary,
      ...results,
      ...m.claims.slice(0, 3).map((c) => c.text),
      ...m.sections.flatMap((s) => (lead(s) ? [`${s.heading} — ${lead(s)}`] : [])),
    ];
    for (const c of config.channels) {
      const thread = PLATFORM_FORMATS[c.platform].thread !== undefined;
      drafts.push({ kind: thread ? 'thread' : 'post', suffix: `post-${c.id}`, channel: c, message: base(hook, postBody), from: 'the whole asset', override: o.posts?.[c.id] });
    }

    // 2. Quote posts (Quote, Stat, Claim), each with a 1080x1080 card.
    const quoteChannels = pickChannels(config.channels, 'quote');
    const qs = quoteSources(m).slice(0, cfg.quotes);
    if (cfg.quotes && qs.length < cfg.quotes) note(`quotes: ${qs.length} of ${cfg.quotes} (the asset has ${m.quotes.length} Quote, ${m.stats.length} Stat and ${m.claims.length} claims to draw on)`);
    if (qs.length && !quoteChannels.length) note('quotes: no channel in the portfolio takes quote posts', 'warning');
    else
      qs.forEach((q, i) =>
        drafts.push({
          kind: 'quote',
          suffix: `quote-${i + 1}`,
          channel: quoteChannels[i % quoteChannels.length]!,
          message: base(q.hook, [q.body]),
          from: q.from,
          single: true,
          card: q.card,
          media: [{ type: 'image', ...QUOTE_CARD, alt: `Quote card: ${curly(q.card.quote)} ${q.card.attribution}. ${config.site.name}.` }],
        }),
      );

    // 3. Clip scripts.
    const hooks = clipHooks(a, m, o.clipHooks ?? []).slice(0, cfg.clips.max);
    if (!clipChannels.length && cfg.clips.max) note('clips: no video channel (YouTube, TikTok, Instagram) in the portfolio, so no clip scripts were written', 'warning');
    else {
      let made = 0;
      const beats = clipBeats(m);
      hooks.forEach((h) => {
        const script = clipScript(h.hook, beats, h.sectionHint, `${cta}: link in the description.`);
        if (!script) return;
        made++;
        drafts.push({
          kind: 'clip',
          suffix: `clip-${made}`,
          channel: clipChannels[(made - 1) % clipChannels.length]!,
          message: base(h.hook, [script.beats.map((b) => b.say).join(' ')], h.hook.replace(/^“|”$/g, '')),
          from: h.from,
          single: true,
          clip: script,
        });
      });
      if (made < cfg.clips.min) note(`clips: ${made} of at least ${cfg.clips.min} (only ${hooks.length} distinct hooks from stats, results, quotes, claims, FAQ and callouts${m.sections.length < 3 ? `, and ${m.sections.length} sections for beats` : ''})`);
    }

    // 4. Carousels: the first decks with enough slides (cover + content + closing slide).
    const carouselChannels = pickChannels(config.channels, 'carousel');
    const usable = decks(m).filter((d) => d.slides.length + 2 >= cfg.slides.min);
    if (cfg.carousels && usable.length < cfg.carousels)
      note(`carousels: ${Math.min(usable.length, cfg.carousels)} of ${cfg.carousels} (a deck needs ${cfg.slides.min - 2} slides of stats, claims, sections, steps or FAQ; this asset has ${m.stats.length + m.results.length} numbers, ${m.claims.length} claims, ${m.sections.length} sections, ${m.steps.length} steps, ${m.faq.length} questions)`);
    if (usable.length && cfg.carousels && !carouselChannels.length) note('carousels: no channel in the portfolio takes carousels (LinkedIn, Instagram, Threads, Bluesky, X, Mastodon)', 'warning');
    else
      usable.slice(0, cfg.carousels).forEach((d, i) => {
        const content = d.slides.slice(0, cfg.slides.max - 2);
        const slides: CarouselSlide[] = [
          { heading: d.title, body: first(m.summary) },
          ...content,
          { heading: cta, body: page.replace(/^https:\/\//, '') },
        ];
        drafts.push({
          kind: 'carousel',
          suffix: `carousel-${i + 1}`,
          channel: carouselChannels[i % carouselChannels.length]!,
          message: base(dot(d.title), [first(m.summary)]),
          from: d.from,
          slides,
          media: slides.map((s, n) => ({ type: 'image' as const, ...CAROUSEL_SLIDE, alt: `Slide ${n + 1} of ${slides.length}: ${s.heading}. ${s.body}${s.source ? ` Source: ${s.source}.` : ''}` })),
        });
      });

    // 5. The FAQ post.
    if (cfg.faq) {
      const faqChannels = pickChannels(config.channels, 'faq');
      if (!m.faq.length) note('faq: no FAQ post (the asset has no <FAQ>)');
      else if (!faqChannels.length) note('faq: no channel in the portfolio takes an FAQ post', 'warning');
      else
        drafts.push({
          kind: 'faq',
          suffix: 'faq',
          channel: faqChannels[0]!,
          message: base(`${m.faq.length === 1 ? 'A question' : `${m.faq.length} questions`} we get about ${m.title.replace(/:.*$/, '')}, answered.`, m.faq.map((f) => `Q: ${f.question}\nA: ${f.answer}`), `${m.title}: your questions answered`),
          from: `FAQ (${m.faq.length} questions)`,
        });
    }

    const finish = (times: Map<Draft, string | undefined>) => {
      // Overrides are checked with the link their post really carries (its landing page, if any).
      const postTime = (c: Channel) => times.get(drafts.find((d) => d.suffix === `post-${c.id}`)!);
      const checked = overrideErrors(a, o, config.channels, clipChannels[0], (c) => {
        try {
          return linkFor(c, snippetId(a, `post-${c.id}`, maxId), target(c, postTime(c)));
        } catch {
          return page;
        }
      });
      errors.push(...checked.errors);
      checked.notes.forEach((n) => note(n, 'warning'));

      for (const d of drafts) {
        const id = snippetId(a, d.suffix, maxId);
        const to = target(d.channel, times.get(d));
        let link: string;
        try {
          link = linkFor(d.channel, id, to);
        } catch (e) {
          if (!(e instanceof UtmError)) throw e;
          errors.push({ name: 'BadSnippetLink', file: a.file, field: `utm.${e.field}`, expected: e.expected, found: `"${e.found}" in the link of snippet ${id}` });
          continue;
        }
        const message = { ...d.message, link };
        const generated = render(d.channel.platform, message, { single: d.single });
        const r = d.override ? renderOverride(d.channel.platform, d.override, link, generated) : generated;
        for (const n of r.notes) note(`${id}: ${n}`);
        const dir = `${a.kind}/${a.slug}/images`;
        const media: SnippetMedia[] = (d.media ?? []).map((x, n) => ({ ...x, file: `${dir}/${id}${d.media!.length > 1 ? `-${n + 1}` : ''}.png`, drawn: false }));
        const platform = d.channel.platform;
        const counts: Measured[] = [
          ...(r.posts ?? [r.text]).flatMap((t) => measure(platform, 'text', t)),
          ...(['title', 'subject', 'preheader', 'firstComment'] as const).flatMap((k) => (r[k] !== undefined ? measure(platform, k, r[k]!) : [])),
        ];
        const over = counts.filter((c) => !c.soft && c.count > c.max);
        if (over.length && !d.override) throw new Error(`snippet ${id} exceeds ${over.map((c) => `${c.field} ${c.count}/${c.max}`).join(', ')}: a bug in the formats`);
        snippets.push({
          id,
          asset: key,
          kind: d.kind,
          channel: d.channel.id,
          platform,
          text: r.text,
          ...(r.posts ? { posts: r.posts } : {}),
          ...(r.title !== undefined ? { title: r.title } : {}),
          ...(r.subject !== undefined ? { subject: r.subject } : {}),
          ...(r.preheader !== undefined ? { preheader: r.preheader } : {}),
          link,
          ...(to.landing ? { landing: to.landing } : {}),
          media,
          ...(r.firstComment ? { firstComment: r.firstComment } : {}),
          ...(times.get(d) ? { suggestedTime: times.get(d) } : {}),
          status: 'draft',
          ...(disclosure ? { disclosure } : {}),
          from: d.from,
          override: Boolean(d.override),
          ...(d.clip ? { clip: d.clip } : {}),
          ...(d.slides ? { slides: d.slides } : {}),
          ...(d.card ? { card: d.card } : {}),
          counts,
        });
      }
    };
    perAsset.push({ a, drafts, finish });
  }

  // Suggested times for every asset at once (a channel never gets two snippets at one time).
  const requests: (TimeRequest & { list: Draft[] })[] = [];
  for (const { a, drafts } of perAsset)
    for (const c of config.channels) {
      const list = goingOutOrder(drafts.filter((d) => d.channel.id === c.id));
      if (list.length) requests.push({ asset: `${a.kind}/${a.slug}`, series: a.data.series, published: a.data.published, channel: c, count: list.length, draft: a.data.draft, list });
    }
  const plan = planTimes(config, requests, { spreadDays: cfg.spreadDays });
  const times = new Map<Draft, string | undefined>();
  requests.forEach((r, i) => r.list.forEach((d, n) => times.set(d, plan.times[i]![n])));
  for (const x of perAsset) x.finish(times);
  notes.push(...plan.notes);

  const findings = snippetSuperlatives(snippets, hub.assets, config);
  if (opts.only) {
    const mine = (asset: string) => asset === opts.only;
    const file = hub.assets.find((a) => `${a.kind}/${a.slug}` === opts.only)?.file;
    return { snippets: snippets.filter((s) => mine(s.asset)), notes: notes.filter((n) => mine(n.asset)), errors: errors.filter((e) => e.file === file), findings: findings.filter((f) => mine(f.asset)) };
  }
  return { snippets, notes, errors, findings };
}

/** True when every hard limit of every field holds (what the property tests assert). */
export function withinLimits(s: Pick<Snippet, 'counts'>): boolean {
  return s.counts.every((c) => c.soft || c.count <= c.max);
}

