/**
 * The live check when Kraken's answer is partial or the check cannot run, by keyboard alone,
 * and without JavaScript; against the production build and the fake Kraken, as live.spec.ts.
 */
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { REQUIRED, demoKey } from '../test/fake-kraken/demo-keys.ts';
import type { FakeKeyConfig } from '../test/fake-kraken/server.ts';
import { PERMISSION_NAMES } from '../src/lib/profile/kraken';
import { LIVE, livePermissionId } from '../src/lib/rules/live-registry';
import {
  CHECKER,
  PRO,
  callsFor,
  check,
  described,
  expectFakeLog,
  expectFakeUntouched,
  expectStatus,
  freshKey,
  openLive,
  run,
  statuses,
  type Status,
} from './live-support';
import { expectNoPrivateKey, test } from './traffic';

test.describe.configure({ timeout: 90_000 });
test.afterAll(expectFakeUntouched);

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
