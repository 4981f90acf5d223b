// The superlatives lint (issue 6's governance rule) on what goes out: a snippet whose words make an
// absolute claim ("the fastest", "guaranteed", "100%") that no sourced claim of its asset carries is
// flagged. Same word lists, allow-list and "#1 as numbering" rule as the cadence report
// (src/core/governance/check.ts, phrases.ts); links are left out, so a URL slug never reads as a claim.
import type { LoadedAsset } from '../content/load.ts';
import { governanceOf } from '../governance/config.ts';
import { superlativeWords } from '../governance/check.ts';
import { hasAnyPhrase, phrasePattern, withoutAllowed } from '../governance/phrases.ts';
import type { HubConfig } from '../schema/hub.ts';
import type { Snippet } from './model.ts';

export interface SnippetFinding {
  kind: 'Superlative';
  severity: 'warning';
  /** Snippet id, its asset (kind/slug), channel and the field the phrase is in. */
  snippet: string;
  asset: string;
  channel: string;
  field: string;
  /** The phrase as written in the snippet. */
  phrase: string;
  /** The asset's file, where the backing claim would go. */
  file: string;
  message: string;
}

const URL_RE = /\bhttps?:\/\/\S+/giu;

/** Every field of a snippet a reader sees, by name. */
function fields(s: Snippet): [string, string][] {
  const out: [string, string][] = [['text', s.text]];
  for (const k of ['title', 'subject', 'preheader', 'firstComment'] as const) if (s[k] !== undefined) out.push([k, s[k]!]);
  if (s.clip) out.push(['clip.hook', s.clip.hook], ...s.clip.beats.flatMap((b, i): [string, string][] => [[`clip.beats.${i}`, `${b.say}\n${b.onScreen}`]]), ['clip.cta', s.clip.cta]);
  s.slides?.forEach((x, i) => out.push([`slides.${i}`, `${x.heading}\n${x.body}`]));
  if (s.card) out.push(['card', s.card.quote]);
  return out;
}

export function snippetSuperlatives(snippets: readonly Snippet[], assets: readonly LoadedAsset[], config: Pick<HubConfig, 'site'> & { governance?: HubConfig['governance'] }): SnippetFinding[] {
  const { words, allowed } = superlativeWords(governanceOf(config), config.site.language);
  const byKey = new Map(assets.map((a) => [`${a.kind}/${a.slug}`, a]));
  // An asset's claims, allowed phrases blanked, once per asset rather than once per snippet.
  const claimsOf = new Map<string, string[]>();
  // Field texts known to hold no listed phrase: clip beats, titles and cards repeat across an
  // asset's snippets (a fifth of the text), and a repeat needs no second scan. Not the post text,
  // which never repeats (its link differs): hashing it would cost more than it saves.
  const clean = new Set<string>();
  const out: SnippetFinding[] = [];
  for (const s of snippets) {
    const a = byKey.get(s.asset);
    if (!a) continue;
    let claims = claimsOf.get(s.asset);
    if (!claims) {
      claims = a.data.claims.map((c) => withoutAllowed(c.text, allowed));
      claimsOf.set(s.asset, claims);
    }
    const seen = new Set<string>();
    for (const [field, raw] of fields(s)) {
      const repeats = field !== 'text';
      if (repeats && clean.has(raw)) continue;
      const text = withoutAllowed(raw.replace(URL_RE, (m) => ' '.repeat(m.length)), allowed);
      // Most fields hold no listed phrase at all: one scan says so.
      if (!hasAnyPhrase(text, words)) {
        if (repeats) clean.add(raw);
        continue;
      }
      for (const w of words) {
        if (seen.has(w)) continue;
        const hit = phrasePattern(w).exec(text);
        if (!hit) continue;
        seen.add(w);
        if (claims.some((c) => phrasePattern(w).test(c))) continue;
        const phrase = raw.slice(hit.index, hit.index + hit[0].length);
        out.push({
          kind: 'Superlative', severity: 'warning', snippet: s.id, asset: s.asset, channel: s.channel, field, phrase, file: a.file,
          message: `${s.id} (${s.channel}) ${field} says "${phrase}": no sourced claim of ${s.asset} carries it; back it with a claim in ${a.file} or soften the snippet`,
        });
      }
    }
  }
  return out;
}
