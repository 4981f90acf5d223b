// Output files replaced whole or not at all: each is written beside its target under a temporary
// name, and only when every one is written are they renamed into place (a rename within a folder is
// atomic). A failure before that removes the temporary files and leaves the old outputs as they were.
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export function writeAll(files: readonly { path: string; text: string }[]): void {
  const tag = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const staged: { tmp: string; path: string }[] = [];
  try {
    for (const f of files) {
      const path = resolve(f.path);
      mkdirSync(dirname(path), { recursive: true });
      const tmp = join(dirname(path), `.${basename(path)}.next-${tag}`);
      staged.push({ tmp, path });
      writeFileSync(tmp, f.text);
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.path);
}
