import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, site, tempDir } from './seo-fixture-site.ts';
import { parsePage, readDist } from '../../src/core/seo/html.ts';
import { checkLinks, normaliseSite, pageRefs, pageUrl, srcsetUrls } from '../../src/core/seo/links.ts';
import { lintSite } from '../../src/core/seo/lint.ts';

const URL_ = 'https://proof.example.com';
const ROOT_SITE = { url: URL_, base: '/' };
const HUB_SITE = { url: URL_, base: '/proof-hub/' };
const FOO = 'case-study/foo/index.html';
const BAR = 'case-study/bar/index.html';


/** Adds markup at the end of <main>. */
const addToMain = (markup: string) => (html: string) => html.replace('</main>', `${markup}</main>`);
const lint = (distDir: string, s = ROOT_SITE) => lintSite({ distDir, site: s });
const broken = (file: string, field: string, expected: string, found: string) => ({ name: 'BrokenLink', file, field, expected, found: `"${found}"` });

describe('broken internal links', () => {
  it('a link to a missing page (root-relative, relative, absolute)', () => {
    const dir = site({ [FOO]: addToMain(`<a href="/case-study/missing/">a</a><a href="../gone/">b</a><a href="${URL_}/benchmark/x/?utm_source=a#s">c</a>`) });
    expect(lint(dir)).toEqual([
      broken(FOO, 'a[href]', 'a page at case-study/missing/index.html', '/case-study/missing/'),
      broken(FOO, 'a[href]', 'a page at case-study/gone/index.html', '../gone/'),
      broken(FOO, 'a[href]', 'a page at benchmark/x/index.html', `${URL_}/benchmark/x/?utm_source=a#s`),
    ]);
  });

  it('a link without the trailing slash, to a page that exists or not', () => {
    const dir = site({ [FOO]: addToMain('<a href="/case-study/bar">a</a><a href="../bar?ref=x#results">b</a><a href="/case-study/nope">c</a>') });
    expect(lint(dir)).toEqual([
      broken(FOO, 'a[href]', `the trailing-slash form "/case-study/bar/" (the site uses trailingSlash 'always')`, '/case-study/bar'),
      broken(FOO, 'a[href]', `the trailing-slash form "../bar/?ref=x#results" (the site uses trailingSlash 'always')`, '../bar?ref=x#results'),
      broken(FOO, 'a[href]', 'a page at case-study/nope/index.html, linked with a trailing slash', '/case-study/nope'),
    ]);
  });

  it('a missing file: image, srcset candidate, source, script, stylesheet, og:image', () => {
    const dir = site({
      [FOO]: (html) =>
        addToMain(
          '<img src="/images/missing.png" alt="x" srcset="/images/foo-400.webp 400w, /images/gone-800.webp 800w">' +
            '<picture><source srcset="/images/gone.avif 1x, /images/foo-800.avif 2x"><img src="/images/foo-400.webp" alt=""></picture>' +
            '<script src="/_astro/missing.js"></script>',
        )(html)
          .replace('href="/_astro/site.css"', 'href="/_astro/old.css"')
          .replace(`content="${URL_}/images/share.png"`, `content="${URL_}/images/foo-share.png"`),
    });
    expect(lint(dir)).toEqual([
      broken(FOO, 'img[src]', 'a file at images/missing.png', '/images/missing.png'),
      broken(FOO, 'img[srcset]', 'a file at images/gone-800.webp', '/images/gone-800.webp'),
      broken(FOO, 'source[srcset]', 'a file at images/gone.avif', '/images/gone.avif'),
      broken(FOO, 'script[src]', 'a file at _astro/missing.js', '/_astro/missing.js'),
      broken(FOO, 'link[href]', 'a file at _astro/old.css', '/_astro/old.css'),
      broken(FOO, 'meta[property=og:image]', 'a file at images/foo-share.png', `${URL_}/images/foo-share.png`),
    ]);
  });

  it('a canonical (absolute site URL) that names no page', () => {
    const dir = site({ [FOO]: (html) => html.replace(`<link rel="canonical" href="${URL_}/case-study/foo/">`, `<link rel="canonical" href="${URL_}/case-study/foo-old/">`) });
    expect(lint(dir).filter((e) => e.field === 'link[href]')).toEqual([broken(FOO, 'link[href]', 'a page at case-study/foo-old/index.html', `${URL_}/case-study/foo-old/`)]);
  });

  it('reports each (file, href) once', () => {
    const bad = '<a href="/case-study/missing/">a</a><a href="/case-study/missing/">again</a>';
    const dir = site({ [FOO]: addToMain(bad), [BAR]: addToMain(bad) });
    expect(lint(dir).map((e) => [e.file, e.found])).toEqual([
      [BAR, '"/case-study/missing/"'],
      [FOO, '"/case-study/missing/"'],
    ]);
  });

  it('decodes percent-escapes in paths and entities in attributes', () => {
    const dir = site({ 'images/my photo.png': 'x', [FOO]: addToMain('<img src="/images/my%20photo.png" alt="x"><a href="/feed.xml?a=1&amp;b=2">feed</a>') });
    expect(lint(dir)).toEqual([]);
  });
});

