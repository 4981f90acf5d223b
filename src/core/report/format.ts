// The report as terminal text and as CSV. Pure: the report in, text out.
import { FORMAT_WORDS, type Rate, type Report } from './model.ts';
import { int, pct, plural, pValue, signedPts } from './words.ts';

/** Columns padded to their widest cell; numbers (cells starting with a digit, sign or dash) right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string[] {
  const widths = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...(r[i] ?? '')].length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^([-−+±–]|\d|<)/.test(r[i] ?? '') || (r[i] ?? '') === ''));
  const line = (cells: readonly string[]) =>
    indent +
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, widths[i]! - [...c].length));
        return numeric[i] ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}

const interval = (r: Pick<Rate, 'low' | 'high'>) => (r.low == null ? '–' : `${(r.low * 100).toFixed(2)}–${pct(r.high)}`);
const rateCells = (r: Rate) => [int(r.visits), int(r.converted), pct(r.rate), interval(r)];
const STATUS_WORDS: Record<string, string> = {
  'sample-ratio-mismatch': 'SAMPLE-RATIO MISMATCH',
  'not-enough-data': 'not enough data yet',
  'early-look': 'early look',
  complete: 'planned sample reached',
  'no-control': 'no control arm',
};
const none = (v: string | null) => v ?? '(none)';

export function formatReport(r: Report): string {
  const out: string[] = [];
  const f = r.inputs.files;
  const rows = f.reduce((s, x) => s + x.rows, 0);
  const bad = f.reduce((s, x) => s + x.bad, 0);
  out.push(
    `Conversion report · ${r.period.from ? `${r.period.from.slice(0, 10)} to ${r.period.to!.slice(0, 10)} (UTC)` : 'no landing events'} · ${plural(f.length, 'file')}, ${plural(rows, 'row')} (${int(f.reduce((s, x) => s + x.used, 0))} used, ${int(f.reduce((s, x) => s + x.ignored, 0))} other events, ${int(bad)} not read)`,
  );
  for (const x of f) out.push(`  ${x.file}: ${FORMAT_WORDS[x.format]}, ${plural(x.rows, 'row')}`);
  for (const l of r.landings) {
    out.push('', `Landing page ${l.landing} · conversion = ${l.conversion === 'conversion' ? 'conversion event' : 'cta_click'} (${l.conversionWhy})`);
    out.push(
      ...table(
        ['Variant', 'Chosen by', 'Visits', 'Conv.', 'Rate', '95% interval', 'Note'],
        [...l.variants.map((v) => [v.variant, v.chosenBy, ...rateCells(v), v.note ?? '']), ['all', '', ...rateCells(l.total), '']],
      ),
    );
    for (const x of l.experiments) {
      out.push('', `  A/B test ${x.id} · audience ${x.audience} · planned ${x.plannedPerArm ? `${int(x.plannedPerArm)} per arm` : 'sample size unknown'} · ${STATUS_WORDS[x.status]}${x.srm ? ` · sample ratio ${pValue(x.srm.p)}` : ''}`);
      out.push(
        ...table(
          ['Arm', 'Share', 'Visits', 'Conv.', 'Rate', '95% interval', 'Diff. vs control', 'Interval', 'p'],
          x.arms.map((a) => [
            a.arm,
            a.share == null ? '–' : `${Math.round(a.share * 100)}%`,
            ...rateCells(a),
            a.vsControl ? `${signedPts(a.vsControl.diff)} pts` : '',
            a.vsControl ? `${signedPts(a.vsControl.diffLow)} to ${signedPts(a.vsControl.diffHigh)}` : '',
            a.vsControl ? pValue(a.vsControl.p).replace('p = ', '').replace('p ', '') : '',
          ]),
          '    ',
        ),
      );
      for (const v of x.verdict) out.push(`    → ${v}`);
    }
  }
  out.push('', 'By source / medium / campaign (all landing pages, each converted under its own page’s rule)');
  out.push(...table(['Source', 'Medium', 'Campaign', 'Channel', 'Visits', 'Conv.', 'Rate', '95% interval'], r.sources.map((s) => [none(s.source), none(s.medium), none(s.campaign), s.channel, ...rateCells(s)])));
  out.push('', 'By channel');
  out.push(...table(['Channel', 'Visits', 'Conv.', 'Rate', '95% interval'], r.channels.map((c) => [c.channel, ...rateCells(c)])));
  const k = r.kpi;
  out.push('', `KPI · ${k.name}: ${pct(k.rate)}${k.low != null ? ` (${interval(k)})` : ''} of ${plural(k.visits, 'social visit')} · baseline ${pct(k.baseline, 1)} · target ${pct(k.target, 1)}`);
  out.push(`  → ${k.verdict}`);
  if (r.inputs.badRows.length) {
    out.push('', 'Rows not read (left out of every number)');
    out.push(...table(['File', 'Reason', 'Rows', 'Lines', 'Expected'], r.inputs.badRows.map((b) => [b.file, b.reason, int(b.count), `${b.lines.join(', ')}${b.count > b.lines.length ? ', …' : ''}`, b.expected])));
  }
  if (r.warnings.length) out.push('', 'Before you trust these numbers', ...r.warnings.map((w) => `  ! ${w}`));
  out.push('', 'Definitions', ...r.definitions.map((d) => `  · ${d}`));
  return out.join('\n');
}

const CSV_COLUMNS = [
  'table', 'landing', 'variant', 'chosen_by', 'experiment', 'arm', 'share', 'source', 'medium', 'campaign', 'channel',
  'visits', 'clicks', 'conversions', 'converted', 'rate', 'low', 'high', 'diff', 'diff_low', 'diff_high', 'relative', 'p', 'significant', 'status', 'verdict',
] as const;
type CsvRow = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null>>;

const cell = (v: unknown): string => {
  if (v == null) return '';
  const s = typeof v === 'number' ? String(+v.toPrecision(12)) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const rateCols = (r: Rate): CsvRow => ({ visits: r.visits, clicks: r.clicks, conversions: r.conversions, converted: r.converted, rate: r.rate, low: r.low, high: r.high });

/** One flat CSV for spreadsheets: a row per variant, arm, source and channel, plus the KPI. */
export function reportCsv(r: Report): string {
  const rows: CsvRow[] = [];
  for (const l of r.landings) {
    for (const v of l.variants) rows.push({ table: 'variant', landing: l.landing, variant: v.variant, chosen_by: v.chosenBy, ...rateCols(v) });
    for (const x of l.experiments)
      for (const a of x.arms)
        rows.push({
          table: 'arm', landing: l.landing, variant: x.audience, experiment: x.id, arm: a.arm, share: a.share, ...rateCols(a),
          diff: a.vsControl?.diff, diff_low: a.vsControl?.diffLow, diff_high: a.vsControl?.diffHigh, relative: a.vsControl?.relative, p: a.vsControl?.p, significant: a.vsControl?.significant,
          status: x.status, verdict: a.arm === 'control' ? x.verdict.join(' ') : undefined,
        });
  }
  for (const s of r.sources) rows.push({ table: 'source', source: s.source, medium: s.medium, campaign: s.campaign, channel: s.channel, ...rateCols(s) });
  for (const c of r.channels) rows.push({ table: 'channel', channel: c.channel, ...rateCols(c) });
  const k = r.kpi;
  rows.push({ table: 'kpi', channel: 'social', visits: k.visits, converted: k.converted, rate: k.rate, low: k.low, high: k.high, status: k.status, verdict: k.verdict });
  return `${CSV_COLUMNS.join(',')}\n${rows.map((row) => CSV_COLUMNS.map((c) => cell(row[c])).join(',')).join('\n')}\n`;
}
