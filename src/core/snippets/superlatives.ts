// The superlatives lint (issue 6's governance rule) on what goes out: a snippet whose words make an
// absolute claim ("the fastest", "guaranteed", "100%") that no sourced claim of its asset carries is
// flagged. Same word lists, allow-list and "#1 as numbering" rule as the cadence report
// (src/core/governance/check.ts, phrases.ts); links are left out, so a URL slug never reads as a claim.
import type { LoadedAsset } from '../content/load.ts';
import { governanceOf } from '../governance/config.ts';
import { superlativeWords } from '../governance/check.ts';
import { hasAnyPhrase, mayHaveAnyPhrase, phrasePattern, withoutAllowed } from '../governance/phrases.ts';
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

/** Every field of a snippet a reader sees, by name, as its lines (a beat or a slide has two). */
function fields(s: Snippet): [string, readonly string[]][] {
  const out: [string, readonly string[]][] = [['text', [s.text]]];
  for (const k of ['title', 'subject', 'preheader', 'firstComment'] as const) if (s[k] !== undefined) out.push([k, [s[k]!]]);
  if (s.clip) out.push(['clip.hook', [s.clip.hook]], ...s.clip.beats.map((b, i): [string, readonly string[]] => [`clip.beats.${i}`, [b.say, b.onScreen]]), ['clip.cta', [s.clip.cta]]);
  s.slides?.forEach((x, i) => out.push([`slides.${i}`, [x.heading, x.body]]));
  if (s.card) out.push(['card', [s.card.quote]]);
  return out;
}

/**
 * Field texts known to hold no listed phrase, kept by their lines: the lines are strings the
 * snippets share, whose hashes V8 keeps, so a lookup never builds or hashes a new string.
 */
function cleanTexts() {
  const one = new Set<string>();
  const two = new Map<string, Set<string>>();
  return {
    has: (lines: readonly string[]) => (lines.length === 1 ? one.has(lines[0]!) : (two.get(lines[0]!)?.has(lines[1]!) ?? false)),
    add(lines: readonly string[]) {
      if (lines.length === 1) one.add(lines[0]!);
      else {
        let second = two.get(lines[0]!);
        if (!second) two.set(lines[0]!, (second = new Set()));
        second.add(lines[1]!);
      }
    },
  };
}

export function snippetSuperlatives(snippets: readonly Snippet[], assets: readonly LoadedAsset[], config: Pick<HubConfig, 'site'> & { governance?: HubConfig['governance'] }): SnippetFinding[] {
  const { words, allowed } = superlativeWords(governanceOf(config), config.site.language);
  const byKey = new Map(assets.map((a) => [`${a.kind}/${a.slug}`, a]));
  // An asset's claims, allowed phrases blanked, once per asset rather than once per snippet.
  const claimsOf = new Map<string, string[]>();
  // Clip beats, titles and cards repeat across an asset's snippets (a fifth of the text): a repeat
  // needs no second scan. Not the post text, which never repeats (its link differs). Kept per asset
  // (an asset's snippets come together): repeats are within an asset, and small tables stay fast.
  let clean = cleanTexts();
  let cleanFor: string | undefined;
  const out: SnippetFinding[] = [];
  for (const s of snippets) {
    const a = byKey.get(s.asset);
    if (!a) continue;
    if (s.asset !== cleanFor) {
      clean = cleanTexts();
      cleanFor = s.asset;
    }
    let claims = claimsOf.get(s.asset);
    if (!claims) {
      claims = a.data.claims.map((c) => withoutAllowed(c.text, allowed));
      claimsOf.set(s.asset, claims);
    }
    const seen = new Set<string>();
    for (const [field, lines] of fields(s)) {
      const repeats = field !== 'text';
      if (repeats && clean.has(lines)) continue;
      const raw = lines.join('\n');
      // Most fields hold no listed phrase at all: one quick scan of the raw text says so.
      const text = mayHaveAnyPhrase(raw, words) ? withoutAllowed(raw.replace(URL_RE, (m) => ' '.repeat(m.length)), allowed) : '';
      if (!text || !hasAnyPhrase(text, words)) {
        if (repeats) clean.add(lines);
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
