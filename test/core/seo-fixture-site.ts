// Shared by the SEO lint and link tests: a temp copy of a fixture site under test/fixtures/seo/,
// with some files edited (a function of the old text, which must change it) or written whole.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

export const FIXTURES = join(import.meta.dirname, '../fixtures/seo');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A fresh temp folder, removed after the test file. */
export function tempDir(prefix = 'seo-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

export function site(edits: Record<string, string | ((html: string) => string)> = {}, fixture = 'clean'): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, fixture), dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    mkdirSync(dirname(path), { recursive: true });
    const next = typeof edit === 'string' ? edit : edit(readFileSync(path, 'utf8'));
    if (typeof edit !== 'string' && next === readFileSync(path, 'utf8')) throw new Error(`edit of ${file} changed nothing`);
    writeFileSync(path, next);
  }
  return dir;
}
