// Architecture rule: scripts run core modules with plain `node` (package.json: "check": "node
// scripts/check.ts"), which only strips types. So core may only use erasable TypeScript syntax
// (tsconfig "erasableSyntaxOnly"): no enums, namespaces or constructor parameter properties.
import { readdirSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function coreFiles(): string[] {
  return readdirSync(join(ROOT, 'src/core'), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** "file: reason" for each file Node's type stripping refuses. */
function unstrippable(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    try {
      stripTypeScriptTypes(readFileSync(join(ROOT, file), 'utf8'), { mode: 'strip' });
      return [];
    } catch (e) {
      return [`${file}: ${(e as Error).message.split('\n')[0]}`];
    }
  });
}

describe('src/core loads under plain node', () => {
  it('uses only erasable TypeScript in every core file', () => {
    expect(unstrippable(coreFiles())).toEqual([]);
  });

  it('the check catches syntax node cannot strip', () => {
    expect(() => stripTypeScriptTypes('class A { constructor(readonly x: string) {} }', { mode: 'strip' })).toThrow();
    expect(() => stripTypeScriptTypes('enum E { A }', { mode: 'strip' })).toThrow();
    expect(stripTypeScriptTypes('const a: number = 1;', { mode: 'strip' })).toBe('const a         = 1;');
  });
});
