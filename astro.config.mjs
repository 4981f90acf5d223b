// @ts-check
// The site's address, base path and sitemap rules come from content/hub.yaml through the same
// core modules the pages use, so canonical URLs, links and the sitemap always agree.
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { loadHubForAstro } from './src/core/content/check.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { imageServer } from './src/integrations/image-server.ts';
import { dataFileServer } from './src/integrations/data-file-server.ts';
import { ContentErrors } from './src/core/errors.ts';
import { assetPagePath, inSitemap, lastModified, visibleAssets } from './src/core/site-model.ts';
import { hubRoot } from './src/core/root.ts';
import { resolveToday, TODAY_ENV } from './src/core/today.ts';
import { absoluteUrl } from './src/core/urls.ts';
import { compileAttributionScript } from './src/core/landing/compile.ts';
import { cspDirectives, extraHashes, scriptResources } from './src/core/landing/csp.ts';
import { landingSitemapExclusions } from './src/core/landing/page.ts';

// A fixture hub (PROOF_HUB_ROOT) builds into its own dist/ with its own cache.
const root = hubRoot();
const ownHub = root === process.cwd();
const { hub, errors } = loadHubForAstro(root);
if (!hub || errors.length) throw new ContentErrors(errors);

const { site } = hub.config;
const { today } = resolveToday({ env: process.env[TODAY_ENV], config: site.today, timeZone: site.timeZone });
const live = visibleAssets(hub.assets, today, 'production');
const lastmod = new Map(live.map((a) => [absoluteUrl(site, assetPagePath(a)), lastModified(a)]));
const excluded = new Set(live.filter((a) => !inSitemap(a)).map((a) => absoluteUrl(site, assetPagePath(a))));
// Landing variants point their canonical at the base page; thank-you steps and base pages with
// `index: false` are noindex: none of them belong in the sitemap.
for (const path of landingSitemapExclusions(hub.landings)) excluded.add(absoluteUrl(site, path));

// Content-Security-Policy (src/core/landing/csp.ts): Astro hashes what it bundles; the inline
// attribution script and brand style are hashed here. scripts/build.ts copies the policy into _headers.
const script = await compileAttributionScript();
const hashes = extraHashes(hub.config, script.hash);
const formActions = hub.landings.flatMap((l) => (l.data.cta.form ? [l.data.cta.form.action] : []));
// Vendor origins from security.csp in hub.yaml widen script-src (and connect-src, img-src above).
const scriptSources = scriptResources(hub.config);

export default defineConfig({
  site: site.url,
  base: site.base,
  trailingSlash: 'always',
  ...(ownHub ? {} : { cacheDir: `${root}/.astro-cache` }),
  // scripts/build.ts builds into a fresh folder and swaps it into dist/ only when every check passed.
  outDir: process.env.PROOF_HUB_OUT_DIR ?? `${root}/dist`,
  // Pages render 8 at a time: each page awaits its file writes (two with incrementalBuild), and with
  // one page in flight the thread sat idle through them. Cold N = 1,000 (bench hub), page generation
  // alone, A/B x2: 1 -> 5.4-6.1 s, 2 -> 4.5-5.5, 4 -> 4.2-4.5, 8 -> 4.0 (+100 MB peak). The sitemap sorts its URLs, so order does not leak.
  build: { format: 'directory', concurrency: 8 },
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: cspDirectives(hub.config, formActions),
      scriptDirective: { hashes: hashes.script, ...(scriptSources ? { resources: scriptSources } : {}) },
      styleDirective: { hashes: hashes.style },
    },
  },
  integrations: [
    contentCheck(root),
    imageServer(root, site.base),
    dataFileServer(root, site.base),
    mdx(),
    sitemap({
      // Tag pages are noindex (thin lists); noindex and non-canonical assets stay out too.
      filter: (url) => !excluded.has(url) && !new URL(url).pathname.startsWith(`${site.base}tag/`),
      serialize: (item) => {
        const day = lastmod.get(item.url);
        return day ? { ...item, lastmod: `${day}T00:00:00.000Z` } : item;
      },
    }),
  ],
  // The attribution script's text for the layout (src/site/attribution.ts): the bytes hashed above.
  vite: {
    define: { __PROOF_HUB_ATTRIBUTION_JS__: JSON.stringify(script.code) },
    build: {
      rolldownOptions: {
        // Astro 7 marks every MDX module that renders components with "use astro:head-inject", and
        // rolldown warns once per file that the directive may be lost (withastro/astro#18087, open):
        // 11 lines of noise per asset, 11,000 at 1,000 assets, hiding any warning that matters.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Asset pages return a cacheKey covering every piece of data they print (src/core/page-cache-key.ts),
  // so a rebuild copies unchanged ones instead of rendering them again.
  experimental: { incrementalBuild: true },
});
