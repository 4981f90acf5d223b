// Bar chart geometry computed at build time: a bad column name fails the build with the choices,
// and the bars are scaled so the largest value spans the whole plot area.
import { describe, expect, it } from 'vitest';
import { barChart, ChartError } from '../../src/core/charts/bar-chart.ts';
import type { DataTable } from '../../src/core/data-file.ts';

const TABLE: DataTable = {
  columns: ['gateway', 'p95_ms', 'note'],
  rows: [
    { gateway: 'Dock', p95_ms: 120, note: 'ok' },
    { gateway: 'Truck', p95_ms: 480, note: 'ok' },
    { gateway: 'Cold room', p95_ms: 60.25, note: 'ok' },
  ],
};

describe('barChart', () => {
  it('lays out one bar per row with the widest bar spanning the plot area', () => {
    const chart = barChart(TABLE, 'gateway', 'p95_ms', 'ms');
    // Longest label "Cold room" is 9 characters: 16 + 9 × 8.4 = 91.6; span = 640 − 91.6 − 90 = 458.4.
    expect(chart.width).toBe(640);
    expect(chart.labelWidth).toBeCloseTo(91.6, 10);
    expect(chart.barHeight).toBe(26);
    expect(chart.height).toBe(3 * 36 - 10);
    expect(chart.bars.map((b) => ({ ...b, width: Number(b.width.toFixed(6)) }))).toEqual([
      { label: 'Dock', value: 120, y: 0, width: 114.6, valueText: '120 ms' },
      { label: 'Truck', value: 480, y: 36, width: 458.4, valueText: '480 ms' },
      { label: 'Cold room', value: 60.25, y: 72, width: 57.53875, valueText: '60.25 ms' },
    ]);
    expect(chart.bars[1].width).toBeCloseTo(chart.width - chart.labelWidth - 90, 10);
  });

  it('summarises the highest and lowest bar for screen readers', () => {
    expect(barChart(TABLE, 'gateway', 'p95_ms', 'ms').summary).toBe('p95_ms by gateway: highest Truck (480 ms), lowest Cold room (60.25 ms).');
  });

  it('writes values without a unit when none is given, with at most two decimals', () => {
    const table: DataTable = { columns: ['k', 'v'], rows: [{ k: 'a', v: 1.5 }, { k: 'b', v: 2.125 }, { k: 'c', v: 3.999 }] };
    expect(barChart(table, 'k', 'v').bars.map((b) => b.valueText)).toEqual(['1.5', '2.13', '4']);
  });

  it('scales negative values by their size and keeps every bar visible', () => {
    const table: DataTable = { columns: ['k', 'v'], rows: [{ k: 'a', v: -10 }, { k: 'b', v: 5 }, { k: 'c', v: 0 }] };
    const chart = barChart(table, 'k', 'v');
    const span = 640 - chart.labelWidth - 90;
    expect(chart.bars.map((b) => b.width)).toEqual([span, span / 2, 2]);
    expect(chart.summary).toBe('v by k: highest b (5), lowest a (-10).');
  });

  it('draws all-zero data as minimal bars instead of dividing by zero', () => {
    const chart = barChart({ columns: ['k', 'v'], rows: [{ k: 'a', v: 0 }, { k: 'b', v: 0 }] }, 'k', 'v');
    expect(chart.bars.map((b) => b.width)).toEqual([2, 2]);
  });

  it('caps the label column for very long labels', () => {
    const chart = barChart({ columns: ['k', 'v'], rows: [{ k: 'x'.repeat(80), v: 1 }] }, 'k', 'v');
    expect(chart.labelWidth).toBe(320);
  });

  it('throws for an unknown x or y column, listing the columns there are', () => {
    expect(() => barChart(TABLE, 'site', 'p95_ms')).toThrow(new ChartError('BarChart x="site": expected one of the data columns (gateway, p95_ms, note)'));
    expect(() => barChart(TABLE, 'gateway', 'p99_ms')).toThrow(new ChartError('BarChart y="p99_ms": expected one of the data columns (gateway, p95_ms, note)'));
    expect(() => barChart(TABLE, 'gateway', 'p99_ms')).toThrow(ChartError);
  });

  it('throws for a y column that is not numeric in every row, quoting the bad value', () => {
    expect(() => barChart(TABLE, 'gateway', 'note')).toThrow(new ChartError('BarChart y="note": expected numbers in every row; found "ok"'));
    const mixed: DataTable = { columns: ['k', 'v'], rows: [{ k: 'a', v: 1 }, { k: 'b', v: 'n/a' }] };
    expect(() => barChart(mixed, 'k', 'v')).toThrow('BarChart y="v": expected numbers in every row; found "n/a"');
  });
});
