// The example hub has governance.publishReport: false, so its internal cadence report is not
// published: no page, nothing in the sitemap. (The published page is tested in cadence.spec.ts.)
import { expect, test } from './fixtures.ts';
import { localUrl } from './hubs.ts';
import { get, readSitemap } from './site.ts';

test('the example hub (publishReport: false) does not publish the cadence report', async ({ hub }) => {
  expect((await get(localUrl(hub, 'internal/cadence/'))).status).toBe(404);
  const { entries } = await readSitemap(hub);
  expect(entries.map((e) => e.loc).filter((l) => l.includes('/internal/'))).toEqual([]);
});
