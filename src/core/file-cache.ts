// Helpers for the content-addressed caches (OG cards, responsive images): file digests, whole-file
// writes, a bounded pool of async jobs, pruning of entries no run has used for a month, and the
// listing of a folder's files (the lint, the build stamp).
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const digests = new Map<string, string>();

/** Every file under dir, relative, with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(abs, entry.name), childRel);
      else if (entry.isFile()) out.push(childRel);
    }
  };
  walk(dir, '');
  return out.sort();
}


/** Versions remembered for the rest of the process, once `freezeFileVersions` was called. */
let frozen: Map<string, string> | undefined;

/**
 * For a build: its input files are taken not to change while it runs, so each is stat'ed once.
 * The pages of a 1,000-asset hub ask for the same 20 heroes about 30,000 times (0.15 s of
 * Astro's render phase in `stat`). `astro dev` does not call this: it must see edits.
 */
export function freezeFileVersions(): void {
  frozen ??= new Map();
}

/** Identifies a file's current version cheaply (path, size, modification time). */
export function fileVersion(file: string): string {
  const known = frozen?.get(file);
  if (known !== undefined) return known;
  const st = statSync(file);
  const version = `${file}\0${st.size}\0${st.mtimeMs}`;
  frozen?.set(file, version);
  return version;
}

/**
 * Hex SHA-256 of a file's bytes, read once per version of the file: image URLs and page cacheKeys
 * ask for the same 20 heroes thousands of times in a build, and `npm run dev` must still see an
 * image an editor replaced.
 */
export function fileDigest(file: string): string {
  const version = fileVersion(file);
  let digest = digests.get(version);
  if (digest === undefined) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    digests.set(version, digest);
  }
  return digest;
}

/** Cache entries not used for this many days are removed at the end of a run. */
const CACHE_MAX_AGE_DAYS = 30;

/** Writes via a temporary file in the same folder and a rename, so readers never see half a file. */
export function atomicWrite(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Puts a cached file at `to` via a temporary name and a rename, for the same reason: a hard link
 * where the file system allows it (a rebuild "copies" 1,000 cards without moving their bytes; safe
 * because cache entries are only ever replaced whole, never written in place), else a copy.
 */
export function atomicCopy(from: string, to: string): void {
  // Already a link to this very entry (an earlier run wrote here): rename() over the same file
  // would succeed without removing the temporary name.
  if (sameFile(from, to)) return;
  mkdirSync(dirname(to), { recursive: true });
  const tmp = `${to}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    try {
      linkSync(from, tmp);
    } catch {
      copyFileSync(from, tmp);
    }
    renameSync(tmp, to);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, run));
}

/** Removes cache files matching `entry` (and stray .tmp files) not in `keep` and not touched for a month. */
export function pruneCache(cacheDir: string, keep: ReadonlySet<string>, entry: RegExp): void {
  const cutoff = Date.now() - CACHE_MAX_AGE_DAYS * 86_400_000;
  for (const name of readdirSync(cacheDir)) {
    if (!(entry.test(name) || name.endsWith('.tmp')) || keep.has(name)) continue;
    const f = join(cacheDir, name);
    try {
      if (statSync(f).mtimeMs < cutoff) rmSync(f, { force: true });
    } catch {
      // Another run may have removed it already.
    }
  }
}
