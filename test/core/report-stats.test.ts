// The report's statistics against values computed independently (SciPy 1.17: scipy.stats.norm,
// chi2, chisquare; Newcombe 1998, Table II) and written in here, not produced by our code.
import { describe, expect, it } from 'vitest';
import {
  chiSquareSf,
  diffInterval,
  logGamma,
  minimumDetectableEffect,
  normalCdf,
  normalQuantile,
  normalSf,
  requiredSampleSize,
  sampleRatioTest,
  twoProportionTest,
  wilson,
} from '../../src/core/report/stats.ts';

describe('distributions', () => {
  it('normal quantile and tails', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 12);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 9);
    expect(normalSf(5)).toBeCloseTo(2.866515718791933e-7, 18);
    expect(normalSf(8) / 6.22096057427174e-16).toBeCloseTo(1, 9);
    expect(normalCdf(0)).toBeCloseTo(0.5, 15);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
  });
  it('chi-square survival', () => {
    expect(chiSquareSf(10.83, 1)).toBeCloseTo(0.0009986863791802592, 14);
    expect(chiSquareSf(13.8155, 2)).toBeCloseTo(0.0010000052789960706, 14);
    expect(chiSquareSf(3, 3)).toBeCloseTo(0.3916251762710877, 13);
    expect(chiSquareSf(100, 4) / 9.836624224615988e-21).toBeCloseTo(1, 9);
    expect(chiSquareSf(0, 1)).toBe(1);
  });
  it('log gamma', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
  });
});

describe('Wilson interval', () => {
  it('22 of 1,000 is about 1.46% to 3.31%', () => {
    const w = wilson(22, 1000)!;
    expect(w.low).toBeCloseTo(0.014572707764791058, 12);
    expect(w.high).toBeCloseTo(0.03308567334739963, 12);
  });
  it('2 of 60 is about 0.9% to 11.4% (Wald would go below zero)', () => {
    const w = wilson(2, 60)!;
    expect(w.low).toBeCloseTo(0.00918931925619787, 12);
    expect(w.high).toBeCloseTo(0.113637742743086, 12);
  });
  it('stays inside [0, 1] at the edges, and is undefined without visits', () => {
    expect(wilson(0, 50)).toEqual({ low: 0, high: expect.closeTo(0.07134759913335872, 12) });
    expect(wilson(50, 50)).toEqual({ low: expect.closeTo(0.9286524008666414, 12), high: 1 });
    expect(wilson(0, 0)).toBeUndefined();
    expect(wilson(3, 2)).toBeUndefined();
  });
});

describe('two proportions', () => {
  it('30/1,000 against 45/1,000: p about 0.077, not significant at 5%', () => {
    const t = twoProportionTest(30, 1000, 45, 1000)!;
    expect(t.z).toBeCloseTo(1.7654696590094991, 12);
    expect(t.p).toBeCloseTo(0.0774848651326447, 12);
    expect(t.diff).toBeCloseTo(0.015, 15);
    expect(t.relative).toBeCloseTo(0.5, 15);
  });
  it('200/5,000 against 260/5,000: p about 0.0042', () => {
    expect(twoProportionTest(200, 5000, 260, 5000)!.p).toBeCloseTo(0.004181091634738958, 12);
  });
  it('no relative lift from a zero control, p 1 when nothing converts', () => {
    const t = twoProportionTest(0, 100, 0, 100)!;
    expect(t.p).toBe(1);
    expect(t.relative).toBeUndefined();
  });
  it("Newcombe's interval for the difference (his method 10)", () => {
    const paper = diffInterval(48, 80, 56, 70)!; // Newcombe 1998, Table II: 0.0524 to 0.3339
    expect(paper.low).toBeCloseTo(0.052431472402365065, 12);
    expect(paper.high).toBeCloseTo(0.333872654036906, 12);
    const ours = diffInterval(30, 1000, 45, 1000)!;
    expect(ours.low).toBeCloseTo(-0.001786491306577348, 12);
    expect(ours.high).toBeCloseTo(0.03217286283385532, 12);
  });
});

describe('sample ratio', () => {
  it('flags 5,000 against 5,300 on a 50/50 split? no: p 0.0031 is above 0.001', () => {
    const t = sampleRatioTest([5000, 5300], [50, 50])!;
    expect(t.chiSquare).toBeCloseTo(8.737864077669903, 12);
    expect(t.p).toBeCloseTo(0.003116693839866867, 12);
  });
  it('weighted 75/25 plan, 7,000 against 3,000: p about 7.6e-31', () => {
    const t = sampleRatioTest([7000, 3000], [75, 25])!;
    expect(t.chiSquare).toBeCloseTo(133.33333333333334, 10);
    expect(t.p / 7.643758385631223e-31).toBeCloseTo(1, 8);
    expect(t.expected).toEqual([7500, 2500]);
  });
  it('three arms', () => {
    const t = sampleRatioTest([1000, 1000, 1100], [1, 1, 1])!;
    expect(t.df).toBe(2);
    expect(t.p).toBeCloseTo(0.0397237334124829, 9);
  });
  it('needs two arms and some visits', () => {
    expect(sampleRatioTest([10], [1])).toBeUndefined();
    expect(sampleRatioTest([0, 0], [1, 1])).toBeUndefined();
  });
});

describe('sample size', () => {
  it('about 5,300 per arm detect 3% → 4% at α 0.05 and 80% power (5,300.74, rounded up)', () => {
    expect(requiredSampleSize(0.03, 0.04)).toBe(5301);
    expect(requiredSampleSize(0.04, 0.03)).toBe(5301);
  });
  it("the brief's KPI: 2.2% → 3.2% needs 4,123 per group", () => {
    expect(requiredSampleSize(0.022, 0.032)).toBe(4123);
  });
  it('no difference or an impossible rate needs infinitely many', () => {
    expect(requiredSampleSize(0.03, 0.03)).toBe(Infinity);
    expect(requiredSampleSize(0, 0.03)).toBe(Infinity);
  });
  it('the minimum detectable effect inverts it', () => {
    expect(minimumDetectableEffect(0.03, 5301)).toBeCloseTo(0.009999735849879919, 5);
    expect(minimumDetectableEffect(0.03, 1000)).toBeCloseTo(0.025302523284999157, 5);
    expect(minimumDetectableEffect(0, 1000)).toBeUndefined();
  });
});
