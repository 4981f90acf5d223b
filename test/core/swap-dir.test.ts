// Output folders (dist/, snippets/) are replaced whole or not at all.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { swapDir } from '../../src/core/swap-dir.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'index.html'), text);
  return path;
}

describe('swapDir', () => {
  it('puts the new folder in place and removes the old one', () => {
    dir = mkdtempSync(join(tmpdir(), 'swap-'));
    const target = folder('dist', 'old');
    swapDir(folder('dist.next', 'new'), target, 't');
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('keeps the old folder when the new one cannot be moved in', () => {
    dir = mkdtempSync(join(tmpdir(), 'swap-'));
    const target = folder('dist', 'old');
    expect(() => swapDir(join(dir, 'missing'), target, 't')).toThrow(/ENOENT/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(`${target}.old-t`)).toBe(false);
  });
});
