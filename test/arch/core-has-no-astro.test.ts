// Architecture rule: src/core/ is plain TypeScript shared by the site, the scripts and the tests, so
// it never imports Astro. And the components the site registers for MDX are exactly the ones the
// content check allows.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MDX_COMPONENTS } from '../../src/core/mdx-components.ts';

const ROOT = join(import.meta.dirname, '../..');
const CORE = join(ROOT, 'src/core');

/** Every .ts file under dir, as paths relative to the project root, sorted. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => relative(ROOT, join(d.parentPath, d.name)).split('\\').join('/'))
    .sort();
}

/** A module specifier that belongs to Astro: astro, astro/…, astro:content, @astrojs/…. */
const isAstro = (specifier: string) => /^(astro(?:$|[/:])|@astrojs\/)/.test(specifier);

// import x from '…'; import '…'; export … from '…'; import('…'); require('…'), including imports that
// span lines (the specifier is on the line with `from`).
const SPECIFIERS = [/\bfrom\s*(['"])([^'"]+)\1/g, /^\s*import\s*(['"])([^'"]+)\1/g, /\bimport\s*\(\s*(['"])([^'"]+)\1/g, /\brequire\s*\(\s*(['"])([^'"]+)\1/g];

/** "file:line: import text" for every Astro import in a source text. */
function astroImports(file: string, text: string): string[] {
  const hits: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(\/\/|\*)/.test(line)) return;
    for (const re of SPECIFIERS) {
      for (const m of line.matchAll(re)) if (isAstro(m[2])) hits.push(`${file}:${i + 1}: ${line.trim()}`);
    }
  });
  return hits;
}

describe('src/core has no Astro import', () => {
  it('finds the core files to scan', () => {
    const files = tsFiles(CORE);
    expect(files).toContain('src/core/utm.ts');
    expect(files).toContain('src/core/seo/head.ts');
    expect(files.length).toBeGreaterThan(20);
  });

  it('no file under src/core imports astro, astro:* or @astrojs/*', () => {
    const hits = tsFiles(CORE).flatMap((file) => astroImports(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(hits, 'core must stay plain TypeScript: move Astro-dependent code to src/site/ or a component').toEqual([]);
  });

  it('the scan catches every form of Astro import, and nothing else', () => {
    const sample = [
      "import { getCollection } from 'astro:content';",
      "import type { APIRoute } from 'astro';",
      'import mdx from "@astrojs/mdx";',
      "export { z } from 'astro/zod';",
      "const { Image } = await import('astro:assets');",
      'import {',
      '  defineConfig,',
      "} from 'astro/config';",
      "import 'astro/client';",
      "import { z } from 'zod';",
      "import { astroish } from './astro-helpers.ts';",
      "import x from 'astronomy';",
      "// import { y } from 'astro:content';",
    ].join('\n');
    expect(astroImports('src/core/sample.ts', sample)).toEqual([
      "src/core/sample.ts:1: import { getCollection } from 'astro:content';",
      "src/core/sample.ts:2: import type { APIRoute } from 'astro';",
      'src/core/sample.ts:3: import mdx from "@astrojs/mdx";',
      "src/core/sample.ts:4: export { z } from 'astro/zod';",
      "src/core/sample.ts:5: const { Image } = await import('astro:assets');",
      "src/core/sample.ts:8: } from 'astro/config';",
      "src/core/sample.ts:9: import 'astro/client';",
    ]);
  });
});

/** The keys of the object literal assigned to `name` in a source text: { A, B: x, 'C': y }. */
function objectLiteralKeys(text: string, name: string): string[] {
  const m = new RegExp(`\\b${name}\\b[^=]*=\\s*\\{([^}]*)\\}`).exec(text);
  if (!m) throw new Error(`no object literal assigned to ${name}`);
  return m[1]
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .split(',')
    .map((entry) => entry.split(':')[0].trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean);
}

describe('MDX components', () => {
  it('src/components/mdx/index.ts registers exactly MDX_COMPONENTS, in the same order', () => {
    const text = readFileSync(join(ROOT, 'src/components/mdx/index.ts'), 'utf8');
    expect(objectLiteralKeys(text, 'mdxComponents')).toEqual([...MDX_COMPONENTS]);
  });

  it('every registered component has its .astro file', () => {
    const files = readdirSync(join(ROOT, 'src/components/mdx')).filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, ''));
    expect(files.sort()).toEqual([...MDX_COMPONENTS].sort());
  });

  it('the key reader handles shorthand, renamed and quoted keys', () => {
    expect(objectLiteralKeys("export const mdxComponents = {\n  Stat, // the number\n  Quote: PullQuote,\n  'CTA': Cta,\n};", 'mdxComponents')).toEqual([
      'Stat',
      'Quote',
      'CTA',
    ]);
  });
});
