// Social snippets from the example hub: the repurposing chain per asset, every link through the UTM
// builder, disclosures, editor overrides checked against limits, suggested times, every built-in
// format within its limits (property test), golden files for two assets, and an output folder
// that is replaced whole or not at all.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckHub } from '../../src/core/content/check.ts';
import type { LoadedAsset, LoadedHub } from '../../src/core/content/load.ts';
import { formatReport } from '../../src/core/errors.ts';
import { HubConfigSchema, PLATFORMS, type HubConfigInput } from '../../src/core/schema/hub.ts';
import { assetPagePath } from '../../src/core/site-model.ts';
import { findUrls } from '../../src/core/snippets/count.ts';
import { render, type Message } from '../../src/core/snippets/formats.ts';
import { generateSnippets, snippetId, withinLimits } from '../../src/core/snippets/generate.ts';
import { fits, hashtagCount, PLATFORM_FORMATS, type Platform } from '../../src/core/snippets/limits.ts';
import { channelMarkdown, writeOutput } from '../../src/core/snippets/output.ts';
import { channelCandidates, inWindow, isoUtc, planTimes } from '../../src/core/snippets/schedule.ts';
import { absoluteUrl } from '../../src/core/urls.ts';
import { rng } from '../../src/core/random.ts';

const PROJECT = join(import.meta.dirname, '../..');
const GOLDEN = join(PROJECT, 'test/fixtures/snippets');
const loaded = loadAndCheckHub(PROJECT);
if (!loaded.hub || loaded.errors.length) throw new Error(formatReport(loaded.errors));
const hub: LoadedHub = loaded.hub;
const asset = (key: string) => hub.assets.find((a) => `${a.kind}/${a.slug}` === key)!;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The example hub with another channel portfolio (every platform gets its turn). */
function withChannels(platforms: readonly Platform[]): LoadedHub {
  const sources = ['linkedin', 'twitter', 'threads', 'bluesky', 'mastodon', 'instagram', 'youtube', 'tiktok', 'reddit', 'discord', 'newsletter'];
  const raw = structuredClone(hub.config) as unknown as HubConfigInput;
  raw.utm = { ...raw.utm, sources: [...new Set([...raw.utm.sources, ...sources])] };
  raw.channels = platforms.map((p) => ({
    id: `${p}-main`,
    platform: p,
    role: 'trust',
    kpi: { primary: 'CTR to web' },
    utmSource: p === 'email' ? 'newsletter' : p === 'x' ? 'twitter' : p,
    utmMedium: p === 'email' ? 'email' : 'social',
    postingTimes: ['TU 09:00', 'TH 12:00'],
  }));
  return { ...hub, config: HubConfigSchema.parse(raw) };
}

const ALL_PORTFOLIOS: Platform[][] = [
  ['x', 'bluesky', 'mastodon', 'threads', 'linkedin'],
  ['instagram', 'tiktok', 'youtube', 'reddit', 'discord'],
  ['email', 'x', 'instagram'],
];

