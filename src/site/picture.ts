// The <picture> model of an original for this site (its base path), worked out once per original,
// widths and sizes: a 1,000-asset build prints the same 20 heroes in thousands of cards.
import { readImageSource } from '../core/images/source.ts';
import { pictureModel, type PictureModel } from '../core/images/variants.ts';
import { href } from './hub.ts';

const models = new Map<string, PictureModel>();

export async function sitePicture(file: string, widths: readonly number[], sizes: string): Promise<PictureModel> {
  const source = await readImageSource(file);
  const key = `${source.file}\0${source.hash}\0${widths.join(',')}\0${sizes}`;
  let model = models.get(key);
  if (!model) models.set(key, (model = pictureModel(source, { widths, sizes, href })));
  return model;
}
