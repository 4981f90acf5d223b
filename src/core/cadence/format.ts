// The terminal report: a table per series an editor reads in ten seconds (what was missed, what is
// due next and by when), then promise coverage, proof ratio and every finding, errors first.
import type { Finding } from './findings.ts';
import type { SlotState } from './match.ts';
import type { CadenceReport } from './report.ts';

const MARK: Record<SlotState, string> = { filled: '■', late: '▣', missed: '✗', scheduled: '◆', draft: '◇', empty: '·' };
const pct = (r: number) => `${Math.round(r * 100)}%`;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]))).join('  ')}`.trimEnd();
  return [line(head), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}

const ICON: Record<Finding['severity'], string> = { error: '✖', warning: '▲', info: '·' };

export function formatFinding(f: Finding): string {
  const where = f.file ? `  (${f.file}${f.line ? `:${f.line}` : ''}${f.field ? ` › ${f.field}` : ''})` : '';
  return `  ${ICON[f.severity]} ${f.kind}: ${f.message}${where}`;
}

/** The short report: the series table and the counts; `full` adds coverage, proof ratio and every finding. */
export function formatReport(r: CadenceReport, opts: { strict?: boolean; findings?: 'all' | 'problems' | 'errors' } = {}): string {
  const level = opts.findings ?? 'all';
  const out: string[] = [];
  out.push(`Cadence and governance · ${r.hub} · today ${r.today} (${r.timeZone}) · window ${r.window.from} to ${r.window.to}`);
  out.push('');
  const rows: string[][] = [];
  for (const s of r.series) {
    for (const rh of s.rhythms) {
      const past = rh.slots.filter((x) => x.date <= r.today || x.state === 'late' || x.state === 'filled');
      const missed = rh.slots.filter((x) => x.state === 'missed');
      const due = rh.next
        ? rh.rhythm === 'posts'
          ? `${rh.next.date} ${rh.next.time}`
          : `${rh.next.date} ${rh.next.state === 'draft' ? 'draft only' : 'EMPTY'} (review by ${rh.next.reviewBy})`
        : '—';
      const ahead = rh.slots.filter((x) => x.date > r.today);
      const scheduled = `${ahead.filter((x) => x.state === 'scheduled').length}/${ahead.length}`;
      rows.push([
        rh.rhythm === 'assets' ? s.id : `  posts`,
        rh.rule + (rh.perSlot > 1 ? ` ×${rh.perSlot}` : ''),
        `${rh.counts.filled + rh.counts.late}/${past.length}${rh.counts.late ? ` (${rh.counts.late} late)` : ''}`,
        missed.length ? `${missed.length}: ${missed.slice(-3).map((x) => x.date.slice(5)).join(' ')}${missed.length > 3 ? ' …' : ''}` : '0',
        scheduled,
        due,
      ]);
    }
  }
  out.push(...table(['series', 'rhythm', 'kept', 'missed (latest)', 'scheduled', 'due next (publish by)'], rows));
  out.push('');
  for (const s of r.series) {
    const rh = s.rhythms[0];
    const strip = rh.slots.map((x) => MARK[x.state]).join('');
    out.push(`  ${pad(s.id, 22)} ${strip}`);
  }
  out.push(`  ${' '.repeat(22)} ■ filled ▣ late ✗ missed ◆ scheduled ◇ draft · empty`);
  out.push('');

  const starving = r.coverage.promises.filter((p) => p.starving);
  out.push(`Promises: ${r.coverage.promises.map((p) => `${p.id} ${p.lastProof ? `last ${p.lastProof}` : 'never'}${p.starving ? ' (STARVING)' : ''}`).join(' · ')}`);
  const thin = r.coverage.weeks.filter((w) => w.complete && w.assets.length < r.coverage.perWeek);
  out.push(`Weeks with fewer than ${r.coverage.perWeek} published proof: ${thin.length ? thin.map((w) => w.week).join(', ') : 'none'}${starving.length ? '' : ''}`);
  if (r.proofRatio) {
    const pr = r.proofRatio;
    out.push(`Proof ratio: ${pct(pr.recent.ratio)} over the last 4 weeks (${pr.recent.proof}/${pr.recent.posts} posts), ${pct(pr.ratio)} in the window · target ${pct(pr.target)}, baseline ${pct(pr.baseline)}`);
    out.push(`  by channel: ${pr.byChannel.map((c) => `${c.channel} ${pct(c.ratio)} (${c.proof}/${c.posts})`).join(' · ')}`);
  } else out.push('Proof ratio: no posts log (governance.postsLog.file); add the scheduler export to measure it.');
  out.push('');

  const shown = r.findings.filter((f) => level === 'all' || f.severity === 'error' || (level === 'problems' && f.severity === 'warning'));
  const { errors, warnings, infos } = r.counts;
  const hidden = r.findings.length - shown.length;
  out.push(`${errors} error${errors === 1 ? '' : 's'} · ${warnings} warning${warnings === 1 ? '' : 's'} · ${infos} note${infos === 1 ? '' : 's'}${hidden ? ` (${hidden} more with npm run cadence)` : ''}`);
  out.push(...shown.map(formatFinding));
  if (errors) out.push('', '✖ The publishing gate failed: fix the errors above (they fail every build).');
  else if (warnings) out.push('', opts.strict ? '✖ --strict: the warnings above fail this run.' : '▲ Warnings only: --strict (CI) would fail on them.');
  else out.push('', '✔ Cadence and governance are on track.');
  return out.join('\n');
}
