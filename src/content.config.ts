// Astro's collections, built from the same schemas `npm run check` uses (src/core/schema).
// The check runs first and reports every problem at once; these schemas then type the pages.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hubRoot } from './core/root.ts';
import { AssetSchemas, AuthorSchema, KIND_FOLDERS } from './core/schema/asset.ts';
import { LANDING_FOLDER } from './core/content/load.ts';
import { LandingSchema } from './core/schema/landing.ts';

// content/ of this hub (the example, or a test fixture via PROOF_HUB_ROOT).
const contentDir = (folder: string) => pathToFileURL(join(hubRoot(), 'content', folder) + '/');

// Entry ids are file names without extension, as in the core loader.
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '').replace(/\.ya?ml$/, '');

function assetCollection(kind: keyof typeof KIND_FOLDERS) {
  return defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: contentDir(KIND_FOLDERS[kind]), generateId: fileId }),
    // The hero stays a path relative to the file: the build draws its sizes itself (core/images/).
    schema: AssetSchemas[kind],
  });
}

export const collections = {
  caseStudies: assetCollection('case-study'),
  benchmarks: assetCollection('benchmark'),
  methodology: assetCollection('methodology'),
  /** Campaign landing pages (src/core/landing/, README "Landing pages and attribution"). */
  landing: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: contentDir(LANDING_FOLDER), generateId: fileId }),
    schema: LandingSchema,
  }),
  authors: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: contentDir('authors'), generateId: fileId }),
    schema: AuthorSchema,
  }),
};
