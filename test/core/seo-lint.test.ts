import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, site, tempDir } from './seo-fixture-site.ts';
import { parsePage } from '../../src/core/seo/html.ts';
import { canonicalProblem, isOwnCanonical, lintContext, lintSite, lintSiteWithStats } from '../../src/core/seo/lint.ts';
import { readSeoLintArgs, seoLint } from '../../scripts/seo-lint.ts';
import { PARSE_CACHE_VERSION, parseCache } from '../../src/core/seo/parse-cache.ts';

const PROJECT = join(import.meta.dirname, '../..');
const URL_ = 'https://proof.example.com';
const SITE = { url: URL_, base: '/' };
const FOO = 'case-study/foo/index.html';
const BAR = 'case-study/bar/index.html';


const lint = (distDir: string, s = SITE) => lintSite({ distDir, site: s });

/** Replaces a whole tag of the page head (the first match of `pattern`). */
const replace = (pattern: RegExp | string, by: string) => (html: string) => html.replace(pattern, by);

describe('the clean fixture sites', () => {
  it('pass with zero errors at base /', () => {
    const result = lintSiteWithStats({ distDir: join(FIXTURES, 'clean'), site: SITE });
    expect(result.errors).toEqual([]);
    expect(result.pages).toBe(9);
    expect(result.links).toBeGreaterThan(50);
  });

  it('pass with zero errors at base /proof-hub/', () => {
    expect(lint(join(FIXTURES, 'base-path'), { url: URL_, base: '/proof-hub/' })).toEqual([]);
  });

  it('accept the site url with a trailing slash and the base without slashes', () => {
    expect(lint(join(FIXTURES, 'base-path'), { url: `${URL_}/`, base: 'proof-hub' })).toEqual([]);
  });

  it('fail when linted with the wrong base path', () => {
    expect(lint(join(FIXTURES, 'base-path')).length).toBeGreaterThan(0);
  });
});

describe('<html lang>', () => {
  it('MissingLang when the attribute is missing or empty', () => {
    expect(lint(site({ [FOO]: replace('<html lang="en">', '<html>'), [BAR]: replace('<html lang="en">', '<html lang="">') }))).toEqual([
      { name: 'MissingLang', file: BAR, field: '<html lang>', expected: 'a lang attribute on <html> naming the page language, e.g. <html lang="en">', found: 'an empty lang attribute' },
      { name: 'MissingLang', file: FOO, field: '<html lang>', expected: 'a lang attribute on <html> naming the page language, e.g. <html lang="en">', found: 'nothing (no lang attribute)' },
    ]);
  });

  it('applies to noindex pages too', () => {
    expect(lint(site({ '404.html': replace('<html lang="en">', '<html>') })).map((e) => [e.name, e.file])).toEqual([['MissingLang', '404.html']]);
  });
});

describe('<h1>', () => {
  it('NoH1 when a page has none', () => {
    expect(lint(site({ [FOO]: replace(/<h1>.*?<\/h1>/, '') }))).toEqual([
      { name: 'NoH1', file: FOO, field: '<h1>', expected: "exactly one <h1> with the page's main heading", found: 'no <h1>' },
    ]);
  });

  it('ManyH1 with how many and their texts', () => {
    expect(lint(site({ [FOO]: replace('<h2 id="results">Results</h2>', '<h1 id="results">Results <em>in &amp; out</em></h1>') }))).toEqual([
      { name: 'ManyH1', file: FOO, field: '<h1>', expected: "exactly one <h1> with the page's main heading", found: '2 <h1> elements: "Nordpharma cut excursions by 38%", "Results in & out"' },
    ]);
  });

  it('applies to noindex pages (the 404 page)', () => {
    expect(lint(site({ '404.html': replace(/<h1>.*?<\/h1>/, '') })).map((e) => e.name)).toEqual(['NoH1']);
  });
});

