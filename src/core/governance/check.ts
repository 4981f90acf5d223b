// Governance: the 5-minute brand-safety QA as build checks. The publishing gate (a public asset has a
// complete review record), claim sources (well-formed https, cited assets published), the
// superlatives lint (the "narrative lock" trap) and disclosure of collaborations.
import type { ContentError } from '../errors.ts';
import type { Finding, Severity } from '../cadence/findings.ts';
import { BUILT_IN_ALLOWED, BUILT_IN_SUPERLATIVES, type Governance } from './config.ts';
import { hasAnyPhrase, phrasePattern, withoutAllowed } from './phrases.ts';

/** The fields of an asset governance reads; LoadedAsset fits. */
export interface GovernedAsset {
  kind: string;
  slug: string;
  file: string;
  body: string;
  bodyLine: number;
  lineOf: (field: string) => number | undefined;
  data: {
    title: string;
    description: string;
    summary: string;
    published: string;
    updated?: string | undefined;
    draft: boolean;
    claims: { id: string; text: string; source: { url?: string | undefined; data?: string | undefined; asset?: string | undefined } }[];
    review?: { claims: boolean; sources: boolean; disclosure: boolean; policy: boolean; tone: boolean; reviewer?: string | undefined; date?: string | undefined } | undefined;
    disclosure: { collaboration: boolean; partner?: string | undefined; text?: string | undefined };
  };
}

export const REVIEW_CHECKS = ['claims', 'sources', 'disclosure', 'policy', 'tone', 'reviewer', 'date'] as const;

type Status = 'live' | 'scheduled' | 'draft';
const statusOf = (a: { data: { draft: boolean; published: string } }, today: string): Status =>
  a.data.draft ? 'draft' : a.data.published <= today ? 'live' : 'scheduled';
const keyOf = (a: { kind: string; slug: string }) => `${a.kind}/${a.slug}`;

/** Review fields still missing: checks not ticked, no reviewer, no date. */
export function missingReview(review: GovernedAsset['data']['review']): string[] {
  if (!review) return [...REVIEW_CHECKS];
  return REVIEW_CHECKS.filter((k) => (k === 'reviewer' || k === 'date' ? !review[k] : review[k] !== true));
}

/** The publishing gate: public assets fail without a complete record; scheduled ones warn; drafts are noted. */
export function reviewGate(assets: readonly GovernedAsset[], today: string, leadDays: number): Finding[] {
  const out: Finding[] = [];
  for (const a of assets) {
    const status = statusOf(a, today);
    const missing = missingReview(a.data.review);
    const where = { asset: keyOf(a), file: a.file, line: a.lineOf('review') ?? a.lineOf('title'), field: 'review', date: a.data.published };
    if (missing.length) {
      const list = missing.join(', ');
      if (status === 'live') out.push({ kind: 'ReviewIncomplete', severity: 'error', ...where, message: `${keyOf(a)} is public (since ${a.data.published}) without a complete review: missing ${list}` });
      else if (status === 'scheduled') out.push({ kind: 'ReviewPending', severity: 'warning', ...where, message: `${keyOf(a)} goes live on ${a.data.published} and its review is missing ${list}: the build fails that day unless it is done` });
      else out.push({ kind: 'ReviewPending', severity: 'info', ...where, message: `${keyOf(a)} (draft, planned ${a.data.published}) review missing ${list}; ready for review by ${minusDays(a.data.published, leadDays)}` });
    } else if (status === 'live' && a.data.review?.date && a.data.review.date > (a.data.updated ?? a.data.published)) {
      out.push({ kind: 'ReviewAfterPublish', severity: 'warning', ...where, field: 'review.date', message: `${keyOf(a)} was reviewed on ${a.data.review.date}, after it went live (${a.data.updated ?? a.data.published}): review before publishing` });
    }
  }
  return out;
}

function minusDays(iso: string, n: number): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - n);
  return t.toISOString().slice(0, 10);
}

