// Which OG cards a build draws: one per asset visible on the production site, with the words
// and colours of the hub config. Pages link the same path through ogImagePath().
import { join } from 'node:path';
import type { LoadedHub } from '../content/load.ts';
import { WORDS } from '../i18n.ts';
import { visibleAssets } from '../site-model.ts';
import type { OgCardInput } from './card-svg.ts';

/** Where an asset's card is served, relative to the site base: og/<kind>/<slug>.png (no leading slash). */
export const ogImagePath = (kind: string, slug: string): string => `og/${kind}/${slug}.png`;

export interface OgCard {
  /** Absolute path of the PNG to write: <outDir>/og/<kind>/<slug>.png */
  outFile: string;
  card: OgCardInput;
}

/** One card per live asset (production visibility on `today`), newest first. */
export function ogCardsForHub(hub: Pick<LoadedHub, 'config' | 'assets'>, today: string, outDir: string): OgCard[] {
  const { config } = hub;
  const words = WORDS[config.site.language];
  const promiseName = new Map(config.promises.map((p) => [p.id, p.name]));
  return visibleAssets(hub.assets, today, 'production').map((a) => ({
    outFile: join(outDir, ogImagePath(a.kind, a.slug)),
    card: {
      title: a.data.title,
      kindLabel: words.kinds[a.kind].one,
      promiseNames: a.data.promises.map((id) => promiseName.get(id) ?? id),
      brandName: config.site.name,
      colours: { ...config.brand.colours },
      fontFamily: config.brand.font.family,
    },
  }));
}
