// Where Open Graph cards are served (drawn by scripts/build.ts into dist/).
export { ogImagePath } from '../core/og/cards.ts';

/** Every page without its own card shares the hub's card. */
export const SITE_OG_IMAGE = 'og/site.png';
