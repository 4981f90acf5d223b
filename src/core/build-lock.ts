// One build at a time per project: Astro writes its prerender chunks into the project's .astro/,
// whichever hub it builds, so two builds at once (say the bench and a test) break each other with
// "Cannot find module .../prerender-entry...". The lock is a folder (created atomically) holding
// the owner's pid; a lock whose owner has died is taken over.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class BuildLocked extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock in `dir` (e.g. <project>/.astro/build.lock); returns the release function. */
export function takeBuildLock(dir: string, what: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      mkdirSync(dir, { recursive: false });
      writeFileSync(join(dir, 'owner'), `${process.pid}\n${what}\n`);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        mkdirSync(join(dir, '..'), { recursive: true });
        continue;
      }
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const [pid, owner] = (() => {
        try {
          const [p, o] = readFileSync(join(dir, 'owner'), 'utf8').split('\n');
          return [Number(p), o ?? ''];
        } catch {
          return [NaN, ''];
        }
      })();
      if (Number.isInteger(pid) && alive(pid))
        throw new BuildLocked(`another build is running in this project (pid ${pid}, ${owner}): Astro's .astro/ folder holds one build at a time. Wait for it to finish, or stop it.`);
      // Its owner is gone (or it is being written this instant): take it over once.
      rmSync(dir, { recursive: true, force: true });
    }
  }
  throw new BuildLocked(`could not take the build lock ${dir}`);
}
