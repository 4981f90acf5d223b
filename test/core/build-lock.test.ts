// One build at a time per project (Astro's .astro/ is shared): a second build is refused with who
// holds the lock, and a lock left by a build that died is taken over.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { takeBuildLock } from '../../src/core/build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('refuses a second build while the first holds the lock, and frees it on release', () => {
  const lock = join(dir, '.astro', 'build.lock');
  const release = takeBuildLock(lock, 'building /hubs/a');
  expect(() => takeBuildLock(lock, 'building /hubs/b')).toThrow(
    `another build is running in this project (pid ${process.pid}, building /hubs/a): Astro's .astro/ folder holds one build at a time. Wait for it to finish, or stop it.`,
  );
  release();
  expect(existsSync(lock)).toBe(false);
  takeBuildLock(lock, 'building /hubs/b')();
});

it('takes over a lock whose build has died', () => {
  const lock = join(dir, 'stale.lock');
  mkdirSync(lock);
  // No process has this pid (above the kernel's pid_max).
  writeFileSync(join(lock, 'owner'), '99999999\nbuilding /hubs/gone\n');
  const release = takeBuildLock(lock, 'building /hubs/c');
  expect(existsSync(join(lock, 'owner'))).toBe(true);
  release();
});
