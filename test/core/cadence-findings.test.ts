// Every kind of finding from one small in-memory hub with a pinned today, asserted exactly; then the
// slot states, promise coverage and proof ratio numbers behind them.
import { describe, expect, it } from 'vitest';
import { parsePostsLog } from '../../src/core/cadence/posts-log.ts';
import { buildReport, exitCodeOf, type ReportAsset } from '../../src/core/cadence/report.ts';
import { disclosures, type GovernedLanding } from '../../src/core/governance/check.ts';
import { HubConfigSchema } from '../../src/core/schema/hub.ts';
import { MINIMAL_HUB } from './minimal-hub.ts';

const TODAY = '2026-06-10';
const config = HubConfigSchema.parse({
  ...MINIMAL_HUB,
  site: { ...MINIMAL_HUB.site, timeZone: 'Europe/Stockholm' },
  series: [
    {
      ...MINIMAL_HUB.series[0], id: 'weekly', promises: ['safe', 'fast'], cadence: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-05-05', graceDays: 2, rotation: ['safe', 'fast'],
      posting: { rule: 'FREQ=WEEKLY;BYDAY=TU', perSlot: 2, graceDays: 1, firstDays: { days: 14, min: 3, max: 4 } },
    },
  ],
  governance: { window: { pastDays: 42, futureDays: 30 }, dueDays: 14, coverage: { promiseEveryWeeks: 1 } },
});

const FULL_REVIEW = { claims: true, sources: true, disclosure: true, policy: true, tone: true, reviewer: 'Erik Nyberg', date: '2026-05-01' };
function asset(slug: string, published: string, promises: string[], over: Partial<ReportAsset['data']> = {}, body = ''): ReportAsset {
  return {
    kind: 'case-study', slug, file: `content/case-studies/${slug}.mdx`, body, bodyLine: 20, lineOf: (f) => ({ title: 2, description: 3, review: 15, disclosure: 12 })[f],
    data: { title: `The ${slug} story`, description: `What ${slug} did, with the numbers.`, summary: 'A summary.', published, draft: false, series: 'weekly', promises, claims: [], review: FULL_REVIEW, disclosure: { collaboration: false }, ...over },
  };
}
const assets: ReportAsset[] = [
  asset('a1', '2026-05-05', ['safe'], { review: undefined }),
  asset('a2', '2026-05-13', ['fast'], { description: 'Delivery guaranteed inside the window, with the numbers.', review: { ...FULL_REVIEW, date: '2026-05-20' }, claims: [{ id: 'g', text: 'Delivery guaranteed within two hours in 2025', source: { url: 'https://a.example/report' } }] }),
  asset('a3', '2026-05-26', ['safe'], { claims: [{ id: 'h', text: 'A claim with a plain http source', source: { url: 'http://a.example/x' } }] }),
  asset('a4', '2026-05-27', ['fast'], { disclosure: { collaboration: true, partner: 'Acme' } }),
  asset('a5', '2026-05-31', ['safe'], { claims: [{ id: 'd', text: 'Cites a draft asset here', source: { asset: 'case-study/d1' } }] }, '## Why we are #1 in Sweden\n\n## Mistake #1: trusting the wall\n\n```\n## the best in a code block\n```\n## Best practice for docks'),
  asset('d1', '2026-06-02', ['safe'], { draft: true, review: { ...FULL_REVIEW, tone: false, date: undefined } }),
  asset('a6', '2026-06-09', ['safe'], { title: 'The safest way to ship' }),
  asset('s1', '2026-06-16', ['safe', 'fast'], { review: { ...FULL_REVIEW, tone: false }, claims: [{ id: 'e', text: 'Cites another draft asset', source: { asset: 'case-study/d2' } }] }),
  asset('d2', '2026-06-23', ['fast'], { draft: true }),
];

