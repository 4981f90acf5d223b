// Snippets, slice 5: links to landing-page variants, the superlatives lint on snippet text, and the
// exports (superset CSV, Hootsuite, Sprout Social, Publer, Buffer, Typefully, .ics), parsed back with
// real parsers (csv-parse, ical.js) and checked field by field.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckHub } from '../../src/core/content/check.ts';
import type { LoadedHub } from '../../src/core/content/load.ts';
import { formatReport } from '../../src/core/errors.ts';
import { HubConfigSchema, type HubConfigInput } from '../../src/core/schema/hub.ts';
import { buildExports, csvField, foldLine, icsText, PUBLER_COLUMNS, splitRows, SUPERSET_COLUMNS } from '../../src/core/snippets/exports.ts';
import { generateSnippets } from '../../src/core/snippets/generate.ts';
import { landingLookup, utmSourceOf } from '../../src/core/snippets/landing.ts';
import type { Snippet } from '../../src/core/snippets/model.ts';
import { channelMarkdown } from '../../src/core/snippets/output.ts';
import { snippetSuperlatives } from '../../src/core/snippets/superlatives.ts';

const PROJECT = join(import.meta.dirname, '../..');
const loaded = loadAndCheckHub(PROJECT);
if (!loaded.hub || loaded.errors.length) throw new Error(formatReport(loaded.errors));
const hub: LoadedHub = loaded.hub;
const asset = (key: string) => hub.assets.find((a) => `${a.kind}/${a.slug}` === key)!;
const channel = (id: string) => hub.config.channels.find((c) => c.id === id)!;
const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('links to landing pages', () => {
  const lookup = landingLookup(hub.config, hub.landings);
  const nordpharma = asset('case-study/nordpharma-excursion-alerts');

  it('goes to the variant for the channel source once the page is live, with its campaign', () => {
    expect(lookup(nordpharma, channel('linkedin'), '2026-03-31')).toBeUndefined(); // excursion-audit goes live 2026-04-01
    expect(lookup(nordpharma, channel('linkedin'), '2026-04-01')).toEqual({
      url: 'https://proof.coldtrace.example/lp/excursion-audit/linkedin/',
      campaign: 'spring-audit',
      landing: { slug: 'excursion-audit', variant: 'linkedin' },
    });
    // Reddit has no variant on that page: the asset's page.
    expect(lookup(nordpharma, channel('reddit'), '2026-06-15')).toBeUndefined();
    // A variant for source and campaign matches on the page's own campaign (gdp-checklist: linkedin + gdp-checklist).
    expect(lookup(asset('case-study/medlink-vaccine-fridges'), channel('linkedin'), '2026-06-15')?.url).toBe('https://proof.coldtrace.example/lp/gdp-checklist/linkedin/');
  });

  it('matches a campaign-only variant on the asset series; X is tagged twitter', () => {
    // The hub config refuses utmSource x (the UTM standard names X twitter); the aliases still read it.
    expect(utmSourceOf({ utmSource: 'X' }, hub.config.utm)).toBe('twitter');
    const raw = structuredClone(hub.config) as unknown as HubConfigInput;
    raw.channels = [{ id: 'x-main', platform: 'x', role: 'demand', kpi: { primary: 'CTR' }, utmSource: 'twitter', utmMedium: 'social', postingTimes: ['TU 09:00'] }];
    const config = HubConfigSchema.parse(raw);
    const landings = hub.landings.map((l) => (l.slug === 'excursion-audit' ? { ...l, data: { ...l.data, assets: [...l.data.assets, 'methodology/mistake-alarms-without-delays'] } } : l));
    const look = landingLookup(config, landings);
    // excursion-audit's "mistakes" variant matches campaign cold-chain-mistakes: the series of this asset.
    expect(look(asset('methodology/mistake-alarms-without-delays'), config.channels[0]!, '2026-06-15')?.url).toBe('https://proof.coldtrace.example/lp/excursion-audit/mistakes/');
    const run = generateSnippets({ ...hub, config, landings }, { today: '2026-06-15' });
    expect(run.errors).toEqual([]);
    // Its thread goes out in March, before the page is live: the asset's page and the series.
    const thread = run.snippets.find((x) => x.asset === 'methodology/mistake-alarms-without-delays' && x.kind === 'thread')!;
    expect(thread.suggestedTime! < '2026-04-01').toBe(true);
    expect(new URL(thread.link).searchParams.get('utm_campaign')).toBe('cold-chain-mistakes');
    const s = run.snippets.find((x) => x.asset === 'methodology/mistake-alarms-without-delays' && x.landing)!;
    expect(s.landing).toEqual({ slug: 'excursion-audit', variant: 'mistakes' });
    expect(Object.fromEntries(new URL(s.link).searchParams)).toEqual({ utm_source: 'twitter', utm_medium: 'social', utm_campaign: 'spring-audit', utm_content: s.id });
  });

  it('puts the landing link in the generated snippets, by the day each goes out', () => {
    const run = generateSnippets(hub, { today: '2026-06-15' });
    const mine = run.snippets.filter((s) => s.asset === 'case-study/nordpharma-excursion-alerts' && s.channel === 'linkedin');
    for (const s of mine) {
      const day = s.suggestedTime?.slice(0, 10) ?? '2026-06-15';
      if (day >= '2026-04-01') expect(s.link.startsWith('https://proof.coldtrace.example/lp/excursion-audit/linkedin/?'), s.id).toBe(true);
      else expect(s.link.startsWith('https://proof.coldtrace.example/case-study/nordpharma-excursion-alerts/?'), s.id).toBe(true);
    }
    expect(mine.some((s) => s.landing)).toBe(true);
    // The reviewer's Markdown says where each link goes.
    const md = channelMarkdown(nordpharma.data.title, 'https://proof.coldtrace.example/case-study/nordpharma-excursion-alerts/', channel('linkedin'), mine, hub.config);
    expect(md).toContain('links to landing page `excursion-audit`, variant `linkedin` (https://proof.coldtrace.example/lp/excursion-audit/linkedin/)');
  });
});

