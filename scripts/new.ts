// `npm run new -- <kind> "Title" [--series id] [--root DIR] [--today YYYY-MM-DD]`
// Scaffolds a valid draft asset with every field present and explained, plus a drawn hero image
// (and a data file for a benchmark). Never overwrites an existing file.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadAndCheckHub } from '../src/core/content/check.ts';
import { formatReport } from '../src/core/errors.ts';
import { ASSET_KINDS, KIND_FOLDERS, type AssetKind } from '../src/core/schema/asset.ts';
import type { HubConfig } from '../src/core/schema/hub.ts';
import { resolveToday, TODAY_ENV } from '../src/core/today.ts';
import { readArgs } from './cli-args.ts';

export class ScaffoldError extends Error {}

/** A URL slug from a title: ASCII letters and digits joined by hyphens (å→a, ö→o, é→e). */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

const yamlString = (s: string) => JSON.stringify(s);

function kindFields(kind: AssetKind, slug: string): string {
  if (kind === 'case-study')
    return `
# --- Case study ---
# Who the customer is. Get their written approval before publishing.
customer:
  name: Example Customer AB
  industry: Pharma distribution
  size: 250 employees          # optional
# The problem in the customer's words, one or two sentences.
challenge: Temperature excursions were found only after delivery, when the goods were already lost.
# Before/after numbers. Each row becomes a line in the results table.
results:
  - metric: Spoiled pallets per month
    before: "12"
    after: "5"`;
  if (kind === 'benchmark')
    return `
# --- Benchmark ---
measured: What was measured, in one sentence, with the unit.
environment: Where and on what it ran, so someone else can repeat it.
method: How the numbers were taken, how many runs, what was averaged.
# The results data file next to this MDX: CSV with a header row, or JSON (an array of objects).
# <BenchmarkTable /> and <BarChart x="setup" y="value" /> read it; it is offered for download.
data:
  file: ./${slug}.csv
  title: Results of the benchmark
  description: One sentence on what each row and column holds, for the Dataset markup.
  license: CC BY 4.0`;
  return `
# --- Methodology ---
# The steps of the method, in order (at least two).
steps:
  - First step, written as an instruction.
  - Second step, written as an instruction.
# Tools or instruments used (optional).
tools: [Reference thermometer, Coldtrace gateway]`;
}

export function scaffoldText(kind: AssetKind, title: string, slug: string, config: HubConfig, author: string, today: string): string {
  const promise = config.promises[0]!;
  const series = config.series[0]!;
  return `---
# Shown as the page's h1 and <title>: 10 to 60 characters, unique across the hub.
title: ${yamlString(title)}
# The meta description search engines show: 50 to 160 characters, unique.
description: Replace with one or two sentences that say what this ${kind} proves and for whom.
# A short paragraph for cards, the feed and social snippets (20 to 400 characters).
summary: Replace with a short summary of the proof in this ${kind}.
# Dates are written YYYY-MM-DD. A date after today schedules the asset: it goes live that day.
published: ${today}
# updated: ${today}           # set when you change the substance after publishing
# Drafts show in \`npm run dev\` only. Set to false when the review below is complete.
draft: true
# slug: ${slug}               # optional: overrides the URL /${kind}/${slug}/ taken from the file name
# Brand promises this proves (ids from content/hub.yaml: ${config.promises.map((p) => p.id).join(', ')}).
promises: [${promise.id}]
# The proof series it belongs to (ids: ${config.series.map((s) => s.id).join(', ')}).
series: ${series.id}
# Lowercase words joined by hyphens; each tag gets a page.
tags: []
# File names in content/authors/ without .yaml.
authors: [${author}]
# The hero image, relative to this file, and its alt text (required: describe what it shows).
hero:
  src: ../images/${slug}.png
  alt: Replace with a description of the hero image for readers who cannot see it
# canonical: https://partner.example/original   # only when the original lives elsewhere
noindex: false
# Collaboration: set collaboration to true and write the disclosure when a partner paid,
# co-wrote or supplied material.
disclosure:
  collaboration: false
# Every claim needs exactly one source: url (https), data (a file next to this MDX) or
# asset (kind/slug of another asset). Cite a claim in the text with <Claim id="..." />.
claims: []
#  - id: fewer-spoiled-pallets
#    text: Spoiled pallets fell from 12 to 5 a month.
#    source: { url: "https://example.com/report" }
# The 5-minute brand-safety review. Tick each check, then name the reviewer and the date.
review:
  claims: false
  sources: false
  disclosure: false
  policy: false
  tone: false
  # reviewer: Name Surname
  # date: ${today}${kindFields(kind, slug)}
---
## What we set out to prove

Write the proof here in Markdown. Components you can use without importing them:
\`<Stat value="41%" label="fewer spoiled pallets" />\`, \`<Quote text="..." person="..." role="..." />\`,
\`<Claim id="..." />\`, \`<Callout type="tip" title="...">...</Callout>\`, \`<Figure src="images/x.png" alt="..." />\`,
\`<FAQ>\` with \`<Question q="...">answer</Question>\`${kind === 'benchmark' ? ', `<BenchmarkTable />`, `<BarChart x="setup" y="value" title="..." />`' : ''}
and \`<CTA href="https://..." label="..." />\`. The README lists every option.

<CTA href="${config.organisation.url}" label="Talk to us" />
`;
}

