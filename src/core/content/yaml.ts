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
 * { a: 1 }) stops at the line of the key that holds it. Keys match only at their own level.
 */
export function fieldLine(yamlText: string, field: string, lineOffset: number): number | undefined {
  const lines = yamlText.split('\n');
  const blank = (l: string) => l.trim() === '' || l.trimStart().startsWith('#');
  const indentOf = (l: string) => l.length - l.trimStart().length;
  const isItem = (l: string) => /^\s*-(\s|$)/.test(l);
  /** Column where a line's key starts: after "- " on a list item's first line. */
  const keyCol = (l: string) => indentOf(l) + (isItem(l) ? 2 : 0);
  const nextContent = (from: number) => {
    for (let i = from; i < lines.length; i++) if (!blank(lines[i]!)) return i;
    return -1;
  };
  let pos = 0; // first line of the current block
  let level = 0; // column of the keys (or dashes) that belong to the current block
  let found: number | undefined;
  for (const segment of field.split('.')) {
    let hit = -1;
    if (/^\d+$/.test(segment)) {
      let count = -1;
      for (let i = pos; i < lines.length; i++) {
        const l = lines[i]!;
        if (blank(l)) continue;
        if (indentOf(l) < level || (indentOf(l) === level && !isItem(l))) break;
        if (indentOf(l) === level && isItem(l) && ++count === Number(segment)) { hit = i; break; }
      }
      if (hit === -1) break;
      found = hit;
      pos = hit;
      level += 2;
      continue;
    }
    for (let i = pos; i < lines.length; i++) {
      const l = lines[i]!;
      if (blank(l)) continue;
      if (i > pos && indentOf(l) < level) break;
      if (keyCol(l) === level && l.slice(level).startsWith(`${segment}:`)) { hit = i; break; }
    }
    if (hit === -1) break;
    found = hit;
    if (!/:\s*(#.*)?$/.test(lines[hit]!)) break; // a value on the same line: nothing deeper to find
    const child = nextContent(hit + 1);
    if (child === -1) break;
    const childLine = lines[child]!;
    const own = keyCol(lines[hit]!);
    // A child block is indented deeper, or is a list whose dashes sit at the key's own column.
    if (indentOf(childLine) > own || (indentOf(childLine) === own && isItem(childLine))) {
      pos = child;
      level = indentOf(childLine);
    } else break;
  }
  return found === undefined ? undefined : found + lineOffset;
}
