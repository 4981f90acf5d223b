// Reads a hub from disk (content/hub.yaml, content/authors/*.yaml, the MDX of every kind),
// validates each file with the shared schemas and returns the hub plus every problem found:
// one run reports every bad file, not only the first.
import type { z } from 'zod';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentError } from '../errors.ts';
import { ASSET_KINDS, AssetSchemas, AuthorSchema, KIND_FOLDERS, type AssetData, type AssetKind, type AuthorData } from '../schema/asset.ts';
import { HubConfigSchema, type HubConfig } from '../schema/hub.ts';
import { LandingSchema, type LandingData } from '../schema/landing.ts';
import { parseWith } from '../zod-issues.ts';
import { fieldLine, readYaml, splitFrontmatter } from './yaml.ts';

export const HUB_CONFIG_FILE = 'content/hub.yaml';

export interface LoadedAsset {
  kind: AssetKind;
  /** File name without extension: Astro's entry id. */
  id: string;
  slug: string;
  /** Path relative to the project root. */
  file: string;
  data: AssetData;
  body: string;
  /** 1-based line where the MDX body starts. */
  bodyLine: number;
  /** Line of a frontmatter field's key, for messages. */
  lineOf: (field: string) => number | undefined;
}

export interface LoadedAuthor {
  id: string;
  file: string;
  data: AuthorData;
}

export interface LoadedLanding {
  /** File name without extension: Astro's entry id. */
  id: string;
  slug: string;
  file: string;
  data: LandingData;
  body: string;
  bodyLine: number;
  lineOf: (field: string) => number | undefined;
}

export interface LoadedHub {
  root: string;
  config: HubConfig;
  authors: LoadedAuthor[];
  assets: LoadedAsset[];
  /** content/landing/*.mdx (see src/core/landing/). */
  landings: LoadedLanding[];
}

export type HubLoad = { hub?: LoadedHub; errors: ContentError[] };

const rel = (root: string, path: string) => relative(root, path).split('\\').join('/');

function listFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => join(dir, d.name))
    .sort();
}

export function loadHubConfig(root: string): { config?: HubConfig; errors: ContentError[] } {
  const path = join(root, HUB_CONFIG_FILE);
  if (!existsSync(path))
    return { errors: [{ name: 'MissingConfig', file: HUB_CONFIG_FILE, expected: 'the hub config file (see README "Hub config")', found: 'no such file' }] };
  const text = readFileSync(path, 'utf8');
  const read = readYaml(text, HUB_CONFIG_FILE);
  if (!read.ok) return { errors: [read.error] };
  const parsed = parseWith(HubConfigSchema, read.value, HUB_CONFIG_FILE, (f) => fieldLine(text, f, 1));
  return parsed.ok ? { config: parsed.value, errors: [] } : { errors: parsed.errors };
}

function loadAuthors(root: string, errors: ContentError[]): LoadedAuthor[] {
  const authors: LoadedAuthor[] = [];
  for (const path of listFiles(join(root, 'content/authors'), /\.ya?ml$/)) {
    const file = rel(root, path);
    const text = readFileSync(path, 'utf8');
    const read = readYaml(text, file);
    if (!read.ok) { errors.push(read.error); continue; }
    const parsed = parseWith(AuthorSchema, read.value, file, (f) => fieldLine(text, f, 1));
    if (parsed.ok) authors.push({ id: path.replace(/^.*[\\/]/, '').replace(/\.ya?ml$/, ''), file, data: parsed.value });
    else errors.push(...parsed.errors);
  }
  return authors;
}

/** One MDX entry read and schema-checked: its data, body and where each field sits. */
interface MdxEntry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
  lineOf: (field: string) => number | undefined;
}

/** Reads the frontmatter of an MDX file and validates it; problems go to `errors`. */
function readMdxEntry<S extends z.ZodType>(root: string, path: string, schema: S, errors: ContentError[]): MdxEntry<z.output<S>> | undefined {
  const file = rel(root, path);
  const text = readFileSync(path, 'utf8');
  const fm = splitFrontmatter(text);
  if (!fm) {
    errors.push({ name: 'MissingFrontmatter', file, line: 1, expected: 'frontmatter between two "---" lines at the top of the file', found: `"${text.split('\n')[0]}"` });
    return undefined;
  }
  const read = readYaml(fm.yaml, file, fm.yamlLine - 1);
  if (!read.ok) {
    errors.push(read.error);
    return undefined;
  }
  const lineOf = (f: string) => fieldLine(fm.yaml, f, fm.yamlLine);
  const parsed = parseWith(schema, read.value, file, lineOf);
  if (!parsed.ok) {
    errors.push(...parsed.errors);
    return undefined;
  }
  const id = path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
  return { id, file, data: parsed.value, body: fm.body, bodyLine: fm.yamlLine + fm.yaml.split('\n').length + 1, lineOf };
}

function loadAssets(root: string, errors: ContentError[]): LoadedAsset[] {
  const assets: LoadedAsset[] = [];
  for (const kind of ASSET_KINDS) {
    for (const path of listFiles(join(root, 'content', KIND_FOLDERS[kind]), /\.mdx?$/)) {
      const entry = readMdxEntry(root, path, AssetSchemas[kind], errors);
      if (entry) assets.push({ kind, ...entry, slug: entry.data.slug ?? entry.id });
    }
  }
  return assets;
}

/** Where landing pages live under content/. */
export const LANDING_FOLDER = 'landing';

function loadLandings(root: string, errors: ContentError[]): LoadedLanding[] {
  const landings: LoadedLanding[] = [];
  for (const path of listFiles(join(root, 'content', LANDING_FOLDER), /\.mdx?$/)) {
    const entry = readMdxEntry(root, path, LandingSchema, errors);
    if (entry) landings.push({ ...entry, slug: entry.data.slug ?? entry.id });
  }
  return landings;
}

/** Loads and schema-checks every file. Cross-file checks live in check.ts. */
export function loadHub(root: string): HubLoad {
  const errors: ContentError[] = [];
  const { config, errors: configErrors } = loadHubConfig(root);
  errors.push(...configErrors);
  const authors = loadAuthors(root, errors);
  const assets = loadAssets(root, errors);
  const landings = loadLandings(root, errors);
  return { hub: config ? { root, config, authors, assets, landings } : undefined, errors };
}
