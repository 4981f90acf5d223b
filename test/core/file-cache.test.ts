// File versions and digests: a replaced file is seen (the dev server depends on it) until a build
// freezes the versions, after which each file is stat'ed once for the rest of the process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { fileDigest, fileVersion, freezeFileVersions } from '../../src/core/file-cache.ts';

const dir = mkdtempSync(join(tmpdir(), 'file-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('sees a replaced file until versions are frozen, then keeps the first version it saw', () => {
  const file = join(dir, 'hero.txt');
  writeFileSync(file, 'first');
  const v1 = fileVersion(file);
  const d1 = fileDigest(file);
  writeFileSync(file, 'second, longer');
  expect(fileVersion(file)).not.toBe(v1);
  expect(fileDigest(file)).not.toBe(d1);

  freezeFileVersions();
  const frozen = fileVersion(file);
  const digest = fileDigest(file);
  writeFileSync(file, 'third, longer still');
  expect(fileVersion(file)).toBe(frozen);
  expect(fileDigest(file)).toBe(digest);
  // A file first seen after the freeze is read then, once.
  const other = join(dir, 'other.txt');
  writeFileSync(other, 'a');
  const o = fileDigest(other);
  writeFileSync(other, 'bb');
  expect(fileDigest(other)).toBe(o);
});
