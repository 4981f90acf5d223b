// The build's closing line of step times: each step's own span, grouped, in the order given.
import { describe, expect, it } from 'vitest';
import { stepTimes } from '../../src/core/step-times.ts';

describe('stepTimes', () => {
  it('times steps and settled promises, and prints only the steps that ran', async () => {
    let t = 0;
    const clock = stepTimes(() => t);
    const astro = clock.track('astro', () => new Promise<void>((ok) => setTimeout(ok, 0)));
    expect(clock.time('check', () => ((t += 420), 'hub'))).toBe('hub');
    t = 19_440;
    await astro;
    expect(() => clock.time('SEO lint', () => { t += 1_250; throw new Error('lint failed'); })).toThrow('lint failed');
    expect(clock.line([{ labels: ['astro'] }, { title: 'beside it', labels: ['check', 'cards and images'] }, { title: 'after Astro', labels: ['headers', 'SEO lint'] }])).toBe(
      'astro 19.4 s · beside it: check 0.4 s · after Astro: SEO lint 1.3 s',
    );
  });

  it('prints nothing for a group none of whose steps ran', () => {
    const clock = stepTimes(() => 0);
    expect(clock.line([{ title: 'after Astro', labels: ['SEO lint'] }])).toBe('');
  });
});
