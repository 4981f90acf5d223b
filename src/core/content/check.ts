// Cross-file checks that one schema cannot see: references to promises, series, authors,
// claims and other assets; files that must exist or parse; duplicate URLs; unknown components.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { numericColumns, parseDataFile, type DataTable } from '../data-file.ts';
import { ContentErrors, quoteFound, type ContentError } from '../errors.ts';
import { attribute, componentUses, importedNames, MDX_COMPONENTS } from '../mdx-components.ts';
import { HttpsUrlSchema } from '../schema/primitives.ts';
import { HUB_CONFIG_FILE, loadHub, type LoadedAsset, type LoadedHub } from './load.ts';
import { checkLandings } from '../landing/check.ts';
import { trackedLinkErrors } from './tracked-links.ts';

const IMAGE = /\.(png|jpe?g|webp|avif|gif)$/i;

/** The page path of an asset, without base: /<kind>/<slug>/ */
export const assetPath = (a: Pick<LoadedAsset, 'kind' | 'slug'>) => `/${a.kind}/${a.slug}/`;

function fileExists(root: string, fromFile: string, relPath: string): { abs: string; shown: string; exists: boolean } {
  const abs = join(root, dirname(fromFile), relPath);
  return { abs, shown: relative(root, abs).split('\\').join('/'), exists: existsSync(abs) };
}

const listOf = (ids: Iterable<string>) => [...ids].join(', ');

