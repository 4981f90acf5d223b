// YAML and frontmatter reading for our own checks. CORE_SCHEMA keeps dates as text, so
// 2026-02-31 reaches the schema as written instead of rolling over to 3 March.
import yaml from 'js-yaml';
import type { ContentError } from '../errors.ts';

export type YamlRead = { ok: true; value: unknown } | { ok: false; error: ContentError };

export function readYaml(text: string, file: string, lineOffset = 0): YamlRead {
  try {
    return { ok: true, value: yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file }) ?? {} };
  } catch (e) {
    const err = e as { reason?: string; mark?: { line: number; snippet?: string } };
    const line = err.mark ? err.mark.line + 1 + lineOffset : undefined;
    const bad = err.mark ? text.split('\n')[err.mark.line]?.trim() : undefined;
    return {
      ok: false,
      error: {
        name: 'BadYaml',
        file,
        line,
        expected: 'valid YAML: "field: value" pairs, lists as "- item", text with a colon in "quotes"',
        found: `${err.reason ?? 'unreadable YAML'}${bad ? ` at "${bad}"` : ''}`,
      },
    };
  }
}

export interface Frontmatter {
  yaml: string;
  body: string;
  /** 1-based line where the YAML starts (after the opening ---). */
  yamlLine: number;
}

export function splitFrontmatter(text: string): Frontmatter | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { yaml: m[1], body: text.slice(m[0].length), yamlLine: 2 };
}

/**
 * Finds the line of a field in block-style YAML text (1-based, plus offset), following the dotted
 * path through nested keys and "- " list items as far as the text allows; flow style ([a, b] or
 * { a: 1 }) stops at the line of the key that holds it.
 */
export function fieldLine(yamlText: string, field: string, lineOffset: number): number | undefined {
  const lines = yamlText.split('\n');
  const indentOf = (l: string) => l.length - l.trimStart().length;
  let from = 0;
  let minIndent = 0;
  let found: number | undefined;
  for (const segment of field.split('.')) {
    let hit = -1;
    if (/^\d+$/.test(segment)) {
      let count = -1;
      for (let i = from; i < lines.length; i++) {
        const l = lines[i];
        if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
        if (indentOf(l) < minIndent && i > from) break;
        if (l.trimStart().startsWith('- ') && indentOf(l) >= minIndent) {
          if (count === -1) minIndent = indentOf(l);
          if (indentOf(l) === minIndent && ++count === Number(segment)) { hit = i; break; }
        }
      }
      if (hit === -1) break;
      found = hit;
      from = hit;
      minIndent = indentOf(lines[hit]) + 2;
      // The item's first key shares its line: "- id: x".
      continue;
    }
    const key = new RegExp(`^(\\s*(?:- )?)${segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`);
    for (let i = from; i < lines.length; i++) {
      const l = lines[i];
      if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
      if (i > from && indentOf(l) < minIndent) break;
      const m = key.exec(l);
      if (m && m[1].length >= minIndent) { hit = i; break; }
    }
    if (hit === -1) break;
    found = hit;
    from = hit + 1;
    minIndent = indentOf(lines[hit]) + 1;
    if (!/:\s*(#.*)?$/.test(lines[hit])) break;
  }
  return found === undefined ? undefined : found + lineOffset;
}
