// The site's own words and date formats. English and Swedish are built in; the hub config picks one.
import type { AssetKind } from './schema/asset.ts';

export interface Words {
  kinds: Record<AssetKind, { one: string; many: string }>;
  home: string;
  latestProof: string;
  byPromise: string;
  bySeries: string;
  howWeProve: (promise: string) => string;
  series: string;
  tags: string;
  tag: (tag: string) => string;
  authors: string;
  author: string;
  published: string;
  updated: string;
  related: string;
  claims: string;
  source: string;
  sources: string;
  disclosure: string;
  results: string;
  metric: string;
  before: string;
  after: string;
  customer: string;
  industry: string;
  challenge: string;
  measured: string;
  environment: string;
  method: string;
  steps: string;
  tools: string;
  data: string;
  downloadData: string;
  faq: string;
  breadcrumb: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  draftBanner: string;
  futureBanner: (date: string) => string;
  assetsCount: (n: number) => string;
  cadence: string;
  owner: string;
  since: string;
  proves: string;
  skipToContent: string;
  feed: string;
  reviewedBy: (name: string, date: string) => string;
  noAssetsYet: string;
  /** Pagination of long lists. */
  pages: string;
  newer: string;
  older: string;
  pageOf: (n: number, count: number) => string;
}

const en: Words = {
  kinds: {
    'case-study': { one: 'Case study', many: 'Case studies' },
    benchmark: { one: 'Benchmark', many: 'Benchmarks' },
    methodology: { one: 'Methodology', many: 'Methodology' },
  },
  home: 'Home',
  latestProof: 'Latest proof',
  byPromise: 'Proof by promise',
  bySeries: 'Proof series',
  howWeProve: (p) => `How we prove: ${p}`,
  series: 'Series',
  tags: 'Tags',
  tag: (t) => `Tagged “${t}”`,
  authors: 'Authors',
  author: 'Author',
  published: 'Published',
  updated: 'Updated',
  related: 'Related proof',
  claims: 'Claims on this page',
  source: 'Source',
  sources: 'Sources',
  disclosure: 'Disclosure',
  results: 'Results',
  metric: 'Metric',
  before: 'Before',
  after: 'After',
  customer: 'Customer',
  industry: 'Industry',
  challenge: 'The challenge',
  measured: 'What we measured',
  environment: 'Environment',
  method: 'Method',
  steps: 'Steps',
  tools: 'Tools',
  data: 'Data',
  downloadData: 'Download the data',
  faq: 'Frequently asked questions',
  breadcrumb: 'Breadcrumb',
  notFoundTitle: 'Page not found',
  notFoundText: 'This page does not exist, or it has moved. The proof is still here:',
  backHome: 'Back to the hub',
  draftBanner: 'Draft: visible in preview only, never published.',
  futureBanner: (d) => `Scheduled: goes live on ${d}.`,
  assetsCount: (n) => (n === 1 ? '1 asset' : `${n} assets`),
  cadence: 'Cadence',
  owner: 'Owner',
  since: 'Since',
  proves: 'Proves',
  skipToContent: 'Skip to content',
  feed: 'RSS feed',
  reviewedBy: (n, d) => `Reviewed by ${n} on ${d}`,
  noAssetsYet: 'Nothing published here yet.',
  pages: 'Pages',
  newer: 'Newer',
  older: 'Older',
  pageOf: (n, c) => `page ${n} of ${c}`,
};

const sv: Words = {
  kinds: {
    'case-study': { one: 'Kundcase', many: 'Kundcase' },
    benchmark: { one: 'Mätning', many: 'Mätningar' },
    methodology: { one: 'Metod', many: 'Metoder' },
  },
  home: 'Start',
  latestProof: 'Senaste beläggen',
  byPromise: 'Belägg per löfte',
  bySeries: 'Serier',
  howWeProve: (p) => `Så bevisar vi: ${p}`,
  series: 'Serie',
  tags: 'Taggar',
  tag: (t) => `Taggat ”${t}”`,
  authors: 'Skribenter',
  author: 'Skribent',
  published: 'Publicerad',
  updated: 'Uppdaterad',
  related: 'Relaterade belägg',
  claims: 'Påståenden på sidan',
  source: 'Källa',
  sources: 'Källor',
  disclosure: 'Samarbete',
  results: 'Resultat',
  metric: 'Mått',
  before: 'Före',
  after: 'Efter',
  customer: 'Kund',
  industry: 'Bransch',
  challenge: 'Utmaningen',
  measured: 'Vad vi mätte',
  environment: 'Miljö',
  method: 'Metod',
  steps: 'Steg',
  tools: 'Verktyg',
  data: 'Data',
  downloadData: 'Ladda ner datan',
  faq: 'Vanliga frågor',
  breadcrumb: 'Brödsmulor',
  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Sidan finns inte, eller så har den flyttat. Beläggen finns kvar:',
  backHome: 'Tillbaka till startsidan',
  draftBanner: 'Utkast: syns bara i förhandsvisningen och publiceras aldrig.',
  futureBanner: (d) => `Schemalagd: publiceras ${d}.`,
  assetsCount: (n) => (n === 1 ? '1 belägg' : `${n} belägg`),
  cadence: 'Rytm',
  owner: 'Ansvarig',
  since: 'Sedan',
  proves: 'Bevisar',
  skipToContent: 'Hoppa till innehållet',
  feed: 'RSS-flöde',
  reviewedBy: (n, d) => `Granskad av ${n} den ${d}`,
  noAssetsYet: 'Inget publicerat här ännu.',
  pages: 'Sidor',
  newer: 'Nyare',
  older: 'Äldre',
  pageOf: (n, c) => `sida ${n} av ${c}`,
};

