// Exports for schedulers and calendars, written into snippets/exports/ in the same swap as the rest:
// a superset CSV of every snippet; per channel CSVs for Hootsuite Bulk Composer, Sprout Social and
// Publer; JSON payloads for Buffer (createPost) and Typefully (drafts); an RFC 5545 calendar.
// No open standard exists (README "Exports" says which columns each file fills and why). Every file
// is a pure function of the snippets and "today": the same input writes the same bytes.
import { epochToLocal, isoDay } from '../cadence/calendar.ts';
import type { HubConfig } from '../schema/hub.ts';
import type { Platform } from './limits.ts';
import type { Snippet } from './model.ts';
import { zonedToUtc } from './schedule.ts';

export interface ExportFile {
  path: string;
  text: string;
}

export interface ExportInput {
  snippets: readonly Snippet[];
  config: Pick<HubConfig, 'site' | 'channels'>;
  /** YYYY-MM-DD: scheduler files hold only snippets due from today's start (hub time zone) on. */
  today: string;
  /** Asset titles by kind/slug, for calendar summaries and the superset CSV. */
  titles: ReadonlyMap<string, string>;
  /** kind/slug of draft assets: their snippets stay in the superset only (their pages do not exist yet). */
  drafts?: ReadonlySet<string>;
  /** The DTSTAMP of every calendar event: the content's last change, never the clock. */
  stamp: string;
  /** Buffer channel ids per hub channel id (snippets.bufferChannels). */
  bufferChannels?: Readonly<Record<string, string>>;
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180): a field is quoted when it holds a quote, comma, CR or LF, or starts or ends with
// a space; quotes inside are doubled; records end with CRLF. That is all csv-stringify would do here.

