// Browser tests against the built sites, served as static files on localhost:
//   - project "example": the example hub (content/, base /)                        → test/e2e/*.spec.ts
//   - project "sv":      the Swedish fixture (test/fixtures/hubs/sv, base /proof-hub/) → same specs + sv-*.spec.ts
//   - project "cadence": the sv fixture with the internal cadence report published  → cadence.spec.ts only
// Each hub gets one webServer that first builds it (`node scripts/build.ts [--root …]`; OG cards are
// cached, so a rebuild is quick) and then serves its dist/ with test/e2e/serve.ts. Playwright starts
// the webServers one after the other, so the two builds never compete for the CPU.
//
// Environment:
//   PROOF_HUB_E2E_SKIP_BUILD=1   serve the dist/ folders as they are (fast local reruns)
//   PROOF_HUB_CHROMIUM=/path     Chromium to use when Playwright's own browser is not installed
//   PROOF_HUB_E2E_PORT / PROOF_HUB_E2E_SV_PORT / PROOF_HUB_E2E_CADENCE_PORT   ports of the servers (default 4391 / 4392 / 4393)
import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';
import type { HubOptions } from './test/e2e/fixtures.ts';
import { HUBS, localUrl, PROJECT_DIR, type Hub } from './test/e2e/hubs.ts';

/** Playwright's own Chromium when `npx playwright install` put it on disk, else PROOF_HUB_CHROMIUM, else Debian's. */
function chromiumExecutable(): string | undefined {
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return undefined; // Playwright finds its own browser itself.
  } catch {
    // No browser registry entry for this platform: fall through.
  }
  return process.env.PROOF_HUB_CHROMIUM || '/usr/bin/chromium';
}

// Quoted, so the Node 24 that runs Playwright also runs the build even when `node` on PATH is older.
const node = JSON.stringify(process.execPath);
const skipBuild = !!process.env.PROOF_HUB_E2E_SKIP_BUILD;

function webServer(hub: Hub) {
  const build = [node, 'scripts/build.ts', ...hub.buildArgs].join(' ');
  const serve = [node, 'test/e2e/serve.ts', '--dir', JSON.stringify(hub.dist), '--base', hub.base, '--port', String(hub.port)].join(' ');
  return {
    name: hub.name,
    command: skipBuild ? serve : `${build} && ${serve}`,
    cwd: PROJECT_DIR,
    url: `${hub.origin}/__health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig<{}, HubOptions>({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['./test/e2e/summary-reporter.ts']],
  webServer: [webServer(HUBS.example), webServer(HUBS.sv), webServer(HUBS.cadence)],
  use: {
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    {
      name: 'example',
      testIgnore: /(sv-.*|cadence)\.spec\.ts/,
      use: { hubName: 'example', baseURL: localUrl(HUBS.example) },
    },
    {
      name: 'sv',
      // The landing pages live in the example hub only; the cadence report has its own hub.
      testIgnore: /(landing-attribution|cadence|cadence-unpublished)\.spec\.ts/,
      use: { hubName: 'sv', baseURL: localUrl(HUBS.sv) },
    },
    {
      name: 'cadence',
      testMatch: /cadence\.spec\.ts/,
      use: { hubName: 'cadence', baseURL: localUrl(HUBS.cadence) },
    },
  ],
});
