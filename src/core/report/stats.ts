// The statistics of the conversion report, in plain TypeScript with no dependency: the normal and
// chi-square distributions (through the regularised incomplete gamma function), the Wilson score
// interval for a rate, Newcombe's interval for a difference of two rates, the pooled two-proportion
// z-test, the sample-ratio-mismatch chi-square test and the sample size a fixed-horizon test needs.
// Every function is checked in test/core/report-stats.test.ts against values computed independently.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0]!;
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a): series below a + 1, continued fraction above. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === 0) return 1;
  const lead = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let sum = 1 / a;
    let term = sum;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-16) break;
    }
    return 1 - sum * Math.exp(lead);
  }
  // Lentz's method for the continued fraction.
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return Math.exp(lead) * h;
}

/** P(Z > z) for a standard normal Z, accurate far into the tail (erfc through Q(1/2, z²/2)). */
export function normalSf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  const tail = 0.5 * gammaQ(0.5, (z * z) / 2);
  return z >= 0 ? tail : 1 - tail;
}

export const normalCdf = (z: number): number => normalSf(-z);

/** The standard normal quantile: Acklam's rational approximation polished by one Halley step. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) {
    if (p === 0) return -Infinity;
    if (p === 1) return Infinity;
    return Number.NaN;
  }
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  let x: number;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - lo) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** P(X > x) for X chi-square with `df` degrees of freedom. */
export const chiSquareSf = (x: number, df: number): number => (x <= 0 ? 1 : gammaQ(df / 2, x / 2));

export interface Interval {
  low: number;
  high: number;
}

/** z for a two-sided interval at `confidence` (0.95 → 1.959964). */
export const zFor = (confidence: number): number => normalQuantile(1 - (1 - confidence) / 2);

/**
 * Wilson score interval for `x` successes in `n` trials. Unlike the Wald interval it never leaves
 * [0, 1] and stays honest for small counts (2 of 60: about 0.9% to 11.4%). Undefined for n = 0.
 */
export function wilson(x: number, n: number, confidence = 0.95): Interval | undefined {
  if (!(n > 0) || x < 0 || x > n) return undefined;
  const z = zFor(confidence);
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { low: x === 0 ? 0 : Math.max(0, centre - half), high: x === n ? 1 : Math.min(1, centre + half) };
}

/**
 * Newcombe's hybrid score interval (his method 10) for p_b − p_a, built from the two Wilson
 * intervals: no continuity correction, and it behaves near 0 where the Wald difference does not.
 */
export function diffInterval(xa: number, na: number, xb: number, nb: number, confidence = 0.95): Interval | undefined {
  const a = wilson(xa, na, confidence);
  const b = wilson(xb, nb, confidence);
  if (!a || !b) return undefined;
  const pa = xa / na;
  const pb = xb / nb;
  const d = pb - pa;
  return { low: d - Math.sqrt((pb - b.low) ** 2 + (a.high - pa) ** 2), high: d + Math.sqrt((b.high - pb) ** 2 + (pa - a.low) ** 2) };
}

export interface TwoProportionTest {
  /** p_b − p_a. */
  diff: number;
  /** (p_b − p_a) / p_a; undefined when p_a is 0. */
  relative?: number;
  z: number;
  /** Two-sided p-value of the pooled z-test (the same as Pearson's chi-square on the 2x2 table). */
  p: number;
}

/** Pooled two-proportion z-test of b against a (30/1,000 against 45/1,000 gives p ≈ 0.077). */
export function twoProportionTest(xa: number, na: number, xb: number, nb: number): TwoProportionTest | undefined {
  if (!(na > 0 && nb > 0)) return undefined;
  const pa = xa / na;
  const pb = xb / nb;
  const pooled = (xa + xb) / (na + nb);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));
  const diff = pb - pa;
  const z = se === 0 ? 0 : diff / se;
  const out: TwoProportionTest = { diff, z, p: se === 0 ? 1 : Math.min(1, 2 * normalSf(Math.abs(z))) };
  if (pa > 0) out.relative = diff / pa;
  return out;
}

export interface SampleRatioTest {
  chiSquare: number;
  df: number;
  p: number;
  /** Visits each arm should have had under the planned weights. */
  expected: number[];
}

/**
 * Pearson's chi-square goodness of fit of the observed visits per arm against the planned weights.
 * A p-value below 0.001 means the assignment (or the counting) is broken: read no lift then.
 */
export function sampleRatioTest(observed: readonly number[], weights: readonly number[]): SampleRatioTest | undefined {
  const total = observed.reduce((s, x) => s + x, 0);
  const wsum = weights.reduce((s, w) => s + w, 0);
  if (observed.length < 2 || observed.length !== weights.length || !(total > 0) || !(wsum > 0)) return undefined;
  const expected = weights.map((w) => (total * w) / wsum);
  const chiSquare = observed.reduce((s, x, i) => s + (x - expected[i]!) ** 2 / expected[i]!, 0);
  const df = observed.length - 1;
  return { chiSquare, df, p: chiSquareSf(chiSquare, df), expected };
}

/**
 * Visitors per arm a fixed-horizon two-sided test needs to detect a change from rate p1 to p2
 * (Fleiss' formula without continuity correction): 3% → 4% at α 0.05 and 80% power needs 5,301.
 */
export function requiredSampleSize(p1: number, p2: number, alpha = 0.05, power = 0.8): number {
  if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1) || p1 === p2) return Number.POSITIVE_INFINITY;
  const za = normalQuantile(1 - alpha / 2);
  const zb = normalQuantile(power);
  const pBar = (p1 + p2) / 2;
  const n = (za * Math.sqrt(2 * pBar * (1 - pBar)) + zb * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / (p1 - p2) ** 2;
  return Math.ceil(n - 1e-9);
}

/**
 * The smallest absolute change from `p` that `n` visitors per arm detect at α and power (the
 * minimum detectable effect), found by bisection on requiredSampleSize. Undefined when p is 0 or 1.
 */
export function minimumDetectableEffect(p: number, n: number, alpha = 0.05, power = 0.8): number | undefined {
  if (!(p > 0 && p < 1) || !(n > 0)) return undefined;
  let lo = 0;
  let hi = 1 - p;
  if (requiredSampleSize(p, p + hi * 0.999999, alpha, power) > n) return undefined;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (mid > 0 && requiredSampleSize(p, p + mid, alpha, power) <= n) hi = mid;
    else lo = mid;
  }
  return hi;
}
