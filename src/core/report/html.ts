// The conversion report as one self-contained HTML page: inline CSS, inline SVG charts (rates with
// their intervals, the cumulative rate of each A/B arm over time, the KPI against its baseline and
// target), every table, the definitions. No JavaScript, no external asset, noindex.
import { FORMAT_WORDS, type DayCounts, type ExperimentResult, type KpiResult, type Rate, type Report } from './model.ts';
import { wilson } from './stats.ts';
import { int, pct, plural, pValue, signedPts } from './words.ts';
import { escapeHtml as esc } from '../escape.ts';


const ARM_COLOURS = ['#57606a', '#0969da', '#8250df', '#bc4c00'];
const interval = (r: Pick<Rate, 'low' | 'high'>) => (r.low == null ? '–' : `${(r.low * 100).toFixed(2)}–${pct(r.high)}`);

/** A scale of rates from 0 to a round top at or above `max`, with at most six steps. */
export function scale(max: number): { top: number; ticks: number[]; digits: number } {
  const nice = [0.001, 0.002, 0.0025, 0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5];
  const step = nice.find((s) => max / s <= 6) ?? 0.5;
  const n = Math.max(1, Math.ceil(max / step - 1e-9));
  const ticks = Array.from({ length: n + 1 }, (_, i) => +(i * step).toFixed(6));
  return { top: ticks[n]!, ticks, digits: step < 0.01 ? 1 : 0 };
}

/**
 * Horizontal bars of rates with their interval as a whisker, one row per item; optional reference
 * lines (baseline, target). Readable without colour: values are printed beside each bar.
 */
export function intervalChart(title: string, items: readonly { label: string; rate: Rate; colour?: string }[], refs: readonly { value: number; label: string }[] = []): string {
  const labelW = Math.min(260, 8 + 7 * Math.max(8, ...items.map((i) => i.label.length)));
  const plotW = 420;
  const valueW = 190;
  const rowH = 24;
  const top = 22;
  const width = labelW + plotW + valueW;
  const height = top + items.length * rowH + 24;
  const max = Math.max(0.01, ...items.map((i) => i.rate.high ?? 0), ...refs.map((r) => r.value));
  const { top: hi, ticks, digits } = scale(max);
  const x = (v: number) => labelW + (v / hi) * plotW;
  const parts: string[] = [];
  for (const t of ticks)
    parts.push(`<line x1="${x(t).toFixed(1)}" y1="${top - 4}" x2="${x(t).toFixed(1)}" y2="${top + items.length * rowH}" class="grid"/><text x="${x(t).toFixed(1)}" y="${height - 6}" class="tick" text-anchor="middle">${pct(t, digits)}</text>`);
  items.forEach((it, i) => {
    const y = top + i * rowH;
    const r = it.rate;
    parts.push(`<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" class="lbl">${esc(it.label)}</text>`);
    if (r.rate != null) {
      parts.push(`<rect x="${labelW}" y="${y + 5}" width="${(x(r.rate) - labelW).toFixed(1)}" height="12" rx="2" fill="${it.colour ?? '#0969da'}" opacity="0.75"><title>${esc(`${it.label}: ${pct(r.rate)} (${interval(r)}), ${int(r.converted)} of ${int(r.visits)}`)}</title></rect>`);
      parts.push(`<line x1="${x(r.low!).toFixed(1)}" y1="${y + 11}" x2="${x(r.high!).toFixed(1)}" y2="${y + 11}" class="ci"/><line x1="${x(r.low!).toFixed(1)}" y1="${y + 6}" x2="${x(r.low!).toFixed(1)}" y2="${y + 16}" class="ci"/><line x1="${x(r.high!).toFixed(1)}" y1="${y + 6}" x2="${x(r.high!).toFixed(1)}" y2="${y + 16}" class="ci"/>`);
      parts.push(`<text x="${labelW + plotW + 8}" y="${y + 15}" class="val">${pct(r.rate)} (${interval(r)}) · ${int(r.visits)}</text>`);
    } else parts.push(`<text x="${labelW + 4}" y="${y + 15}" class="val">no visits</text>`);
  });
  // Reference lines; labels alternate left and right of their line so two close ones stay apart.
  refs.forEach((ref, i) =>
    parts.push(
      `<line x1="${x(ref.value).toFixed(1)}" y1="${top - 8}" x2="${x(ref.value).toFixed(1)}" y2="${top + items.length * rowH}" class="ref"/><text x="${(x(ref.value) + (i % 2 ? 3 : -3)).toFixed(1)}" y="${top - 10}" text-anchor="${i % 2 ? 'start' : 'end'}" class="tick">${esc(ref.label)}</text>`,
    ),
  );
  const summary = items.map((i) => `${i.label} ${i.rate.rate == null ? 'no visits' : `${pct(i.rate.rate)} (${interval(i.rate)})`}`).join('; ');
  return `<figure><svg role="img" aria-label="${esc(`${title}: ${summary}`)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${parts.join('')}</svg><figcaption>${esc(title)}. Bars are rates; whiskers their 95% intervals; the number after the interval is visits.</figcaption></figure>`;
}