describe('the repurposing chain on the example hub', () => {
  const run = generateSnippets(hub);

  it('makes every kind from the structure, with no errors', () => {
    expect(run.errors).toEqual([]);
    const n = asset('case-study/nordpharma-excursion-alerts');
    const mine = run.snippets.filter((s) => s.asset === 'case-study/nordpharma-excursion-alerts');
    const count = (k: string) => mine.filter((s) => s.kind === k).length;
    expect(count('post')).toBe(hub.config.channels.length);
    expect(count('quote')).toBe(5);
    expect(count('carousel')).toBe(3);
    expect(count('clip')).toBeGreaterThanOrEqual(6);
    expect(count('clip')).toBeLessThanOrEqual(12);
    expect(n.body).not.toContain('<FAQ>');
    expect(count('faq')).toBe(0);
    expect(run.notes).toContainEqual({ asset: 'case-study/nordpharma-excursion-alerts', level: 'info', message: 'faq: no FAQ post (the asset has no <FAQ>)' });
    const faqAsset = run.snippets.filter((s) => s.asset === 'methodology/mistake-alarms-without-delays' && s.kind === 'faq');
    expect(faqAsset).toHaveLength(1);
    expect(faqAsset[0]!.text).toContain('Q: How often should alarm rules be reviewed?');
  });

  it('clip scripts have a hook, 3 to 5 beats from sections, on-screen text, a CTA and 15 to 60 s', () => {
    for (const s of run.snippets.filter((x) => x.kind === 'clip')) {
      expect(s.clip!.hook.length).toBeGreaterThan(5);
      expect(s.clip!.beats.length).toBeGreaterThanOrEqual(3);
      expect(s.clip!.beats.length).toBeLessThanOrEqual(5);
      for (const b of s.clip!.beats) expect(b.onScreen.length).toBeLessThanOrEqual(48);
      expect(s.clip!.seconds).toBeGreaterThanOrEqual(15);
      expect(s.clip!.seconds).toBeLessThanOrEqual(60);
      expect(s.clip!.cta).toMatch(/link in the description/);
    }
  });

  it('carousels have 5 to 10 slides, each image with alt text', () => {
    for (const s of run.snippets.filter((x) => x.kind === 'carousel')) {
      expect(s.slides!.length).toBeGreaterThanOrEqual(5);
      expect(s.slides!.length).toBeLessThanOrEqual(10);
      expect(s.media).toHaveLength(s.slides!.length);
      for (const m of s.media) expect([m.width, m.height, m.alt.length > 20]).toEqual([1080, 1350, true]);
    }
    for (const s of run.snippets.filter((x) => x.kind === 'quote')) expect(s.media.map((m) => [m.width, m.height])).toEqual([[1080, 1080]]);
  });

  it('says so when an asset has too little material, and does not pad', () => {
    const vega = run.snippets.filter((s) => s.asset === 'case-study/vega-pharmacy-store-fridges' && s.kind === 'quote');
    expect(vega.length).toBeLessThan(5);
    expect(run.notes.find((n) => n.asset === 'case-study/vega-pharmacy-store-fridges' && n.message.startsWith('quotes:'))?.message).toBe(
      `quotes: ${vega.length} of 5 (the asset has 1 Quote, 1 Stat and 2 claims to draw on)`,
    );
  });

  it('tags every link through the UTM builder and points it at the asset page or a landing-page variant', () => {
    const ids = new Set<string>();
    for (const s of run.snippets) {
      expect(ids.has(s.id), s.id).toBe(false);
      ids.add(s.id);
      expect(s.id).toMatch(new RegExp(hub.config.utm.naming.pattern));
      expect(s.id.length).toBeLessThanOrEqual(hub.config.utm.naming.maxLength);
      const a = asset(s.asset);
      const c = hub.config.channels.find((x) => x.id === s.channel)!;
      const url = new URL(s.link);
      const lp = s.landing && hub.landings.find((l) => l.slug === s.landing!.slug)!;
      expect(`${url.origin}${url.pathname}`).toBe(lp ? absoluteUrl(hub.config.site, `/lp/${lp.slug}/${s.landing!.variant}/`) : absoluteUrl(hub.config.site, assetPagePath(a)));
      expect(Object.fromEntries(url.searchParams)).toEqual({ utm_source: c.utmSource, utm_medium: c.utmMedium, utm_campaign: lp ? lp.data.campaign : a.data.series, utm_content: s.id });
      // The link appears whole in the post (or its first comment).
      expect(`${s.text}\n${s.firstComment ?? ''}`).toContain(s.link);
      expect(s.status).toBe('draft');
    }
  });

  it('carries the collaboration disclosure in every snippet of a collaboration asset', () => {
    const a = asset('case-study/hemkort-grocery-last-mile');
    const text = a.data.disclosure.text!;
    const mine = run.snippets.filter((s) => s.asset === 'case-study/hemkort-grocery-last-mile');
    expect(mine.length).toBeGreaterThan(15);
    for (const s of mine) {
      expect(s.disclosure).toBe(text);
      expect(s.text, s.id).toContain(text);
    }
    expect(run.snippets.filter((s) => s.asset !== 'case-study/hemkort-grocery-last-mile' && s.disclosure)).toEqual([]);
  });

  it('suggests times on the series posting days at the channel posting times, never two at once on a channel', () => {
    const post = run.snippets.find((s) => s.id === 'case-study-nordpharma-excursion-alerts-post-linkedin')!;
    // Published Tue 2026-02-03 (series time 08:00); how-we-did-it posts TU and TH, LinkedIn at 08:30
    // Stockholm (UTC+1 in winter): the post goes out the same morning.
    expect(post.suggestedTime).toBe('2026-02-03T07:30:00Z');
    // The newsletter (FR 07:00) shares no day with TU/TH: it keeps its own Friday and the report says so.
    expect(run.snippets.find((s) => s.id === 'case-study-nordpharma-excursion-alerts-post-newsletter')!.suggestedTime).toBe('2026-02-06T06:00:00Z');
    expect(run.notes.some((n) => n.asset === 'channel newsletter' && n.message.includes("series how-we-did-it's posting days (TU, TH)"))).toBe(true);
    for (const c of hub.config.channels) {
      const times = run.snippets.filter((s) => s.channel === c.id && s.suggestedTime).map((s) => s.suggestedTime);
      expect(new Set(times).size, c.id).toBe(times.length);
    }
    // Every how-we-did-it LinkedIn time is on a TU or TH at 08:30 local.
    const tz = hub.config.site.timeZone;
    const fmt = new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    for (const s of run.snippets.filter((x) => x.channel === 'linkedin' && x.suggestedTime && asset(x.asset).data.series === 'how-we-did-it'))
      expect(['Tue 08:30', 'Thu 08:30']).toContain(fmt.format(new Date(s.suggestedTime!)));
    // Each snippet goes out on or after its asset's day, and no later than spreadDays after it (the post may wait longer).
    for (const s of run.snippets.filter((x) => x.suggestedTime && x.kind !== 'post' && x.kind !== 'thread')) {
      const day = Date.parse(`${asset(s.asset).data.published}T00:00:00Z`);
      expect(Date.parse(s.suggestedTime!) - day).toBeGreaterThanOrEqual(0);
      expect(Date.parse(s.suggestedTime!) - day).toBeLessThanOrEqual(91 * 86_400_000);
    }
    // Draft assets only take times nobody else needs; the same content gives the same times.
    expect(generateSnippets(hub).snippets.map((s) => s.suggestedTime)).toEqual(run.snippets.map((s) => s.suggestedTime));
  });

  it('keeps every snippet of every built-in format within its limits', () => {
    for (const platforms of ALL_PORTFOLIOS) {
      const r = generateSnippets(withChannels(platforms));
      expect(r.errors).toEqual([]);
      const seen = new Set(r.snippets.map((s) => s.platform));
      for (const p of platforms) expect(seen.has(p), p).toBe(true);
      for (const s of r.snippets) {
        expect(withinLimits(s), `${s.id}: ${JSON.stringify(s.counts.filter((c) => c.count > c.max))}`).toBe(true);
        const f = PLATFORM_FORMATS[s.platform];
        for (const post of s.posts ?? [s.text]) expect(fits(f.fields.text!, post), s.id).toBe(true);
        if (f.maxHashtags !== undefined) expect(hashtagCount(s.text)).toBeLessThanOrEqual(f.maxHashtags);
        if (f.forbidden) expect(`${s.title ?? ''}${s.text}`).not.toMatch(f.forbidden);
        if (f.linkInComment) expect(s.firstComment).toContain(s.link);
        if (s.platform === 'linkedin' || s.platform === 'instagram') expect(s.text.split('\n\n')[0]!.length).toBeLessThanOrEqual(f.hookWithin!.max);
      }
      // X, Bluesky, Mastodon and Threads posts of the whole asset are numbered threads.
      for (const s of r.snippets.filter((x) => x.kind === 'thread' && x.posts)) s.posts!.forEach((p, i) => expect(p.endsWith(`${i + 1}/${s.posts!.length}`)).toBe(true));
    }
  });
});

