// Turns zod issues into ContentErrors an editor can act on: field path, expected, found.
import type { z } from 'zod';
import { quoteFound, type ContentError } from './errors.ts';

/** Marks zod's built-in message, so a schema's own `error:` text is told apart and used. */
const DEFAULT = '\u0000default';
const markDefaults = () => DEFAULT;

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line)',
  object: 'a group of fields',
  date: 'a date written YYYY-MM-DD',
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.');

function describe(issue: z.core.$ZodIssue): { name: string; expected: string } {
  const own = issue.message !== DEFAULT ? issue.message : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return { name: 'WrongType', expected: own ?? TYPE_WORDS[issue.expected] ?? issue.expected };
    case 'too_big': {
      const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
      return { name: 'TooLong', expected: own ?? `at most ${String(issue.maximum)} ${unit}`.trim() };
    }
    case 'too_small': {
      const unit = issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '';
      return { name: 'TooShort', expected: own ?? `at least ${String(issue.minimum)} ${unit}`.trim() };
    }
    case 'invalid_value':
      return { name: 'NotAllowed', expected: own ?? `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'unrecognized_keys':
      return { name: 'UnknownField', expected: 'only the documented fields (check the spelling; README "Content model")' };
    case 'invalid_union':
      return { name: 'WrongShape', expected: own ?? unionExpected(issue) };
    default: {
      // Schemas name their own checks with params: { name } (see schema/primitives.ts).
      const named = 'params' in issue ? (issue.params as { name?: string } | undefined)?.name : undefined;
      return { name: named ?? (issue.code === 'invalid_format' ? 'InvalidFormat' : 'InvalidValue'), expected: own ?? 'a valid value' };
    }
  }
}

function unionExpected(issue: z.core.$ZodIssueInvalidUnion): string {
  const options = issue.errors
    .map((branch) => branch.map((i) => (i.message !== DEFAULT ? i.message : undefined)).filter(Boolean).join(', '))
    .filter(Boolean);
  return options.length ? options.join(' or ') : 'one of the documented shapes';
}

/** Validates `data` and returns its parsed value or every problem as ContentErrors. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  lineOf: (field: string) => number | undefined = () => undefined,
  fieldPrefix = '',
): { ok: true; value: z.output<S> } | { ok: false; errors: ContentError[] } {
  const result = schema.safeParse(data, { error: markDefaults, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const errors: ContentError[] = [];
  for (const issue of result.error.issues) {
    const { name, expected } = describe(issue);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = [fieldPrefix, dotted([...issue.path, key])].filter(Boolean).join('.');
        errors.push({ name, file, field, expected, found: `a field named "${key}"`, line: lineOf(field) });
      }
      continue;
    }
    const field = [fieldPrefix, dotted(issue.path)].filter(Boolean).join('.') || undefined;
    // What the editor wrote at that path; else a default the schema filled in (a refine's
    // issue.input is the whole object it checked, which is not what the editor needs to see).
    const written = valueAt(data, issue.path);
    const input = 'input' in issue ? issue.input : undefined;
    const value = written !== undefined || (input !== null && typeof input === 'object') ? written : input;
    const missing = value === undefined && issue.code === 'invalid_type';
    errors.push({
      name: missing ? 'MissingField' : name,
      file,
      field,
      expected: missing && expected === TYPE_WORDS[(issue as { expected?: string }).expected ?? ''] ? `a value (${expected})` : expected,
      found: quoteFound(value),
      line: field ? lineOf(field) : undefined,
    });
  }
  return { ok: false, errors };
}
