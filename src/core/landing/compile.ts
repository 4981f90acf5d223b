// Builds the attribution script (src/scripts/attribution.ts and the pure core modules it imports)
// into one minified classic script, and its CSP hash. Called by astro.config.mjs (the hash goes into
// security.csp) and by the layout (the text goes into <head>); esbuild is deterministic, so both get
// the same bytes. Cached per process.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cspHash } from './csp.ts';

export const ATTRIBUTION_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/attribution.ts');
/** Our own script's budget, gzipped (vendors' loaders are not counted). */
export const ATTRIBUTION_BUDGET_GZIP = 2048;

export interface CompiledScript {
  code: string;
  /** 'sha256-…' as CSP writes it. */
  hash: `sha256-${string}`;
  bytes: number;
  gzipBytes: number;
}

let cached: Promise<CompiledScript> | undefined;

export function compileAttributionScript(): Promise<CompiledScript> {
  cached ??= (async () => {
    const result = await build({
      entryPoints: [ATTRIBUTION_ENTRY],
      bundle: true,
      write: false,
      minify: true,
      format: 'iife',
      target: 'es2022',
      legalComments: 'none',
      // No "use strict" prologue (the IIFE is strict-safe); the project's tsconfig would add one.
      tsconfigRaw: '{}',
      charset: 'utf8',
      logLevel: 'silent',
    });
    // No trailing newline: the hash covers exactly the text between <script> and </script>.
    const code = result.outputFiles[0]!.text.trim();
    if (code.includes('</script')) throw new Error('attribution script contains "</script": it cannot be inlined');
    return { code, hash: cspHash(code), bytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 9 }).length };
  })();
  return cached;
}
