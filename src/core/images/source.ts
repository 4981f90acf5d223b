// What the pages and the image step need to know about an original: its bytes' digest (names the
// drawn files) and its displayed size. Read once per version of a file: a 1,000-asset hub names the
// same 20 heroes thousands of times, and the dev server must see a replaced image.
import { fileDigest, fileVersion } from '../file-cache.ts';
import type { ImageSource } from './variants.ts';

const known = new Map<string, Promise<ImageSource>>();
export function readImageSource(file: string): Promise<ImageSource> {
  const version = fileVersion(file);
  let source = known.get(version);
  if (!source) {
    source = (async () => {
      const { default: sharp } = await import('sharp');
      const meta = await sharp(file).metadata();
      // autoOrient: the size after EXIF rotation, as the drawn files come out.
      const { width, height } = meta.autoOrient ?? meta;
      if (!width || !height) throw new Error(`${file}: not an image sharp can read (no width or height)`);
      return { file, hash: fileDigest(file), width, height };
    })();
    known.set(version, source);
    source.catch(() => known.delete(version));
  }
  return source;
}
