// Which originals the production site shows, so the build draws exactly those (drafts' and
// scheduled assets' images stay unpublished): the hero of every live asset (its page and its
// cards) and every <Figure> in a live asset or landing page.
import { join } from 'node:path';
import type { LoadedHub } from '../content/load.ts';
import { attribute, componentUses } from '../mdx-components.ts';
import { KIND_FOLDERS, type AssetKind } from '../schema/asset.ts';
import { visibleAssets } from '../site-model.ts';
import { isLive } from '../today.ts';

/** A hero's original: its src is relative to the asset's MDX file, which sits in its kind's folder. */
export const heroFile = (root: string, kind: AssetKind, src: string) => join(root, 'content', KIND_FOLDERS[kind], src);
/** A <Figure src>'s original: the path is relative to content/. */
export const figureFile = (root: string, src: string) => join(root, 'content', src.replace(/^\.?\//, ''));

export function publishedImageFiles(hub: LoadedHub, today: string): string[] {
  const files = new Set<string>();
  const figures = (body: string) => {
    for (const use of componentUses(body)) {
      const src = use.name === 'Figure' ? attribute(use.attributes, 'src') : undefined;
      if (src) files.add(figureFile(hub.root, src));
    }
  };
  for (const a of visibleAssets(hub.assets, today, 'production')) {
    files.add(heroFile(hub.root, a.kind, a.data.hero.src));
    figures(a.body);
  }
  for (const l of hub.landings) if (isLive({ published: l.data.published, draft: l.data.draft }, today)) figures(l.body);
  return [...files].sort();
}
