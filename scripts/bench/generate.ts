// A seeded synthetic hub of N assets for the bench (scripts/bench/run.ts), written into a folder
// of the caller's choosing (a temporary one). It is the example hub's config, authors, fonts and
// a pool of 20 of its images, plus N generated assets: case studies, benchmarks (each with its CSV
// data file) and methodology posts, spread over the two years before the hub's "today". Every
// asset body uses every component its kind allows (Stat, Quote, Claim, FAQ/Question, Figure,
// Callout, CTA; BenchmarkTable and BarChart in benchmarks) and is about as long as the example
// hub's own assets. The same seed and N always give the same files.
//
//   node scripts/bench/generate.ts --n 100 --out /tmp/hub [--seed 7]
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rng } from '../../src/core/random.ts';

const PROJECT = resolve(import.meta.dirname, '../..');


const CUSTOMERS = ['Nordpharma', 'Bergvik Berries', 'Hemkort', 'Medlink', 'Vitalis', 'Norrsken Foods', 'Oresund Bio', 'Vega Pharmacy', 'Fjallmejeriet', 'Baltic Seafood', 'Kustfrys', 'Alvdal Dairy', 'Polar Pharma', 'Skarva Fish', 'Lumen Labs', 'Tundra Meals'];
const INDUSTRIES = ['Pharmaceutical wholesale', 'Fresh produce', 'Grocery delivery', 'Vaccine distribution', 'Clinical trials', 'Frozen food', 'Biologics', 'Retail pharmacy', 'Dairy', 'Seafood freight'];
const PLACES = ['the loading dock', 'the cross-dock', 'the ferry port', 'the last mile', 'the cold room', 'the reefer trailer', 'the store fridge', 'the air-freight hub', 'the clinic fridge', 'the return leg'];
const TOPICS = ['alert latency', 'battery life', 'calibration drift', 'humidity', 'thermal response', 'tag accuracy', 'gateway range', 'door openings', 'defrost cycles', 'probe placement'];
const NOUNS = ['pallet', 'tag', 'gateway', 'shipment', 'reading', 'alarm', 'probe', 'trailer', 'fridge', 'record'];
const VERBS = ['logged', 'caught', 'measured', 'flagged', 'recorded', 'traced', 'compared', 'checked'];
const ADJ = ['warm', 'late', 'unplugged', 'calibrated', 'tagged', 'chilled', 'frozen', 'shielded'];
const MISTAKES = ['alarm limits with no delay', 'one logger per truck', 'ignoring return legs', 'unconditioned gel packs', 'trusting the wall thermostat', 'expired calibration certificates', 'pallets waiting on the dock', 'mapping a room once'];
const KINDS = [
  { kind: 'case-study', folder: 'case-studies', series: 'how-we-did-it', promises: ['fewer-losses', 'every-degree'] },
  { kind: 'benchmark', folder: 'benchmarks', series: 'sensor-lab', promises: ['open-numbers', 'every-degree'] },
  { kind: 'methodology', folder: 'methodology', series: 'cold-chain-mistakes', promises: ['every-degree', 'fewer-losses'] },
] as const;

export interface GeneratedHub {
  root: string;
  assets: number;
  byKind: Record<string, number>;
  mdxFiles: string[];
}

const q = (s: string) => JSON.stringify(s);

function sentence(r: () => number): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const n = 2 + Math.floor(r() * 40);
  const forms = [
    () => `Every ${pick(NOUNS)} was ${pick(VERBS)} at ${pick(PLACES)}, and ${n} of them were ${pick(ADJ)} for longer than the product allows.`,
    () => `The ${pick(NOUNS)} on ${pick(PLACES)} ${pick(VERBS)} ${n} excursions in the first month, most of them short and all of them on record.`,
    () => `We ${pick(VERBS)} ${pick(TOPICS)} for ${n} days before changing anything, so the before and after use the same ${pick(NOUNS)}s.`,
    () => `A ${pick(ADJ)} ${pick(NOUNS)} is not a disaster if someone hears about it within minutes; it is when the ${pick(NOUNS)} is read a day later.`,
    () => `The team now reviews ${pick(TOPICS)} every week, and the ${pick(NOUNS)} that used to be ${pick(ADJ)} is ${pick(VERBS)} within ${n} minutes.`,
  ];
  return pick(forms)();
}

const paragraph = (r: () => number, sentences = 4) => Array.from({ length: sentences }, () => sentence(r)).join(' ');

function csv(r: () => number, rows: number): string {
  const lines = ['setup,readings,median_s,p95_s,max_s,over_120s'];
  for (let i = 0; i < rows; i++) {
    const median = +(2 + r() * 20).toFixed(1);
    lines.push(`Setup ${String.fromCharCode(65 + i)},${100 + Math.floor(r() * 200)},${median},${(median * (1.5 + r())).toFixed(1)},${(median * (3 + r() * 4)).toFixed(1)},${Math.floor(r() * 4)}`);
  }
  return lines.join('\n') + '\n';
}

