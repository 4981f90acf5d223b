// Replaces a folder whole: the finished `next` folder takes the place of `target`, and the previous
// `target` is removed only once the new one is in place. If the final rename fails, the previous
// folder is put back, so readers see the old output or the new one, never half of either.
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';

export function swapDir(next: string, target: string, tag: string = String(process.pid)): void {
  const old = `${target}.old-${tag}`;
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(next, target);
  } catch (err) {
    if (hadOld) renameSync(old, target);
    throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

/** Moves a folder; across file systems (where rename fails with EXDEV) by copying, then removing it. */
export function moveDir(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
