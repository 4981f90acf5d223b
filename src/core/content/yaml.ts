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

/** Finds the line of a field's top-level key in YAML text (1-based, with offset). */
export function fieldLine(yamlText: string, field: string, lineOffset: number): number | undefined {
  const top = field.split('.')[0];
  const lines = yamlText.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`${top}:`));
  return i === -1 ? undefined : i + lineOffset;
}
