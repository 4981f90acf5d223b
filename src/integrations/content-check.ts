// While `npm run dev` runs, re-checks content/ on every change and prints the same report as
// `npm run check`, so editors see every problem (file, field, expected, found) as they type.
import type { AstroIntegration } from 'astro';
import { loadAndCheckHub } from '../core/content/check.ts';
import { formatReport } from '../core/errors.ts';

export function contentCheck(root: string): AstroIntegration {
  return {
    name: 'proof-hub:content-check',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        let last = '';
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(`${root}/content/`)) return;
          const { errors } = loadAndCheckHub(root);
          const report = errors.length ? formatReport(errors) : '';
          if (report && report !== last) logger.error(`\n${report}`);
          else if (!report && last) logger.info('✔ content is valid again');
          last = report;
        });
      },
    },
  };
}