export const WORDS: Record<'en' | 'sv', Words> = { en, sv };

/** A day (YYYY-MM-DD) in the site's language, e.g. "14 March 2026" or "14 mars 2026". */
// One formatter per language: building an Intl.DateTimeFormat per date was 12% of page rendering
// on a 300-asset hub (every card in every list prints a date; scripts/bench).
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

const FORMATTED_DAYS = new Map<string, string>();

export function formatDay(day: string, language: 'en' | 'sv'): string {
  // A build prints the same few hundred days thousands of times (every card, every list page).
  const key = `${language}${day}`;
  const known = FORMATTED_DAYS.get(key);
  if (known !== undefined) return known;
  const [y, m, d] = day.split('-').map(Number);
  let format = DAY_FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    DAY_FORMATS.set(language, format);
  }
  const text = format.format(new Date(Date.UTC(y, m - 1, d)));
  FORMATTED_DAYS.set(key, text);
  return text;
}

/** "Monday, Wednesday and Friday" / "måndag, onsdag och fredag". */
function joinList(items: string[], language: 'en' | 'sv'): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'sv' ? 'och' : 'and'} ${items.at(-1)}`;
}

/** Swedish ordinal suffix: 1:a, 2:a, 21:a, 22:a but 11:e, 12:e and :e for the rest. */
const svOrdinal = (n: number) => `${n}:${(n % 10 === 1 || n % 10 === 2) && n % 100 !== 11 && n % 100 !== 12 ? 'a' : 'e'}`;

const UNITS = {
  DAILY: { en: ['Daily', 'days'], sv: ['Dagligen', 'dag', 'Varannan dag'] },
  WEEKLY: { en: ['Weekly', 'weeks'], sv: ['Varje vecka', 'vecka', 'Varannan vecka'] },
  MONTHLY: { en: ['Monthly', 'months'], sv: ['Varje månad', 'månad', 'Varannan månad'] },
} as const;

/** "Every 2 weeks" / "Varannan vecka" / "Var 3:e vecka", or the unit's word for an interval of 1. */
function every(freq: keyof typeof UNITS, interval: number, language: 'en' | 'sv'): string {
  const u = UNITS[freq];
  if (language === 'sv') return interval === 1 ? u.sv[0] : interval === 2 ? u.sv[2] : `Var ${svOrdinal(interval)} ${u.sv[1]}`;
  return interval === 1 ? u.en[0] : `Every ${interval} ${u.en[1]}`;
}

/** Describes a cadence in words, e.g. "Weekly on Tuesday" / "Every 14 days" / "Varannan vecka på torsdag". */
export function describeCadence(cadence: string | { everyDays: number }, language: 'en' | 'sv'): string {
  if (typeof cadence !== 'string') return every('DAILY', cadence.everyDays, language);
  const parts = Object.fromEntries(cadence.split(';').map((p) => p.split('='))) as Record<string, string | undefined>;
  const days: Record<string, [string, string]> = {
    MO: ['Monday', 'måndag'], TU: ['Tuesday', 'tisdag'], WE: ['Wednesday', 'onsdag'], TH: ['Thursday', 'torsdag'], FR: ['Friday', 'fredag'], SA: ['Saturday', 'lördag'], SU: ['Sunday', 'söndag'],
  };
  const i = language === 'sv' ? 1 : 0;
  const freq = (parts.FREQ && parts.FREQ in UNITS ? parts.FREQ : 'WEEKLY') as keyof typeof UNITS;
  const base = every(freq, Number(parts.INTERVAL ?? 1), language);
  const byday = parts.BYDAY?.split(',').map((d) => days[d]?.[i] ?? d);
  return byday?.length ? `${base} ${language === 'sv' ? 'på' : 'on'} ${joinList(byday, language)}` : base;
}
