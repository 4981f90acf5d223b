// What the pages and the image step need to know about an original: its bytes' digest (names the
// drawn files) and its displayed size. Read once per file per process: a 1,000-asset hub names the
// same 20 heroes thousands of times.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ImageSource } from './variants.ts';

const known = new Map<string, Promise<ImageSource>>();
const digests = new Map<string, string>();

/** Hex SHA-256 of an original's bytes, read once per file per process. */
export function imageDigest(file: string): string {
  let digest = digests.get(file);
  if (digest === undefined) {
    digest = createHash('sha256').update(readFileSync(file)).digest('hex');
    digests.set(file, digest);
  }
  return digest;
}

export function readImageSource(file: string): Promise<ImageSource> {
  let source = known.get(file);
  if (!source) {
    source = (async () => {
      const { default: sharp } = await import('sharp');
      const meta = await sharp(file).metadata();
      // autoOrient: the size after EXIF rotation, as the drawn files come out.
      const { width, height } = meta.autoOrient ?? meta;
      if (!width || !height) throw new Error(`${file}: not an image sharp can read (no width or height)`);
      return { file, hash: imageDigest(file), width, height };
    })();
    known.set(file, source);
    source.catch(() => known.delete(file));
  }
  return source;
}