describe('anchors', () => {
  it('BrokenAnchor when the target page has no element with that id', () => {
    const dir = site({ [FOO]: addToMain('<a href="/case-study/bar/#nope">a</a><a href="#missing">b</a><a href="#results">ok</a><a href="#top">ok</a><a href="#">ok</a>') });
    expect(lint(dir)).toEqual([
      { name: 'BrokenAnchor', file: FOO, field: 'a[href]', expected: 'an element with id="nope" in case-study/bar/index.html', found: '"/case-study/bar/#nope"' },
      { name: 'BrokenAnchor', file: FOO, field: 'a[href]', expected: `an element with id="missing" in ${FOO}`, found: '"#missing"' },
    ]);
  });

  it('finds ids anywhere (also inside svg), <a name>, and percent-encoded fragments', () => {
    const dir = site({ [FOO]: addToMain('<h2 id="résumé">R</h2><svg><g id="chart"></g></svg><a href="#r%C3%A9sum%C3%A9">a</a><a href="#chart">b</a><a href="/methodology/cold-chain/#legacy-anchor">c</a>') });
    expect(lint(dir)).toEqual([]);
  });
});

describe('what is not checked', () => {
  it('other hosts, other schemes, other paths on the same origin outside the base', () => {
    const dir = site({
      [FOO]: addToMain(
        '<a href="https://coldtrace.example/missing">a</a><a href="//cdn.example.com/x.js">b</a><a href="mailto:x@y.example">c</a>' +
          '<a href="tel:+4612">d</a><a href="javascript:void(0)">e</a><img src="data:image/gif;base64,R0lGOD" alt=""><a href="">self</a>' +
          '<a href="/elsewhere/page">f</a><a href="/">origin home</a>',
      ),
    }, 'base-path');
    expect(lint(dir, HUB_SITE)).toEqual([]);
  });

  it('preconnect and dns-prefetch links', () => {
    const dir = site({ [FOO]: (html) => html.replace('<link rel="stylesheet"', `<link rel="preconnect" href="${URL_}"><link rel="dns-prefetch" href="${URL_}/x"><link rel="stylesheet"`) }, 'base-path');
    expect(lint(dir, HUB_SITE)).toEqual([]);
  });

  it('the clean fixture at /proof-hub/ links to /other-app/ on the same origin', () => {
    expect(readFileSync(join(FIXTURES, 'base-path/index.html'), 'utf8')).toContain('href="/other-app/"');
    expect(lint(join(FIXTURES, 'base-path'), HUB_SITE)).toEqual([]);
  });
});

describe('a base path of /proof-hub/', () => {
  it('links must include the base', () => {
    const dir = site(
      {
        [FOO]: addToMain(
          `<a href="/case-study/bar/">a</a><a href="/case-study/bar">b</a><a href="${URL_}/case-study/bar/#results">c</a><a href="/proof-hub">d</a>` +
            '<a href="/proof-hub/case-study/missing/">e</a><img src="/images/share.png" alt="">',
        ),
      },
      'base-path',
    );
    expect(lint(dir, HUB_SITE)).toEqual([
      broken(FOO, 'a[href]', 'a link that includes the base path /proof-hub/: "/proof-hub/case-study/bar/"', '/case-study/bar/'),
      broken(FOO, 'a[href]', 'a link that includes the base path /proof-hub/: "/proof-hub/case-study/bar/"', '/case-study/bar'),
      broken(FOO, 'a[href]', `a link that includes the base path /proof-hub/: "${URL_}/proof-hub/case-study/bar/#results"`, `${URL_}/case-study/bar/#results`),
      broken(FOO, 'a[href]', `the trailing-slash form "/proof-hub/" (the site uses trailingSlash 'always')`, '/proof-hub'),
      broken(FOO, 'a[href]', 'a page at case-study/missing/index.html', '/proof-hub/case-study/missing/'),
      broken(FOO, 'img[src]', 'a link that includes the base path /proof-hub/: "/proof-hub/images/share.png"', '/images/share.png'),
    ]);
  });

  it('relative links resolve against the page URL under the base', () => {
    const dir = site({ [FOO]: addToMain('<a href="../../">home</a><a href="../bar/#results">bar</a><a href="../../tag/safety/">tag</a><a href="../../../x/">up</a>') }, 'base-path');
    expect(lint(dir, HUB_SITE)).toEqual([]);
  });
});

