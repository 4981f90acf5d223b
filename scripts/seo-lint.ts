// `node scripts/seo-lint.ts [--dist dist] [--root .]`: the SEO lint over the built site. Reads the
// site's url and base from content/hub.yaml (and the off-site canonicals assets declare), prints
// every problem and exits 1, or prints one line.
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadHub, loadHubConfig, type LoadedHub } from '../src/core/content/load.ts';
import { formatReport } from '../src/core/errors.ts';
import { lintSiteWithStats, type SiteLint } from '../src/core/seo/lint.ts';
import { parseCache, type ParseCache } from '../src/core/seo/parse-cache.ts';

export interface SeoLintArgs {
  /** Project root holding content/hub.yaml; default the working directory. */
  root: string;
  /** Built site folder, relative to root unless absolute; default dist. */
  dist: string;
  /** The hub, already loaded (the build passes its own rather than reading 1,000 files again). */
  hub?: LoadedHub;
  /** Parsed pages to use, which the caller then saves (the build fills it while Astro renders). */
  parsed?: ParseCache;
}

/** Where the lint keeps parsed pages between runs, relative to the hub's root. */
export const PARSE_CACHE_FILE = 'node_modules/.cache/proof-hub/lint/pages.json';

export interface SeoLintRun extends SiteLint {
  /** What the command prints: the report, or the one-line success message. */
  output: string;
  exitCode: 0 | 1;
}

export function readSeoLintArgs(argv: readonly string[] = process.argv.slice(2), cwd = process.cwd()): SeoLintArgs {
  const out: SeoLintArgs = { root: cwd, dist: 'dist' };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--root') out.root = resolve(cwd, value() ?? '.');
    else if (name === '--dist') out.dist = value() ?? out.dist;
  }
  return out;
}

/** Canonicals the assets declare in frontmatter (off-site originals); content errors are `npm run check`'s job. */
function declaredCanonicals(root: string, hub?: LoadedHub): string[] {
  return ((hub ?? loadHub(root).hub)?.assets ?? []).flatMap((a) => (a.data.canonical ? [a.data.canonical] : []));
}

/** Runs the lint in-process: no printing, no exit. */
export function seoLint(args: SeoLintArgs): SeoLintRun {
  const { config, errors } = loadHubConfig(args.root);
  if (!config) return { errors, pages: 0, links: 0, output: formatReport(errors), exitCode: 1 };
  const distDir = isAbsolute(args.dist) ? args.dist : resolve(args.root, args.dist);
  // Pages parsed by the last run, by path and bytes, beside the hub's other caches.
  const parsed = args.parsed ?? parseCache(join(args.root, PARSE_CACHE_FILE));
  const result = lintSiteWithStats({ distDir, site: { url: config.site.url, base: config.site.base }, externalCanonicals: declaredCanonicals(args.root, args.hub), parsed });
  if (!args.parsed) parsed.save();
  if (result.errors.length) return { ...result, output: formatReport(result.errors), exitCode: 1 };
  return { ...result, output: `✔ SEO lint: ${result.pages} pages, ${result.links} links checked`, exitCode: 0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = seoLint(readSeoLintArgs());
  if (run.exitCode) {
    console.error(run.output);
    process.exit(1);
  }
  console.log(run.output);
}
