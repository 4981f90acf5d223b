// Astro's collections, built from the same schemas `npm run check` uses (src/core/schema).
// The check runs first and reports every problem at once; these schemas then type the pages.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AuthorSchema, KIND_FOLDERS, makeAssetSchemas } from './core/schema/asset.ts';

// Entry ids are file names without extension, as in the core loader.
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '').replace(/\.ya?ml$/, '');

function assetCollection(kind: keyof typeof KIND_FOLDERS) {
  return defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: `./content/${KIND_FOLDERS[kind]}`, generateId: fileId }),
    schema: ({ image }) => makeAssetSchemas(image())[kind],
  });
}

export const collections = {
  caseStudies: assetCollection('case-study'),
  benchmarks: assetCollection('benchmark'),
  methodology: assetCollection('methodology'),
  authors: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './content/authors', generateId: fileId }),
    schema: AuthorSchema,
  }),
};
