// Built-in post formats: one neutral message, written out the way each platform reads it (LinkedIn
// hook before the fold, an X thread, an Instagram caption with the link in the first comment, a
// Reddit title and body, an e-mail subject, preheader and body…), every field fitted to its limits.
// Required parts (hook, disclosure, link) are kept whole; body paragraphs are cut or dropped.
import { fitText, splitThread, type Fits } from './fit.ts';
import { fits, PLATFORM_FORMATS, type Limit, type Platform } from './limits.ts';

export interface Message {
  /** The opening line: the promise of the post. */
  hook: string;
  /** Body paragraphs, most important first; the ones that do not fit are left out. */
  paragraphs: string[];
  /** Words before the link, e.g. "Read the case study". */
  cta: string;
  link: string;
  /** Without the #. */
  hashtags: string[];
  /** Collaboration disclosure, kept word for word in every format. */
  disclosure?: string;
  /** Title for YouTube, Reddit, the e-mail subject. */
  title: string;
  /** A sentence or two: the e-mail preheader. */
  summary: string;
}

export interface Rendered {
  text: string;
  posts?: string[];
  title?: string;
  subject?: string;
  preheader?: string;
  firstComment?: string;
  /** What was cut or left out, for the report. */
  notes: string[];
}

const fitsAll = (limits: readonly Limit[]): Fits => (t) => fits(limits, t);
const join = (parts: readonly (string | undefined)[]) => parts.filter((p) => p && p.trim()).join('\n\n');
/** A part as join keeps it: blank parts are left out. */
const part = (p: string) => (p.trim() ? p : '');
/** join([a, b]) of two texts that are each a join's result (so empty or kept whole). */
const glue = (a: string, b: string) => (a && b ? `${a}\n\n${b}` : a || b);
// A tag's hashtag, remembered: every post of every asset writes the same few tags again.
const hashtags = new Map<string, string>();
function hashtag(tag: string): string {
  let h = hashtags.get(tag);
  if (h === undefined) {
    h = `#${tag.replace(/(^|[^\p{L}\p{N}]+)(.)?/gu, (_, _sep: string, c: string | undefined) => (c ? c.toUpperCase() : ''))}`;
    if (hashtags.size < 10_000) hashtags.set(tag, h);
  }
  return h;
}
const tags = (list: readonly string[], max: number) => list.slice(0, max).map((t) => hashtag(t)).join(' ');

/**
 * head + as many body paragraphs as fit + tail, within `ok`. The first paragraph that does not fit
 * whole is cut at a sentence or word boundary when enough of it fits; the rest are left out.
 */
function compose(head: readonly (string | undefined)[], body: readonly string[], tail: readonly (string | undefined)[], ok: Fits, notes: string[]): string {
  const base = join([...head, ...tail]);
  if (!ok(base)) {
    // Even the required parts do not fit: cut the first head part (the hook), never disclosure or link.
    const [first, ...rest] = head;
    const others = join([...rest, ...tail]);
    const hook = fitText(first ?? '', (t) => ok(join([t, others])));
    notes.push('the hook was shortened to make room for the disclosure and the link');
    return join([hook.text, others]);
  }
  // The text so far and the tail, each already joined: trying a paragraph glues three strings
  // instead of joining every kept paragraph again (which made long posts quadratic).
  const back = join(tail);
  let front = join(head);
  let kept = 0;
  for (const p of body) {
    if (ok(glue(glue(front, part(p)), back))) {
      front = glue(front, part(p));
      kept++;
      continue;
    }
    // Worth keeping only if a real part of the paragraph fits.
    const cut = fitText(p, (t) => ok(glue(glue(front, part(t)), back)));
    const keptCut = cut.text.length >= 80;
    if (keptCut) {
      front = glue(front, part(cut.text));
      kept++;
    }
    const left = body.length - kept;
    notes.push(`${keptCut ? 'one paragraph shortened' : ''}${keptCut && left ? ', ' : ''}${left ? `${left} paragraph(s) left out` : ''} to fit`);
    break;
  }
  return glue(front, back);
}

