import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/browser';

/** The production build is served the way `npm start` serves it, on loopback ports of its own. */
export const SITE_PORT = Number(process.env['E2E_PORT'] ?? 4391);
export const FAKE_KRAKEN_PORT = Number(process.env['E2E_KRAKEN_PORT'] ?? 4392);
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env['CI'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${SITE_PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
      },
    },
  ],
  webServer: [
    {
      // The fake Kraken with its demo keys (test/fake-kraken/README.md), on loopback only.
      command: `node test/fake-kraken/cli.ts --port ${FAKE_KRAKEN_PORT}`,
      url: `http://127.0.0.1:${FAKE_KRAKEN_PORT}/__control/requests`,
      reuseExistingServer: false,
      timeout: 15_000,
    },
    {
      command: 'node scripts/serve.mjs',
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        HOST: '127.0.0.1',
        PORT: String(SITE_PORT),
        // Never the real Kraken from a test: the fake Kraken on loopback.
        KRAKEN_API_URL: `http://127.0.0.1:${FAKE_KRAKEN_PORT}`,
        // Shown in the live check's "every call refused" result.
        PROBE_EGRESS_IPS: '198.51.100.7',
        // Every e2e probe comes from 127.0.0.1: more than the default 10 per 10 minutes.
        PROBE_CLIENT_LIMIT: '1000',
        // The same for the search dialog's questions (default 60 a minute per address).
        ASK_CLIENT_LIMIT: '1000',
      },
    },
  ],
});
