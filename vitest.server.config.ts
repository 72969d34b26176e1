import { defineConfig } from 'vitest/config';

/**
 * Tests against the production build: the hostile HTTP tests and the fault
 * tests run the server (dist/, `node scripts/serve.mjs`) on loopback, with
 * KRAKEN_API_URL at a fake Kraken on loopback; the content tests read the
 * built pages, their Markdown twins and llms.txt; the question index (`?ask=`)
 * tests run both. Named `*.server-test.ts` so that the unit
 * run (vitest.config.ts, `*.test.ts`) never picks them up. Build first and
 * hold the build lock so dist/ is not rebuilt beneath them:
 *
 *   flock /tmp/site-build.lock npx vitest run --config vitest.server.config.ts
 */
export default defineConfig({
  test: {
    include: [
      'test/hostile/**/*.server-test.ts',
      'test/faults/**/*.server-test.ts',
      'test/content/**/*.server-test.ts',
      'test/ask/**/*.server-test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
