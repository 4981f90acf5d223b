// Errors are data: core code returns these; scripts and the site format them.
// Names are stable (tests and the README refer to them); messages are for editors, not engineers.

export interface ContentError {
  /** Stable PascalCase name, e.g. UnknownPromise. */
  name: string;
  /** Path relative to the project root, e.g. content/case-studies/nordpharma.mdx */
  file: string;
  /** Dotted field path, e.g. claims.0.source; absent for whole-file problems. */
  field?: string;
  /** What a valid value looks like, in plain words with an example. */
  expected: string;
  /** What the file holds instead, quoted. */
  found: string;
  /** Line in the file, where known. */
  line?: number;
}

/** Quotes a found value for a message: strings in quotes, short JSON for the rest. */
export function quoteFound(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (typeof value === 'string') {
    const shown = value.length > 80 ? `${value.slice(0, 77)}...` : value;
    return `"${shown}"${value.length > 60 ? ` (${[...value].length} characters)` : ''}`;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

/** One line per error: `file:line › field — expected …; found …  [Name]`. */
export function formatError(e: ContentError): string {
  const where = `${e.file}${e.line ? `:${e.line}` : ''}${e.field ? ` › ${e.field}` : ''}`;
  return `${where}\n    expected ${e.expected}\n    found    ${e.found}  [${e.name}]`;
}

/** The report a command prints: every error, grouped by file, with a count. */
export function formatReport(errors: readonly ContentError[]): string {
  const files = new Set(errors.map((e) => e.file));
  const lines = [
    `✖ ${errors.length} problem${errors.length === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}:`,
    '',
    ...errors.map((e) => `  ${formatError(e)}`),
    '',
    'Fix these and run the command again. The README section "Content model" lists every field.',
  ];
  return lines.join('\n');
}

/** Thrown by loaders so a command can print the report and exit 1 without a stack trace. */
export class ContentErrors extends Error {
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(formatReport(errors));
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}
