/**
 * Every error of Kraken's errors and rate-limit guides, in Chromium against
 * the production build and the fake Kraken: the page says what the error
 * means and what to do, and the fake's log holds exactly one call for the
 * key. Each test runs against a site server of its own (the build, started on
 * a free loopback port): the relay rightly spends an address's whole budget
 * when Kraken answers a lockout or rate limit, and every test's browser calls
 * from 127.0.0.1.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect } from '@playwright/test';
import { demoKey } from '../test/fake-kraken/demo-keys.ts';
import { DOCUMENTED_ERRORS } from '../test/fake-kraken/server.ts';
import { LIVE } from '../src/lib/rules/live-registry';
import {
  CHECKER,
  EGRESS_IP,
  FAKE,
  PERMISSION_CHECKS,
  callsFor,
  check,
  expectFakeLog,
  expectStatus,
  openLive,
  type Status,
} from './live-support';
import { expectNoPrivateKey, test as base } from './traffic';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The built site, served by its own server script on a free loopback port, for one test. */
const test = base.extend<{ site: string }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const port = await freePort();
    const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        // Never the real Kraken from a test: the fake Kraken on loopback.
        KRAKEN_API_URL: FAKE,
        PROBE_EGRESS_IPS: EGRESS_IP,
        PROBE_CLIENT_LIMIT: '1000',
      },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    const until = Date.now() + 30_000;
    for (;;) {
      const up = await fetch(`${url}/`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > until || child.exitCode !== null) throw new Error('the site did not start');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    try {
      await use(url);
    } finally {
      child.kill();
    }
  },
});

// A server of its own, a page, one check: more than the default 30 s on a loaded machine.
test.describe.configure({ timeout: 90_000 });

/** What the page answers for each of Kraken's documented errors: spelled here on purpose. */
const ERROR_CASES: Record<
  string,
  { heading: string; status: Status; says: string; stopped: string }
> = {
  'account-disabled': {
    heading: 'Kraken shows 1 thing to fix',
    status: 'fail',
    says: 'Contact Kraken support',
    stopped: 'account',
  },
  'account-unconfirmed': {
    heading: 'Kraken shows 1 thing to fix',
    status: 'fail',
    says: 'Verify the email address',
    stopped: 'account',
  },
  'auth-rate-limit': {
    heading: 'Kraken stopped the check',
    status: 'warn',
    says: 'Too many authentication attempts',
    stopped: 'rate-limited',
  },
  'auth-too-many': {
    heading: 'Kraken stopped the check',
    status: 'warn',
    says: 'Too many authentication attempts',
    stopped: 'rate-limited',
  },
  'api-rate-limit': {
    heading: 'Kraken stopped the check',
    status: 'warn',
    says: 'call counter is full',
    stopped: 'rate-limited',
  },
  'too-many-requests': {
    heading: 'Kraken stopped the check',
    status: 'warn',
    says: 'Too many requests',
    stopped: 'rate-limited',
  },
  throttled: {
    heading: 'Kraken stopped the check',
    status: 'warn',
    says: 'until 2099-01-01 00:00 UTC',
    stopped: 'rate-limited',
  },
  'throttled-spaced': {
    heading: 'Kraken stopped the check',
    status: 'warn',
    says: 'until 2099-01-01 00:00 UTC',
    stopped: 'rate-limited',
  },
  lockout: {
    heading: 'Kraken shows 1 thing to fix',
    status: 'fail',
    says: 'after about 15 minutes',
    stopped: 'lockout',
  },
  unavailable: {
    heading: 'Kraken did not answer',
    status: 'warn',
    says: 'status.kraken.com',
    stopped: 'unavailable',
  },
  busy: {
    heading: 'Kraken did not answer',
    status: 'warn',
    says: 'too busy',
    stopped: 'unavailable',
  },
  deadline: {
    heading: 'Kraken did not answer',
    status: 'warn',
    says: 'timed out inside Kraken',
    stopped: 'unavailable',
  },
  'internal-error': {
    heading: 'Kraken did not answer',
    status: 'warn',
    says: 'contact Kraken support',
    stopped: 'unavailable',
  },
};

test.describe('Kraken’s documented errors: answered from the first call, nothing more sent', () => {
  test('every documented error of the fake has its case here', () => {
    expect(Object.keys(ERROR_CASES).sort()).toEqual(DOCUMENTED_ERRORS.map((e) => e.name).sort());
  });

  for (const { name, error } of DOCUMENTED_ERRORS) {
    test(`${error}: the page says what it means and what to do, after exactly one call`, async ({
      page,
      traffic,
      site,
    }) => {
      const c = ERROR_CASES[name];
      if (!c) throw new Error(`no case for ${name}`);
      const key = demoKey(`error-${name}`);
      const live = await openLive(page, `${site}${CHECKER}`);
      expect(await check(live, key, traffic.typed)).toBe('checks');
      await expect(live.getByRole('heading', { name: c.heading }), 'the headline').toBeVisible();
      await expectStatus(live, LIVE.kraken.id, c.status, error);
      const kraken = live.locator(`[data-check="${LIVE.kraken.id}"]`);
      // Kraken's string, verbatim, and what to do.
      await expect(kraken).toContainText(error);
      await expect(kraken).toContainText(c.says);
      await expect(live.locator('.kc-live-about')).toHaveAttribute('data-stopped', c.stopped);
      await expect(live.locator('.kc-live-about')).toContainText('one call');
      for (const id of PERMISSION_CHECKS) await expectStatus(live, id, 'skip', 'not judged');
      expect(await callsFor(key.apiKey), 'exactly one call').toEqual(['GetApiKeyInfo']);
      await expectFakeLog(key.apiKey);
      expectNoPrivateKey(await traffic.all(), traffic.typed);
    });
  }
});
