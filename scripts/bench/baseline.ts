// The plain-Astro baseline for the bench: the floor any Astro site pays for the same MDX.
// Generated into a folder of the caller's choosing (a temporary one): one content collection over
// the synthetic hub's MDX files (no schema, so no images are processed), one bare page template,
// every component reduced to a plain element, none of the hub's features (no lists, feed, JSON-LD,
// OG cards, checks, CSP). Astro and @astrojs/mdx come from this project's node_modules (a link).
// With BENCH_INCREMENTAL=1 the baseline turns on experimental.incrementalBuild and its page returns
// the entry digest as cacheKey, which is how the bench measures that flag.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PROJECT = resolve(import.meta.dirname, '../..');

/** Component name → the plain element it becomes. Props come through as in the real components. */
const COMPONENTS: Record<string, string> = {
  Stat: `<p><strong>{Astro.props.value}</strong> {Astro.props.label}</p>`,
  Quote: `<blockquote><p>{Astro.props.text}</p><footer>{Astro.props.person}, {Astro.props.role}</footer></blockquote>`,
  Claim: `<p>Claim {Astro.props.id}</p>`,
  FAQ: `<section><slot /></section>`,
  Question: `<details><summary>{Astro.props.q}</summary><slot /></details>`,
  Figure: `<figure><figcaption>{Astro.props.caption}</figcaption></figure>`,
  BenchmarkTable: `<table><caption>{Astro.props.caption}</caption></table>`,
  BarChart: `<p>{Astro.props.title}</p>`,
  Callout: `<aside><p>{Astro.props.title}</p><slot /></aside>`,
  CTA: `<p><a href={Astro.props.href}>{Astro.props.label}</a></p>`,
};

export function writeBaseline(opts: { hubRoot: string; out: string }): string {
  const dir = resolve(opts.out);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'https://baseline.example',
  // node_modules is a link to the project's: keep Astro's and Vite's caches in this folder.
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  markdown: { syntaxHighlight: false },
  integrations: [mdx()],
  experimental: { incrementalBuild: process.env.BENCH_INCREMENTAL === '1' },
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  assets: defineCollection({ loader: glob({ pattern: '*/*.mdx', base: ${JSON.stringify(pathToFileURL(join(resolve(opts.hubRoot), 'content')).href + '/')} }) }),
};
`,
  );
  for (const [name, html] of Object.entries(COMPONENTS)) writeFileSync(join(dir, 'src/components', `${name}.astro`), `---\n---\n${html}\n`);
  const imports = Object.keys(COMPONENTS).map((n) => `import ${n} from '../components/${n}.astro';`).join('\n');
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
${imports}
export async function getStaticPaths() {
  return (await getCollection('assets')).map((entry) => ({ params: { slug: entry.id }, props: { entry }, cacheKey: entry.digest }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.description} /></head>
  <body><main><h1>{entry.data.title}</h1><Content components={{ ${Object.keys(COMPONENTS).join(', ')} }} /></main></body>
</html>
`,
  );
  return dir;
}