export function csvField(value: string | number | boolean | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: readonly (readonly (string | number | boolean | undefined)[])[], opts: { bom?: boolean } = {}): string {
  return `${opts.bom ? '\uFEFF' : ''}${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Times

/** Local "YYYY-MM-DD" and "HH:MM" of an ISO instant in the hub's zone. */
function local(iso: string, timeZone: string): { day: string; time: string } {
  const l = epochToLocal(Date.parse(iso), timeZone);
  return { day: isoDay(l.day), time: l.time };
}
const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** 20260616T063000Z */
const icsUtc = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');

// ---------------------------------------------------------------------------------------------
// Which snippets each tool takes

const SOCIAL = (s: Snippet) => s.platform !== 'email';
/** A thread of several posts cannot go through a one-message CSV; Typefully takes it whole. */
const SINGLE = (s: Snippet) => !s.posts || s.posts.length === 1;
/** Networks Buffer publishes to (of the platforms the hub knows). */
const BUFFER_PLATFORMS: readonly Platform[] = ['x', 'linkedin', 'instagram', 'threads', 'bluesky', 'mastodon', 'tiktok', 'youtube'];
/** Typefully's platforms and the key each has in a draft's `platforms`. */
const TYPEFULLY_PLATFORMS: Partial<Record<Platform, string>> = { x: 'x', linkedin: 'linkedin', threads: 'threads', bluesky: 'bluesky', mastodon: 'mastodon' };

/** Rows per file for Hootsuite and Sprout Social; Sprout also wants posts at least 10 minutes apart. */
export const MAX_ROWS = 350;
export const MIN_GAP_MINUTES = 10;

/**
 * Splits time-ordered rows into files of at most `max` rows in which consecutive posts are at least
 * `gapMinutes` apart: each row goes to the first file it fits (deterministic, few files).
 */
export function splitRows<T extends { at: string }>(rows: readonly T[], max = MAX_ROWS, gapMinutes = 0): T[][] {
  const files: T[][] = [];
  for (const r of [...rows].sort((a, b) => a.at.localeCompare(b.at))) {
    const fit = files.find((f) => f.length < max && Date.parse(r.at) - Date.parse(f[f.length - 1]!.at) >= gapMinutes * 60_000);
    if (fit) fit.push(r);
    else files.push([r]);
  }
  return files;
}

const numbered = (base: string, i: number, n: number) => (n === 1 ? `${base}.csv` : `${base}-${i + 1}.csv`);

/** The link is already in the post (or its first comment): schedulers need not add it again. */
const linkInText = (s: Snippet) => s.text.includes(s.link);

// ---------------------------------------------------------------------------------------------

export const SUPERSET_COLUMNS = [
  'id', 'asset', 'asset_title', 'asset_draft', 'kind', 'channel', 'platform', 'status', 'suggested_time_utc', 'suggested_date_local', 'suggested_time_local', 'time_zone',
  'title', 'subject', 'preheader', 'text', 'posts', 'first_comment', 'link', 'landing_page', 'disclosure', 'media_files', 'media_alt', 'override', 'made_from',
] as const;

/** Publer's fixed 12-column template, in its order (README "Exports": which we fill). */
export const PUBLER_COLUMNS = ['Date', 'Text', 'Link(s)', 'Media URL(s)', 'Labels', 'Alt text', 'Comments', 'Title', 'Pin board, FB album, or Google category', 'Post subtype', 'CTA', 'Reminder'] as const;

export const SPROUT_COLUMNS = ['date', 'time_24hr', 'message_text'] as const;

export interface ExportResult {
  files: ExportFile[];
  /** Per tool: rows written and what was left out, for the manifest and the command's summary. */
  counts: Record<string, { written: number; files: number }>;
}

export function buildExports(i: ExportInput): ExportResult {
  const tz = i.config.site.timeZone;
  const files: ExportFile[] = [];
  const counts: ExportResult['counts'] = {};
  const from = zonedToUtc(i.today, '00:00', tz).getTime();
  const live = i.snippets.filter((s) => !i.drafts?.has(s.asset));
  const due = live.filter((s) => s.suggestedTime && Date.parse(s.suggestedTime) >= from);
  const byTime = (a: Snippet, b: Snippet) => (a.suggestedTime ?? '').localeCompare(b.suggestedTime ?? '') || a.id.localeCompare(b.id);
  const channels = i.config.channels;

  // 1. The superset: every snippet, every field, times in UTC and local.
  const all = [...i.snippets].sort((a, b) => (a.suggestedTime ? 0 : 1) - (b.suggestedTime ? 0 : 1) || byTime(a, b));
  files.push({
    path: 'exports/snippets.csv',
    text: csv(
      [
        SUPERSET_COLUMNS,
        ...all.map((s) => {
          const l = s.suggestedTime ? local(s.suggestedTime, tz) : undefined;
          return [
            s.id, s.asset, i.titles.get(s.asset) ?? '', Boolean(i.drafts?.has(s.asset)), s.kind, s.channel, s.platform, s.status, s.suggestedTime ?? '', l?.day ?? '', l?.time ?? '', tz,
            s.title ?? '', s.subject ?? '', s.preheader ?? '', s.text, s.posts ? s.posts.join('\n---\n') : '', s.firstComment ?? '', s.link,
            s.landing ? `${s.landing.slug}/${s.landing.variant}` : '', s.disclosure ?? '', s.media.map((m) => m.file).join('\n'), s.media.map((m) => m.alt).join('\n'), s.override, s.from,
          ];
        }),
      ],
      { bom: true },
    ),
  });
  counts.superset = { written: all.length, files: 1 };

  // 2. Per channel CSVs for the three schedulers (social channels, due from today, one post each).
  counts.hootsuite = { written: 0, files: 0 };
  counts.sprout = { written: 0, files: 0 };
  counts.publer = { written: 0, files: 0 };
  for (const c of channels) {
    const rows = due.filter((s) => s.channel === c.id && SOCIAL(s) && SINGLE(s)).sort(byTime).map((s) => ({ s, at: s.suggestedTime!, ...local(s.suggestedTime!, tz) }));
    if (!rows.length) continue;
    // Hootsuite Bulk Composer: date-time, message, optional link; no header row; up to 350 rows.
    const hoot = splitRows(rows);
    hoot.forEach((part, n) => files.push({ path: `exports/hootsuite/${numbered(c.id, n, hoot.length)}`, text: csv(part.map((r) => [`${dmy(r.day)} ${r.time}`, r.s.text, linkInText(r.s) ? '' : r.s.link])) }));
    counts.hootsuite.written += rows.length;
    counts.hootsuite.files += hoot.length;
    // Sprout Social: case-sensitive headers; at most 350 rows; posts at least 10 minutes apart.
    const sprout = splitRows(rows, MAX_ROWS, MIN_GAP_MINUTES);
    sprout.forEach((part, n) => files.push({ path: `exports/sprout/${numbered(c.id, n, sprout.length)}`, text: csv([SPROUT_COLUMNS, ...part.map((r) => [dmy(r.day), r.time, withComment(r.s)])]) }));
    counts.sprout.written += rows.length;
    counts.sprout.files += sprout.length;
    // Publer: the fixed 12 columns, unused ones left blank.
    files.push({
      path: `exports/publer/${c.id}.csv`,
      text: csv([PUBLER_COLUMNS, ...rows.map((r) => [`${r.day} ${r.time}`, r.s.text, r.s.link, '', ['proof-hub', r.s.kind, r.s.asset.split('/')[0]].join(','), '', r.s.firstComment ?? '', r.s.title ?? '', '', '', '', ''])]),
    });
    counts.publer.written += rows.length;
    counts.publer.files += 1;
  }

  // 3. Buffer: createPost inputs, saved as drafts at the suggested time (a person approves them).
  const buffer = due.filter((s) => BUFFER_PLATFORMS.includes(s.platform) && SINGLE(s)).sort(byTime);
  files.push({
    path: 'exports/buffer.json',
    text: `${JSON.stringify(
      {
        about: 'Inputs for the Buffer API mutation createPost, one per snippet: saved as drafts (saveToDraft) at the suggested time. Replace each channelId placeholder with the Buffer channel id (snippets.bufferChannels in hub.yaml).',
        timeZone: tz,
        posts: buffer.map((s) => ({
          snippet: s.id,
          asset: s.asset,
          channel: s.channel,
          input: { text: withComment(s), channelId: i.bufferChannels?.[s.channel] ?? `BUFFER_CHANNEL_ID_FOR_${s.channel}`, mode: 'customScheduled', dueAt: s.suggestedTime, saveToDraft: true },
        })),
      },
      null,
      2,
    )}\n`,
  });
  counts.buffer = { written: buffer.length, files: 1 };

  // 4. Typefully: one draft per snippet (threads as their posts); unscheduled ones too, as plain drafts.
  const typefully = live
    .filter((s) => TYPEFULLY_PLATFORMS[s.platform] && (!s.suggestedTime || Date.parse(s.suggestedTime) >= from))
    .sort((a, b) => (a.suggestedTime ? 0 : 1) - (b.suggestedTime ? 0 : 1) || byTime(a, b));
  files.push({
    path: 'exports/typefully.json',
    text: `${JSON.stringify(
      {
        about: 'Bodies for Typefully API v2 drafts (POST /v2/social-sets/{social_set_id}/drafts), one per snippet. No publish_at: each stays a draft until a person schedules it, at suggestedTime or "next-free-slot".',
        timeZone: tz,
        drafts: typefully.map((s) => ({
          snippet: s.id,
          asset: s.asset,
          channel: s.channel,
          suggestedTime: s.suggestedTime ?? null,
          body: {
            draft_title: `${s.kind} · ${i.titles.get(s.asset) ?? s.asset}`.slice(0, 120),
            platforms: { [TYPEFULLY_PLATFORMS[s.platform]!]: { enabled: true, posts: (s.posts ?? [s.text]).map((text) => ({ text })) } },
          },
        })),
      },
      null,
      2,
    )}\n`,
  });
  counts.typefully = { written: typefully.length, files: 1 };

  // 5. The calendar: every snippet with a time.
  const timed = live.filter((s) => s.suggestedTime).sort(byTime);
  files.push({ path: 'exports/calendar.ics', text: calendar(timed, i) });
  counts.calendar = { written: timed.length, files: 1 };

  return { files, counts };
}

/** The message with its first comment (the link where caption links are not clickable) for tools with one text field. */
function withComment(s: Snippet): string {
  return s.firstComment && !s.text.includes(s.firstComment) ? `${s.text}\n\n${s.firstComment}` : s.text;
}

// ---------------------------------------------------------------------------------------------
// iCalendar (RFC 5545), written by hand: CRLF, lines folded at 75 octets, TEXT escaped, UTC times.

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no line exceeds 75 octets (CRLF excluded), never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let cur = '';
  let octets = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (octets + n > 75) {
      out.push(cur);
      cur = ' ';
      octets = 1;
    }
    cur += ch;
    octets += n;
  }
  out.push(cur);
  return out.join('\r\n');
}

function calendar(snippets: readonly Snippet[], i: ExportInput): string {
  const host = new URL(i.config.site.url).host;
  const stamp = icsUtc(i.stamp);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//Proof hub//Social snippets//EN`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(`${i.config.site.name}: social snippets`)}`, `X-WR-TIMEZONE:${i.config.site.timeZone}`];
  for (const s of snippets) {
    const start = Date.parse(s.suggestedTime!);
    const title = i.titles.get(s.asset) ?? s.asset;
    const description = [s.posts ? s.posts.join('\n\n') : s.text, s.firstComment ? `First comment: ${s.firstComment}` : '', `Link: ${s.link}`, `Snippet ${s.id} (${s.status}): review, then post.`].filter(Boolean).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${icsUtc(s.suggestedTime!)}`,
      `DTEND:${icsUtc(new Date(start + 15 * 60_000).toISOString())}`,
      `SUMMARY:${icsText(`${s.channel} · ${s.kind}: ${title}`)}`,
      `DESCRIPTION:${icsText(description)}`,
      `URL:${s.link}`,
      `CATEGORIES:${[s.kind, s.channel].map(icsText).join(',')}`,
      'STATUS:TENTATIVE',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** exports/README.md: what each file is for and how many snippets it holds. */