/** Why a URL is not a well-formed https source, or undefined when it is. */
export function urlProblem(raw: string): string | undefined {
  if (/\s/.test(raw)) return 'it contains a space';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'it is not a URL';
  }
  if (u.protocol !== 'https:') return `it uses ${u.protocol.replace(':', '')}, not https`;
  if (u.username || u.password) return 'it carries a user name or password';
  if (!/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$/i.test(u.hostname)) return `"${u.hostname}" is not a public host name`;
  return undefined;
}

/** Claim sources: a URL is well-formed https; a cited asset exists and is public when the citing one is. */
export function claimSources(assets: readonly GovernedAsset[], today: string): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map(assets.map((a) => [keyOf(a), a]));
  for (const a of assets) {
    const status = statusOf(a, today);
    const severity: Severity = status === 'live' ? 'error' : status === 'scheduled' ? 'warning' : 'info';
    a.data.claims.forEach((c, i) => {
      const field = `claims.${i}.source`;
      const at = { kind: 'ClaimSource' as const, severity, asset: keyOf(a), file: a.file, line: a.lineOf(field) ?? a.lineOf(`claims.${i}`), date: a.data.published };
      if (c.source.url !== undefined) {
        const problem = urlProblem(c.source.url);
        if (problem) out.push({ ...at, field: `${field}.url`, message: `${keyOf(a)} claim "${c.id}": source ${JSON.stringify(c.source.url)} is not a well-formed https URL (${problem})` });
      }
      if (c.source.asset !== undefined) {
        const cited = byKey.get(c.source.asset);
        const mustBeLiveBy = status === 'live' ? today : a.data.published;
        let why: string | undefined;
        if (!cited) why = 'no such asset';
        else if (cited.data.draft) why = 'it is a draft';
        else if (cited.data.published > mustBeLiveBy) why = status === 'live' ? `it is not published until ${cited.data.published}` : `it goes live on ${cited.data.published}, after this asset (${a.data.published})`;
        if (why) out.push({ ...at, field: `${field}.asset`, message: `${keyOf(a)} claim "${c.id}" cites ${c.source.asset}, but ${why}` });
      }
    });
  }
  return out;
}