describe('editor overrides', () => {
  const withOverrides = (snippets: unknown): LoadedHub => {
    const a = asset('case-study/nordpharma-excursion-alerts');
    const copy: LoadedAsset = { ...a, data: { ...a.data, snippets } as LoadedAsset['data'], lineOf: (f) => (f.startsWith('snippets') ? 60 : a.lineOf(f)) };
    return { ...hub, assets: [copy] };
  };

  it('wins over generated text, with the tagged link put where {link} is', () => {
    const r = generateSnippets(withOverrides({ hook: 'Fewer spoiled pallets, on the record.', posts: { linkedin: 'Our own words. Details: {link} — thanks for reading.' } }));
    expect(r.errors).toEqual([]);
    const li = r.snippets.find((s) => s.id.endsWith('post-linkedin'))!;
    expect(li.override).toBe(true);
    expect(li.text).toBe(`Our own words. Details: ${li.link} — thanks for reading.`);
    expect(r.snippets.find((s) => s.id.endsWith('post-reddit'))!.text.startsWith('Fewer spoiled pallets, on the record.')).toBe(true);
  });

  it('over its limit is an error naming the asset, the field and the count, never cut', () => {
    const r = generateSnippets(withOverrides({ posts: { linkedin: 'Pallets. '.repeat(340), newsletter: { subject: 'A subject line that runs well past the sixty characters an inbox shows' } }, hook: 'x'.repeat(230) }));
    expect(formatReport(r.errors)).toMatchInlineSnapshot(`
      "✖ 2 problems in 1 file:

        content/case-studies/nordpharma-excursion-alerts.mdx:60 › snippets.hook
          expected text that fits LinkedIn: at most 210 characters (UTF-16 code units, as the platform's composer counts)
          found    230 characters (UTF-16 code units, as the platform's composer counts), at most 210 allowed  [SnippetOverLimit]
        content/case-studies/nordpharma-excursion-alerts.mdx:60 › snippets.posts.linkedin
          expected text that fits LinkedIn: at most 3,000 characters (UTF-16 code units, as the platform's composer counts)
          found    3,262 characters (UTF-16 code units, as the platform's composer counts), at most 3,000 allowed  [SnippetOverLimit]

      Fix these and run the command again. The README section "Content model" lists every field."
    `);
    expect(r.notes.some((n) => n.message.startsWith('snippets.posts.newsletter.subject: 70 characters (graphemes)'))).toBe(true);
  });

  it('refuses an unknown channel id and too many hashtags', () => {
    const r = generateSnippets(withOverrides({ posts: { linkdin: 'Hello there', linkedin: 'Read it #a #b #c #d' } }));
    expect(r.errors.map((e) => [e.name, e.field])).toEqual([
      ['UnknownChannel', 'snippets.posts.linkdin'],
      ['TooManyHashtags', 'snippets.posts.linkedin'],
    ]);
  });
});