function isoDay(base: Date, minusDays: number): string {
  const d = new Date(base.getTime() - minusDays * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** Writes the hub into `out` (emptied first). */
export function generateHub(opts: { n: number; out: string; seed?: number }): GeneratedHub {
  const { n, seed = 7 } = opts;
  const root = resolve(opts.out);
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  mkdirSync(content, { recursive: true });
  const src = join(PROJECT, 'content');
  for (const dir of ['authors', 'fonts']) cpSync(join(src, dir), join(content, dir), { recursive: true });
  copyFileSync(join(src, 'posts-log.csv'), join(content, 'posts-log.csv'));
  // The hub config as it is, but pinned to the bench's own day; landing pages are left out (they name the example's assets).
  const today = '2026-06-15';
  // The example's short list pages (listPageSize: 12, there to show a page 2) give way to the default.
  const hubYaml = readFileSync(join(src, 'hub.yaml'), 'utf8')
    .replace(/^( {2}today:).*$/m, `$1 ${today}`)
    .replace(/^ {2}# Assets per list page.*\n {2}listPageSize:.*\n/m, '');
  writeFileSync(join(content, 'hub.yaml'), hubYaml);
  // A shared pool of 20 hero images, as real hubs reuse brand imagery.
  mkdirSync(join(content, 'images'));
  const pool = readdirSync(join(src, 'images')).filter((f) => f.endsWith('.png') && !f.includes('logo')).sort().slice(0, 20);
  for (const f of pool) copyFileSync(join(src, 'images', f), join(content, 'images', f));
  copyFileSync(join(src, 'images', 'coldtrace-logo.png'), join(content, 'images', 'coldtrace-logo.png'));
  const authors = readdirSync(join(src, 'authors')).map((f) => f.replace(/\.ya?ml$/, ''));
  for (const k of KINDS) mkdirSync(join(content, k.folder));

  const byKind: Record<string, number> = {};
  const mdxFiles: string[] = [];
  const todayDate = new Date(`${today}T12:00:00Z`);
  const published: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = KINDS[i % 10 < 4 ? 0 : i % 10 < 7 ? 1 : 2];
    byKind[k.kind] = (byKind[k.kind] ?? 0) + 1;
    const num = String(i + 1).padStart(5, '0');
    const slug = `${k.kind === 'case-study' ? 'case' : k.kind === 'benchmark' ? 'bench' : 'method'}-${num}`;
    // Spread over the last two years; about 2% scheduled (after today) and 2% drafts.
    const age = Math.floor(r() * 730) - (r() < 0.02 ? 20 : 0);
    const day = isoDay(todayDate, age);
    const draft = r() < 0.02;
    const customer = pick(CUSTOMERS);
    const topic = pick(TOPICS);
    const mistake = pick(MISTAKES);
    const title =
      k.kind === 'case-study' ? `${customer}: fixing ${pick(PLACES).replace('the ', '')} (${num})` : k.kind === 'benchmark' ? `Sensor lab ${num}: ${topic} in six setups` : `Mistake ${num}: ${mistake}`;
    const description = `${paragraph(r, 1).slice(0, 110).replace(/[ ,.]+\S*$/, '')}, report ${num} of the synthetic bench hub.`;
    const summary = paragraph(r, 2);
    const hero = pick(pool);
    const otherAuthors = authors.filter((a) => a !== authors[i % authors.length]);
    const fm: string[] = [
      '---',
      `title: ${q(title)}`,
      `description: ${q(description)}`,
      `summary: ${q(summary)}`,
      `published: ${day}`,
      ...(draft ? ['draft: true'] : []),
      `promises: [${k.promises[i % 2]}, ${k.promises[(i + 1) % 2]}]`,
      `series: ${k.series}`,
      `tags: [${[pick(['food', 'pharma', 'transport', 'warehouse']), pick(['alerts', 'gateways', 'calibration', 'handover'])].filter((t, j, a) => a.indexOf(t) === j).join(', ')}]`,
      `authors: [${authors[i % authors.length]}, ${pick(otherAuthors)}]`,
      'hero:',
      `  src: ../images/${hero}`,
      `  alt: ${q(`Illustration for ${title}: tagged pallets and a thermometer.`)}`,
    ];
    const claims = ['c1', 'c2'];
    if (k.kind === 'case-study') {
      fm.push(
        'customer:',
        `  name: ${q(customer)}`,
        `  industry: ${q(pick(INDUSTRIES))}`,
        `  size: ${q(`${10 + Math.floor(r() * 200)} trucks`)}`,
        `challenge: ${q(paragraph(r, 1))}`,
        'results:',
        ...[1, 2].flatMap((j) => [`  - metric: ${q(`Excursions per month at site ${j}`)}`, `    before: ${q(`${10 + j * 3}`)}`, `    after: ${q(`${j + 1}`)}`]),
      );
    } else if (k.kind === 'benchmark') {
      writeFileSync(join(content, k.folder, `${slug}.csv`), csv(r, 6));
      fm.push(
        `measured: ${q(`The ${topic} of each setup, from ${pick(NOUNS)} to phone.`)}`,
        `environment: ${q(`Coldtrace sensor lab, Uppsala, run ${num}.`)}`,
        `method: ${q(paragraph(r, 1))}`,
        'data:',
        `  file: ./${slug}.csv`,
        `  title: ${q(`${topic} per setup, run ${num}`)}`,
        `  description: ${q('One row per setup with the number of readings, median, 95th-percentile and maximum latency in seconds.')}`,
      );
    } else {
      fm.push('steps:', ...[1, 2, 3, 4].map(() => `  - ${q(sentence(r))}`), 'tools:', '  - Coldtrace platform alarm rules', '  - Two weeks of historical readings');
    }
    fm.push(
      'claims:',
      `  - id: c1`,
      `    text: ${q(sentence(r))}`,
      '    source:',
      k.kind === 'benchmark' ? `      data: ./${slug}.csv` : `      url: https://coldtrace.example/reports/${slug}`,
      `  - id: c2`,
      `    text: ${q(sentence(r))}`,
      '    source:',
      // Cite an earlier asset now and then, as real hubs do.
      published.length && r() < 0.3 ? `      asset: ${published[Math.floor(r() * published.length)]}` : `      url: https://eur-lex.europa.eu/eli/reg/2004/853/oj`,
      'review:',
      '  claims: true',
      '  sources: true',
      '  disclosure: true',
      '  policy: true',
      '  tone: true',
      `  reviewer: Erik Nyberg`,
      `  date: ${isoDay(todayDate, age + 2)}`,
      '---',
    );
    const body: string[] = [
      paragraph(r, 5),
      `## What we set out to prove`,
      paragraph(r, 4),
      `<Claim id="${claims[0]}" />`,
      `<Stat value="${10 + Math.floor(r() * 80)}%" label="${pick(['fewer spoiled pallets', 'faster alerts', 'fewer nuisance alarms', 'more readings on record'])} in six months" source="c1" />`,
      paragraph(r, 4),
      `<Quote text="${sentence(r).replace(/"/g, '')}" person="${pick(['Lena Berg', 'Rūta Kazlauskienė', 'Ola Nilsson', 'Mira Sand'])}" role="Head of Quality, ${customer}" />`,
      `## How it went`,
      paragraph(r, 5),
      `<Figure src="images/${pick(pool)}" alt="Tagged pallets on a dock, one tag sending a radio signal." caption="${sentence(r).replace(/"/g, '')}" />`,
      paragraph(r, 3),
    ];
    if (k.kind === 'benchmark')
      body.push(
        `<BenchmarkTable caption="${topic} per setup, in seconds" />`,
        `<BarChart x="setup" y="p95_s" unit="s" title="95th-percentile ${topic} per setup" />`,
        paragraph(r, 3),
      );
    body.push(
      `<Claim id="${claims[1]}" />`,
      `<Callout type="${pick(['note', 'tip', 'warning'])}" title="${pick(['Check this first', 'What we changed', 'Do not skip this'])}">\n\n${paragraph(r, 2)}\n\n</Callout>`,
      `## Questions we hear`,
      `<FAQ>\n<Question q="How long does a tag battery last?">\n\n${paragraph(r, 2)}\n\n</Question>\n<Question q="Does this work in a freezer?">\n\n${paragraph(r, 2)}\n\n</Question>\n</FAQ>`,
      `<CTA href="https://coldtrace.example/audit" label="Book a 20-minute cold-chain audit" campaign="${k.series}" />`,
    );
    const file = join(content, k.folder, `${slug}.mdx`);
    writeFileSync(file, `${fm.join('\n')}\n\n${body.join('\n\n')}\n`);
    mdxFiles.push(file);
    if (!draft && day <= today) published.push(`${k.kind}/${slug}`);
  }
  return { root, assets: n, byKind, mdxFiles };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  const val = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = val('out');
  if (!out) {
    console.error('usage: node scripts/bench/generate.ts --n 100 --out DIR [--seed 7]');
    process.exit(2);
  }
  const hub = generateHub({ n: Number(val('n') ?? 100), out, seed: Number(val('seed') ?? 7) });
  console.log(`wrote ${hub.assets} assets (${Object.entries(hub.byKind).map(([k, v]) => `${v} ${k}`).join(', ')}) to ${hub.root}`);
}
