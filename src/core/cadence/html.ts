// The internal report page: one calendar per series and rhythm (static SVG, no JavaScript), promise
// coverage, proof ratio per week and channel, and every finding. noindex; never in the sitemap; only
// published when governance.publishReport is true.
import { dayNumber, isoDay, weekStart, WEEKDAYS } from './calendar.ts';
import type { Finding } from './findings.ts';
import type { SlotResult, SlotState } from './match.ts';
import type { CadenceReport, RhythmReport } from './report.ts';
import { escapeHtml as esc } from '../escape.ts';


const pct = (r: number) => `${Math.round(r * 100)}%`;

export const STATE_STYLE: Record<SlotState, { fill: string; label: string }> = {
  filled: { fill: '#1a7f37', label: 'filled' },
  late: { fill: '#9a6700', label: 'late (within grace)' },
  missed: { fill: '#cf222e', label: 'missed' },
  scheduled: { fill: '#0969da', label: 'scheduled' },
  draft: { fill: '#8250df', label: 'draft only' },
  empty: { fill: '#ffffff', label: 'empty' },
};

const CELL = 16;
const GAP = 3;

/** A week-by-weekday calendar of the window: slot days coloured by state, today outlined. */
export function calendarSvg(rh: RhythmReport, window: { from: string; to: string }, today: string, title: string): string {
  const first = weekStart(dayNumber(window.from));
  const last = dayNumber(window.to);
  const weeks = Math.floor((last - first) / 7) + 1;
  const byDay = new Map<string, SlotResult[]>();
  for (const s of rh.slots) byDay.set(s.date, [...(byDay.get(s.date) ?? []), s]);
  const left = 24;
  const top = 16;
  const width = left + weeks * (CELL + GAP);
  const height = top + 7 * (CELL + GAP);
  const parts: string[] = [];
  for (let w = 0; w < weeks; w++) {
    const monday = first + w * 7;
    if (w % 4 === 0) parts.push(`<text x="${left + w * (CELL + GAP)}" y="10" class="lbl">${isoDay(monday).slice(5)}</text>`);
    for (let d = 0; d < 7; d++) {
      const day = monday + d;
      if (day < dayNumber(window.from) || day > last) continue;
      const iso = isoDay(day);
      const slots = byDay.get(iso);
      const x = left + w * (CELL + GAP);
      const y = top + d * (CELL + GAP);
      const state = slots?.[0]?.state;
      const fill = state ? STATE_STYLE[state].fill : '#eef1f4';
      const stroke = iso === today ? ' stroke="#14181f" stroke-width="2"' : state === 'empty' ? ' stroke="#57606a" stroke-dasharray="2 2"' : '';
      const tip = slots ? slots.map((s) => `${s.date} ${s.time}: ${STATE_STYLE[s.state].label}${s.items.length ? ` (${s.items.map((i) => i.ref).join(', ')})` : ''}${s.promise ? `, proves ${s.promise}` : ''}`).join('; ') : iso;
      parts.push(`<rect x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="3" fill="${fill}"${stroke}><title>${esc(tip)}</title></rect>`);
    }
  }
  WEEKDAYS.forEach((wd, d) => {
    if (d % 2 === 0) parts.push(`<text x="0" y="${top + d * (CELL + GAP) + 12}" class="lbl">${wd}</text>`);
  });
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

function slotList(rh: RhythmReport, today: string): string {
  const rows = rh.slots
    .filter((s) => s.state !== 'filled')
    .map((s) => `<li><span class="dot s-${s.state}"></span><time datetime="${esc(s.at)}">${s.date} ${s.time}</time> ${esc(STATE_STYLE[s.state].label)}${s.items.length ? `: ${esc(s.items.map((i) => i.ref.replace(/^.*\//, '')).join(', '))}` : ''}${s.promise ? ` · proves ${esc(s.promise)}` : ''}${s.date >= today && (s.state === 'empty' || s.state === 'draft') ? ` · <strong>publish by ${s.dueBy}</strong>` : ''}</li>`);
  return rows.length ? `<details><summary>${rows.length} slot${rows.length === 1 ? '' : 's'} not simply filled</summary><ul class="slots">${rows.join('')}</ul></details>` : '<p>Every slot in the window is filled.</p>';
}

function findingRow(f: Finding): string {
  return `<tr class="${f.severity}"><td>${f.severity}</td><td>${esc(f.kind)}</td><td>${esc(f.message)}${f.file ? `<br><code>${esc(f.file)}${f.line ? `:${f.line}` : ''}</code>` : ''}</td></tr>`;
}

/**
 * The page's CSS. Inline in a report written with --html; a file beside the page when the build
 * publishes it, since the site's Content-Security-Policy header (_headers) allows stylesheets from
 * 'self' but no inline style. Slot colours are classes for the same reason (no style attributes).
 */
export const REPORT_CSS = `body{font:15px/1.5 system-ui,sans-serif;color:#14181f;max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;vertical-align:top}
tr.error td{background:#ffebe9}tr.warning td{background:#fff8c5}
figure{margin:1rem 0}figcaption{font-weight:600}
.lbl{font:10px system-ui,sans-serif;fill:#57606a}
.dot{display:inline-block;width:.8em;height:.8em;border-radius:2px;border:1px solid #57606a;margin:0 .3em 0 .6em;vertical-align:-.1em}
.slots{list-style:none;padding-left:0}.next{margin:.25rem 0}
${(Object.keys(STATE_STYLE) as SlotState[]).map((s) => `.s-${s}{background:${STATE_STYLE[s].fill}}`).join('')}
`;

/**
 * The report page. Published in a site: `stylesheet` links the CSS (REPORT_CSS, written beside it)
 * instead of inlining it, and `icon` links the site's icon (relative URLs, so any base path works).
 */
export function renderHtml(r: CadenceReport, opts: { stylesheet?: string; icon?: string } = {}): string {
  const legend = (Object.keys(STATE_STYLE) as SlotState[]).map((s) => `<span><span class="dot s-${s}"></span>${STATE_STYLE[s].label}</span>`).join(' ');
  const series = r.series
    .map((s) => {
      const rhythms = s.rhythms
        .map((rh) => {
          const title = `${s.name}: ${rh.rhythm === 'assets' ? 'proof assets' : 'social posts'}, ${rh.rule}${rh.perSlot > 1 ? `, ${rh.perSlot} per slot` : ''} at ${rh.time}${rh.graceDays ? `, ${rh.graceDays} days' grace` : ''}`;
          const c = rh.counts;
          const next = rh.next ? `<p class="next">Due next: <strong>${rh.next.date} ${rh.next.time}</strong> (${rh.next.state === 'draft' ? 'only a draft' : 'nothing scheduled'}${rh.rhythm === 'assets' ? `; ready for review by ${rh.next.reviewBy}` : ''}${rh.next.promise ? `; proves ${esc(rh.next.promise)}` : ''})</p>` : '';
          return `<figure><figcaption>${esc(title)}</figcaption>${calendarSvg(rh, r.window, r.today, title)}<p class="counts">${c.filled} filled · ${c.late} late · ${c.missed} missed · ${c.scheduled} scheduled · ${c.draft} draft · ${c.empty} empty</p>${next}${slotList(rh, r.today)}</figure>`;
        })
        .join('');
      const ramp = s.firstDays ? `<p>First ${dayNumber(s.firstDays.to) - dayNumber(s.firstDays.from) + 1} days (${s.firstDays.from} to ${s.firstDays.to}): ${s.firstDays.posts} posts, plan ${s.firstDays.min} to ${s.firstDays.max}.</p>` : '';
      return `<section><h2 id="series-${esc(s.id)}">${esc(s.name)}</h2><p>Owner: ${esc(s.owner)}</p>${rhythms}${ramp}</section>`;
    })
    .join('');
  const promises = r.coverage.promises
    .map((p) => `<tr${p.starving ? ' class="warning"' : ''}><td>${esc(p.name)}</td><td>${p.lastProof ?? 'never'}</td><td>${p.daysSince ?? '—'}</td><td>${p.nextScheduled ?? '—'}</td><td>${p.starving ? 'starving' : 'ok'}</td></tr>`)
    .join('');
  const weeks = r.coverage.weeks
    .map((w) => `<tr${w.complete && w.assets.length < r.coverage.perWeek ? ' class="warning"' : ''}><td>${w.week}</td><td>${w.assets.length}${w.complete ? '' : ' (so far)'}</td><td>${esc(w.promises.join(', ') || '—')}</td></tr>`)
    .join('');
  let ratio = '<p>No posts log: add the scheduler export (governance.postsLog.file) to measure the proof ratio.</p>';
  if (r.proofRatio) {
    const pr = r.proofRatio;
    const barW = 22;
    const h = 120;
    const bars = pr.byWeek
      .map((w, i) => `<rect x="${i * barW + 30}" y="${h - w.ratio * h}" width="${barW - 4}" height="${w.ratio * h}" fill="#0969da"><title>${w.week}: ${pct(w.ratio)} (${w.proof} of ${w.posts})</title></rect>`)
      .join('');
    const line = (v: number, colour: string, label: string) => `<line x1="30" x2="${30 + pr.byWeek.length * barW}" y1="${h - v * h}" y2="${h - v * h}" stroke="${colour}" stroke-dasharray="4 3"/><text x="0" y="${h - v * h + 4}" class="lbl">${label}</text>`;
    const svg = `<svg role="img" aria-label="Share of posts carrying proof, per week" viewBox="0 0 ${40 + pr.byWeek.length * barW} ${h + 4}" width="${40 + pr.byWeek.length * barW}" height="${h + 4}">${bars}${line(pr.target, '#1a7f37', pct(pr.target))}${line(pr.baseline, '#cf222e', pct(pr.baseline))}</svg>`;
    const channels = pr.byChannel.map((c) => `<tr><td>${esc(c.channel)}</td><td>${c.posts}</td><td>${c.proof}</td><td>${pct(c.ratio)}</td></tr>`).join('');
    ratio = `<p><strong>${pct(pr.recent.ratio)}</strong> of posts carried proof over the last four weeks (${pr.recent.from} to ${pr.recent.to}: ${pr.recent.proof} of ${pr.recent.posts}); ${pct(pr.ratio)} over the window. Target ${pct(pr.target)}, baseline ${pct(pr.baseline)}. Source: <code>${esc(pr.file)}</code>.</p>${svg}<table><thead><tr><th>Channel</th><th>Posts</th><th>With proof</th><th>Share</th></tr></thead><tbody>${channels}</tbody></table>`;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Cadence and governance · ${esc(r.hub)}</title>
${opts.icon ? `<link rel="icon" href="${esc(opts.icon)}" type="image/svg+xml">\n` : ''}${opts.stylesheet ? `<link rel="stylesheet" href="${esc(opts.stylesheet)}">` : `<style>\n${REPORT_CSS}</style>`}
</head>
<body>
<h1>Cadence and governance · ${esc(r.hub)}</h1>
<p>Internal report, not for search engines. Today is ${r.today} (${esc(r.timeZone)}); window ${r.window.from} to ${r.window.to}. ${r.counts.errors} errors, ${r.counts.warnings} warnings, ${r.counts.infos} notes.</p>
<p>${legend}</p>
${series}
<section><h2 id="coverage">Promise coverage</h2>
<table><thead><tr><th>Promise</th><th>Last proof</th><th>Days since</th><th>Next scheduled</th><th>State</th></tr></thead><tbody>${promises}</tbody></table>
<details><summary>Published proof per week (plan: at least ${r.coverage.perWeek})</summary><table><thead><tr><th>Week</th><th>Assets</th><th>Promises</th></tr></thead><tbody>${weeks}</tbody></table></details>
</section>
<section><h2 id="proof-ratio">Proof ratio</h2>${ratio}</section>
<section><h2 id="findings">Findings</h2>
<table><thead><tr><th>Severity</th><th>Kind</th><th>What to do</th></tr></thead><tbody>${r.findings.map(findingRow).join('')}</tbody></table>
</section>
</body>
</html>
`;
}