describe('property: every built-in format keeps its limits for any message', () => {
  const PIECES = ['Pallets', 'cold-chain', '41%', '👍🏽', '👨‍👩‍👧‍👦', '冷链监控', '日本語。', 'e\u0301', 'Z\u0351\u0352alg\u0300o', 'done.', 'Really?', '<b>', 'example.org'];
  const text = (r: () => number, n: number) => Array.from({ length: Math.floor(r() * n) + 1 }, () => PIECES[Math.floor(r() * PIECES.length)]).join(r() < 0.2 ? '' : ' ');

  it.each(PLATFORMS.map((p) => ({ p })))('$p', ({ p }) => {
    const f = PLATFORM_FORMATS[p];
    for (let seed = 1; seed <= 60; seed++) {
      const r = rng(seed);
      const link = `https://proof.example.com/case-study/${'x'.repeat(Math.floor(r() * 120))}/?utm_source=x&utm_content=${seed}`;
      const msg: Message = {
        hook: text(r, 60),
        paragraphs: Array.from({ length: Math.floor(r() * 8) }, () => text(r, 300)),
        cta: 'Read it',
        link,
        hashtags: ['cold-chain', 'pharma', 'food', 'gdp', 'alerts', 'lab', 'data'],
        disclosure: r() < 0.5 ? `Written with Partner ${text(r, 20)}; no payment was made.` : undefined,
        title: text(r, 80),
        summary: text(r, 60),
      };
      for (const single of [false, true]) {
        const out = render(p, msg, { single });
        const fields: [string, string | undefined][] = [['text', out.text], ['title', out.title], ['subject', out.subject], ['preheader', out.preheader], ['firstComment', out.firstComment]];
        for (const [field, value] of fields) {
          if (value === undefined || !f.fields[field]) continue;
          if (field === 'text' && out.posts) continue;
          expect(fits(f.fields[field]!, value), `seed ${seed} ${p}.${field}`).toBe(true);
        }
        for (const post of out.posts ?? []) expect(fits(f.fields.text!, post), `seed ${seed} ${p} thread post`).toBe(true);
        // The link and the disclosure are never cut.
        const all = `${out.text}\n${out.firstComment ?? ''}`;
        expect(findUrls(all).some((u) => u.url === link), `seed ${seed} ${p}: link`).toBe(true);
        if (msg.disclosure) expect(out.text.replace(/\n\n\d+\/\d+(?=\n|$)/g, '').replace(/\s+/g, ' ')).toContain(msg.disclosure.replace(/\s+/g, ' ').trim());
      }
    }
  });
});

