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
 * (live-errors.spec.ts): a rate-limit answer spends the address's budget.
 */
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { DEMO_SERVICE_RANGE, REQUIRED, demoKey } from '../test/fake-kraken/demo-keys.ts';
import type { FakeKeyConfig, RecordedRequest } from '../test/fake-kraken/server.ts';
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
  expectSafe,
  expectStatus,
  fill,
  freshKey,
  openLive,
  run,
  statuses,
  stopped,
  type Status,
} from './live-support';
import { expectNoPrivateKey, test } from './traffic';

// Each test loads a guide page, runs up to two checks and reads the fake's log: more than
// the suite's default 30 s on a loaded two-core machine.
test.describe.configure({ timeout: 90_000 });

test.afterAll(async () => {
  expect(
    await control<RecordedRequest[]>('state-changing'),
    'no state-changing call reached Kraken',
  ).toEqual([]);
  expectSafe(await control<RecordedRequest[]>('requests'));
});

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

test.describe('a GetApiKeyInfo answer that leaves fields out: judged field by field', () => {
  test('partial: the fields Kraken left out say so, the rest is judged, after one call', async ({
    page,
    traffic,
  }) => {
    const key = demoKey('partial');
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    expect(await statuses(live)).toEqual(
      described({ [LIVE.nonceWindow.id]: 'skip', [LIVE.queryWindow.id]: 'skip' }),
    );
    await expect(live.locator(`[data-check="${LIVE.nonceWindow.id}"]`)).toContainText(
      'Not reported by Kraken',
    );
    await expect(live.locator(`[data-check="${LIVE.queryWindow.id}"]`)).toContainText('“queryTo”');
    const about = live.locator('.kc-live-about');
    await expect(about).toHaveAttribute('data-checked-with', 'GetApiKeyInfo');
    await expect(about).toContainText('left out 2 settings');
    await expect(
      about.getByRole('row', { name: /Nonce window not reported by Kraken/ }),
    ).toBeVisible();
    expect(await callsFor(key.apiKey), 'exactly one call').toEqual(['GetApiKeyInfo']);
    await expectFakeLog(key.apiKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  const OMITTED: {
    field: NonNullable<FakeKeyConfig['omitKeyInfoFields']>[number];
    ids: string[];
  }[] = [
    { field: 'permissions', ids: PERMISSION_NAMES.map(livePermissionId) },
    { field: 'ipAllowlist', ids: [LIVE.ip.id] },
    { field: 'validUntil', ids: [LIVE.expiry.id] },
  ];
  for (const { field, ids } of OMITTED) {
    test(`without ${field}: its checks skip as not reported, the rest is judged, after one call`, async ({
      page,
      traffic,
    }) => {
      const key = await freshKey(REQUIRED, { nonceWindow: 2_000_000, omitKeyInfoFields: [field] });
      const live = await openLive(page, CHECKER);
      expect(await check(live, key, traffic.typed)).toBe('checks');
      const skipped = Object.fromEntries(ids.map((id) => [id, 'skip' as Status]));
      expect(await statuses(live)).toEqual(described(skipped));
      await expect(live.locator(`[data-check="${ids[0]}"]`)).toContainText(
        `Not reported by Kraken: its answer leaves out “${field}”`,
      );
      expect(await callsFor(key.apiKey), 'exactly one call').toEqual(['GetApiKeyInfo']);
      await expectFakeLog(key.apiKey);
      expectNoPrivateKey(await traffic.all(), traffic.typed);
    });
  }
});

test.describe('when the check cannot run', () => {
  test('a second check of the same key within 30 s gives the time to retry, and keeps the fields', async ({
    page,
    traffic,
  }) => {
    const key = await freshKey();
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    expect(await run(live)).toBe('refused');
    const message = live.locator('[data-live-error="429"]');
    await expect(message).toContainText('try again in');
    await expect(message).toContainText('You can run the check for this key again at');
    await expect(live.getByLabel('API key', { exact: true })).toHaveValue(key.apiKey);
    await expect(live.getByLabel('Private key', { exact: true })).toHaveValue(key.privateKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('a value the relay refuses is explained, and nothing reaches Kraken', async ({
    page,
    traffic,
  }) => {
    const live = await openLive(page, CHECKER);
    const keys = { apiKey: 'not-a-key', privateKey: randomBytes(64).toString('base64') };
    expect(await check(live, keys, traffic.typed)).toBe('refused');
    await expect(live.locator('[data-live-error="400"]')).toContainText(
      'refused to forward the check',
    );
    await expectFakeLog(keys.apiKey, { calls: 'none' });
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('a private key that cannot sign sends nothing at all', async ({ page, traffic }) => {
    const live = await openLive(page, CHECKER);
    await live.getByLabel('API key', { exact: true }).fill(randomBytes(42).toString('base64'));
    await live.getByLabel('Private key', { exact: true }).fill('not a private key');
    expect(await run(live)).toBe('input');
    await expect(live.locator('[data-live-error="input"]')).toContainText('cannot sign');
    const all = await traffic.all();
    expect(
      all.filter((r) => r.url.includes('/api/kraken/probe')),
      'no probe request',
    ).toEqual([]);
  });

  test('when the site’s server cannot be reached the page says so and keeps working', async ({
    page,
    traffic,
  }) => {
    const live = await openLive(page, CHECKER);
    await page.route('**/api/kraken/probe', (route) => route.abort('connectionrefused'));
    const key = await freshKey();
    expect(await check(live, key, traffic.typed)).toBe('unreachable');
    await expect(live.locator('[data-live-error="unreachable"]')).toContainText(
      'This site’s server could not be reached',
    );
    await page.unroute('**/api/kraken/probe');
    expect(await run(live), 'the same typed key runs once the server is back').toBe('checks');
    await expectStatus(live, LIVE.auth.id, 'pass', 'the server is back');
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });
});

test.describe('accessibility', () => {
  test('the checker page has no axe violations after a live run', async ({ page, traffic }) => {
    const live = await openLive(page, CHECKER);
    expect(
      await check(live, await freshKey(REQUIRED.filter((p) => p !== 'websocket')), traffic.typed),
    ).toBe('checks');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    const readable = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
    );
    expect(readable, 'axe violations on the checker page').toEqual([]);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('the live check works with the keyboard alone', async ({ page, traffic }) => {
    const key = await freshKey();
    traffic.typed.add(key.privateKey);
    const live = await openLive(page, CHECKER);
    const apiField = live.getByLabel('API key', { exact: true });
    const privateField = live.getByLabel('Private key', { exact: true });
    const button = live.getByRole('button', { name: 'Check my key on Kraken' });

    // Tab from the top of the page to the live check's first field.
    await page.locator('body').press('Tab');
    for (
      let i = 0;
      i < 200 && !(await apiField.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(apiField, 'Tab reaches the API key field').toBeFocused();
    await page.keyboard.type(key.apiKey);
    await page.keyboard.press('Tab');
    await expect(live.getByRole('button', { name: 'Show API key' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(privateField).toBeFocused();
    await page.keyboard.type(key.privateKey);
    await page.keyboard.press('Tab');
    const show = live.getByRole('button', { name: 'Show Private key' });
    await expect(show).toBeFocused();
    await page.keyboard.press('Space');
    await expect(privateField, 'Space shows the private key').toHaveAttribute('type', 'text');
    await page.keyboard.press('Space');
    await expect(privateField).toHaveAttribute('type', 'password');
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    const results = live.locator('.kc-live-results');
    await expect(results).toHaveAttribute('data-live-outcome', 'checks', { timeout: 40_000 });
    await expect(button, 'focus comes back to the button').toBeFocused();
    await expectStatus(live, LIVE.auth.id, 'pass', 'the keyboard-run check');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus'), 'Tab goes on into the results').toHaveAttribute(
      'href',
      /\/exchange\/kraken\//,
    );
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the live check says it needs JavaScript and cannot be pressed', async ({ page }) => {
    await page.goto(PRO);
    const live = page.locator('[data-live-check]');
    await expect(live.locator('.kc-nojs')).toContainText('needs JavaScript');
    await expect(live.getByRole('button', { name: 'Check my key on Kraken' })).toBeDisabled();
  });
});