describe('helpers', () => {
  it('pageUrl maps dist files to the URLs they are served at', () => {
    expect(pageUrl(HUB_SITE, 'index.html')).toBe(`${URL_}/proof-hub/`);
    expect(pageUrl(HUB_SITE, FOO)).toBe(`${URL_}/proof-hub/case-study/foo/`);
    expect(pageUrl(ROOT_SITE, '404.html')).toBe(`${URL_}/404.html`);
  });

  it('normaliseSite trims the url and frames the base in slashes', () => {
    expect(normaliseSite({ url: `${URL_}/`, base: 'proof-hub' })).toEqual(HUB_SITE);
    expect(normaliseSite({ url: URL_, base: '' })).toEqual(ROOT_SITE);
    expect(normaliseSite({ url: URL_, base: '/' })).toEqual(ROOT_SITE);
  });

  it('srcsetUrls drops descriptors and keeps commas inside URLs', () => {
    expect(srcsetUrls('a.webp 400w, b.webp 800w')).toEqual(['a.webp', 'b.webp']);
    expect(srcsetUrls(' a.webp, b.webp 2x ,  c.webp')).toEqual(['a.webp', 'b.webp', 'c.webp']);
    expect(srcsetUrls('a.webp,, b.webp')).toEqual(['a.webp', 'b.webp']);
    // As in the HTML spec, a comma with no space after it is part of the URL.
    expect(srcsetUrls('a.webp,b.webp 2x')).toEqual(['a.webp,b.webp']);
    expect(srcsetUrls('/img/x,y.png 1x, /img/z.png 2x')).toEqual(['/img/x,y.png', '/img/z.png']);
    expect(srcsetUrls('')).toEqual([]);
  });

  it('pageRefs lists each URL with the attribute it came from', () => {
    const page = parsePage(
      'x/index.html',
      '<link rel="icon" href="/f.svg"><meta property="og:image" content="/s.png"><meta name="twitter:image" content="/t.png"><meta property="og:title" content="T">' +
        '<a href="/a/">a</a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x" alt=""><video poster="/p.jpg"><source src="/v.mp4"></video>',
    );
    expect(pageRefs(page)).toEqual([
      { field: 'a[href]', value: '/a/' },
      { field: 'img[src]', value: '/i.png' },
      { field: 'img[srcset]', value: '/i1.png' },
      { field: 'img[srcset]', value: '/i2.png' },
      { field: 'video[poster]', value: '/p.jpg' },
      { field: 'source[src]', value: '/v.mp4' },
      { field: 'link[href]', value: '/f.svg' },
      { field: 'meta[property=og:image]', value: '/s.png' },
      { field: 'meta[name=twitter:image]', value: '/t.png' },
    ]);
  });

  it('pageRefs reads the target of a meta refresh', () => {
    for (const content of ['0;url=/a/', '0; URL=/a/', "2; url='/a/'", '0, /a/'])
      expect(pageRefs(parsePage('x.html', `<meta http-equiv="refresh" content="${content}">`))).toEqual([{ field: 'meta[http-equiv=refresh]', value: '/a/' }]);
    expect(pageRefs(parsePage('x.html', '<meta http-equiv="refresh" content="30">'))).toEqual([]);
  });

  it('checkLinks counts the internal links it checked', () => {
    const dist = readDist(join(FIXTURES, 'clean'))!;
    const { errors, checked } = checkLinks(dist, ROOT_SITE);
    expect(errors).toEqual([]);
    // Per page: each distinct internal URL once; external, mailto: and tel: links are not counted.
    const one = checkLinks({ files: dist.files, pages: dist.pages.filter((p) => p.file === 'old-case/index.html') }, ROOT_SITE);
    // old-case: the link and the refresh both say "/case-study/foo/" (one check), the canonical the absolute URL.
    expect(one.checked).toBe(2);
    expect(checked).toBeGreaterThan(50);
  });
});