const link = (slug: string) => `https://proof.acme.example/case-study/${slug}/?utm_source=linkedin&utm_medium=social&utm_campaign=weekly`;
const CSV = [
  'Date,Channel,Text,Link',
  `2026-05-05 08:30,LinkedIn,Post one,${link('a1')}`,
  `2026-05-05T15:00:00Z,linkedin,Post two,${link('a1')}`,
  `2026-05-06 09:00,LinkedIn,Extra on a Wednesday,https://proof.acme.example/series/weekly/?utm_campaign=weekly`,
  `2026-05-12 08:30,LinkedIn,One on the day,${link('a1')}`,
  `2026-05-13 08:30,LinkedIn,One a day late,${link('a2')}`,
  `2026-05-19 08:30,LinkedIn,Only one this week,${link('a2')}`,
  '2026-05-20 10:00,LinkedIn,"A company update, no proof",https://acme.example/news',
  '2026-05-21 10:00,Myspace,Wrong network,',
  `2026-06-05 10:00,LinkedIn,Teaser too early,${link('s1')}`,
  'yesterday,LinkedIn,Bad date,',
].join('\n');

const postsLog = { file: 'content/posts-log.csv', ...parsePostsLog(CSV, 'content/posts-log.csv', 'Europe/Stockholm', config.channels, {}) };
const report = buildReport({ config, assets, today: TODAY, postsLog });