describe('schedule', () => {
  const series = (posting?: string) => ({ id: 's', name: 'Series', description: 'A series for the schedule tests.', promises: ['p'], cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-01-06', owner: 'o', time: '09:00', ...(posting ? { posting: { rule: posting } } : {}) });
  const channel = (id: string, postingTimes: string[]) => ({ id, platform: 'linkedin' as const, role: 'trust' as const, kpi: { primary: 'CTR' }, utmSource: 'linkedin', utmMedium: 'social', postingTimes });

  it('follows daylight saving time, the series posting days and the channel times', () => {
    // Sweden moves to UTC+2 on 29 March 2026: 08:30 stays 08:30 local.
    const c = channel('li', ['TU 08:30', 'TH 08:30']);
    expect(channelCandidates(series('FREQ=WEEKLY;BYDAY=TU'), c, 'Europe/Stockholm', '2026-03-24', '2026-04-07').map(isoUtc)).toEqual(['2026-03-24T07:30:00Z', '2026-03-31T06:30:00Z', '2026-04-07T06:30:00Z']);
    // No posting rhythm: the channel's own times.
    expect(channelCandidates(series(), c, 'UTC', '2026-06-15', '2026-06-19').map(isoUtc)).toEqual(['2026-06-16T08:30:00Z', '2026-06-18T08:30:00Z']);
    // A posting rhythm that shares no day with the channel: the channel's own times.
    expect(channelCandidates(series('FREQ=WEEKLY;BYDAY=WE'), c, 'UTC', '2026-06-15', '2026-06-19').map(isoUtc)).toEqual(['2026-06-16T08:30:00Z', '2026-06-18T08:30:00Z']);
  });

  it('plans posts first, spreads the rest, never books a channel twice, and puts drafts last', () => {
    const config = { site: { timeZone: 'UTC' }, series: [series('FREQ=WEEKLY;BYDAY=TU,TH')] } as never;
    const c = channel('li', ['TU 09:00', 'TH 09:00']);
    const req = (asset: string, published: string, count: number, draft = false) => ({ asset, series: 's', published, channel: c as never, count, draft });
    // Two assets on the same Tuesday: one post that morning, the other on Thursday; no time twice.
    const plan = planTimes(config, [req('a/one', '2026-06-16', 4), req('a/two', '2026-06-16', 4), req('a/draft', '2026-06-16', 2, true)], { spreadDays: 14 });
    expect(plan.times[0]![0]).toBe('2026-06-16T09:00:00Z');
    expect(plan.times[1]![0]).toBe('2026-06-18T09:00:00Z');
    const all = plan.times.flat().filter(Boolean);
    expect(new Set(all).size).toBe(all.length);
    // 14 days hold two more TU/TH times after both posts: the draft's post waits for the first time
    // nobody else needs, and what finds no time is counted in the report.
    expect(plan.times[2]).toEqual(['2026-06-30T09:00:00Z', undefined]);
    expect(plan.notes.find((n) => n.asset === 'channel li' && n.level === 'warning')?.message).toMatch(/^5 of 10 snippets found no free posting time within 14 days/);
    // Spread: the second snippet of a lone asset aims a quarter of the window in, not at the next slot.
    const lone = planTimes(config, [req('a/one', '2026-06-16', 4)], { spreadDays: 28 });
    expect(lone.times[0]).toEqual(['2026-06-16T09:00:00Z', '2026-06-23T09:00:00Z', '2026-06-30T09:00:00Z', '2026-07-07T09:00:00Z']);
    expect(inWindow('2026-06-15T00:00:00Z', '2026-06-15', 30, 'UTC')).toBe(true);
    expect(inWindow('2026-07-15T00:00:00Z', '2026-06-15', 30, 'UTC')).toBe(false);
    expect(inWindow(undefined, '2026-06-15', 30, 'UTC')).toBe(false);
  });

  it('shortens an id that would break the UTM length with a stable hash', () => {
    const id = snippetId({ kind: 'methodology', slug: 'mistake-using-mkt-to-excuse-excursions-and-more-words' }, 'post-youtube-shorts', 64);
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^mistake-using-mkt-.*-[0-9a-z]{1,5}-post-youtube-shorts$/);
    expect(snippetId({ kind: 'methodology', slug: 'mistake-using-mkt-to-excuse-excursions-and-more-words' }, 'post-youtube-shorts', 64)).toBe(id);
  });
});

describe('golden files', () => {
  const run = generateSnippets(hub);
  const cases = ['case-study/nordpharma-excursion-alerts', 'case-study/hemkort-grocery-last-mile'];
  it.each(cases.flatMap((key) => hub.config.channels.map((c) => ({ key, channel: c.id }))))('$key › $channel', ({ key, channel }) => {
    const a = asset(key);
    const c = hub.config.channels.find((x) => x.id === channel)!;
    const list = run.snippets.filter((s) => s.asset === key && s.channel === channel);
    const md = channelMarkdown(a.data.title, absoluteUrl(hub.config.site, assetPagePath(a)), c, list, hub.config);
    const file = join(GOLDEN, a.slug, `${channel}.md`);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
      mkdirSync(join(GOLDEN, a.slug), { recursive: true });
      writeFileSync(file, md);
    }
    expect(md).toBe(readFileSync(file, 'utf8'));
  });
});

