// What the last successful build read and wrote, so a build whose inputs are all unchanged (same
// content, code, lockfile, Node and day) and whose outputs nobody touched can stop at once
// instead of running Astro to restore every page (about 9 s at 1,000 assets, most of it compiling
// MDX that has not changed). Inputs are hashed by their bytes, not dates: a fresh checkout
// changes every modification time and nothing else. Outputs are fingerprinted by path, size and
// modification time: anything that writes into dist/ or snippets/ makes the next build a full one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite, listFiles } from './file-cache.ts';

/** Where the stamp lives, relative to the hub's root (beside the other caches). */
export const BUILD_STAMP_FILE = 'node_modules/.cache/proof-hub/build.json';

export interface BuildStamp {
  version: 1;
  /** Digest of everything the build read (`inputsDigest`). */
  inputs: string;
  /** Fingerprints of the outputs as the build left them (`treeFingerprint`). */
  outputs: Record<string, string>;
  /** When it finished, ISO 8601. */
  builtAt: string;
  /** What it printed that a reader of a skipped build's log still wants (the cadence report). */
  report: string;
}

/** Files under `dir`, relative, sorted; none when it does not exist; [''] when it is a file. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return statSync(dir).isDirectory() ? listFiles(dir) : [''];
}

/**
 * sha256 over each path's files (relative path and bytes), then `values` (name and value).
 * A missing path counts as empty, so creating it changes the digest.
 */
export function inputsDigest(paths: readonly string[], values: Readonly<Record<string, string>>): string {
  const h = createHash('sha256');
  for (const p of paths) {
    h.update(`path\0${p}\0`);
    for (const f of filesUnder(p)) h.update(`file\0${f}\0`).update(readFileSync(f ? join(p, f) : p));
  }
  for (const [k, v] of Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1))) h.update(`value\0${k}\0${v}\0`);
  return h.digest('hex');
}

/** Every file under `dir` with its size and modification time; "absent" when there is no `dir`. */
export function treeFingerprint(dir: string): string {
  if (!existsSync(dir)) return 'absent';
  const h = createHash('sha256');
  for (const f of filesUnder(dir)) {
    const st = statSync(join(dir, f));
    h.update(`${f}\0${st.size}\0${st.mtimeMs}\0`);
  }
  return h.digest('hex');
}

export function readBuildStamp(file: string): BuildStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as BuildStamp;
    return stamp.version === 1 && typeof stamp.inputs === 'string' && stamp.outputs ? stamp : undefined;
  } catch {
    return undefined;
  }
}

export function writeBuildStamp(file: string, stamp: BuildStamp): void {
  atomicWrite(file, `${JSON.stringify(stamp, null, 2)}\n`);
}

/** The stamp, when it says the outputs in `outputs` (name → folder) are still what this input produced. */
export function upToDate(stamp: BuildStamp | undefined, inputs: string, outputs: Readonly<Record<string, string>>): stamp is BuildStamp {
  if (!stamp || stamp.inputs !== inputs) return false;
  return Object.entries(outputs).every(([name, dir]) => stamp.outputs[name] !== undefined && stamp.outputs[name] === treeFingerprint(dir));
}