describe('findings, one of each kind', () => {
  it('lists every finding with its severity, in order', () => {
    expect(report.findings.map((f) => [f.severity, f.kind, f.rhythm ?? '', f.date ?? '', f.asset ?? ''])).toEqual([
      ['error', 'ClaimSource', '', '2026-05-26', 'case-study/a3'],
      ['error', 'ClaimSource', '', '2026-05-31', 'case-study/a5'],
      ['error', 'MissingDisclosure', '', '', 'case-study/a4'],
      ['error', 'ReviewIncomplete', '', '2026-05-05', 'case-study/a1'],
      ['warning', 'BadPostsLog', '', '', ''],
      ['warning', 'ClaimSource', '', '2026-06-16', 'case-study/s1'],
      ['warning', 'DueSoon', 'posts', '2026-06-09', ''],
      ['warning', 'DueSoon', 'assets', '2026-06-23', ''],
      ['warning', 'MissedSlot', 'posts', '2026-05-19', ''],
      ['warning', 'MissedSlot', 'assets', '2026-05-19', ''],
      ['warning', 'MissedSlot', 'posts', '2026-05-26', ''],
      ['warning', 'MissedSlot', 'posts', '2026-06-02', ''],
      ['warning', 'MissedSlot', 'assets', '2026-06-02', ''],
      ['warning', 'OffPromise', 'assets', '2026-05-26', 'case-study/a3'],
      ['warning', 'OffPromise', 'assets', '2026-06-09', 'case-study/a6'],
      ['warning', 'PostBeforeAsset', '', '2026-06-05', 'case-study/s1'],
      ['warning', 'PostingRamp', 'posts', '2026-05-05', ''],
      ['warning', 'ReviewAfterPublish', '', '2026-05-13', 'case-study/a2'],
      ['warning', 'ReviewPending', '', '2026-06-16', 'case-study/s1'],
      ['warning', 'StarvingPromise', '', '2026-05-27', ''],
      ['warning', 'Superlative', '', '2026-05-31', 'case-study/a5'],
      ['warning', 'Superlative', '', '2026-06-09', 'case-study/a6'],
      ['warning', 'ThinWeek', '', '2026-05-18', ''],
      ['warning', 'ThinWeek', '', '2026-06-01', ''],
      ['warning', 'UnknownChannel', '', '', ''],
      ['info', 'DoubleBooked', 'assets', '2026-05-26', 'case-study/a4'],
      ['info', 'LateSlot', 'posts', '2026-05-12', ''],
      ['info', 'LateSlot', 'assets', '2026-05-12', 'case-study/a2'],
      ['info', 'OffSlot', 'posts', '', ''],
      ['info', 'OffSlot', 'assets', '2026-05-31', 'case-study/a5'],
      ['info', 'ReviewPending', '', '2026-06-02', 'case-study/d1'],
      ['info', 'StarvingPromise', '', '2026-05-05', ''],
      ['info', 'StarvingPromise', '', '2026-05-13', ''],
      ['info', 'StarvingPromise', '', '2026-05-31', ''],
    ]);
    expect(report.counts).toEqual({ errors: 4, warnings: 21, infos: 9 });
    expect(exitCodeOf({ counts: { errors: 0, warnings: 1, infos: 0 } }, false)).toBe(0);
    expect(exitCodeOf({ counts: { errors: 0, warnings: 1, infos: 0 } }, true)).toBe(1);
    expect(exitCodeOf({ counts: { errors: 0, warnings: 0, infos: 5 } }, true)).toBe(0);
    expect(exitCodeOf(report, false)).toBe(1);
  });

  it('words each finding for an editor', () => {
    const message = (kind: string, asset?: string) => report.findings.find((f) => f.kind === kind && (!asset || f.asset === asset))?.message;
    expect(message('ReviewIncomplete')).toBe('case-study/a1 is public (since 2026-05-05) without a complete review: missing claims, sources, disclosure, policy, tone, reviewer, date');
    expect(message('ReviewPending', 'case-study/s1')).toBe('case-study/s1 goes live on 2026-06-16 and its review is missing tone: the build fails that day unless it is done');
    expect(message('ReviewPending', 'case-study/d1')).toBe('case-study/d1 (draft, planned 2026-06-02) review missing tone, date; ready for review by 2026-05-31');
    expect(message('ClaimSource', 'case-study/a3')).toBe('case-study/a3 claim "h": source "http://a.example/x" is not a well-formed https URL (it uses http, not https)');
    expect(message('ClaimSource', 'case-study/a5')).toBe('case-study/a5 claim "d" cites case-study/d1, but it is a draft');
    expect(message('MissingDisclosure')).toBe('case-study/a4 is a collaboration without disclosure text');
    expect(report.findings.filter((f) => f.kind === 'MissedSlot').map((f) => f.message)).toContain('weekly: the 2026-05-19 slot was missed');
    expect(report.findings.filter((f) => f.kind === 'DueSoon').map((f) => f.message)).toContain('weekly posts: the 2026-06-09 slot is open (grace until 2026-06-10) with 0 of 2 posts logged');
    expect(report.findings.filter((f) => f.kind === 'MissedSlot').map((f) => f.message)).toContain('weekly: the 2026-06-02 slot was missed (case-study/d1 is still a draft)');
    expect(report.findings.filter((f) => f.kind === 'MissedSlot').map((f) => f.message)).toContain('weekly posts: the 2026-05-19 slot got 1 of 2 posts');
    expect(report.findings.filter((f) => f.kind === 'DueSoon').map((f) => f.message)).toContain('weekly: the 2026-06-23 slot is due in 13 days and holds only the draft case-study/d2: publish by 2026-06-23, ready for review by 2026-06-21');
    expect(message('OffPromise')).toBe('weekly: the 2026-05-26 slot should prove "fast" (rotation), but case-study/a3 does not list it');
    expect(message('DoubleBooked')).toBe('weekly: case-study/a4 (2026-05-27) lands in the 2026-05-26 slot, which is already filled: move it to an open slot');
    expect(message('StarvingPromise')).toBe('promise "fast" (Fast everywhere) is starving: no published proof for 14 days (last 2026-05-27); the plan is at least once every 1 weeks, next scheduled 2026-06-16');
    expect(message('PostingRamp')).toBe('weekly: 5 posts in its first 14 days (2026-05-05 to 2026-05-18); the plan is 3 to 4');
    expect(message('PostBeforeAsset')).toBe('a linkedin post on 2026-06-05 links to case-study/s1, which is not published until 2026-06-16');
    expect(message('UnknownChannel')).toBe('posts log channel "Myspace" (1 post) is none of the hub\'s channels: map it in governance.postsLog.channels');
    expect(message('BadPostsLog')).toBe('content/posts-log.csv:11: expected a date written YYYY-MM-DD HH:MM (hub time zone) or ISO 8601 with an offset, e.g. 2026-06-09 08:30 or 2026-06-09T06:30:00Z; found "yesterday"');
    expect(report.findings.filter((f) => f.kind === 'Superlative').map((f) => [f.field, f.line, f.message])).toEqual([
      ['heading', 20, 'case-study/a5 heading says "#1": back it with a sourced claim that carries the phrase, or soften it ("Why we are #1 in Sweden")'],
      ['title', 2, 'case-study/a6 title says "safest": back it with a sourced claim that carries the phrase, or soften it ("The safest way to ship")'],
    ]);
  });

  it('the schema refuses a collaboration without text, and the report names it as a disclosure problem', () => {
    expect(disclosures([], [{ name: 'MissingDisclosure', file: 'content/case-studies/x.mdx', field: 'disclosure.text', line: 9, expected: 'a disclosure text when collaboration is true', found: 'nothing (the field is missing)' }])).toEqual([
      { kind: 'MissingDisclosure', severity: 'error', file: 'content/case-studies/x.mdx', line: 9, field: 'disclosure.text', message: 'content/case-studies/x.mdx is a collaboration without disclosure text: the build refuses it' },
    ]);
  });
});

