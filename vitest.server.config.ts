import { defineConfig } from 'vitest/config';

/**
 * Tests against a built, running site. Named `*.server-test.ts` so that the unit run
 * (vitest.config.ts, `*.test.ts`) never picks them up. Build first and hold the build lock so
 * the build is not redone beneath them:
 *
 *   flock /tmp/site-build.lock npx vitest run --config vitest.server.config.ts
 *
 * SITE_RUNTIME picks the runtime (test/hostile/support/site.ts):
 *
 * - `node` (default, `npm run test:server`): the production build (dist/) under
 *   `node scripts/serve.mjs`, with a fake Kraken on loopback: the hostile HTTP and fault
 *   tests, the built content, the question index, the deployment suite (test/netlify/),
 *   and the shared limits on a real redis-server (test/redis/).
 * - `netlify` (`npm run test:netlify`): `netlify serve --offline` as a user runs it, which
 *   builds the site (test/netlify/support/global-setup.ts), then that build in the same
 *   runtime for the tests whose behaviour is the same on both runtimes, one file at a time
 *   (each starts the Netlify CLI, which writes its state under .netlify/).
 */
const netlify = process.env['SITE_RUNTIME'] === 'netlify';

export default defineConfig({
  test: {
    include: netlify
      ? ['test/netlify/**/*.server-test.ts', 'test/ask/http.server-test.ts']
      : [
          'test/hostile/**/*.server-test.ts',
          'test/faults/**/*.server-test.ts',
          'test/content/**/*.server-test.ts',
          'test/ask/**/*.server-test.ts',
          'test/netlify/**/*.server-test.ts',
          'test/redis/**/*.server-test.ts',
        ],
    environment: 'node',
    // On Netlify: first `netlify serve --offline` as a user types it, which builds the site.
    globalSetup: netlify ? ['test/netlify/support/global-setup.ts'] : [],
    fileParallelism: !netlify,
    testTimeout: netlify ? 180_000 : 60_000,
    hookTimeout: netlify ? 400_000 : 30_000,
    teardownTimeout: 30_000,
  },
});
