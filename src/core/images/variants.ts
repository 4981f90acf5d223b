// Responsive images, decided here and nowhere else: which widths and formats every published image
// gets, what each file is called, and the <picture> a page prints for it. The build draws exactly
// these files (images/render.ts) while Astro renders the pages that name them, and the link check
// fails the build if the two ever disagree.

/** Widths drawn for every image (never wider than the original): cards use 400/800, heroes and figures all three. */
export const IMAGE_WIDTHS = [400, 800, 1200] as const;
export const IMAGE_FORMATS = ['avif', 'webp'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];
/** Folder of the drawn files in the built site. */
export const IMAGE_DIR = '_img';
/**
 * Encoder settings. AVIF at effort 1 with 4:2:0 chroma (the web's usual; sharp's AVIF default is
 * 4:4:4 at effort 4). On photographs, what heroes and figures mostly are, effort 1 makes the same
 * bytes as effort 2 (12 photos, 400/800/1200 px: within 0.3%) in 29% less CPU (607 against 854 ms
 * an image); on flat illustrations like the example's it costs 6-16% more bytes (about 1 KB at
 * 1200 px) for 38% less CPU. AVIF is most of a cold build's image work (20 originals: 5.8 CPU s
 * at effort 2). WebP effort 2 halves the default's (4) encode time for ~5% more bytes.
 * Bump ENCODER_VERSION with any change so cached files are drawn again.
 */
export const ENCODER = { avif: { quality: 50, effort: 1, chromaSubsampling: '4:2:0' }, webp: { quality: 80, effort: 2 } } as const;
export const ENCODER_VERSION = 'img-3';

export interface ImageSource {
  /** Absolute path of the original. */
  file: string;
  /** Hex digest of the original's bytes: names the drawn files, so a changed image gets new URLs. */
  hash: string;
  /** Size as displayed (after EXIF orientation). */
  width: number;
  height: number;
}

export interface ImageVariant {
  source: ImageSource;
  format: ImageFormat;
  width: number;
  height: number;
  /** Site path without the base, e.g. /_img/dock-sensors-3f9a1c2b7d-800.avif */
  path: string;
}

/** The widths of `wanted` an original of `intrinsic` px can fill; its own width when it is narrower than all. */
export function variantWidths(intrinsic: number, wanted: readonly number[] = IMAGE_WIDTHS): number[] {
  const fit = wanted.filter((w) => w <= intrinsic);
  return fit.length ? fit : [intrinsic];
}

const stem = (file: string) =>
  (file.split(/[\\/]/).pop() ?? 'image')
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'image';

export function variant(source: ImageSource, width: number, format: ImageFormat): ImageVariant {
  return {
    source,
    format,
    width,
    height: Math.max(1, Math.round((source.height * width) / source.width)),
    path: `/${IMAGE_DIR}/${stem(source.file)}-${source.hash.slice(0, 10)}-${width}.${format}`,
  };
}

/** Every file drawn for an original: each format at each width it can fill. */
export function imageVariants(source: ImageSource): ImageVariant[] {
  return IMAGE_FORMATS.flatMap((f) => variantWidths(source.width).map((w) => variant(source, w, f)));
}

export interface PictureModel {
  sources: { type: string; srcset: string; sizes: string }[];
  img: { src: string; width: number; height: number };
}

/**
 * The <picture> for an original: an AVIF and a WebP source with a srcset over `widths` (browsers
 * take the first type they support), and a WebP <img> at the largest width with its width and
 * height, so the aspect ratio reserves the space before the file arrives.
 * `href` turns a site path into a link (adds the base path).
 */
export function pictureModel(source: ImageSource, opts: { widths: readonly number[]; sizes: string; href: (path: string) => string }): PictureModel {
  const widths = variantWidths(source.width, opts.widths);
  const srcset = (format: ImageFormat) => widths.map((w) => `${opts.href(variant(source, w, format).path)} ${w}w`).join(', ');
  const largest = variant(source, widths[widths.length - 1]!, 'webp');
  return {
    sources: IMAGE_FORMATS.map((f) => ({ type: `image/${f}`, srcset: srcset(f), sizes: opts.sizes })),
    img: { src: opts.href(largest.path), width: largest.width, height: largest.height },
  };
}