describe('superlatives in snippets', () => {
  const run = generateSnippets(hub);

  it('flags an absolute claim no sourced claim of the asset carries, once per snippet and phrase', () => {
    const f = run.findings.find((x) => x.snippet === 'case-study-hemkort-grocery-last-mile-post-linkedin')!;
    expect(f).toMatchObject({ kind: 'Superlative', severity: 'warning', asset: 'case-study/hemkort-grocery-last-mile', channel: 'linkedin', field: 'text', phrase: '100%', file: 'content/case-studies/hemkort-grocery-last-mile.mdx' });
    expect(run.findings.filter((x) => x.snippet === f.snippet && x.phrase === '100%')).toHaveLength(1);
  });

  it('lets a sourced claim carrying the phrase back it, and never reads a URL as a claim', () => {
    const s = run.snippets.find((x) => x.id === 'case-study-hemkort-grocery-last-mile-post-linkedin')!;
    const a = asset(s.asset);
    const backed = { ...a, data: { ...a.data, claims: [...a.data.claims, { id: 'all', text: 'Records were 100% complete in March.', source: { url: 'https://example.com/r' } }] } };
    expect(snippetSuperlatives([s], [backed as never], hub.config)).toEqual([]);
    const url: Snippet = { ...s, text: 'See https://example.com/the-fastest-way and #1: the list' };
    expect(snippetSuperlatives([url], [a], hub.config)).toEqual([]);
    expect(snippetSuperlatives([{ ...s, text: 'The fastest alerts, guaranteed.' }], [a], hub.config).map((x) => x.phrase)).toEqual(['fastest', 'guaranteed']);
  });
});

