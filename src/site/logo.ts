// The organisation logo is copied into the site at this path by the build (scripts/build.ts),
// so JSON-LD can point at a stable URL.
export const logoPath = 'logo.png';