describe('slot states, coverage and proof ratio', () => {
  it('gives each asset slot its state, and names what is due next', () => {
    const rh = report.series[0].rhythms[0];
    expect(rh.slots.map((s) => [s.date, s.state, s.items.map((i) => i.ref.replace('case-study/', '')).join('+')])).toEqual([
      ['2026-05-05', 'filled', 'a1'], ['2026-05-12', 'late', 'a2'], ['2026-05-19', 'missed', ''], ['2026-05-26', 'filled', 'a3'],
      ['2026-06-02', 'missed', 'd1'], ['2026-06-09', 'filled', 'a6'], ['2026-06-16', 'scheduled', 's1'], ['2026-06-23', 'draft', 'd2'],
      ['2026-06-30', 'empty', ''], ['2026-07-07', 'empty', ''],
    ]);
    expect(rh.counts).toEqual({ filled: 3, late: 1, missed: 2, scheduled: 1, draft: 1, empty: 2 });
    expect(rh.next).toEqual({ date: '2026-06-23', time: '09:00', state: 'draft', reviewBy: '2026-06-21', items: ['case-study/d2'], promise: 'fast' });
    expect(rh.slots[0].at).toBe('2026-05-05T09:00:00+02:00');
  });

  it('matches posts by their local day and counts perSlot', () => {
    const rh = report.series[0].rhythms[1];
    expect(rh.slots.filter((s) => s.date <= TODAY).map((s) => [s.date, s.state, s.items.length])).toEqual([
      ['2026-05-05', 'filled', 2], ['2026-05-12', 'late', 2], ['2026-05-19', 'missed', 1], ['2026-05-26', 'missed', 0], ['2026-06-02', 'missed', 0], ['2026-06-09', 'empty', 0],
    ]);
    expect(report.series[0].firstDays).toEqual({ from: '2026-05-05', to: '2026-05-18', posts: 5, min: 3, max: 4, complete: true });
  });

  it('covers promises per week and names the starving one', () => {
    expect(report.coverage.promises).toEqual([
      { id: 'safe', name: 'Safe by default', lastProof: '2026-06-09', daysSince: 1, nextScheduled: '2026-06-16', starving: false },
      { id: 'fast', name: 'Fast everywhere', lastProof: '2026-05-27', daysSince: 14, nextScheduled: '2026-06-16', starving: true },
    ]);
    expect(report.coverage.weeks.map((w) => [w.week, w.assets.length, w.complete])).toEqual([
      ['2026-W19', 1, true], ['2026-W20', 1, true], ['2026-W21', 0, true], ['2026-W22', 3, true], ['2026-W23', 0, true], ['2026-W24', 1, false],
    ]);
  });

  it('counts proof per week and channel: links to assets carry proof, other links do not', () => {
    expect(report.proofRatio?.rows).toEqual([
      { week: '2026-W19', channel: 'linkedin', posts: 3, proof: 2 },
      { week: '2026-W20', channel: 'linkedin', posts: 2, proof: 2 },
      { week: '2026-W21', channel: 'linkedin', posts: 2, proof: 1 },
      { week: '2026-W21', channel: 'Myspace', posts: 1, proof: 0 },
      { week: '2026-W23', channel: 'linkedin', posts: 1, proof: 1 },
    ]);
    expect(report.proofRatio?.recent).toEqual({ from: '2026-05-11', to: '2026-06-07', posts: 6, proof: 4, ratio: 0.667 });
    expect(report.proofRatio?.byChannel).toEqual([{ channel: 'Myspace', posts: 1, proof: 0, ratio: 0 }, { channel: 'linkedin', posts: 8, proof: 6, ratio: 0.75 }]);
  });
});