/** A thread: hook (+ disclosure) first, then the body, then the link; trailing body posts dropped past maxPosts. */
function thread(platform: Platform, m: Message, hashtagCount: number, notes: string[]): { posts: string[]; text: string } {
  const f = PLATFORM_FORMATS[platform];
  const ok = fitsAll(f.fields.text!);
  const max = f.thread?.maxPosts ?? 1;
  const last = join([`${m.cta}: ${m.link}`, tags(m.hashtags, hashtagCount)]);
  let body = [...m.paragraphs];
  for (;;) {
    const { posts, dropped } = splitThread([m.hook, m.disclosure ?? '', ...body, last], ok);
    if (posts.length <= max || body.length === 0) {
      if (dropped.length) notes.push(`left out what cannot fit one post: ${dropped.map((d) => d.slice(0, 40)).join(', ')}`);
      if (body.length < m.paragraphs.length) notes.push(`${m.paragraphs.length - body.length} paragraph(s) left out to keep the thread within ${max} posts`);
      return { posts, text: posts.join('\n\n') };
    }
    body = body.slice(0, -1);
  }
}

const clean = (platform: Platform, s: string) => {
  const forbidden = PLATFORM_FORMATS[platform].forbidden;
  return forbidden ? s.replace(forbidden, '') : s;
};

/** A message written for one platform, every field within its limits. `single` keeps a short kind (a quote) to one post. */
export function render(platform: Platform, msg: Message, opts: { single?: boolean } = {}): Rendered {
  const f = PLATFORM_FORMATS[platform];
  const notes: string[] = [];
  const m: Message = { ...msg, hook: clean(platform, msg.hook), paragraphs: msg.paragraphs.map((p) => clean(platform, p)), title: clean(platform, msg.title) };
  const limits = (field: string) => f.fields[field]!;
  const hook = f.hookWithin ? fitText(m.hook, fitsAll([f.hookWithin])).text : m.hook;
  const maxTags = f.maxHashtags ?? 2;

  switch (platform) {
    case 'x':
    case 'bluesky':
    case 'mastodon':
    case 'threads': {
      const hashtagCount = platform === 'x' || platform === 'bluesky' ? 1 : 3;
      if (opts.single) {
        const text = compose([m.hook, m.disclosure], m.paragraphs, [`${m.cta}: ${m.link}`], fitsAll(limits('text')), notes);
        if (fits(limits('text'), text)) return { text, notes };
      }
      const t = thread(platform, m, hashtagCount, notes);
      return { text: t.text, posts: t.posts.length > 1 ? t.posts : undefined, notes };
    }
    case 'linkedin': {
      const text = compose([hook, m.disclosure], m.paragraphs, [`${m.cta}: ${m.link}`, tags(m.hashtags, maxTags)], fitsAll(limits('text')), notes);
      return { text, notes };
    }
    case 'instagram':
    case 'tiktok': {
      const text = compose([hook, m.disclosure], m.paragraphs, [`${m.cta}: link in bio.`, tags(m.hashtags, maxTags)], fitsAll(limits('text')), notes);
      const firstComment = `${m.cta}: ${m.link}`;
      return { text, firstComment, notes };
    }
    case 'youtube': {
      const title = fitText(m.title, fitsAll(limits('title'))).text;
      const text = compose([m.hook, m.disclosure], m.paragraphs, [`${m.cta}: ${m.link}`, `${tags(m.hashtags, maxTags - 1)} #Shorts`.trim()], fitsAll(limits('text')), notes);
      return { text, title, notes };
    }
    case 'reddit': {
      const title = fitText(m.title, fitsAll(limits('title'))).text;
      const text = compose([m.disclosure, m.hook], m.paragraphs, [`${m.cta}: ${m.link}`], fitsAll(limits('text')), notes);
      return { text, title, notes };
    }
    case 'discord': {
      const text = compose([`**${m.title}**`, m.hook, m.disclosure], m.paragraphs, [`${m.cta}: ${m.link}`], fitsAll(limits('text')), notes);
      return { text, notes };
    }
    case 'email': {
      const subject = fitText(m.title, fitsAll(limits('subject'))).text;
      const preheader = fitText(m.summary, fitsAll(limits('preheader'))).text;
      const text = compose([m.hook, m.disclosure], m.paragraphs.slice(0, 2), [`${m.cta} → ${m.link}`], fitsAll(limits('text')), notes);
      return { text, subject, preheader, notes };
    }
  }
}
