/**
 * The live check in Chromium against the production build and the fake
 * Kraken (playwright.config.ts starts both, on loopback). Every request that
 * leaves the page is recorded, and none may carry a private key; the fake's
 * own log must show only read-only calls with millisecond nonces.
 *
 * The relay allows one batch per API key per 30 s, so each demo key is
 * probed once per run; tests that need more runs register fresh keys with
 * the fake's control API.
 */
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { REQUIRED, demoKey } from '../test/fake-kraken/demo-keys.ts';
import type { FakePermission, RecordedRequest } from '../test/fake-kraken/server.ts';
import { expectNoPrivateKey, test } from './traffic';

// Each test loads a guide page, runs up to two checks and reads the fake's log: more than
// the suite's default 30 s on a loaded two-core machine.
test.describe.configure({ timeout: 90_000 });

const FAKE = `http://127.0.0.1:${Number(process.env['E2E_KRAKEN_PORT'] ?? 4392)}`;
/** What playwright.config.ts sets as PROBE_EGRESS_IPS for the site. */
const EGRESS_IP = '198.51.100.7';
const CHECKER = '/exchange/kraken/key-checker/';
const PRO = '/exchange/kraken/pro/';
const CLASSIC = '/exchange/kraken/classic/';
const DAY_MS = 24 * 60 * 60 * 1000;

type Status = 'pass' | 'fail' | 'warn' | 'skip';
const PERMISSION_CHECKS = [
  'live.funds_query',
  'live.trades_query_open',
  'live.trades_query_closed',
  'live.ledger_query',
  'live.websocket',
  'live.trades_modify',
  'live.trades_close',
  'live.funds_withdraw',
] as const;

interface Keys {
  apiKey: string;
  privateKey: string;
}

async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${FAKE}/__control/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  expect(response.ok, `fake Kraken /__control/${path} answers`).toBe(true);
  return (await response.json()) as T;
}

/** A key of the fake's that no other test uses, so the relay's per-key limit never meets it twice. */
async function freshKey(permissions: readonly FakePermission[] = REQUIRED): Promise<Keys> {
  const keys = {
    apiKey: randomBytes(42).toString('base64'),
    privateKey: randomBytes(64).toString('base64'),
  };
  await control('keys', { ...keys, permissions });
  return keys;
}

async function openLive(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const live = page.locator('[data-live-check]');
  await live.scrollIntoViewIfNeeded();
  // A pointer over the island wakes it, as a reader's would.
  await live.hover();
  await expect(live, 'the live check hydrates').toHaveAttribute('data-hydrated', 'true');
  return live;
}

async function fill(live: Locator, keys: Keys, typed: Set<string>) {
  typed.add(keys.privateKey);
  await live.getByLabel('API key', { exact: true }).fill(keys.apiKey);
  await live.getByLabel('Private key', { exact: true }).fill(keys.privateKey);
}

/** Presses the button and waits for the outcome; returns its kind. */
async function run(live: Locator): Promise<string> {
  const results = live.locator('.kc-live-results');
  await live.getByRole('button', { name: 'Check my key on Kraken' }).click();
  await expect(results, 'the check runs').not.toHaveAttribute('data-live-outcome', 'none');
  await expect(results, 'the check finishes').not.toHaveAttribute('data-live-outcome', 'busy', {
    timeout: 40_000,
  });
  return (await results.getAttribute('data-live-outcome')) ?? '';
}

async function check(live: Locator, keys: Keys, typed: Set<string>): Promise<string> {
  await fill(live, keys, typed);
  return run(live);
}

async function expectStatus(live: Locator, id: string, status: Status, why: string) {
  await expect(live.locator(`[data-check="${id}"]`), `${id} is ${status}: ${why}`).toHaveAttribute(
    'data-status',
    status,
  );
}

async function statuses(live: Locator): Promise<Record<string, string>> {
  const items = live.locator('[data-check]');
  const out: Record<string, string> = {};
  for (const item of await items.all()) {
    out[(await item.getAttribute('data-check')) ?? ''] =
      (await item.getAttribute('data-status')) ?? '';
  }
  return out;
}

/** What the fake received for this API key: read-only calls with millisecond nonces. */
async function expectFakeLog(
  apiKey: string,
  { calls }: { calls: 'some' | 'none' } = { calls: 'some' },
) {
  const log = await control<RecordedRequest[]>('requests');
  const mine = log.filter((r) => r.headers['api-key'] === apiKey);
  if (calls === 'some') expect(mine.length, 'Kraken was called').toBeGreaterThan(0);
  else expect(mine, 'Kraken was not called').toEqual([]);
  expectSafe(mine);
}

function expectSafe(log: readonly RecordedRequest[]) {
  const now = Date.now();
  for (const r of log) {
    expect(r.stateChanging, `${r.method} does not change the account`).toBe(false);
    expect(r.nonce, `${r.method}'s nonce is 13-digit milliseconds`).toMatch(/^\d{13}$/);
    expect(Math.abs(Number(r.nonce) - now), `${r.method}'s nonce is within a day`).toBeLessThan(
      DAY_MS,
    );
  }
}

test.afterAll(async () => {
  expect(
    await control<RecordedRequest[]>('state-changing'),
    'no state-changing call reached Kraken',
  ).toEqual([]);
  expectSafe(await control<RecordedRequest[]>('requests'));
});