describe('<title>', () => {
  const title = (t: string) => replace(/<title>.*?<\/title>/, `<title>${t}</title>`);

  it('TitleTooLong at 61 characters', () => {
    const long = 'Nordpharma cut temperature excursions by 38% in one year fla';
    expect([...long].length).toBe(60);
    expect(lint(site({ [FOO]: title(`${long}t`) }))).toEqual([
      { name: 'TitleTooLong', file: FOO, field: '<title>', expected: 'a title of at most 60 characters', found: `"${long}t" (61 characters)` },
    ]);
  });

  it('counts code points after decoding entities', () => {
    // 57 letters + "&amp;" (1) + an emoji (1 code point, 2 UTF-16 units) + "&#x2014;" (1) = 60.
    const sixty = `${'a'.repeat(57)}&amp;😀&#x2014;`;
    expect(lint(site({ [FOO]: title(sixty) }))).toEqual([]);
    expect(lint(site({ [FOO]: title(`${sixty}b`) })).map((e) => [e.name, e.found])).toEqual([['TitleTooLong', `"${'a'.repeat(57)}&😀—b" (61 characters)`]]);
  });

  it('ignores <title> inside inline SVG', () => {
    expect(lint(site({ [FOO]: replace(/<title>.*?<\/title>/, '') }))).toEqual([
      { name: 'MissingTitle', file: FOO, field: '<title>', expected: 'a <title> naming the page, at most 60 characters', found: 'nothing (no <title>)' },
    ]);
  });

  it('MissingTitle when empty', () => {
    expect(lint(site({ [FOO]: title('  ') }))).toEqual([
      { name: 'MissingTitle', file: FOO, field: '<title>', expected: 'a <title> naming the page, at most 60 characters', found: 'an empty <title>' },
    ]);
  });
});

