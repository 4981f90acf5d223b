// Number wording shared by the verdicts and every output: percentages, points, counts, p-values.

/** 0.0231 → "2.31%". */
export const pct = (x: number | null | undefined, digits = 2): string => (x == null || Number.isNaN(x) ? '–' : `${(x * 100).toFixed(digits)}%`);

/** An absolute difference of rates in percentage points with its sign: 0.011 → "+1.10 points". */
export const points = (x: number, digits = 2): string => `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x * 100).toFixed(digits)} points`;

/** A signed number of points without the word, for intervals: −0.0042 → "−0.42". */
export const signedPts = (x: number, digits = 2): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x * 100).toFixed(digits)}`;

/** 5300 → "5,300". */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** "p = 0.077", "p < 0.001". */
export const pValue = (p: number): string => (p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`);

/** A rate and its interval: "2.20% (1.46–3.31%)". */
export const rateWithInterval = (rate: number | null, low: number | null, high: number | null): string =>
  rate == null ? '–' : `${pct(rate)} (${(low! * 100).toFixed(2)}–${pct(high)})`;

/** "1 visit", "2 visits". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${int(n)} ${n === 1 ? one : many}`;
