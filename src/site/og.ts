// Where an asset's Open Graph card is served (drawn by the build into dist/).
export const ogImagePath = (kind: string, slug: string) => `og/${kind}/${slug}.png`;