/** Lines of the MDX body that are Markdown headings (outside code fences), with their file line. */
export function headings(body: string, bodyLine: number): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let fence = false;
  body.split('\n').forEach((l, i) => {
    if (/^\s*(```|~~~)/.test(l)) fence = !fence;
    else if (!fence) {
      const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(l);
      if (m) out.push({ text: m[1], line: bodyLine + i });
    }
  });
  return out;
}

export function superlativeWords(g: Governance, language: 'en' | 'sv'): { words: string[]; allowed: string[] } {
  const words = [...(g.superlatives.words[language] ?? BUILT_IN_SUPERLATIVES[language]), ...g.superlatives.add];
  return { words: [...new Set(words.map((w) => w.toLowerCase()))], allowed: [...BUILT_IN_ALLOWED, ...g.superlatives.allow] };
}

/** The superlatives lint over titles, descriptions and headings (## lines of the MDX). */
export function superlatives(assets: readonly GovernedAsset[], g: Governance, language: 'en' | 'sv'): Finding[] {
  const { words, allowed } = superlativeWords(g, language);
  const out: Finding[] = [];
  for (const a of assets) {
    const claimed = a.data.claims.map((c) => c.text);
    const places: { field: string; text: string; line: number | undefined }[] = [
      { field: 'title', text: a.data.title, line: a.lineOf('title') },
      { field: 'description', text: a.data.description, line: a.lineOf('description') },
      ...headings(a.body, a.bodyLine).map((h) => ({ field: 'heading', text: h.text, line: h.line })),
    ];
    for (const p of places) {
      const text = withoutAllowed(p.text, allowed);
      if (!hasAnyPhrase(text, words)) continue;
      for (const w of words) {
        const hit = phrasePattern(w).exec(text);
        if (!hit) continue;
        if (claimed.some((c) => phrasePattern(w).test(withoutAllowed(c, allowed)))) continue;
        out.push({
          kind: 'Superlative', severity: 'warning', asset: keyOf(a), file: a.file, line: p.line, field: p.field, date: a.data.published,
          message: `${keyOf(a)} ${p.field} says "${p.text.slice(hit.index, hit.index + hit[0].length)}": back it with a sourced claim that carries the phrase, or soften it ("${p.text.length > 60 ? `${p.text.slice(0, 57)}...` : p.text}")`,
        });
      }
    }
  }
  return out;
}

/** A collaboration must say so. The schema already refuses one without text; these are its errors. */
export function disclosures(assets: readonly GovernedAsset[], contentErrors: readonly ContentError[]): Finding[] {
  const out: Finding[] = [];
  for (const a of assets)
    if (a.data.disclosure.collaboration && !a.data.disclosure.text?.trim())
      out.push({ kind: 'MissingDisclosure', severity: 'error', asset: keyOf(a), file: a.file, line: a.lineOf('disclosure'), field: 'disclosure.text', message: `${keyOf(a)} is a collaboration without disclosure text` });
  for (const e of contentErrors)
    if (e.field === 'disclosure.text' || e.field === 'disclosure.partner')
      out.push({ kind: 'MissingDisclosure', severity: 'error', file: e.file, line: e.line, field: e.field, message: `${e.file} is a collaboration without ${e.field === 'disclosure.text' ? 'disclosure text' : "the partner's name"}: the build refuses it` });
  return out;
}

/** The fields of a landing page governance reads; LoadedLanding fits. */
export interface GovernedLanding {
  slug: string;
  file: string;
  lineOf: (field: string) => number | undefined;
  data: { published: string; draft: boolean; assets: readonly string[] };
}

/**
 * Featured proof on landing pages: production pages leave off a featured asset that is a draft or
 * not yet published, so a live page that features one is an error (it would show less proof than its
 * editor wrote); a scheduled page warns when the asset is not live by the page's own day; a draft
 * page, seen only in the preview, gets a note. Unknown assets are the content check's.
 */
export function landingFeatures(landings: readonly GovernedLanding[], assets: readonly GovernedAsset[], today: string): Finding[] {
  const out: Finding[] = [];
  const byKey = new Map(assets.map((a) => [keyOf(a), a]));
  for (const l of landings) {
    const status = statusOf(l, today);
    const severity: Severity = status === 'live' ? 'error' : status === 'scheduled' ? 'warning' : 'info';
    const page = `lp/${l.slug}`;
    l.data.assets.forEach((key, i) => {
      const a = byKey.get(key);
      if (!a) return;
      const mustBeLiveBy = status === 'live' ? today : l.data.published;
      let why: string | undefined;
      if (a.data.draft) why = 'it is a draft';
      else if (a.data.published > mustBeLiveBy) why = status === 'live' ? `it is not published until ${a.data.published}` : `it goes live on ${a.data.published}, after this page (${l.data.published})`;
      if (!why) return;
      const effect = status === 'live' ? 'the live page leaves it off' : 'the page would leave it off';
      const field = `assets.${i}`;
      out.push({ kind: 'FeaturedAssetNotLive', severity, asset: key, file: l.file, line: l.lineOf(field) ?? l.lineOf('assets'), field, date: l.data.published, message: `${page}${status === 'live' ? '' : ` (${status}, ${l.data.published})`} features ${key}, but ${why}: ${effect}; publish it first or feature another asset` });
    });
  }
  return out;
}

export function governanceFindings(assets: readonly GovernedAsset[], today: string, g: Governance, language: 'en' | 'sv', contentErrors: readonly ContentError[] = [], landings: readonly GovernedLanding[] = []): Finding[] {
  return [...reviewGate(assets, today, g.reviewLeadDays), ...claimSources(assets, today), ...superlatives(assets, g, language), ...disclosures(assets, contentErrors), ...landingFeatures(landings, assets, today)];
}