/** Cumulative conversion rate per arm by day, with the control's 95% band: how the estimate settled. */
export function cumulativeChart(x: ExperimentResult, days: readonly DayCounts[], rule: 'conversion' | 'cta_click', landing: string): string {
  const mine = days.filter((d) => d.landing === landing && d.experiment === x.id);
  const allDays = [...new Set(mine.map((d) => d.day))].sort();
  if (allDays.length < 2) return '';
  const series = x.arms.map((a, i) => {
    let v = 0;
    let c = 0;
    const points = allDays.map((day) => {
      const d = mine.find((m) => m.day === day && m.arm === a.arm);
      if (d) (v += d.visits), (c += rule === 'conversion' ? d.conversions : d.clicks);
      const w = wilson(c, v);
      return { day, rate: v ? c / v : null, low: w?.low ?? null, high: w?.high ?? null };
    });
    return { arm: a.arm, colour: ARM_COLOURS[i % ARM_COLOURS.length]!, points };
  });
  const W = 640;
  const H = 220;
  const L = 48;
  const T = 12;
  const B = 28;
  // The axis fits 2.5 times the final rates: the first days' wide swings are clipped at the top.
  const max = Math.max(0.01, ...series.map((s) => (s.points[s.points.length - 1]!.rate ?? 0) * 2.5));
  const { top: hi, ticks, digits } = scale(max);
  const px = (i: number) => L + (i / (allDays.length - 1)) * (W - L - 10);
  const py = (v: number) => T + (1 - v / hi) * (H - T - B);
  const parts: string[] = [];
  for (const t of ticks) parts.push(`<line x1="${L}" y1="${py(t).toFixed(1)}" x2="${W - 10}" y2="${py(t).toFixed(1)}" class="grid"/><text x="${L - 4}" y="${(py(t) + 4).toFixed(1)}" text-anchor="end" class="tick">${pct(t, digits)}</text>`);
  parts.push(`<text x="${L}" y="${H - 8}" class="tick">${allDays[0]}</text><text x="${W - 10}" y="${H - 8}" text-anchor="end" class="tick">${allDays[allDays.length - 1]}</text>`);
  const control = series.find((s) => s.arm === 'control');
  if (control) {
    const pts = control.points.map((p, i) => [i, p] as const).filter(([, p]) => p.low != null);
    if (pts.length > 1) {
      const upper = pts.map(([i, p]) => `${px(i).toFixed(1)},${py(Math.min(hi, p.high!)).toFixed(1)}`);
      const lower = pts.map(([i, p]) => `${px(i).toFixed(1)},${py(Math.min(hi, p.low!)).toFixed(1)}`).reverse();
      parts.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="${control.colour}" opacity="0.12"/>`);
    }
  }
  for (const s of series) {
    const pts = s.points.map((p, i) => (p.rate == null ? null : `${px(i).toFixed(1)},${py(Math.min(hi, p.rate)).toFixed(1)}`)).filter(Boolean);
    if (pts.length > 1) parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${s.colour}" stroke-width="2"${s.arm === 'control' ? '' : ' stroke-dasharray="6 3"'}/>`);
  }
  const legend = series.map((s) => `<span><i style="background:${s.colour}"></i>${esc(s.arm)}</span>`).join(' ');
  const last = series.map((s) => `${s.arm} ${pct(s.points[s.points.length - 1]!.rate)}`).join(', ');
  return `<figure><svg role="img" aria-label="${esc(`Cumulative conversion rate of test ${x.id} by day, ${allDays[0]} to ${allDays[allDays.length - 1]}; last: ${last}`)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">${parts.join('')}</svg><figcaption>Cumulative rate per arm by day (UTC); the shaded band is control’s 95% interval. ${legend}</figcaption></figure>`;
}

function kpiChart(k: KpiResult): string {
  const items = [{ label: 'All social traffic', rate: { visits: k.visits, clicks: 0, conversions: 0, converted: k.converted, rate: k.rate, low: k.low, high: k.high }, colour: '#1a7f37' }, ...k.byLanding.map((l) => ({ label: l.landing, rate: l as Rate, colour: '#57606a' }))];
  return intervalChart(k.name, items, [
    { value: k.baseline, label: `baseline ${pct(k.baseline, 1)}` },
    { value: k.target, label: `target ${pct(k.target, 1)}` },
  ]);
}