describe('featured proof on landing pages', () => {
  const landing = (slug: string, published: string, featured: string[], draft = false): GovernedLanding => ({
    slug, file: `content/landing/${slug}.mdx`, lineOf: (f) => ({ assets: 8, 'assets.0': 9, 'assets.1': 10, 'assets.2': 11 })[f], data: { published, draft, assets: featured },
  });
  const landings = [
    landing('live', '2026-06-01', ['case-study/a1', 'case-study/d1', 'case-study/s1']),
    landing('soon', '2026-06-20', ['case-study/s1', 'case-study/d2']),
    landing('sketch', '2026-06-12', ['case-study/s1'], true),
  ];
  const found = buildReport({ config, assets, today: TODAY, landings }).findings.filter((f) => f.kind === 'FeaturedAssetNotLive');

  it('is an error on a live page, a warning on a scheduled one, a note on a draft, naming file and field', () => {
    expect(found).toEqual([
      { kind: 'FeaturedAssetNotLive', severity: 'error', asset: 'case-study/d1', file: 'content/landing/live.mdx', line: 10, field: 'assets.1', date: '2026-06-01', message: 'lp/live features case-study/d1, but it is a draft: the live page leaves it off; publish it first or feature another asset' },
      { kind: 'FeaturedAssetNotLive', severity: 'error', asset: 'case-study/s1', file: 'content/landing/live.mdx', line: 11, field: 'assets.2', date: '2026-06-01', message: 'lp/live features case-study/s1, but it is not published until 2026-06-16: the live page leaves it off; publish it first or feature another asset' },
      { kind: 'FeaturedAssetNotLive', severity: 'warning', asset: 'case-study/d2', file: 'content/landing/soon.mdx', line: 10, field: 'assets.1', date: '2026-06-20', message: 'lp/soon (scheduled, 2026-06-20) features case-study/d2, but it is a draft: the page would leave it off; publish it first or feature another asset' },
      { kind: 'FeaturedAssetNotLive', severity: 'info', asset: 'case-study/s1', file: 'content/landing/sketch.mdx', line: 9, field: 'assets.0', date: '2026-06-12', message: 'lp/sketch (draft, 2026-06-12) features case-study/s1, but it goes live on 2026-06-16, after this page (2026-06-12): the page would leave it off; publish it first or feature another asset' },
    ]);
  });

  it('fails the build only for the live page', () => {
    const onlyPreview = buildReport({ config, assets, today: TODAY, landings: landings.slice(1) });
    expect(onlyPreview.findings.filter((f) => f.kind === 'FeaturedAssetNotLive' && f.severity === 'error')).toEqual([]);
    expect(found.filter((f) => f.severity === 'error')).toHaveLength(2);
  });
});
