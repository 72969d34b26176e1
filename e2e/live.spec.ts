/**
 * The live check in Chromium against the production build and the fake
 * Kraken (playwright.config.ts starts both, on loopback). Every request that
 * leaves the page is recorded, and none may carry a private key; the fake's
 * own log must show only read-only calls with millisecond nonces, and one call
 * per check (GetApiKeyInfo) unless Kraken cannot describe the key.
 *
 * The relay allows one batch per API key per 30 s, so each demo key is
 * probed once per run; tests that need more runs register fresh keys with
 * the fake's control API. Kraken's documented errors have their own spec
 * (live-errors.spec.ts): a rate-limit answer spends the address's budget;
 * partial answers, refusals, keyboard use and no JavaScript are in live-use.spec.ts.
 */
import { expect } from '@playwright/test';
import { DEMO_SERVICE_RANGE, REQUIRED, demoKey } from '../test/fake-kraken/demo-keys.ts';
import type { RecordedRequest } from '../test/fake-kraken/server.ts';
import { PERMISSION_NAMES } from '../src/lib/profile/kraken';
import { LIVE, livePermissionId } from '../src/lib/rules/live-registry';
import {
  CHECKER,
  CLASSIC,
  EGRESS_IP,
  PERMISSION_CHECKS,
  PRO,
  callsFor,
  check,
  control,
  described,
  enterServiceRange,
  expectFakeLog,
  expectFakeUntouched,
  expectStatus,
  fill,
  freshKey,
  openLive,
  run,
  statuses,
  stopped,
} from './live-support';
import { expectNoPrivateKey, test } from './traffic';

// Each test loads a guide page, runs up to two checks and reads the fake's log: more than
// the suite's default 30 s on a loaded two-core machine.
test.describe.configure({ timeout: 90_000 });
test.afterAll(expectFakeUntouched);

test.describe('the live check with a wrong device clock', () => {
  test('a browser clock 2 h ahead: a correct check, signed with the server’s time, and a note saying so', async ({
    page,
    traffic,
  }) => {
    // The page's clock runs two hours fast; the server's does not.
    await page.clock.install({ time: Date.now() + 2 * 60 * 60 * 1000 });
    const key = await freshKey();
    const live = await openLive(page, PRO);
    await fill(live, key, traffic.typed);
    expect(await run(live)).toBe('checks');
    await expectStatus(live, LIVE.auth.id, 'pass', 'the retry signed with a corrected clock');
    await expect(live.locator('[data-live-clock]')).toContainText(
      'Your device’s clock is about 2 hours ahead',
    );
    // Kraken saw only nonces near real time: the key's nonce was not pushed 2 h ahead.
    const log = await control<RecordedRequest[]>('requests');
    const mine = log.filter((r) => r.headers['api-key'] === key.apiKey);
    expect(mine.length).toBeGreaterThan(0);
    for (const r of mine) {
      expect(Math.abs(Number(r.nonce) - Date.now()), `${r.method}'s nonce`).toBeLessThan(120_000);
    }
    // The refused first attempt went to this site only, and was refused for its nonce.
    const posts = (await traffic.all()).filter((r) => r.url.endsWith('/api/kraken/probe'));
    expect(posts).toHaveLength(2);
  });
});

interface DemoCase {
  key: string;
  path?: string;
  /** A range typed into the checker page's IP check first. */
  range?: string;
  expected: Record<string, string>;
  heading: string;
  says?: [id: string, text: string];
  /** How the key was checked. */
  checkedWith?: 'GetApiKeyInfo' | 'probes';
}