export function exportsReadme(r: ExportResult, today: string, timeZone: string): string {
  const c = r.counts;
  const n = (k: string) => `${c[k]?.written ?? 0} snippet${c[k]?.written === 1 ? '' : 's'}${(c[k]?.files ?? 0) > 1 ? ` in ${c[k]!.files} files` : ''}`;
  return [
    '# Exports',
    '',
    `Drafts only: every tool keeps a person's approval step. Scheduler files hold the snippets due from ${today} on (times in ${timeZone}); the calendar holds every snippet with a time, the superset every snippet (draft assets' ones only there).`,
    '',
    '| File | For | Holds |',
    '| --- | --- | --- |',
    `| \`snippets.csv\` | spreadsheets, any other tool: every field, times in UTC and local | ${n('superset')} |`,
    `| \`hootsuite/<channel>.csv\` | Hootsuite Bulk Composer (date-time dd/mm/yyyy hh:mm, message, link; no header row) | ${n('hootsuite')} |`,
    `| \`sprout/<channel>.csv\` | Sprout Social bulk import (\`date\` dd/mm/yyyy, \`time_24hr\`, \`message_text\`; ≤ ${MAX_ROWS} rows, ≥ ${MIN_GAP_MINUTES} minutes apart) | ${n('sprout')} |`,
    `| \`publer/<channel>.csv\` | Publer bulk uploader (its 12-column template) | ${n('publer')} |`,
    `| \`buffer.json\` | Buffer API \`createPost\` inputs (saveToDraft) | ${n('buffer')} |`,
    `| \`typefully.json\` | Typefully API v2 draft bodies (X, LinkedIn, Threads, Bluesky, Mastodon) | ${n('typefully')} |`,
    `| \`calendar.ics\` | any calendar (RFC 5545, UTC) | ${n('calendar')} |`,
    '',
    'Threads of several posts are in the superset, the calendar and Typefully only (a one-message CSV cannot carry them); e-mail snippets are in the superset and the calendar only.',
    '',
  ].join('\n');
}
