// What MDX components may know about the asset they are rendered in. The asset page puts it in
// Astro.locals before rendering the MDX; components read it with assetContext().
import type { DataTable } from '../core/data-file.ts';
import type { AssetKind } from '../core/schema/asset.ts';

export interface ClaimView {
  id: string;
  text: string;
  /** Where the citation links, site-relative or absolute. */
  sourceHref: string;
  sourceLabel: string;
}

export interface AssetContext {
  kind: AssetKind;
  slug: string;
  title: string;
  series: string;
  claims: ClaimView[];
  table?: DataTable | undefined;
  dataHref?: string | undefined;
}

export function assetContext(locals: App.Locals, component: string): AssetContext {
  if (!locals.asset) throw new Error(`<${component}> can only be used inside a proof asset's MDX.`);
  return locals.asset;
}