/** A simple drawn hero in the brand colours (shapes only: no fonts needed). */
async function drawHero(file: string, config: HubConfig, seed: string): Promise<void> {
  const sharp = (await import('sharp')).default;
  const { primary, accent, paper } = config.brand.colours;
  const n = [...seed].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7);
  const bars = Array.from({ length: 7 }, (_, i) => {
    const h = 180 + ((n >> i) % 7) * 70;
    return `<rect x="${180 + i * 180}" y="${760 - h}" width="110" height="${h}" rx="10" fill="${i % 2 ? accent : paper}" opacity="${i % 2 ? 0.9 : 0.35}"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="${primary}"/>${bars}<path d="M120 300 C 500 120, 900 480, 1480 220" stroke="${accent}" stroke-width="14" fill="none" stroke-linecap="round"/></svg>`;
  await sharp(Buffer.from(svg)).png({ palette: true }).toFile(file);
}

export async function scaffold(argv: readonly string[] = process.argv.slice(2)): Promise<string[]> {
  const args = readArgs(argv);
  const [kindArg, title] = args.positionals;
  const usage = 'usage: npm run new -- <case-study|benchmark|methodology> "Title of the asset"';
  if (!kindArg || !(ASSET_KINDS as readonly string[]).includes(kindArg))
    throw new ScaffoldError(`kind: expected one of ${ASSET_KINDS.join(', ')}; found ${kindArg ? `"${kindArg}"` : 'nothing'}\n${usage}`);
  const kind = kindArg as AssetKind;
  if (!title || [...title].length < 10 || [...title].length > 60)
    throw new ScaffoldError(`title: expected 10 to 60 characters; found ${title ? `"${title}" (${[...title].length} characters)` : 'nothing'}\n${usage}`);
  const root = resolve(args.root);
  const { hub, errors } = loadAndCheckHub(root);
  if (!hub) throw new ScaffoldError(formatReport(errors));
  const author = hub.authors[0]?.id;
  if (!author) throw new ScaffoldError('authors: expected at least one file in content/authors/ (e.g. content/authors/jane-doe.yaml); found none');
  const slug = slugify(title);
  const { today } = resolveToday({ flag: args.today, env: process.env[TODAY_ENV], config: hub.config.site.today, timeZone: hub.config.site.timeZone });

  const mdx = join(root, 'content', KIND_FOLDERS[kind], `${slug}.mdx`);
  const hero = join(root, 'content/images', `${slug}.png`);
  const data = join(root, 'content', KIND_FOLDERS[kind], `${slug}.csv`);
  const planned = [mdx, hero, ...(kind === 'benchmark' ? [data] : [])];
  const taken = planned.filter((f) => existsSync(f));
  if (taken.length) throw new ScaffoldError(`${relative(root, taken[0]!)}: expected a new file; found one already there (pick another title, or edit that file)`);

  mkdirSync(join(root, 'content', KIND_FOLDERS[kind]), { recursive: true });
  mkdirSync(join(root, 'content/images'), { recursive: true });
  await drawHero(hero, hub.config, slug);
  if (kind === 'benchmark') writeFileSync(data, 'setup,value\nBaseline,12.5\nWith change,8.1\n');
  writeFileSync(mdx, scaffoldText(kind, title, slug, hub.config, author, today));
  return planned.map((f) => relative(root, f));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const files = await scaffold();
    console.log(`✔ created ${files.join(', ')}\n  It is a draft: preview it with npm run dev, fill in every field, then set draft: false.`);
  } catch (err) {
    console.error(err instanceof ScaffoldError ? `✖ ${err.message}` : err);
    process.exit(1);
  }
}