export function checkHub(hub: LoadedHub): ContentError[] {
  const errors: ContentError[] = [];
  const { root, config } = hub;
  const promiseIds = new Set(config.promises.map((p) => p.id));
  const seriesIds = new Set(config.series.map((s) => s.id));
  const authorIds = new Set(hub.authors.map((a) => a.id));
  const assetKeys = new Set(hub.assets.map((a) => `${a.kind}/${a.slug}`));

  for (const [field, path] of [['organisation.logo', config.organisation.logo], ['brand.font.regular', config.brand.font.regular], ['brand.font.bold', config.brand.font.bold]] as const) {
    const f = fileExists(root, HUB_CONFIG_FILE, path);
    if (!f.exists) errors.push({ name: 'MissingFile', file: HUB_CONFIG_FILE, field, expected: `a file at ${f.shown} (paths are relative to hub.yaml)`, found: 'no such file' });
  }

  const byUrl = new Map<string, LoadedAsset>();
  for (const a of hub.assets) {
    const at = (field: string, name: string, expected: string, found: string): ContentError => ({ name, file: a.file, field, expected, found, line: a.lineOf(field) });
    const d = a.data;

    d.promises.forEach((p, i) => {
      if (!promiseIds.has(p)) errors.push(at(`promises.${i}`, 'UnknownPromise', `one of the promise ids in ${HUB_CONFIG_FILE} (${listOf(promiseIds)})`, quoteFound(p)));
    });
    if (!seriesIds.has(d.series)) errors.push(at('series', 'UnknownSeries', `one of the series ids in ${HUB_CONFIG_FILE} (${listOf(seriesIds)})`, quoteFound(d.series)));
    d.authors.forEach((au, i) => {
      if (!authorIds.has(au)) errors.push(at(`authors.${i}`, 'UnknownAuthor', `the name of a file in content/authors/ without .yaml (${listOf(authorIds) || 'none yet'})`, quoteFound(au)));
    });

    const hero = fileExists(root, a.file, d.hero.src);
    if (!IMAGE.test(d.hero.src)) errors.push(at('hero.src', 'NotAnImage', 'a .png, .jpg, .webp or .avif file', quoteFound(d.hero.src)));
    else if (!hero.exists) errors.push(at('hero.src', 'MissingImage', `an image file at ${hero.shown}`, `${quoteFound(d.hero.src)}, but no such file`));

    d.claims.forEach((c, i) => {
      if (c.source.data) {
        const f = fileExists(root, a.file, c.source.data);
        if (!f.exists) errors.push(at(`claims.${i}.source.data`, 'MissingFile', `a data file at ${f.shown}`, `${quoteFound(c.source.data)}, but no such file`));
      }
      if (c.source.asset && !assetKeys.has(c.source.asset))
        errors.push(at(`claims.${i}.source.asset`, 'UnknownAsset', 'kind/slug of an existing asset, e.g. case-study/nordpharma-audit', quoteFound(c.source.asset)));
    });
    const claimIds = new Set<string>();
    d.claims.forEach((c, i) => {
      if (claimIds.has(c.id)) errors.push(at(`claims.${i}.id`, 'DuplicateClaim', 'a claim id used once in this asset', quoteFound(c.id)));
      claimIds.add(c.id);
    });

    let table: DataTable | undefined;
    if ('data' in d) {
      const f = fileExists(root, a.file, d.data.file);
      if (!f.exists) errors.push(at('data.file', 'MissingFile', `a data file at ${f.shown}`, `${quoteFound(d.data.file)}, but no such file`));
      else {
        const parsed = parseDataFile(f.abs, readFileSync(f.abs, 'utf8'));
        if (parsed.ok) table = parsed.table;
        else errors.push({ name: 'BadDataFile', file: f.shown, line: parsed.line, expected: parsed.expected, found: parsed.found });
      }
    }

    const allowed = new Set<string>([...MDX_COMPONENTS, ...importedNames(a.body)]);
    for (const use of componentUses(a.body, a.bodyLine)) {
      if (!allowed.has(use.name)) {
        errors.push({ name: 'UnknownComponent', file: a.file, line: use.line, field: `<${use.name}>`, expected: `one of the hub's components (${MDX_COMPONENTS.join(', ')})`, found: `<${use.name}>` });
      } else if (use.name === 'Figure') {
        const src = attribute(use.attributes, 'src');
        const alt = attribute(use.attributes, 'alt');
        const here = { file: a.file, line: use.line };
        if (!alt?.trim()) errors.push({ ...here, name: 'MissingAlt', field: '<Figure alt>', expected: 'alt text describing the image for readers who cannot see it, e.g. alt="Sensor tags on a pallet"', found: quoteFound(alt) });
        if (!src || !existsSync(join(root, 'content', src)))
          errors.push({ ...here, name: 'MissingImage', field: '<Figure src>', expected: 'an image path under content/, e.g. src="images/dock-sensors.png"', found: src ? `${quoteFound(src)}, but no such file` : quoteFound(src) });
      } else if (use.name === 'BarChart' || use.name === 'BenchmarkTable') {
        const here = { file: a.file, line: use.line };
        if (!('data' in d)) errors.push({ ...here, name: 'NoDataFile', field: `<${use.name}>`, expected: 'a benchmark with a data file (only benchmarks have one)', found: `<${use.name}> in a ${a.kind}` });
        else if (table) {
          const wanted = use.name === 'BarChart' ? (['x', 'y'] as const).map((k) => [k, attribute(use.attributes, k)] as const) : (attribute(use.attributes, 'columns')?.split(',') ?? []).map((c) => ['columns', c.trim()] as const);
          for (const [key, col] of wanted) {
            if (!col || !table.columns.includes(col)) errors.push({ ...here, name: 'UnknownColumn', field: `<${use.name} ${key}>`, expected: `a column of ${d.data.file} (${table.columns.join(', ')})`, found: quoteFound(col) });
          }
          const y = attribute(use.attributes, 'y');
          if (use.name === 'BarChart' && y && table.columns.includes(y) && !numericColumns(table).includes(y))
            errors.push({ ...here, name: 'NotNumeric', field: '<BarChart y>', expected: `a column with a number in every row (${numericColumns(table).join(', ') || 'none'})`, found: quoteFound(y) });
        }
      } else if (use.name === 'Stat') {
        const source = attribute(use.attributes, 'source');
        if (source !== undefined && !claimIds.has(source) && !HttpsUrlSchema.safeParse(source).success)
          errors.push({ name: 'UnknownSource', file: a.file, line: use.line, field: '<Stat source>', expected: `the id of a claim in this file's frontmatter (${listOf(claimIds) || 'none defined'}) or an https:// URL`, found: quoteFound(source) });
      } else if (use.name === 'Claim') {
        const id = attribute(use.attributes, 'id');
        if (!id || !claimIds.has(id))
          errors.push({ name: 'UnknownClaim', file: a.file, line: use.line, field: '<Claim id>', expected: `the id of a claim in this file's frontmatter (${listOf(claimIds) || 'none defined'})`, found: quoteFound(id) });
      }
    }

    const url = assetPath(a);
    const twin = byUrl.get(url);
    if (twin)
      errors.push(at(a.data.slug ? 'slug' : '(file name)', 'DuplicateSlug', `a URL no other asset has (${twin.file} already uses ${url})`, quoteFound(a.slug)));
    else byUrl.set(url, a);
  }
  errors.push(...checkLandings(hub));
  // Hand-written tracked links (the builder makes the rest) must still meet the UTM standard.
  for (const doc of [...hub.assets, ...hub.landings]) errors.push(...trackedLinkErrors(doc, config.utm));
  return errors;
}

/** Loads the hub and runs every check: what `npm run check` and the build run first. */
export function loadAndCheckHub(root: string): { hub?: LoadedHub; errors: ContentError[] } {
  const { hub, errors } = loadHub(root);
  if (hub) errors.push(...checkHub(hub));
  return { hub, errors };
}

/** The hub, loaded and checked; throws ContentErrors with every problem when there is any. */
export function checkedHub(root: string): LoadedHub {
  const { hub, errors } = loadAndCheckHub(root);
  if (!hub || errors.length) throw new ContentErrors(errors);
  return hub;
}

/** Set by scripts/build.ts for the `astro build` it starts, after checking the same content itself. */
export const CHECKED_ENV = 'PROOF_HUB_CHECKED';

/**
 * What astro.config.mjs reads: the hub, checked unless the build that started Astro has just
 * checked it (a second check of 1,000 assets delayed Astro's start by 0.65 s).
 */
export function loadHubForAstro(root: string, env: Record<string, string | undefined> = process.env): { hub?: LoadedHub; errors: ContentError[] } {
  return env[CHECKED_ENV] === root ? loadHub(root) : loadAndCheckHub(root);
}