test.describe('the live check against the fake Kraken', () => {
  test('a correct key passes every live check (Cancel & close: cannot tell, by design)', async ({
    page,
    traffic,
  }) => {
    const key = demoKey('correct');
    const live = await openLive(page, PRO);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    await expectStatus(live, 'live.auth', 'pass', 'Kraken accepted the key');
    await expectStatus(live, 'live.nonce', 'pass', 'millisecond nonces');
    for (const id of PERMISSION_CHECKS.filter((id) => id !== 'live.trades_close')) {
      await expectStatus(live, id, 'pass', 'the correct key');
    }
    await expectStatus(
      live,
      'live.trades_close',
      'warn',
      'CancelOrder is allowed by Create & modify too (§4)',
    );
    await expect(
      live.getByRole('heading', { name: 'Nothing to fix; 1 warning to read' }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Live check:' })).toHaveText(
      'Live check: Nothing to fix; 1 warning to read. 1 warning, 9 passed.',
    );
    await expectFakeLog(key.apiKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  for (const permission of REQUIRED) {
    const name = `no-${permission}`;
    const id = `live.${permission}`;
    // Either of two permissions allows CancelOrder, so a missing Cancel & close cannot be seen (§4).
    const expected: Status = permission === 'trades_close' ? 'warn' : 'fail';
    test(`a key without ${permission} gets ${expected} on exactly ${id}`, async ({
      page,
      traffic,
    }) => {
      const key = demoKey(name);
      const live = await openLive(page, permission === 'websocket' ? CLASSIC : PRO);
      expect(await check(live, key, traffic.typed)).toBe('checks');
      await expectStatus(live, id, expected, `${name} lacks it`);
      const failed = Object.entries(await statuses(live))
        .filter(([, status]) => status === 'fail')
        .map(([check]) => check);
      expect(failed, 'no other check fails').toEqual(expected === 'fail' ? [id] : []);
      if (expected === 'fail') {
        const item = live.locator(`[data-check="${id}"]`);
        await expect(
          item.getByRole('link', { name: /step 5|step 6/ }),
          'the fix links its guide step',
        ).toBeVisible();
        await expect(item.getByRole('link', { name: /Troubleshooting/ })).toHaveAttribute(
          'href',
          '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
        );
      }
      await expectFakeLog(key.apiKey);
      expectNoPrivateKey(await traffic.all(), traffic.typed);
    });
  }

  test('a key with Withdraw fails live.funds_withdraw', async ({ page, traffic }) => {
    const key = demoKey('withdraw');
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    await expectStatus(live, 'live.funds_withdraw', 'fail', 'WithdrawMethods was allowed');
    await expect(live.locator('[data-check="live.funds_withdraw"]')).toContainText(
      'can move your funds',
    );
    await expectFakeLog(key.apiKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('a wrong private key fails live.auth as an invalid signature', async ({ page, traffic }) => {
    const key = demoKey('wrong-private-key');
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    await expectStatus(live, 'live.auth', 'fail', 'the signature does not match');
    await expect(live.locator('[data-check="live.auth"]')).toContainText('EAPI:Invalid signature');
    await expectStatus(live, 'live.funds_query', 'skip', 'the check stopped at the first refusal');
    await expectFakeLog(key.apiKey);
    const log = await control<RecordedRequest[]>('requests');
    expect(
      log.filter((r) => r.headers['api-key'] === key.apiKey),
      'one call, then stop',
    ).toHaveLength(1);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('an unknown key fails live.auth as an invalid key', async ({ page, traffic }) => {
    const key = demoKey('unknown');
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    await expectStatus(live, 'live.auth', 'fail', 'Kraken does not know the key');
    await expect(live.locator('[data-check="live.auth"]')).toContainText('EAPI:Invalid key');
    await expectFakeLog(key.apiKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('a key already used with nanosecond nonces fails live.nonce and says to use a fresh key', async ({
    page,
    traffic,
  }) => {
    // The fake holds this key's earlier nanosecond nonce itself; our own calls still use milliseconds.
    const key = demoKey('nanosecond-nonce');
    const live = await openLive(page, CHECKER);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    await expectStatus(live, 'live.nonce', 'fail', 'the first call was refused for its nonce');
    await expect(live.locator('[data-check="live.nonce"]')).toContainText('larger nonce scale');
    await expect(live.locator('[data-check="live.nonce"]')).toContainText('fresh key');
    await expectFakeLog(key.apiKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('an IP-restricted key gets "every call refused", with the address the check calls from', async ({
    page,
    traffic,
  }) => {
    const key = demoKey('ip-restricted');
    const live = await openLive(page, PRO);
    expect(await check(live, key, traffic.typed)).toBe('checks');
    await expectStatus(live, 'live.access', 'warn', 'every call was denied');
    const access = live.locator('[data-check="live.access"]');
    await expect(access).toContainText('IP restriction');
    await expect(access).toContainText(EGRESS_IP);
    await expect(live.getByRole('heading', { name: 'Kraken refused every call' })).toBeVisible();
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
      await expectStatus(live, 'live.kraken', 'warn', `Kraken is ${name}`);
      await expect(live.locator('[data-check="live.kraken"]')).toContainText(
        'Kraken did not answer',
      );
      await expect(page.getByRole('status').filter({ hasText: 'Live check:' })).toContainText(
        'Kraken did not answer',
      );
      await expectFakeLog(key.apiKey);

      // Still usable: the same page checks another key.
      const next = await freshKey();
      expect(await check(live, next, traffic.typed)).toBe('checks');
      await expectStatus(live, 'live.auth', 'pass', 'the second check reached Kraken');
      await expectFakeLog(next.apiKey);
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
    await expectStatus(live, 'live.auth', 'pass', 'the server is back');
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
    await expectStatus(live, 'live.auth', 'pass', 'the keyboard-run check');
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