describe('meta description', () => {
  const description = (d: string) => replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${d}">`);

  it('DescriptionTooLong at 161 characters', () => {
    const d = `${'x'.repeat(150)} &amp; 12345678`;
    expect([...d.replace('&amp;', '&')].length).toBe(161);
    expect(lint(site({ [FOO]: description(d) }))).toEqual([
      { name: 'DescriptionTooLong', file: FOO, field: 'meta[name=description]', expected: 'a description of at most 160 characters', found: `"${'x'.repeat(77)}..." (161 characters)` },
    ]);
  });

  it('MissingDescription on indexable pages', () => {
    expect(lint(site({ [FOO]: replace(/<meta name="description" content="[^"]*">/, ''), [BAR]: description('') }))).toEqual([
      { name: 'MissingDescription', file: BAR, field: 'meta[name=description]', expected: 'a meta description summarising the page, at most 160 characters', found: 'an empty content attribute' },
      { name: 'MissingDescription', file: FOO, field: 'meta[name=description]', expected: 'a meta description summarising the page, at most 160 characters', found: 'nothing (no <meta name="description">)' },
    ]);
  });

  it('not required on noindex pages', () => {
    expect(lint(site({ 'tag/safety/index.html': replace(/<meta name="description" content="[^"]*">/, '') }))).toEqual([]);
  });
});

describe('canonical', () => {
  const canonical = (href: string) => replace(/<link rel="canonical" href="[^"]*">/, `<link rel="canonical" href="${href}">`);
  const field = 'link[rel=canonical]';

  it('BadCanonical for a query string', () => {
    expect(lint(site({ [FOO]: canonical(`${URL_}/case-study/foo/?utm_source=linkedin`) }))).toEqual([
      { name: 'BadCanonical', file: FOO, field, expected: `the page URL without a query string or fragment, e.g. "${URL_}/case-study/foo/"`, found: `"${URL_}/case-study/foo/?utm_source=linkedin"` },
    ]);
  });

  it('BadCanonical for a fragment, a missing trailing slash, http, a relative URL, another path', () => {
    const absolute = `an absolute https URL starting with "${URL_}/proof-hub/"`;
    const dir = site(
      {
        [FOO]: canonical(`${URL_}/proof-hub/case-study/foo/#top`),
        [BAR]: canonical(`${URL_}/proof-hub/case-study/bar`),
        'index.html': canonical('http://proof.example.com/proof-hub/'),
        'methodology/cold-chain/index.html': canonical('/proof-hub/methodology/cold-chain/'),
        'case-study/foo-syndicated/index.html': canonical(`${URL_}/case-study/foo/`),
      },
      'base-path',
    );
    expect(lint(dir, { url: URL_, base: '/proof-hub/' }).filter((e) => e.name === 'BadCanonical')).toEqual([
      { name: 'BadCanonical', file: BAR, field, expected: `a URL ending in "/" (the site uses trailingSlash 'always'), e.g. "${URL_}/proof-hub/case-study/bar/"`, found: `"${URL_}/proof-hub/case-study/bar"` },
      { name: 'BadCanonical', file: 'case-study/foo-syndicated/index.html', field, expected: absolute, found: `"${URL_}/case-study/foo/"` },
      { name: 'BadCanonical', file: FOO, field, expected: `the page URL without a query string or fragment, e.g. "${URL_}/proof-hub/case-study/foo/"`, found: `"${URL_}/proof-hub/case-study/foo/#top"` },
      { name: 'BadCanonical', file: 'index.html', field, expected: absolute, found: '"http://proof.example.com/proof-hub/"' },
      { name: 'BadCanonical', file: 'methodology/cold-chain/index.html', field, expected: absolute, found: '"/proof-hub/methodology/cold-chain/"' },
    ]);
  });

  it('BadCanonical when missing on an indexable page, or given twice', () => {
    expect(
      lint(site({ [FOO]: replace(/<link rel="canonical" href="[^"]*">/, ''), [BAR]: replace('<link rel="stylesheet"', `<link rel="canonical" href="${URL_}/case-study/foo/"><link rel="stylesheet"`) })),
    ).toEqual([
      { name: 'BadCanonical', file: BAR, field, expected: 'exactly one <link rel="canonical">', found: `2 canonical links: "${URL_}/case-study/bar/", "${URL_}/case-study/foo/"` },
      { name: 'BadCanonical', file: FOO, field, expected: `a <link rel="canonical"> with the page's absolute URL, e.g. "${URL_}/case-study/foo/"`, found: 'nothing (no canonical link)' },
    ]);
  });

  it('allows an off-site canonical only when the content declares it (an asset first published elsewhere)', () => {
    const original = 'https://blog.coldtrace.example/nordpharma';
    const dir = site({ [FOO]: canonical(original) });
    expect(lintSite({ distDir: dir, site: SITE, externalCanonicals: [original] })).toEqual([]);
    expect(lint(dir)).toEqual([
      { name: 'BadCanonical', file: FOO, field, expected: `an absolute https URL starting with "${URL_}/"`, found: `"${original}"` },
    ]);
  });

  it('allows a canonical that names a file', () => {
    expect(canonicalProblem(`${URL_}/feed.xml`, lintContext(SITE))).toBeUndefined();
  });
});

describe('duplicate titles and descriptions', () => {
  const fooTitle = 'Nordpharma cut temperature excursions by 38%';
  const fooDescription = 'How Nordpharma used Coldtrace sensors to cut temperature excursions by 38% across 14 distribution centres in one year.';
  const sameAsFoo = (html: string) =>
    html.replace(/<title>.*?<\/title>/, `<title>${fooTitle}</title>`).replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${fooDescription}">`);

  it('DuplicateTitle and DuplicateDescription on two pages that are their own canonical', () => {
    expect(lint(site({ [BAR]: sameAsFoo }))).toEqual([
      { name: 'DuplicateTitle', file: BAR, field: '<title>', expected: 'a title no other page uses', found: `"${fooTitle}", also the title of ${FOO}` },
      { name: 'DuplicateDescription', file: BAR, field: 'meta[name=description]', expected: 'a description no other page uses', found: `"${fooDescription.slice(0, 77)}..." (${[...fooDescription].length} characters), also the description of ${FOO}` },
      { name: 'DuplicateTitle', file: FOO, field: '<title>', expected: 'a title no other page uses', found: `"${fooTitle}", also the title of ${BAR}` },
      { name: 'DuplicateDescription', file: FOO, field: 'meta[name=description]', expected: 'a description no other page uses', found: `"${fooDescription.slice(0, 77)}..." (${[...fooDescription].length} characters), also the description of ${BAR}` },
    ]);
  });

  it('names every other file in a group of three', () => {
    const errors = lint(site({ [BAR]: sameAsFoo, 'methodology/cold-chain/index.html': sameAsFoo })).filter((e) => e.name === 'DuplicateTitle');
    expect(errors.map((e) => [e.file, e.found])).toEqual([
      [BAR, `"${fooTitle}", also the title of ${FOO}, methodology/cold-chain/index.html`],
      [FOO, `"${fooTitle}", also the title of ${BAR}, methodology/cold-chain/index.html`],
      ['methodology/cold-chain/index.html', `"${fooTitle}", also the title of ${BAR}, ${FOO}`],
    ]);
  });

  it('not reported when one page canonicalises to the other (the clean fixture has such a copy)', () => {
    const copy = readFileSync(join(FIXTURES, 'clean/case-study/foo-syndicated/index.html'), 'utf8');
    expect(copy).toContain(`<title>${fooTitle}</title>`);
    expect(copy).toContain(`<link rel="canonical" href="${URL_}/case-study/foo/">`);
    expect(lint(site({ [BAR]: (html) => sameAsFoo(html).replace(`href="${URL_}/case-study/bar/"`, `href="${URL_}/case-study/foo/"`) }))).toEqual([]);
  });

  it('not reported when one page is noindex', () => {
    expect(lint(site({ [BAR]: (html) => sameAsFoo(html).replace('<link rel="canonical"', '<meta name="robots" content="noindex"><link rel="canonical"') }))).toEqual([]);
  });

  it('the 404 page is exempt, even when indexable and its own canonical', () => {
    const ctx = lintContext(SITE);
    const head = `<link rel="canonical" href="${URL_}/404.html">`;
    expect(isOwnCanonical(parsePage('404.html', head), ctx)).toBe(false);
    expect(isOwnCanonical(parsePage('405.html', `<link rel="canonical" href="${URL_}/405.html">`), ctx)).toBe(true);
    expect(isOwnCanonical(parsePage(FOO, `<link rel="canonical" href="${URL_}/case-study/foo/">`), ctx)).toBe(true);
    expect(isOwnCanonical(parsePage('index.html', `<link rel="canonical" href="${URL_}/">`), ctx)).toBe(true);
  });
});

describe('img[alt]', () => {
  it('MissingAlt with the img src; alt="" is allowed', () => {
    expect(lint(site({ [FOO]: replace(' alt="Dashboard showing 38% fewer excursions"', '') }))).toEqual([
      { name: 'MissingAlt', file: FOO, field: 'img[alt]', expected: 'an alt attribute describing the image (alt="" only for decorative images)', found: '"../../images/foo-400.webp"' },
    ]);
    expect(readFileSync(join(FIXTURES, 'clean/index.html'), 'utf8')).toContain('<img src="images/foo-400.webp" alt="">');
  });

  it('a bare alt attribute counts as empty alt', () => {
    expect(lint(site({ [FOO]: replace(' alt="Dashboard showing 38% fewer excursions"', ' alt') }))).toEqual([]);
  });
});

describe('social tags', () => {
  it('MissingSocialTag when og:image is missing', () => {
    expect(lint(site({ [FOO]: replace(/<meta property="og:image" content="[^"]*">/, '') }))).toEqual([
      { name: 'MissingSocialTag', file: FOO, field: 'meta[property=og:image]', expected: 'a <meta property="og:image"> with non-empty content', found: 'nothing (the tag is missing)' },
    ]);
  });

  it('MissingSocialTag for each missing tag, in order', () => {
    const stripped = (html: string) => html.replace(/<meta (property="og:[a-z]+"|name="twitter:card") content="[^"]*">/g, '');
    expect(lint(site({ [FOO]: stripped })).map((e) => e.field)).toEqual([
      'meta[property=og:title]',
      'meta[property=og:description]',
      'meta[property=og:url]',
      'meta[property=og:image]',
      'meta[property=og:type]',
      'meta[name=twitter:card]',
    ]);
  });

  it('BadSocialTag when og:image is not an absolute URL', () => {
    expect(lint(site({ [FOO]: replace('content="https://proof.example.com/images/share.png"', 'content="/images/share.png"') }))).toEqual([
      { name: 'BadSocialTag', file: FOO, field: 'meta[property=og:image]', expected: `an absolute URL, e.g. "${URL_}/images/share.png"`, found: '"/images/share.png"' },
    ]);
  });

  it('not required on noindex pages (the tag pages have none)', () => {
    expect(readFileSync(join(FIXTURES, 'clean/tag/safety/index.html'), 'utf8')).not.toContain('og:');
  });
});

describe('JSON-LD', () => {
  it('BadJsonLd when a block does not parse', () => {
    const bad = '{"@context": "https://schema.org", "@type": "Article",}';
    let message = '';
    try {
      JSON.parse(`\n  ${bad}\n`);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(lint(site({ [FOO]: replace(/<script type="application\/ld\+json">.*?<\/script>/, `<script type="application/ld+json">\n  ${bad}\n</script>`) }))).toEqual([
      { name: 'BadJsonLd', file: FOO, field: 'script[type=application/ld+json]', expected: 'valid JSON in every <script type="application/ld+json">', found: `"${bad}" (${message})` },
    ]);
  });

  it('keeps JSON-LD text raw (a "<" escaped as \\u003c stays valid)', () => {
    const page = parsePage('x.html', '<script type="application/ld+json">{"name":"a \\u003c/script> b & c"}</script>');
    expect(JSON.parse(page.jsonLd[0]!)).toEqual({ name: 'a </script> b & c' });
  });
});

describe('redirect stubs', () => {
  it('need no lang, h1, description or social tags', () => {
    expect(readFileSync(join(FIXTURES, 'clean/old-case/index.html'), 'utf8')).toContain('http-equiv="refresh"');
    expect(lint(join(FIXTURES, 'clean'))).toEqual([]);
  });

  it('still have their canonical and links checked', () => {
    expect(lint(site({ 'old-case/index.html': (html) => html.replaceAll('case-study/foo/', 'case-study/gone/') })).map((e) => [e.name, e.field])).toEqual([
      ['BrokenLink', 'a[href]'],
      ['BrokenLink', 'link[href]'],
    ]);
  });
});

describe('the dist folder', () => {
  it('MissingDist when it does not exist', () => {
    expect(lint('/nonexistent/dist')).toEqual([{ name: 'MissingDist', file: '/nonexistent/dist', expected: 'the built site: run `astro build` first', found: 'no such folder' }]);
  });

  it('NoPages when it holds no html', () => {
    const dir = tempDir('seo-lint-');
    expect(lint(dir).map((e) => e.name)).toEqual(['NoPages']);
  });
});

// Speed belongs in a benchmark script, not a timed test: this checks a large site is linted whole.
describe('a large site', () => {
  it('lints 2,000 linked pages without a false report', () => {
    const dir = tempDir('seo-lint-perf-');
    cpSync(join(FIXTURES, 'clean'), dir, { recursive: true });
    const template = readFileSync(join(FIXTURES, 'clean', FOO), 'utf8');
    for (let i = 0; i < 2000; i++) {
      const html = template
        .replaceAll('case-study/foo/"', `case-study/p${i}/"`)
        .replace('<a href="/case-study/p', `<a href="/case-study/p${(i + 1) % 2000}/#results">next</a> <a href="/case-study/p`)
        .replaceAll('Nordpharma cut temperature excursions by 38%', `Proof page number ${i}`)
        .replaceAll('across 14 distribution centres', `across ${i + 1000} distribution centres`);
      mkdirSync(join(dir, `case-study/p${i}`), { recursive: true });
      writeFileSync(join(dir, `case-study/p${i}/index.html`), html);
    }
    const result = lintSiteWithStats({ distDir: dir, site: SITE });
    expect(result.errors).toEqual([]);
    expect(result.pages).toBe(2009);
  });
});

describe('scripts/seo-lint.ts', () => {
  /** A project root with the example hub.yaml pointed at the fixtures' origin. */
  function root(base = '/'): string {
    const dir = tempDir('seo-lint-root-');
    mkdirSync(join(dir, 'content'));
    const hub = readFileSync(join(PROJECT, 'content/hub.yaml'), 'utf8')
      .replace(/^(\s+url:\s*)https:\/\/proof\.[^\s]+$/m, `$1${URL_}`)
      .replace(/^(\s+base:\s*)\S+$/m, `$1${base}`);
    writeFileSync(join(dir, 'content/hub.yaml'), hub);
    return dir;
  }

  it('reads --dist and --root (also as --x=y), dist relative to root', () => {
    expect(readSeoLintArgs([], '/p')).toEqual({ root: '/p', dist: 'dist' });
    expect(readSeoLintArgs(['--root', 'site', '--dist=out'], '/p')).toEqual({ root: '/p/site', dist: 'out' });
  });

  it('runs in-process: one line on success', () => {
    const run = seoLint({ root: root(), dist: join(FIXTURES, 'clean') });
    expect(run.exitCode).toBe(0);
    expect(run.output).toBe(`✔ SEO lint: 9 pages, ${run.links} links checked`);
  });

  it('reads the base from hub.yaml', () => {
    expect(seoLint({ root: root('/proof-hub/'), dist: join(FIXTURES, 'base-path') }).exitCode).toBe(0);
  });

  it('exits 1 with the report when there are problems', () => {
    const dist = site({ [FOO]: replace(/<h1>.*?<\/h1>/, '') });
    const r = root();
    cpSync(dist, join(r, 'dist'), { recursive: true });
    const cli = spawnSync(process.execPath, [join(PROJECT, 'scripts/seo-lint.ts'), '--root', r], { encoding: 'utf8' });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('✖ 1 problem in 1 file:');
    expect(cli.stderr).toContain(`${FOO} › <h1>`);
    expect(cli.stderr).toContain('[NoH1]');
  });

  it('exits 0 and prints one line as a command', () => {
    const cli = spawnSync(process.execPath, [join(PROJECT, 'scripts/seo-lint.ts'), `--root=${root()}`, '--dist', join(FIXTURES, 'clean')], { encoding: 'utf8' });
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^✔ SEO lint: 9 pages, \d+ links checked\n$/);
  });

  it('reports a bad hub config', () => {
    const run = seoLint({ root: '/nonexistent', dist: 'dist' });
    expect(run.exitCode).toBe(1);
    expect(run.errors.map((e) => e.name)).toEqual(['MissingConfig']);
  });
});

// Parsed pages are kept between runs by path and bytes (src/core/seo/parse-cache.ts): a rebuild
// restores most pages unchanged. What the lint reports must not depend on the cache.
describe('the parsed-page cache', () => {
  const withCache = (distDir: string, cacheFile: string) => {
    const parsed = parseCache(cacheFile);
    const result = lintSiteWithStats({ distDir, site: SITE, parsed });
    parsed.save();
    return result;
  };

  it('gives the same report as parsing every page, and is not rewritten when nothing changed', () => {
    const dir = site();
    const cacheFile = join(tempDir('parse-cache-'), 'pages.json');
    const plain = lintSiteWithStats({ distDir: dir, site: SITE });
    expect(withCache(dir, cacheFile)).toEqual(plain);
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8'));
    expect(stored.version).toBe(PARSE_CACHE_VERSION);
    expect(Object.keys(stored.pages)).toHaveLength(plain.pages);
    const written = statSync(cacheFile).mtimeMs;
    expect(withCache(dir, cacheFile)).toEqual(plain);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
  });

  it('parses a page again when its bytes changed, and drops pages that are gone', () => {
    const dir = site();
    const cacheFile = join(tempDir('parse-cache-'), 'pages.json');
    expect(withCache(dir, cacheFile).errors).toEqual([]);
    const page = join(dir, FOO);
    writeFileSync(page, readFileSync(page, 'utf8').replace(/<h1[^>]*>[\s\S]*?<\/h1>/, ''));
    rmSync(join(dir, 'old-case'), { recursive: true });
    const result = withCache(dir, cacheFile);
    expect(result.errors.map((e) => [e.file, e.field])).toContainEqual([FOO, '<h1>']);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).pages)).toHaveLength(result.pages);
  });

  it('ignores a cache file it cannot read', () => {
    const dir = site();
    const cacheFile = join(tempDir('parse-cache-'), 'pages.json');
    writeFileSync(cacheFile, `{"version": "${PARSE_CACHE_VERSION}", "pages": {`);
    expect(withCache(dir, cacheFile)).toEqual(lintSiteWithStats({ distDir: dir, site: SITE }));
  });
});