describe('output folder', () => {
  it('is replaced whole, or left as it was when writing fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snippets-out-'));
    temps.push(dir);
    const out = join(dir, 'snippets');
    writeOutput(out, [{ path: 'a/one.md', text: 'one' }, { path: 'index.md', text: 'first' }]);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toBe('first');
    expect(() => writeOutput(out, [{ path: 'index.md', text: 'second' }, { path: 'img.png', copyFrom: join(dir, 'missing.png') }])).toThrow();
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toBe('first');
    expect(existsSync(join(out, 'a/one.md'))).toBe(true);
    writeOutput(out, [{ path: 'index.md', text: 'third' }]);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toBe('third');
    expect(existsSync(join(out, 'a/one.md'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['snippets']);
  });
});


describe('npm run snippets', () => {
  it('writes Markdown and JSON per asset and channel, an index and snippets.json, outside dist/', async () => {
    const { cpSync } = await import('node:fs');
    const { buildSnippets } = await import('../../scripts/snippets.ts');
    const root = mkdtempSync(join(tmpdir(), 'snippets-hub-'));
    temps.push(root);
    cpSync(join(PROJECT, 'test/fixtures/hubs/sv/content'), join(root, 'content'), { recursive: true });
    const r = await buildSnippets({ root, today: '2026-06-15' });
    expect(r.outDir).toBe(join(root, 'snippets'));
    expect(r.summary).toMatch(/^Snippets: \d+ drafts from \d+ assets for \d+ channels → snippets\/ \(\d+ with a suggested time\) · images: .* · exports: \d+ due for schedulers, \d+ in the calendar · /);
    const all = JSON.parse(readFileSync(join(root, 'snippets/snippets.json'), 'utf8'));
    expect(all.snippets.length).toBe(r.snippets.length);
    const first = r.snippets[0]!;
    const perChannel = JSON.parse(readFileSync(join(root, 'snippets', first.asset, `${first.channel}.json`), 'utf8'));
    expect(perChannel.snippets.map((s: { id: string }) => s.id)).toContain(first.id);
    expect(readFileSync(join(root, 'snippets', first.asset, `${first.channel}.md`), 'utf8')).toContain(first.id);
    expect(readFileSync(join(root, 'snippets/index.md'), 'utf8')).toContain('# Social snippets');
    // A second run writes the same files.
    const again = await buildSnippets({ root, today: '2026-06-15' });
    expect(JSON.parse(readFileSync(join(root, 'snippets/snippets.json'), 'utf8'))).toEqual(all);
    expect(again.snippets.length).toBe(r.snippets.length);
    await expect(buildSnippets({ root, asset: 'case-study/nope' })).rejects.toThrow(/--asset/);
  });
});

