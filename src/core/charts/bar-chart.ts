// A horizontal bar chart as SVG geometry, computed at build time (no client JS). The component
// prints it with a <title>/<desc> and a data table fallback, so screen readers get the numbers.
import type { DataTable } from '../data-file.ts';

export interface Bar {
  label: string;
  value: number;
  /** Geometry in SVG user units. */
  y: number;
  width: number;
  valueText: string;
}

export interface BarChartModel {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: Bar[];
  /** A sentence describing the chart, for <desc>. */
  summary: string;
}

export class ChartError extends Error {}

const fmt = (n: number, unit: string) => `${Number.isInteger(n) ? n : n.toFixed(2).replace(/\.?0+$/, '')}${unit ? ` ${unit}` : ''}`;

export function barChart(table: DataTable, x: string, y: string, unit = ''): BarChartModel {
  if (!table.columns.includes(x)) throw new ChartError(`BarChart x="${x}": expected one of the data columns (${table.columns.join(', ')})`);
  if (!table.columns.includes(y)) throw new ChartError(`BarChart y="${y}": expected one of the data columns (${table.columns.join(', ')})`);
  const rows = table.rows.map((r) => ({ label: String(r[x]), value: r[y] }));
  const bad = rows.find((r) => typeof r.value !== 'number');
  if (bad) throw new ChartError(`BarChart y="${y}": expected numbers in every row; found "${String(bad.value)}"`);
  const values = rows.map((r) => r.value as number);
  const max = Math.max(...values.map(Math.abs), 0) || 1;
  const width = 640;
  // About 8.4 px per character at 14 px: generous, so long labels are never clipped.
  const labelWidth = Math.min(320, 16 + 8.4 * Math.max(...rows.map((r) => r.label.length)));
  const valueRoom = 90;
  const barHeight = 26;
  const gap = 10;
  const span = width - labelWidth - valueRoom;
  const bars = rows.map((r, i) => ({
    label: r.label,
    value: r.value as number,
    y: i * (barHeight + gap),
    width: Math.max(2, (Math.abs(r.value as number) / max) * span),
    valueText: fmt(r.value as number, unit),
  }));
  const top = bars.reduce((a, b) => (b.value > a.value ? b : a), bars[0]);
  const low = bars.reduce((a, b) => (b.value < a.value ? b : a), bars[0]);
  return {
    width,
    height: bars.length * (barHeight + gap) - gap,
    labelWidth,
    barHeight,
    bars,
    summary: `${y} by ${x}: highest ${top.label} (${top.valueText}), lowest ${low.label} (${low.valueText}).`,
  };
}
