// Responsive images: the files every published original gets, their names, the <picture> pages
// print, which originals a production build publishes, and the drawing with its cache.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckHub } from '../../src/core/content/check.ts';
import { figureFile, heroFile, publishedImageFiles } from '../../src/core/images/published.ts';
import { encodeVariant, encodeWidth, renderImages } from '../../src/core/images/render.ts';
import { readImageSource } from '../../src/core/images/source.ts';
import { imageVariants, pictureModel, variantWidths, type ImageSource } from '../../src/core/images/variants.ts';

const PROJECT = join(import.meta.dirname, '../..');
const IMAGES = join(PROJECT, 'content/images');
const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'images-test-'));
  temps.push(d);
  return d;
};
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const source = (over: Partial<ImageSource> = {}): ImageSource => ({ file: '/hub/content/images/Dock Sensors.PNG', hash: 'abcdef0123456789', width: 1200, height: 675, ...over });

describe('image variants', () => {
  it('draws each format at 400, 800 and 1200 px, named by the original and its digest', () => {
    expect(imageVariants(source()).map((v) => `${v.path} ${v.width}x${v.height}`)).toEqual([
      '/_img/dock-sensors-abcdef0123-400.avif 400x225',
      '/_img/dock-sensors-abcdef0123-800.avif 800x450',
      '/_img/dock-sensors-abcdef0123-1200.avif 1200x675',
      '/_img/dock-sensors-abcdef0123-400.webp 400x225',
      '/_img/dock-sensors-abcdef0123-800.webp 800x450',
      '/_img/dock-sensors-abcdef0123-1200.webp 1200x675',
    ]);
  });

  it('never enlarges: a narrow original is offered at the widths it can fill, or at its own', () => {
    expect(variantWidths(900)).toEqual([400, 800]);
    expect(variantWidths(300)).toEqual([300]);
    expect(imageVariants(source({ width: 300, height: 200 })).map((v) => v.path)).toEqual(['/_img/dock-sensors-abcdef0123-300.avif', '/_img/dock-sensors-abcdef0123-300.webp']);
  });

  it('prints AVIF then WebP sources and a WebP <img> at the largest width, with the base path', () => {
    const model = pictureModel(source(), { widths: [400, 800], sizes: '22rem', href: (p) => `/proof-hub${p}` });
    expect(model).toEqual({
      sources: [
        { type: 'image/avif', srcset: '/proof-hub/_img/dock-sensors-abcdef0123-400.avif 400w, /proof-hub/_img/dock-sensors-abcdef0123-800.avif 800w', sizes: '22rem' },
        { type: 'image/webp', srcset: '/proof-hub/_img/dock-sensors-abcdef0123-400.webp 400w, /proof-hub/_img/dock-sensors-abcdef0123-800.webp 800w', sizes: '22rem' },
      ],
      img: { src: '/proof-hub/_img/dock-sensors-abcdef0123-800.webp', width: 800, height: 450 },
    });
  });
});

describe('published images', () => {
  const { hub } = loadAndCheckHub(PROJECT);
  const files = publishedImageFiles(hub!, '2026-06-15');

  it('publishes the heroes of live assets and the figures in their bodies', () => {
    expect(files).toContain(heroFile(PROJECT, 'case-study', '../images/nordpharma-excursion-alerts.png'));
    expect(files).toContain(figureFile(PROJECT, 'images/dock-sensors.png'));
    expect(files.every((f) => existsSync(f))).toBe(true);
  });

  it("leaves out a draft's hero that no live page shows", () => {
    expect(files).not.toContain(join(IMAGES, 'vega-pharmacy-store-fridges.png'));
    expect(publishedImageFiles(hub!, '2026-06-15').length).toBe(files.length);
  });
});

describe('drawing', () => {
  it('writes every variant in its format and size, then reuses the cache; an edited original gets new files', async () => {
    const work = temp();
    const original = join(work, 'hero.png');
    copyFileSync(join(IMAGES, 'dock-sensors.png'), original);
    const first = await renderImages({ root: work, files: [original], outDir: join(work, 'site'), cacheDir: 'cache' });
    expect(first.drawn).toBe(6);
    for (const path of first.paths) {
      const meta = await sharp(join(work, 'site', path)).metadata();
      expect(`${meta.format} ${meta.width}`).toBe(`${path.endsWith('.avif') ? 'heif' : 'webp'} ${/-(\d+)\.\w+$/.exec(path)![1]}`);
    }
    const again = await renderImages({ root: work, files: [original], outDir: join(work, 'site2'), cacheDir: 'cache' });
    expect({ drawn: again.drawn, reused: again.reused }).toEqual({ drawn: 0, reused: 6 });
    expect(readdirSync(join(work, 'site2/_img')).sort()).toEqual(readdirSync(join(work, 'site/_img')).sort());

    mkdirSync(join(work, 'edited'));
    const edited = join(work, 'edited', 'hero.png');
    await sharp(original).flop().toFile(edited);
    const [a, b] = await Promise.all([readImageSource(original), readImageSource(edited)]);
    expect(a.hash).not.toBe(b.hash);
    expect(imageVariants(a)[0]!.path).not.toBe(imageVariants(b)[0]!.path);

    // Replaced in place, as an editor does while `npm run dev` runs: the same process sees the new bytes.
    copyFileSync(edited, original);
    utimesSync(original, new Date(), new Date(Date.now() + 5000));
    expect((await readImageSource(original)).hash).toBe(b.hash);
  });
});

describe('encoding a width once for both formats', () => {
  // The build resizes each original once per width and encodes both formats from those pixels; the
  // dev server encodes one file straight from the original. They must make the same bytes, or a
  // cached file would depend on which of them drew it.
  it('makes the same files as encoding each format from the original, for alpha, 16-bit, CMYK and rotated originals', async () => {
    const work = temp();
    const base = () => sharp(join(IMAGES, 'dock-sensors.png')).resize(900);
    const originals = {
      'alpha.png': base().ensureAlpha(0.5).png(),
      'deep.png': base().toColourspace('rgb16').png(),
      'cmyk.jpg': base().toColourspace('cmyk').jpeg(),
      'rotated.jpg': base().withMetadata({ orientation: 6 }).jpeg(),
    };
    for (const [name, img] of Object.entries(originals)) {
      await img.toFile(join(work, name));
      const byWidth = Map.groupBy(imageVariants(await readImageSource(join(work, name))), (v) => v.width);
      for (const vs of byWidth.values()) {
        const together = await encodeWidth(vs);
        const alone = await Promise.all(vs.map(encodeVariant));
        expect(together.map((b, i) => `${name} ${vs[i]!.width} ${vs[i]!.format} ${b.equals(alone[i]!)}`)).toEqual(vs.map((v) => `${name} ${v.width} ${v.format} true`));
      }
    }
    // The rotated original is drawn upright: 900 wide on its side becomes a portrait.
    const rotated = await readImageSource(join(work, 'rotated.jpg'));
    expect(rotated.height).toBeGreaterThan(rotated.width);
  });
});