describe('images', () => {
  it('draws quote cards 1080x1080 and slides 1080x1350 that decode and show text; a second run draws none', async () => {
    const { cpSync } = await import('node:fs');
    const { buildSnippets } = await import('../../scripts/snippets.ts');
    const root = mkdtempSync(join(tmpdir(), 'snippets-img-'));
    temps.push(root);
    cpSync(join(PROJECT, 'test/fixtures/hubs/sv/content'), join(root, 'content'), { recursive: true });
    const first = await buildSnippets({ root, today: '2026-06-15', allImages: true });
    const media = first.snippets.flatMap((s) => s.media.map((m) => ({ s, m })));
    expect(media.length).toBeGreaterThan(0);
    expect(first.images.drew + first.images.reused).toBe(media.length);
    expect(first.images.skipped).toBe(0);
    const sharp = (await import('sharp')).default;
    for (const kind of ['quote', 'carousel'] as const) {
      const hit = media.find((x) => x.s.kind === kind);
      if (!hit) continue;
      const file = join(root, 'snippets', hit.m.file);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['png', hit.m.width, hit.m.height]);
      expect(hit.m.alt.length).toBeGreaterThan(20);
      // Not blank: the text area holds many dark and light pixels (glyphs, not one flat colour).
      const { data, info } = await sharp(file).extract({ left: 90, top: 200, width: 900, height: 500 }).greyscale().raw().toBuffer({ resolveWithObject: true });
      const hist = new Set(data);
      expect(hist.size, `${kind}: grey levels`).toBeGreaterThan(20);
      expect(info.width).toBe(900);
      expect(readFileSync(join(root, 'snippets', hit.s.asset, `${hit.s.channel}.md`), 'utf8')).toContain(`](${hit.m.file.split('/').slice(2).join('/')})`);
    }
    const second = await buildSnippets({ root, today: '2026-06-15', allImages: true });
    expect(second.images.drew).toBe(0);
    expect(second.images.reused).toBe(media.length);
    // By default only the posting window is drawn; the rest is counted as skipped.
    const windowed = await buildSnippets({ root, today: '2030-01-01' });
    expect(windowed.images.drew + windowed.images.reused).toBe(0);
    expect(windowed.images.skipped).toBe(media.length);
  });
});
