// The `test` every spec imports: Playwright's, plus
//   - hub:      the hub this project serves (the project sets `hubName` in playwright.config.ts),
//   - problems: console errors, uncaught page errors and dialogs seen by `page` during the test.
import { test as base, expect } from '@playwright/test';
import { HUBS, type Hub, type HubName } from './hubs.ts';

export interface HubOptions {
  hubName: HubName;
}

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Responses with status >= 400 for anything the page loaded (images, CSS, ...). */
  failedRequests: string[];
}

export const test = base.extend<{ hub: Hub; problems: Problems }, HubOptions>({
  hubName: ['example', { option: true, scope: 'worker' }],
  hub: async ({ hubName }, use) => {
    await use(HUBS[hubName]);
  },
  problems: async ({ page }, use) => {
    const problems: Problems = { consoleErrors: [], pageErrors: [], dialogs: [], failedRequests: [] };
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (err) => problems.pageErrors.push(err.message));
    page.on('dialog', (dialog) => {
      problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => {});
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && res.request().resourceType() !== 'document') problems.failedRequests.push(`${res.status()} ${res.url()}`);
    });
    await use(problems);
  },
});

/** Forgets what earlier pages of the same test reported. */
export function resetProblems(problems: Problems): void {
  for (const list of Object.values(problems)) list.length = 0;
}

/** Asserts the page logged no console error, threw nothing, opened no dialog and loaded no missing file. */
export function expectNoProblems(problems: Problems): void {
  expect(problems.pageErrors, 'uncaught page errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.dialogs, 'dialogs (alert/confirm/prompt)').toEqual([]);
  expect(problems.failedRequests, 'subresources answered with an error status').toEqual([]);
}

export { expect };