describe('exports', () => {
  it('quotes CSV fields and folds and escapes iCalendar lines', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\nthen')).toBe('"say ""hi""\nthen"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(icsText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it('splits scheduler files at 350 rows and keeps posts 10 minutes apart in each', () => {
    const base = Date.parse('2026-07-01T08:00:00Z');
    const rows = Array.from({ length: 400 }, (_, i) => ({ at: new Date(base + Math.floor(i / 2) * 60 * 60_000 + (i % 2) * 5 * 60_000).toISOString() }));
    const files = splitRows(rows, 350, 10);
    expect(files.map((f) => f.length)).toEqual([200, 200]);
    for (const f of files) for (let i = 1; i < f.length; i++) expect(Date.parse(f[i]!.at) - Date.parse(f[i - 1]!.at)).toBeGreaterThanOrEqual(10 * 60_000);
    expect(splitRows(rows.filter((_, i) => i % 2 === 0).concat(rows.filter((_, i) => i % 2 === 0).map((r) => ({ at: new Date(Date.parse(r.at) + 30 * 60_000).toISOString() }))), 350).map((f) => f.length)).toEqual([350, 50]);
  });

  it('writes every file in the snippets swap, and they parse back with real parsers', async () => {
    const { buildSnippets } = await import('../../scripts/snippets.ts');
    const root = mkdtempSync(join(tmpdir(), 'snippets-exp-'));
    temps.push(root);
    cpSync(join(PROJECT, 'content'), join(root, 'content'), { recursive: true });
    const today = '2026-06-15';
    const r = await buildSnippets({ root, today });
    const dir = join(root, 'snippets/exports');
    const read = (p: string) => readFileSync(join(dir, p), 'utf8');
    const tz = hub.config.site.timeZone;
    const local = (iso: string) => {
      const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
      return { dmy: `${p.day}/${p.month}/${p.year}`, ymd: `${p.year}-${p.month}-${p.day}`, hm: `${p.hour}:${p.minute}` };
    };
    const drafts = new Set(hub.assets.filter((a) => a.data.draft).map((a) => `${a.kind}/${a.slug}`));
    const due = r.snippets.filter((s) => s.suggestedTime && s.suggestedTime >= '2026-06-14T22:00:00Z' && !drafts.has(s.asset));
    const byId = new Map(r.snippets.map((s) => [s.id, s]));

    // The superset: every snippet, header first, a BOM for spreadsheets.
    const superset = read('snippets.csv');
    expect(superset.startsWith('\uFEFF')).toBe(true);
    const all = parse(superset, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(all[0]!)).toEqual([...SUPERSET_COLUMNS]);
    expect(all.map((x) => x.id).sort()).toEqual(r.snippets.map((s) => s.id).sort());
    for (const row of all) {
      const s = byId.get(row.id!)!;
      expect([row.text, row.link, row.channel, row.kind, row.status, row.suggested_time_utc, row.first_comment, row.asset_draft]).toEqual([s.text, s.link, s.channel, s.kind, 'draft', s.suggestedTime ?? '', s.firstComment ?? '', String(drafts.has(s.asset))]);
      if (s.suggestedTime) expect([row.suggested_date_local, row.suggested_time_local]).toEqual([local(s.suggestedTime).ymd, local(s.suggestedTime).hm]);
    }

    // Sprout Social: exact headers, dd/mm/yyyy, 24-hour time, every due single post of the channel.
    for (const c of ['linkedin', 'reddit', 'youtube-shorts']) {
      const rows = parse(read(`sprout/${c}.csv`), { columns: true }) as Record<string, string>[];
      expect(read(`sprout/${c}.csv`).split('\r\n')[0]).toBe('date,time_24hr,message_text');
      const mine = due.filter((s) => s.channel === c && (!s.posts || s.posts.length === 1)).sort((a, b) => a.suggestedTime!.localeCompare(b.suggestedTime!));
      expect(rows).toEqual(mine.map((s) => ({ date: local(s.suggestedTime!).dmy, time_24hr: local(s.suggestedTime!).hm, message_text: s.firstComment && !s.text.includes(s.firstComment) ? `${s.text}\n\n${s.firstComment}` : s.text })));
      expect(rows.length).toBeLessThanOrEqual(350);
      // Hootsuite: no header; date-time, message, link (empty when the message holds it).
      const hoot = parse(read(`hootsuite/${c}.csv`)) as string[][];
      expect(hoot).toEqual(mine.map((s) => [`${local(s.suggestedTime!).dmy} ${local(s.suggestedTime!).hm}`, s.text, s.text.includes(s.link) ? '' : s.link]));
      // Publer: the 12 columns in order; Date, Text, Link(s), Labels, Comments and Title filled.
      const publer = parse(read(`publer/${c}.csv`)) as string[][];
      expect(publer[0]).toEqual([...PUBLER_COLUMNS]);
      expect(publer.slice(1)).toEqual(mine.map((s) => [`${local(s.suggestedTime!).ymd} ${local(s.suggestedTime!).hm}`, s.text, s.link, '', `proof-hub,${s.kind},${s.asset.split('/')[0]}`, '', s.firstComment ?? '', s.title ?? '', '', '', '', '']));
    }
    // No scheduler file for the newsletter (e-mail).
    expect(readdirSync(join(dir, 'sprout'))).not.toContain('newsletter.csv');

    // Buffer: createPost inputs as drafts at the suggested time.
    const buffer = JSON.parse(read('buffer.json'));
    const bufferDue = due.filter((s) => ['linkedin', 'youtube'].includes(s.platform));
    expect(buffer.posts.map((p: { snippet: string }) => p.snippet).sort()).toEqual(bufferDue.map((s) => s.id).sort());
    const p0 = buffer.posts[0];
    expect(p0.input).toEqual({ text: byId.get(p0.snippet)!.text, channelId: `BUFFER_CHANNEL_ID_FOR_${p0.channel}`, mode: 'customScheduled', dueAt: byId.get(p0.snippet)!.suggestedTime, saveToDraft: true });

    // Typefully: LinkedIn drafts (the example hub's only Typefully network), posts as an array, no publish_at.
    const typefully = JSON.parse(read('typefully.json'));
    const d0 = typefully.drafts[0];
    expect(d0.body.platforms).toEqual({ linkedin: { enabled: true, posts: [{ text: byId.get(d0.snippet)!.text }] } });
    expect(d0.body).not.toHaveProperty('publish_at');
    expect(typefully.drafts.every((d: { channel: string }) => d.channel === 'linkedin')).toBe(true);

    // The calendar: RFC 5545, CRLF, folded, parsed back by ical.js; one event per timed snippet.
    const ics = read('calendar.ics');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent');
    const timed = r.snippets.filter((s) => s.suggestedTime && !drafts.has(s.asset));
    expect(events.length).toBe(timed.length);
    const host = 'proof.coldtrace.example';
    for (const e of events) {
      const uid = String(e.getFirstPropertyValue('uid'));
      const s = byId.get(uid.replace(`@${host}`, ''))!;
      const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.zone?.tzid).toBe('UTC');
      expect(start.toJSDate().toISOString().replace('.000Z', 'Z')).toBe(s.suggestedTime);
      expect(String(e.getFirstPropertyValue('dtstamp'))).toBe('2026-07-03T00:00:00Z');
      expect(e.getFirstPropertyValue('url')).toBe(s.link);
      expect(String(e.getFirstPropertyValue('description'))).toContain(s.posts ? s.posts[0]! : s.text);
      expect(e.getFirstPropertyValue('status')).toBe('TENTATIVE');
    }
    // Reproducible: the same content and day write the same bytes.
    await buildSnippets({ root, today });
    expect(read('calendar.ics')).toBe(ics);
    expect(read('snippets.csv')).toBe(superset);
  });

  it('leaves threads of several posts and past snippets out of the one-message scheduler files', () => {
    const mk = (id: string, t: string, posts?: string[]): Snippet =>
      ({ id, asset: 'case-study/x', kind: posts ? 'thread' : 'post', channel: 'x-main', platform: 'x', text: posts ? posts.join('\n\n') : 'One post https://e.com/a', posts, link: 'https://e.com/a', media: [], suggestedTime: t, status: 'draft', from: '', override: false, counts: [] }) as Snippet;
    const r = buildExports({
      snippets: [mk('a', '2026-06-20T08:00:00Z'), mk('b', '2026-06-21T08:00:00Z', ['1/2 first', '2/2 second https://e.com/a']), mk('c', '2026-06-01T08:00:00Z')],
      config: { site: { ...hub.config.site, timeZone: 'UTC' }, channels: [{ ...hub.config.channels[0]!, id: 'x-main', platform: 'x' }] },
      today: '2026-06-15',
      titles: new Map(),
      stamp: '2026-06-01T00:00:00Z',
    });
    const file = (p: string) => r.files.find((f) => f.path === p)!.text;
    expect(parse(file('exports/sprout/x-main.csv'), { columns: true })).toEqual([{ date: '20/06/2026', time_24hr: '08:00', message_text: 'One post https://e.com/a' }]);
    const tf = JSON.parse(file('exports/typefully.json'));
    expect(tf.drafts.map((d: { snippet: string }) => d.snippet)).toEqual(['a', 'b']);
    expect(tf.drafts[1].body.platforms.x.posts).toEqual([{ text: '1/2 first' }, { text: '2/2 second https://e.com/a' }]);
    expect(r.counts.calendar!.written).toBe(3);
  });
});
