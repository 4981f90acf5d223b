// Parses the pages Astro has already written while it is still rendering the rest, into the
// lint's parse cache (parse-cache.ts `prewarm`), so the SEO lint that follows Astro on the build's
// critical path finds most pages parsed. It runs in short slices between the build's other work
// on this thread (the OG cards), at a lower priority than Astro. Correct by construction: an
// entry is used only if the lint later reads the very same bytes at that path, so a page read
// half-written is a miss, parsed again by the lint.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parsePage } from './html.ts';
import type { ParseCache } from './parse-cache.ts';

export interface ParseAheadOptions {
  /** Between looks at the folder. */
  pollMs?: number;
  /** A file is read once it has not changed for this long (Astro writes each page in one call). */
  settleMs?: number;
  /**
   * Once the writer is done, the rest of the pages are parsed in one last pass, until this settles
   * (the caller wants its thread back for the lint itself, which parses whatever is left).
   */
  stop?: Promise<unknown>;
  /**
   * Parsing yields to the thread's other work this often. The build composites OG cards on the same
   * thread while libuv's pool compresses them: a long slice left the pool idle, a short one keeps
   * it fed (the build: 25 ms -> 4 ms with four cards in flight, 0.4 s less wall time).
   */
  sliceMs?: number;
}

const pause = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/**
 * Parses .html files appearing under `dir` while `done` is pending, then (if it resolved) the rest
 * in one last pass unless `stop` settles first; returns how many it parsed. Never rejects.
 */
export async function parseWhileWriting(dir: string, cache: ParseCache, done: Promise<unknown>, opts: ParseAheadOptions = {}): Promise<number> {
  const { pollMs = 150, settleMs = 100, sliceMs = 4 } = opts;
  // Changed by the callbacks below; the cast keeps TypeScript from narrowing it to 'writing'.
  let state = 'writing' as 'writing' | 'done' | 'failed';
  const settled = done.then(
    () => {
      if (state === 'writing') state = 'done';
    },
    () => {
      state = 'failed';
    },
  );
  let stopped = false;
  opts.stop?.then(
    () => (stopped = true),
    () => (stopped = true),
  );
  const seen = new Set<string>();
  let parsed = 0;
  for (;;) {
    // After the writer has finished every page is whole: no need to wait for one to settle.
    const last = state === 'done';
    let files: string[] = [];
    try {
      files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    } catch {
      // Not created yet.
    }
    let slice = performance.now();
    for (const f of files) {
      if (state === 'failed' || (last && stopped)) break;
      // Read once: a page read before its last bytes is only a miss for the lint, which reads it again.
      if (seen.has(f)) continue;
      const abs = join(dir, f);
      let mtime: number;
      let html: string;
      try {
        mtime = statSync(abs).mtimeMs;
        if (!last && Date.now() - mtime < settleMs) continue;
        html = readFileSync(abs, 'utf8');
      } catch {
        // Gone meanwhile (a failed build clears the folder): the lint reads what is there later.
        continue;
      }
      seen.add(f);
      const rel = sep === '/' ? f : f.split(sep).join('/');
      cache.prewarm(rel, html, () => parsePage(rel, html));
      parsed++;
      // Let the writer's end, `stop` and the caller's other work be noticed promptly.
      if (performance.now() - slice > sliceMs) {
        await new Promise((ok) => setImmediate(ok));
        slice = performance.now();
      }
    }
    if (last || state === 'failed') return parsed;
    await Promise.race([pause(pollMs), settled]);
  }
}
