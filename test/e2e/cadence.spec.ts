// The internal cadence report page (/internal/cadence/), published only with
// governance.publishReport: true. On the cadence fixture hub (the sv hub with a slot in every state)
// it shows every slot state, is noindex, carries no script, stays out of the sitemap, passes axe and
// raises no CSP violation under the site's header policy; the example hub (publishReport false) does
// not publish it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CadenceReport } from '../../src/core/cadence/report.ts';
import { STATE_STYLE } from '../../src/core/cadence/html.ts';
import { expectNoAxeViolations } from './checks.ts';
import { expect, expectNoProblems, test } from './fixtures.ts';
import { localUrl, publicUrl } from './hubs.ts';
import { get, readSitemap } from './site.ts';

const PATH = 'internal/cadence/';
const STATES = Object.keys(STATE_STYLE) as (keyof typeof STATE_STYLE)[];

test.describe('published report', () => {
  test('shows every slot state, as the report the build wrote', async ({ page, hub, problems }) => {
    // The build writes the same report as JSON beside content/; the page must show what it says.
    const report = JSON.parse(readFileSync(join(hub.root, '.cache/proof-hub/cadence/report.json'), 'utf8')) as CadenceReport;
    const slots = report.series.flatMap((s) => s.rhythms.flatMap((rh) => rh.slots));
    expect(new Set(slots.map((s) => s.state)), 'the fixture has a slot in every state').toEqual(new Set(STATES));

    const res = await page.goto(localUrl(hub, PATH));
    expect(res?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(`Cadence and governance · ${report.hub}`);
    // The legend names every state, and each slot is a calendar cell whose tooltip gives its state.
    for (const state of STATES) await expect(page.locator(`.dot.s-${state}`).first()).toBeVisible();
    const tips = await page.locator('figure svg rect title').allTextContents();
    for (const s of slots) expect(tips.some((t) => t.startsWith(`${s.date} ${s.time}: ${STATE_STYLE[s.state].label}`)), `${s.date} is shown as ${s.state}`).toBe(true);
    const c = report.series[0]!.rhythms[0]!.counts;
    await expect(page.locator('.counts').first()).toHaveText(`${c.filled} filled · ${c.late} late · ${c.missed} missed · ${c.scheduled} scheduled · ${c.draft} draft · ${c.empty} empty`);
    // Slots that are not simply filled are listed with their state, in words.
    await page.locator('figure details summary').first().click();
    for (const state of STATES.filter((s) => s !== 'filled')) await expect(page.locator('.slots li', { hasText: STATE_STYLE[state].label }).first()).toBeVisible();
    // Styled by its own stylesheet: the header policy allows no inline style, and none was blocked.
    expect(await page.locator('.dot.s-missed').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(207, 34, 46)');
    expectNoProblems(problems);
  });

  test('is noindex, carries no script, and is not in the sitemap', async ({ page, hub }) => {
    await page.goto(localUrl(hub, PATH));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('script')).toHaveCount(0);
    const { entries } = await readSitemap(hub);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.loc)).not.toContain(publicUrl(hub, PATH));
    expect(entries.map((e) => e.loc).filter((l) => l.includes('/internal/'))).toEqual([]);
  });

  test('passes axe (WCAG A/AA)', async ({ page, hub }) => {
    await page.goto(localUrl(hub, PATH));
    await expectNoAxeViolations(page);
  });
});