const DEMO_CASES: DemoCase[] = [
  {
    key: 'correct',
    path: PRO,
    expected: described(),
    heading: 'Kraken confirms every permission the service needs',
  },
  ...REQUIRED.map((permission): DemoCase => ({
    key: `no-${permission}`,
    path: permission === 'websocket' ? CLASSIC : PRO,
    expected: described({ [livePermissionId(permission)]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [livePermissionId(permission), 'Not enough permission for API keys'],
  })),
  {
    key: 'withdraw',
    expected: described({ [livePermissionId('funds_withdraw')]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [livePermissionId('funds_withdraw'), 'could withdraw your funds'],
  },
  {
    key: 'add-withdraw-address',
    expected: described({ [livePermissionId('add_withdraw_address')]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [livePermissionId('add_withdraw_address'), 'withdrawal addresses'],
  },
  {
    key: 'update-withdraw-address',
    expected: described({ [livePermissionId('update_withdraw_address')]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [livePermissionId('update_withdraw_address'), 'withdrawal list'],
  },
  {
    key: 'nonce-window-0',
    expected: described({ [LIVE.nonceWindow.id]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [LIVE.nonceWindow.id, 'Kraken reports: The nonce window is 0'],
  },
  {
    key: 'ip-uncovered',
    range: DEMO_SERVICE_RANGE,
    expected: described({}, 'fail'),
    heading: 'Kraken shows 1 thing to fix',
    says: [LIVE.ip.id, '192.0.2.128/25'],
  },
  {
    key: 'ip-covered',
    range: DEMO_SERVICE_RANGE,
    expected: described({}, 'pass'),
    heading: 'Kraken confirms every permission the service needs',
  },
  {
    key: 'expiring',
    expected: described({ [LIVE.expiry.id]: 'warn' }),
    heading: 'Nothing to fix; 1 warning to read',
    says: [LIVE.expiry.id, '2099-01-01'],
  },
  {
    key: 'query-dates',
    expected: described({ [LIVE.queryWindow.id]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [LIVE.queryWindow.id, 'EGeneral:Invalid arguments'],
  },
  {
    key: 'never-used',
    expected: described(),
    heading: 'Kraken confirms every permission the service needs',
  },
  {
    key: 'unknown-permission',
    expected: described({ [LIVE.unknownPermissions.id]: 'warn' }),
    heading: 'Nothing to fix; 1 warning to read',
    says: [LIVE.unknownPermissions.id, '“transfer-to-futures”'],
  },
  {
    key: 'ip-restricted',
    path: PRO,
    expected: {
      [LIVE.auth.id]: 'pass',
      [LIVE.nonce.id]: 'pass',
      [LIVE.access.id]: 'warn',
      // Kraken described nothing: every permission's check is not judged.
      ...Object.fromEntries(PERMISSION_NAMES.map((name) => [livePermissionId(name), 'skip'])),
    },
    heading: 'Kraken does not describe this key to this site',
    says: [LIVE.access.id, EGRESS_IP],
  },
  {
    key: 'wrong-private-key',
    expected: stopped({ [LIVE.auth.id]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [LIVE.auth.id, 'EAPI:Invalid signature'],
  },
  {
    key: 'unknown',
    expected: stopped({ [LIVE.auth.id]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [LIVE.auth.id, 'EAPI:Invalid key'],
  },
  {
    key: 'nanosecond-nonce',
    expected: stopped({ [LIVE.nonce.id]: 'fail' }),
    heading: 'Kraken shows 1 thing to fix',
    says: [LIVE.nonce.id, 'larger nonce scale'],
  },
];

test.describe('the live check against the fake Kraken: one call to GetApiKeyInfo', () => {
  for (const c of DEMO_CASES) {
    test(`${c.key}: exactly the expected statuses after one call`, async ({ page, traffic }) => {
      const key = demoKey(c.key);
      const live = await openLive(page, c.path ?? CHECKER);
      if (c.range) await enterServiceRange(page, c.range);
      expect(await check(live, key, traffic.typed)).toBe('checks');
      await expect(live.getByRole('heading', { name: c.heading }), 'the headline').toBeVisible();
      expect(await statuses(live), 'exactly these statuses').toEqual(c.expected);
      if (c.says)
        await expect(live.locator(`[data-check="${c.says[0]}"]`)).toContainText(c.says[1]);
      expect(await callsFor(key.apiKey), 'one call, to GetApiKeyInfo').toEqual(['GetApiKeyInfo']);
      await expectFakeLog(key.apiKey);
      expectNoPrivateKey(await traffic.all(), traffic.typed);
    });
  }

  test('shows how the key was checked, its name, its last use and Kraken’s configuration', async ({
    page,
    traffic,
  }) => {
    // A key of its own: the relay checks a key once per 30 s, and never-used has its own case.
    const key = await freshKey(REQUIRED, {
      name: 'my-bot',
      lastUsed: null,
      nonceWindow: 2_000_000,
    });
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    const about = live.locator('.kc-live-about');
    await expect(about).toHaveAttribute('data-checked-with', 'GetApiKeyInfo');
    await expect(about).toContainText('one call to Kraken');
    await expect(about.locator('[data-key-name]')).toHaveText('my-bot');
    await expect(about.locator('[data-last-used]')).toHaveText('not used yet');
    // The fake's default creation time, which it also reports as the last change.
    await expect(about.locator('[data-key-created]')).toHaveText('2026-09-21 14:13 UTC');
    await expect(about.locator('[data-key-modified]')).toHaveText('2026-09-21 14:13 UTC');
    const table = about.getByRole('table', { name: /What Kraken reports for this key/ });
    await expect(
      table.getByRole('row', { name: /Nonce window 2,000,000 2,000,000/ }),
    ).toBeVisible();
    await expect(table.getByRole('row', { name: /IP allowlist none/ })).toBeVisible();
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('a key restricted to an allowlist without the relay’s own range fails live.access', async ({
    page,
    traffic,
  }) => {
    // The relay calls from 198.51.100.7: a service range holding it means the allowlist leaves out part of it.
    const key = await freshKey(REQUIRED, { ipAllowlist: ['203.0.113.0/24'] });
    const live = await openLive(page, CHECKER);
    await enterServiceRange(page, '198.51.100.0/24');
    expect(await check(live, key, traffic.typed)).toBe('checks');
    await expectStatus(live, LIVE.access.id, 'fail', 'the relay is inside the service’s range');
    await expect(live.locator(`[data-check="${LIVE.access.id}"]`)).toContainText(
      'inside the service’s range',
    );
    expect(await callsFor(key.apiKey)).toEqual(['GetApiKeyInfo']);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('no-key-info: Kraken does not know GetApiKeyInfo, so the probes run and the page says so', async ({
    page,
    traffic,
  }) => {
    const key = demoKey('no-key-info');
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    expect(await statuses(live), 'the probes’ statuses').toEqual({
      [LIVE.auth.id]: 'pass',
      [LIVE.nonce.id]: 'pass',
      ...Object.fromEntries(PERMISSION_CHECKS.map((id) => [id, 'pass'])),
      // Either of two permissions allows CancelOrder, so probes cannot see Cancel & close.
      [livePermissionId('trades_close')]: 'warn',
    });
    const about = live.locator('.kc-live-about');
    await expect(about).toHaveAttribute('data-checked-with', 'probes');
    await expect(about).toContainText('does not know GetApiKeyInfo');
    expect(await callsFor(key.apiKey), 'GetApiKeyInfo, then the eight probes').toEqual([
      'GetApiKeyInfo',
      'Balance',
      'OpenOrders',
      'ClosedOrders',
      'Ledgers',
      'GetWebSocketsToken',
      'AddOrder',
      'CancelOrder',
      'WithdrawMethods',
    ]);
    await expectFakeLog(key.apiKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  for (const name of ['slow', 'down', 'garbage'] as const) {
    test(`Kraken ${name}: "Kraken did not answer", and the page runs another check`, async ({
      page,
      traffic,
    }) => {
      const key = demoKey(name);
      const live = await openLive(page, CHECKER);
      expect(await check(live, key, traffic.typed)).toBe('checks');
      await expect(live.getByRole('heading', { name: 'Kraken did not answer' })).toBeVisible();
      await expectStatus(live, LIVE.kraken.id, 'warn', `Kraken is ${name}`);
      await expect(live.locator(`[data-check="${LIVE.kraken.id}"]`)).toContainText(
        'Kraken did not answer',
      );
      await expect(page.getByRole('status').filter({ hasText: 'Live check:' })).toContainText(
        'Kraken did not answer',
      );
      expect(await callsFor(key.apiKey), 'nothing after the first call').toEqual(['GetApiKeyInfo']);
      await expectFakeLog(key.apiKey);

      // Still usable: the same page checks another key.
      const next = await freshKey();
      expect(await check(live, next, traffic.typed)).toBe('checks');
      await expectStatus(live, LIVE.auth.id, 'pass', 'the second check reached Kraken');
      await expectFakeLog(next.apiKey);
      expectNoPrivateKey(await traffic.all(), traffic.typed);
    });
  }
});
