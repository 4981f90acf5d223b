// Where a build's time went, as one line at its end: the steps that run beside Astro overlap it,
// so each is given as its own span, not as a share of the total.

export interface StepTimes {
  /** Runs a synchronous step and records how long it took. */
  time<T>(label: string, step: () => T): T;
  /** Starts an asynchronous step and records how long it took once its promise settles. */
  track<T>(label: string, start: () => Promise<T>): Promise<T>;
  /** "astro 19.4 s · beside it: check 0.4 s, … · after Astro: SEO lint 1.2 s, …" */
  line(groups: readonly { title?: string; labels: readonly string[] }[]): string;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function stepTimes(now: () => number = () => performance.now()): StepTimes {
  const spans = new Map<string, number>();
  return {
    time(label, step) {
      const start = now();
      try {
        return step();
      } finally {
        spans.set(label, now() - start);
      }
    },
    track(label, start) {
      const since = now();
      const promise = start();
      const done = () => spans.set(label, now() - since);
      promise.then(done, done);
      return promise;
    },
    line(groups) {
      return groups
        .map((g) => {
          const parts = g.labels.filter((l) => spans.has(l)).map((l) => `${l} ${seconds(spans.get(l)!)}`);
          return parts.length ? `${g.title ? `${g.title}: ` : ''}${parts.join(', ')}` : '';
        })
        .filter(Boolean)
        .join(' · ');
    },
  };
}