const th = (cells: readonly string[]) => `<tr>${cells.map((c) => `<th scope="col">${esc(c)}</th>`).join('')}</tr>`;
const td = (cells: readonly string[], numFrom = 99) => `<tr>${cells.map((c, i) => `<td${i >= numFrom ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`;
const rateCells = (r: Rate) => [int(r.visits), int(r.converted), pct(r.rate), interval(r)];
const STATUS: Record<ExperimentResult['status'], { cls: string; words: string }> = {
  'sample-ratio-mismatch': { cls: 'bad', words: 'Sample-ratio mismatch' },
  'not-enough-data': { cls: 'wait', words: 'Not enough data yet' },
  'early-look': { cls: 'wait', words: 'Early look' },
  complete: { cls: 'ok', words: 'Planned sample reached' },
  'no-control': { cls: 'bad', words: 'No control arm' },
};

export function renderHtml(r: Report): string {
  const f = r.inputs.files;
  const body: string[] = [];
  const period = r.period.from ? `${r.period.from.slice(0, 10)} to ${r.period.to!.slice(0, 10)} (UTC)` : 'no landing events';
  body.push(`<h1>Conversion report</h1><p class="meta">${esc(period)} · ${esc(plural(f.length, 'file'))} · ${esc(int(f.reduce((s, x) => s + x.rows, 0)))} rows, ${esc(int(f.reduce((s, x) => s + x.bad, 0)))} not read</p>`);
  if (r.warnings.length) body.push(`<section class="warn"><h2>Before you trust these numbers</h2><ul>${r.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul></section>`);
  const k = r.kpi;
  body.push(`<section><h2>KPI: ${esc(k.name)}</h2><p class="verdict ${k.status === 'reached-target' || k.status === 'above-baseline' ? 'ok' : k.status === 'below-baseline' ? 'bad' : 'wait'}">${esc(k.verdict)}</p>${kpiChart(k)}</section>`);
  body.push('<nav><h2>Landing pages</h2><ul>' + r.landings.map((l) => `<li><a href="#lp-${esc(l.landing)}">${esc(l.landing)}</a></li>`).join('') + '<li><a href="#sources">By source, medium and campaign</a></li><li><a href="#inputs">Inputs and rows not read</a></li></ul></nav>');
  for (const l of r.landings) {
    body.push(`<section id="lp-${esc(l.landing)}"><h2>${esc(l.landing)}</h2><p>Conversion = <code>${l.conversion}</code>: ${esc(l.conversionWhy)}. ${esc(int(l.total.visits))} visits, ${esc(pct(l.total.rate))} (${esc(interval(l.total))}).</p>`);
    body.push(intervalChart(`${l.landing}: rate by variant`, l.variants.map((v) => ({ label: `${v.variant}${v.chosenBy === 'source' ? ' (by source)' : ''}`, rate: v, colour: v.chosenBy === 'default' ? '#57606a' : '#0969da' }))));
    body.push(`<table><caption>Variants (chosen by source or campaign: rates only, no lift verdict)</caption>${th(['Variant', 'Chosen by', 'Visits', 'Conv.', 'Rate', '95% interval', 'Note'])}${l.variants.map((v) => td([v.variant, v.chosenBy, ...rateCells(v), v.note ?? ''], 2)).join('')}</table>`);
    for (const x of l.experiments) {
      const st = STATUS[x.status];
      body.push(`<h3>A/B test ${esc(x.id)} <span class="badge ${st.cls}">${esc(st.words)}</span></h3><p>Audience: ${esc(x.audience)} · planned ${x.plannedPerArm ? `${esc(int(x.plannedPerArm))} visits per arm` : 'sample size unknown'}${x.srm ? ` · sample-ratio check ${esc(pValue(x.srm.p))}${x.srm.flagged ? ' (flagged)' : ''}` : ''}${x.arms.length > 2 ? ` · each arm read at α ${+x.alpha.toFixed(4)}` : ''}</p>`);
      body.push(`<div class="verdict ${st.cls}">${x.verdict.map((v) => `<p>${esc(v)}</p>`).join('')}</div>`);
      body.push(intervalChart(`${x.id}: rate by arm`, x.arms.map((a, i) => ({ label: a.arm, rate: a, colour: ARM_COLOURS[i % ARM_COLOURS.length]! }))));
      body.push(cumulativeChart(x, r.days, l.conversion, l.landing));
      body.push(
        `<table><caption>Arms</caption>${th(['Arm', 'Share', 'Visits', 'Conv.', 'Rate', '95% interval', 'Diff. vs control', 'Interval', 'Relative', 'p'])}${x.arms
          .map((a) =>
            td(
              [
                a.arm,
                a.share == null ? '–' : `${Math.round(a.share * 100)}%`,
                ...rateCells(a),
                a.vsControl ? `${signedPts(a.vsControl.diff)} pts` : '',
                a.vsControl ? `${signedPts(a.vsControl.diffLow)} to ${signedPts(a.vsControl.diffHigh)}` : '',
                a.vsControl?.relative != null ? `${signedPts(a.vsControl.relative, 0)}%` : '',
                a.vsControl ? pValue(a.vsControl.p) : '',
              ],
              1,
            ),
          )
          .join('')}</table>`,
      );
    }
    body.push('</section>');
  }
  body.push(`<section id="sources"><h2>By source, medium and campaign</h2><p>All landing pages; each visit converted under its own page’s rule.</p>`);
  body.push(intervalChart('Rate by channel', r.channels.map((c) => ({ label: c.channel, rate: c, colour: c.channel.includes('Social') ? '#1a7f37' : '#57606a' }))));
  body.push(`<table><caption>Channels</caption>${th(['Channel', 'Visits', 'Conv.', 'Rate', '95% interval'])}${r.channels.map((c) => td([c.channel, ...rateCells(c)], 1)).join('')}</table>`);
  body.push(`<table><caption>Sources</caption>${th(['Source', 'Medium', 'Campaign', 'Channel', 'Visits', 'Conv.', 'Rate', '95% interval'])}${r.sources.map((s) => td([s.source ?? '(none)', s.medium ?? '(none)', s.campaign ?? '(none)', s.channel, ...rateCells(s)], 4)).join('')}</table></section>`);
  body.push(`<section id="inputs"><h2>Inputs</h2><table>${th(['File', 'Format', 'Rows', 'Used', 'Other events', 'Not read'])}${f.map((x) => td([x.file, FORMAT_WORDS[x.format], int(x.rows), int(x.used), int(x.ignored), int(x.bad)], 2)).join('')}</table>`);
  if (r.inputs.badRows.length)
    body.push(`<table><caption>Rows not read (left out of every number)</caption>${th(['File', 'Reason', 'Rows', 'First lines', 'Expected'])}${r.inputs.badRows.map((b) => td([b.file, b.reason, int(b.count), `${b.lines.join(', ')}${b.count > b.lines.length ? ', …' : ''}`, b.expected])).join('')}</table>`);
  body.push(`</section><section><h2>Definitions</h2><ul>${r.definitions.map((d) => `<li>${esc(d)}</li>`).join('')}</ul><p>Sample ratio flagged below p ${r.settings.srmAlpha}; no verdict below ${r.settings.minVisits} visits and ${r.settings.minConversions} conversions per arm; tests at α ${r.settings.alpha}, sample sizes at ${r.settings.power * 100}% power.</p></section>`);
  const css = `body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff;max-width:1000px;margin:0 auto;padding:24px}h1{margin:0 0 4px}.meta{color:#57606a;margin-top:0}section{margin:32px 0}table{border-collapse:collapse;margin:12px 0;font-size:14px;display:block;overflow-x:auto}caption{text-align:left;font-weight:600;padding:4px 0}th,td{padding:4px 10px;border-bottom:1px solid #d0d7de;text-align:left;white-space:nowrap}td.n{text-align:right;font-variant-numeric:tabular-nums}.verdict{padding:8px 12px;border-left:4px solid #57606a;background:#f6f8fa}.verdict p{margin:4px 0}.verdict.ok{border-color:#1a7f37}.verdict.bad{border-color:#cf222e;background:#ffebe9}.verdict.wait{border-color:#9a6700;background:#fff8c5}.badge{font-size:13px;padding:2px 8px;border-radius:10px;background:#eaeef2;vertical-align:middle}.badge.bad{background:#ffebe9;color:#a40e26}.badge.wait{background:#fff8c5;color:#7d4e00}.badge.ok{background:#dafbe1;color:#116329}.warn{background:#fff8c5;padding:4px 16px;border-radius:6px}figure{margin:12px 0;overflow-x:auto}figcaption{font-size:13px;color:#57606a}figcaption i{display:inline-block;width:12px;height:12px;margin:0 4px 0 10px;vertical-align:-1px}svg .lbl{font-size:12px;fill:#1f2328}svg .val,svg .tick{font-size:11px;fill:#57606a}svg .grid{stroke:#eaeef2}svg .ci{stroke:#1f2328;stroke-width:1.5}svg .ref{stroke:#cf222e;stroke-dasharray:4 3}code{background:#eaeef2;padding:1px 4px;border-radius:4px}nav ul{columns:2}`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Conversion report · ${esc(period)}</title><style>${css}</style></head><body>${body.join('\n')}</body></html>\n`;
}
