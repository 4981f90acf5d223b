// Reads a hub from disk (content, posts log) and builds the cadence and governance report: what
// `npm run cadence` and the build call.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadAndCheckHub } from '../content/check.ts';
import { HUB_CONFIG_FILE, type LoadedHub } from '../content/load.ts';
import type { ContentError } from '../errors.ts';
import { governanceOf } from '../governance/config.ts';
import { disclosures } from '../governance/check.ts';
import { resolveToday, TODAY_ENV } from '../today.ts';
import type { Finding } from './findings.ts';
import { parsePostsLog } from './posts-log.ts';
import { buildReport, type CadenceReport } from './report.ts';

export interface CadenceRun {
  /** Absent when the content does not load: then `errors` says why. */
  report?: CadenceReport;
  errors: ContentError[];
  /** Governance words on the content errors (a collaboration without disclosure). */
  contentFindings: Finding[];
  today?: string;
  todayFrom?: string;
}

export function runCadence(opts: { root: string; today?: string | undefined; dueDays?: number | undefined; env?: NodeJS.ProcessEnv }): CadenceRun {
  const { hub, errors } = loadAndCheckHub(opts.root);
  if (!hub || errors.length) return { errors, contentFindings: disclosures([], errors) };
  const { today, from } = resolveToday({ flag: opts.today, env: (opts.env ?? process.env)[TODAY_ENV], config: hub.config.site.today, timeZone: hub.config.site.timeZone });
  return { ...reportForHub(hub, today, opts.dueDays), today, todayFrom: from };
}

/** The report for a hub already loaded and checked (the build has one). */
export function reportForHub(hub: LoadedHub, today: string, dueDays?: number): CadenceRun {
  const root = hub.root;
  const g = governanceOf(hub.config);
  const logPath = join(root, dirname(HUB_CONFIG_FILE), g.postsLog.file);
  const logFile = relative(root, logPath).split('\\').join('/');
  const postsLog = existsSync(logPath)
    ? { file: logFile, ...parsePostsLog(readFileSync(logPath, 'utf8'), logFile, hub.config.site.timeZone, hub.config.channels, g.postsLog.channels) }
    : undefined;
  const badChannels: ContentError[] = Object.entries(g.postsLog.channels)
    .filter(([, id]) => !hub.config.channels.some((c) => c.id === id))
    .map(([name, id]) => ({ name: 'UnknownChannel', file: HUB_CONFIG_FILE, field: `governance.postsLog.channels.${name}`, expected: `one of the channel ids (${hub.config.channels.map((c) => c.id).join(', ')})`, found: `"${id}"` }));
  if (badChannels.length) return { errors: badChannels, contentFindings: [] };
  const report = buildReport({ config: hub.config, assets: hub.assets, today, postsLog, dueDays, landings: hub.landings });
  return { report, errors: [], contentFindings: [], today };
}
