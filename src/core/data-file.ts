// Benchmark data files: CSV with a header row, or JSON as an array of flat objects.
// Parsed once here for validation, the table, the chart and the Dataset JSON-LD.

export type Cell = string | number;
export interface DataTable {
  columns: string[];
  rows: Record<string, Cell>[];
}

export type DataParse = { ok: true; table: DataTable } | { ok: false; line?: number; expected: string; found: string };

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const cell = (raw: string): Cell => (NUMBER.test(raw.trim()) ? Number(raw) : raw.trim());

/**
 * Splits CSV text into records with the line each starts on (1-based, blank lines counted but not
 * returned), honouring quoted fields with commas, doubled quotes and newlines, CRLF line ends and a
 * byte-order mark. A quote that is never closed gives `unclosedAt`, the line of the record it opens.
 * Shared by benchmark data files and the cadence posts log.
 */
export function csvRecords(text: string): { fields: string[]; line: number }[] | { unclosedAt: number } {
  const out: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; field += ch; }
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { fields.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.some((f) => f.trim() !== '')) out.push({ fields, line: startLine });
      fields = []; field = ''; line++; startLine = line;
    } else field += ch;
  }
  if (quoted) return { unclosedAt: startLine };
  fields.push(field);
  if (fields.some((f) => f.trim() !== '')) out.push({ fields, line: startLine });
  return out;
}

export function parseCsv(text: string): DataParse {
  const records = csvRecords(text);
  if (!Array.isArray(records)) return { ok: false, line: records.unclosedAt, expected: 'every opening quote closed', found: 'a quote that is never closed' };
  if (records.length < 2) return { ok: false, expected: 'a header row and at least one data row', found: `${records.length} row${records.length === 1 ? '' : 's'}` };
  const columns = records[0].fields.map((c) => c.trim());
  if (columns.some((c) => c === '')) return { ok: false, line: 1, expected: 'a name for every column in the header row', found: `"${records[0].fields.join(',')}"` };
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice) return { ok: false, line: 1, expected: 'each column name once in the header row', found: `"${twice}" twice` };
  const rows: Record<string, Cell>[] = [];
  for (const r of records.slice(1)) {
    if (r.fields.length !== columns.length)
      return { ok: false, line: r.line, expected: `${columns.length} values per row (${columns.join(', ')})`, found: `${r.fields.length} value${r.fields.length === 1 ? '' : 's'}: "${r.fields.join(',')}"` };
    rows.push(Object.fromEntries(columns.map((c, i) => [c, cell(r.fields[i])])));
  }
  return { ok: true, table: { columns, rows } };
}

export function parseJsonTable(text: string): DataParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, expected: 'valid JSON: an array of objects', found: (e as Error).message };
  }
  if (!Array.isArray(data) || data.length === 0 || !data.every((r) => r && typeof r === 'object' && !Array.isArray(r)))
    return { ok: false, expected: 'a non-empty JSON array of objects, e.g. [{"setup": "A", "p95_ms": 12}]', found: JSON.stringify(data).slice(0, 60) };
  const columns = [...new Set(data.flatMap((r) => Object.keys(r as object)))];
  const rows = (data as Record<string, unknown>[]).map((r) =>
    Object.fromEntries(columns.map((c) => [c, typeof r[c] === 'number' ? (r[c] as number) : String(r[c] ?? '')])),
  );
  return { ok: true, table: { columns, rows } };
}

export function parseDataFile(fileName: string, text: string): DataParse {
  return fileName.endsWith('.json') ? parseJsonTable(text) : parseCsv(text);
}

/** Columns whose every value is a number: what a bar chart can plot. */
export function numericColumns(table: DataTable): string[] {
  return table.columns.filter((c) => table.rows.every((r) => typeof r[c] === 'number'));
}
