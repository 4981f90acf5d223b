// The posts log: the team's export of published social posts (Buffer, Hootsuite, Sprout, Publer or a
// hand-kept CSV). The hub only knows its own proof; the log is the evidence of what went out, so the
// proof ratio and the posting rhythm are measured from it.
//
// Columns are found by name, case-insensitively (first match wins):
//   date     Date, Published, Published at, Posted at, Sent at, Post date, Publish date, Date (UTC)
//   time     Time (optional, when the date column holds only the day)
//   channel  Channel, Profile, Network, Social network, Account
//   text     Text, Message, Post, Post text, Content, Caption
//   link     Link, URL, Link URL, Links (optional: links in the text count too)
//   snippet  Snippet, Snippet id (optional)
// A date is YYYY-MM-DD, YYYY-MM-DD HH:MM (local time in the hub's zone) or ISO 8601 with Z or an offset.
import { csvRecords } from '../data-file.ts';
import type { ContentError } from '../errors.ts';
import { dayNumber, epochToLocal, isoDay } from './calendar.ts';

export interface LoggedPost {
  /** file:line, for messages. */
  ref: string;
  line: number;
  /** Local day and time in the hub's zone. */
  day: string;
  time: string;
  /** Channel id from the hub config, or the name as the export wrote it when unmapped. */
  channel: string;
  channelKnown: boolean;
  text: string;
  links: string[];
  snippet?: string;
}

const COLUMNS = {
  date: ['date', 'published', 'published at', 'posted at', 'sent at', 'post date', 'publish date', 'date (utc)', 'datetime'],
  time: ['time', 'post time'],
  channel: ['channel', 'profile', 'network', 'social network', 'account', 'social profile'],
  text: ['text', 'message', 'post', 'post text', 'content', 'caption'],
  link: ['link', 'url', 'link url', 'links'],
  snippet: ['snippet', 'snippet id', 'snippet_id', 'snippetid'],
} as const;

const URL_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;

/** Reads a date cell (and optional time cell) as a local day and time in the hub's zone. */
export function readPostTime(date: string, time: string | undefined, timeZone: string): { day: string; time: string } | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(date.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  const day = dayNumber(`${m[1]}-${m[2]}-${m[3]}`);
  let hh = m[4];
  let mm = m[5];
  if (hh === undefined && time) {
    const t = /^(\d{1,2}):(\d{2})/.exec(time.trim());
    if (!t) return undefined;
    [hh, mm] = [t[1].padStart(2, '0'), t[2]];
  }
  if (hh === undefined) return { day: isoDay(day), time: '00:00' };
  if (Number(hh) > 23 || Number(mm) > 59) return undefined;
  if (!m[7]) return { day: isoDay(day), time: `${hh}:${mm}` };
  const off = m[7] === 'Z' ? 0 : (m[7][0] === '-' ? -1 : 1) * (Number(m[7].slice(1, 3)) * 60 + Number(m[7].slice(-2)));
  const epoch = day * 86_400_000 + (Number(hh) * 60 + Number(mm) - off) * 60_000;
  const local = epochToLocal(epoch, timeZone);
  return { day: isoDay(local.day), time: local.time };
}

export interface ChannelRef {
  id: string;
  platform: string;
}

/** Maps an export's channel name to a channel id: the config's table, then the id, then a platform name in it. */
export function channelOf(name: string, channels: readonly ChannelRef[], table: Record<string, string>): string | undefined {
  const exact = table[name] ?? Object.entries(table).find(([k]) => k.toLowerCase() === name.trim().toLowerCase())?.[1];
  if (exact) return exact;
  const low = name.trim().toLowerCase();
  const byId = channels.find((c) => c.id === low);
  if (byId) return byId.id;
  const words: Record<string, string[]> = { email: ['email', 'e-mail', 'newsletter', 'mailchimp'], x: ['twitter', ' x '], youtube: ['youtube', 'shorts'] };
  const hits = channels.filter((c) => (words[c.platform] ?? [c.platform]).some((w) => ` ${low} `.includes(w)));
  return hits.length === 1 ? hits[0].id : undefined;
}

/** Parses the posts log; every bad row is an error naming its line, the good rows still count. */
export function parsePostsLog(
  text: string,
  file: string,
  timeZone: string,
  channels: readonly ChannelRef[],
  table: Record<string, string>,
): { posts: LoggedPost[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const records = csvRecords(text);
  if (!Array.isArray(records))
    return { posts: [], errors: [{ name: 'BadPostsLog', file, line: records.unclosedAt, expected: 'every opening quote closed', found: 'a quote that is never closed' }] };
  if (!records.length) return { posts: [], errors: [{ name: 'BadPostsLog', file, expected: 'a header row, then one row per published post', found: 'an empty file' }] };
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const col = (names: readonly string[]) => {
    for (const n of names) {
      const i = header.indexOf(n);
      if (i >= 0) return i;
    }
    return -1;
  };
  const at = { date: col(COLUMNS.date), time: col(COLUMNS.time), channel: col(COLUMNS.channel), text: col(COLUMNS.text), link: col(COLUMNS.link), snippet: col(COLUMNS.snippet) };
  const missing = (['date', 'channel', 'text'] as const).filter((k) => at[k] < 0);
  if (missing.length)
    return {
      posts: [],
      errors: [{ name: 'BadPostsLog', file, line: 1, expected: `a header row naming the columns ${missing.map((k) => `${k} (e.g. ${COLUMNS[k].slice(0, 3).map((c) => `"${c}"`).join(', ')})`).join('; ')}`, found: `"${records[0].fields.join(',')}"` }],
    };
  const posts: LoggedPost[] = [];
  for (const r of records.slice(1)) {
    const cell = (i: number) => (i >= 0 ? (r.fields[i] ?? '').trim() : '');
    if (r.fields.length !== header.length) {
      errors.push({ name: 'BadPostsLog', file, line: r.line, expected: `${header.length} values per row (${records[0].fields.join(', ')})`, found: `${r.fields.length} values` });
      continue;
    }
    const when = readPostTime(cell(at.date), at.time >= 0 ? cell(at.time) : undefined, timeZone);
    if (!when) {
      errors.push({ name: 'BadPostDate', file, line: r.line, field: records[0].fields[at.date].trim(), expected: 'a date written YYYY-MM-DD HH:MM (hub time zone) or ISO 8601 with an offset, e.g. 2026-06-09 08:30 or 2026-06-09T06:30:00Z', found: `"${cell(at.date)}"` });
      continue;
    }
    const rawChannel = cell(at.channel);
    const channel = channelOf(rawChannel, channels, table);
    const text = cell(at.text);
    const links = [...new Set([...(cell(at.link) ? cell(at.link).split(/\s+/) : []), ...(text.match(URL_IN_TEXT) ?? [])].filter(Boolean))];
    const post: LoggedPost = { ref: `${file}:${r.line}`, line: r.line, day: when.day, time: when.time, channel: channel ?? rawChannel, channelKnown: Boolean(channel), text, links };
    if (cell(at.snippet)) post.snippet = cell(at.snippet);
    posts.push(post);
  }
  return { posts, errors };
}

