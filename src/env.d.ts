/// <reference types="astro/client" />
import type { AssetContext } from './site/asset-context.ts';

declare global {
  namespace App {
    interface Locals {
      /** Set by the asset page so MDX components can read the asset's claims, data and links. */
      asset?: AssetContext;
    }
  }
}
