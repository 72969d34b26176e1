/**
 * The key checker and the live check in Bahasa Indonesia, in Chromium against the
 * production build and the fake Kraken: the permission replica, the nonce and IP
 * checks, a live check (one call to GetApiKeyInfo, every word in Indonesian, Kraken's
 * labels verbatim), and the no-JavaScript form posting to the Indonesian result page.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { REQUIRED } from '../test/fake-kraken/demo-keys.ts';
import { LIVE, livePermissionId } from '../src/lib/rules/live-registry';
import { callsFor, described, expectFakeLog, freshKey, statuses, type Keys } from './live-support';
import { expectNoPrivateKey, test } from './traffic';

const CHECKER = '/id/exchange/kraken/key-checker/';
const PRO = '/id/exchange/kraken/pro/';
const FORM_NAME = 'Pemeriksa kunci';
const NONCE_LABEL = 'Nonce window pada key Anda';
const RANGE_LABEL = 'Rentang IP layanan (dari halaman koneksinya)';
const ALLOW_LABEL = 'Apa yang Anda masukkan di kolom pembatasan IP Kraken';

/** The guide's permissions with Kraken Pro's labels, verbatim (the replica keeps them). */
const GUIDE_SET = [
  'Query',
  'Query open orders & trades',
  'Query closed orders & trades',
  'Create & modify orders',
  'Cancel & close orders',
  'Query ledger entries',
];

const result = (scope: Page | Locator, id: string): Locator =>
  scope.locator(`[data-check="${id}"]`);

/** A check's status, and the Indonesian word the page shows for it. */
async function expectStatus(scope: Page | Locator, id: string, status: string, word: string) {
  await expect(result(scope, id), `${id} is ${status}`).toHaveAttribute('data-status', status);
  await expect(result(scope, id).locator('.kc-status-word')).toHaveText(word);
}

async function openChecker(page: Page): Promise<Locator> {
  await page.goto(CHECKER);
  const checker = page.getByRole('form', { name: FORM_NAME });
  await checker.scrollIntoViewIfNeeded();
  await checker.hover();
  await expect(checker, 'the checker island hydrates').toHaveAttribute('data-hydrated', 'true');
  return checker;
}

async function tickGuideSet(checker: Locator) {
  for (const label of GUIDE_SET) {
    await checker.getByRole('checkbox', { name: label, exact: true }).check();
  }
  await checker.getByRole('switch', { name: 'WebSocket interface', exact: true }).check();
}

test.describe('pemeriksa kunci (the checker in Indonesian)', () => {
  test('the permission replica: Kraken’s labels, lolos and gagal, the fix in Indonesian', async ({
    page,
  }) => {
    const checker = await openChecker(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await tickGuideSet(checker);
    await expectStatus(page, 'permission.trades_modify', 'pass', 'Lolos');
    await expectStatus(page, 'permission.funds_withdraw', 'pass', 'Lolos');

    await checker.getByRole('checkbox', { name: 'Create & modify orders', exact: true }).uncheck();
    await expectStatus(page, 'permission.trades_modify', 'fail', 'Gagal');
    const fail = result(page, 'permission.trades_modify');
    await expect(fail, 'the fix says what to tick').toContainText('Centang');
    await expect(fail, 'the service’s message verbatim').toContainText(
      '“Not enough permission for API keys”',
    );
    await expect(
      fail.getByRole('link').first(),
      'the step, in the Indonesian guide',
    ).toHaveAttribute('href', /^\/id\/exchange\/kraken\/pro\/#pilih-izin-permissions$/);
    await expect(
      page.getByRole('heading', {
        name: '1 hal yang harus diperbaiki sebelum Anda menghubungkan key',
      }),
    ).toBeVisible();

    await checker.getByRole('checkbox', { name: 'Withdraw', exact: true }).check();
    await expectStatus(page, 'permission.funds_withdraw', 'fail', 'Gagal');
    await expect(result(page, 'permission.funds_withdraw')).toContainText('Hapus centang');
    await checker.getByRole('checkbox', { name: 'Deposit', exact: true }).check();
    await expectStatus(page, 'permission.extra', 'warn', 'Peringatan');
  });

  test('the replica with the keyboard alone (Tab and Space)', async ({ page }) => {
    const checker = await openChecker(page);
    const pro = checker.getByRole('radio', { name: 'Kraken Pro' });
    await pro.focus();
    const order = [
      'Query',
      'Deposit',
      'Withdraw',
      'Earn',
      'Add withdrawal addresses',
      'Update withdrawal addresses',
      'Query open orders & trades',
      'Query closed orders & trades',
      'Create & modify orders',
      'Cancel & close orders',
      'Query ledger entries',
      'Export data',
      'WebSocket interface',
    ];
    const wanted = new Set([...GUIDE_SET, 'WebSocket interface']);
    for (const label of order) {
      await page.keyboard.press('Tab');
      const role = label === 'WebSocket interface' ? 'switch' : 'checkbox';
      await expect(checker.getByRole(role, { name: label, exact: true })).toBeFocused();
      if (wanted.has(label)) await page.keyboard.press('Space');
    }
    for (const name of REQUIRED) {
      await expectStatus(page, `permission.${name}`, 'pass', 'Lolos');
    }
  });

  for (const { typed, status, word, says } of [
    { typed: '2000000', status: 'pass', word: 'Lolos', says: 'sesuai permintaan panduan' },
    { typed: '2M', status: 'pass', word: 'Lolos', says: '2.000.000' },
    { typed: '1000000', status: 'fail', word: 'Gagal', says: 'EAPI:Invalid nonce' },
    { typed: '5000000', status: 'warn', word: 'Peringatan', says: 'lebih dari 2.000.000' },
    { typed: 'abc', status: 'fail', word: 'Gagal', says: 'bukan angka' },
  ]) {
    test(`nonce window “${typed}” is ${word}`, async ({ page }) => {
      const checker = await openChecker(page);
      await checker.getByLabel(NONCE_LABEL).fill(typed);
      await expectStatus(page, 'nonce-window', status, word);
      await expect(result(page, 'nonce-window')).toContainText(says);
    });
  }

  for (const { name, allowlist, status, word, says } of [
    {
      name: 'covered by split entries',
      allowlist: '203.0.113.0/25\n203.0.113.128/25',
      status: 'pass',
      word: 'Lolos',
      says: '',
    },
    {
      name: 'an uncovered part, listed',
      allowlist: '203.0.113.0/25',
      status: 'fail',
      word: 'Gagal',
      says: '203.0.113.128/25',
    },
    { name: 'empty', allowlist: '', status: 'warn', word: 'Peringatan', says: '' },
  ]) {
    test(`IP restriction: ${name} is ${word}`, async ({ page }) => {
      const checker = await openChecker(page);
      await checker.getByLabel(RANGE_LABEL).fill('203.0.113.0/24');
      await checker.getByLabel(ALLOW_LABEL).fill(allowlist);
      await expectStatus(page, 'ip.allowlist', status, word);
      if (says) await expect(result(page, 'ip.allowlist')).toContainText(says);
    });
  }
});

async function openLive(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const live = page.locator('[data-live-check]');
  await live.scrollIntoViewIfNeeded();
  await live.hover();
  await expect(live, 'the live check hydrates').toHaveAttribute('data-hydrated', 'true');
  return live;
}

async function runLive(live: Locator, keys: Keys, typed: Set<string>) {
  typed.add(keys.privateKey);
  await live.getByLabel('API key', { exact: true }).fill(keys.apiKey);
  await live.getByLabel('Private key', { exact: true }).fill(keys.privateKey);
  const results = live.locator('.kc-live-results');
  // By keyboard: focus the button and press Enter.
  const button = live.getByRole('button', { name: 'Periksa key saya di Kraken' });
  await button.focus();
  await button.press('Enter');
  await expect(results).not.toHaveAttribute('data-live-outcome', 'none');
  await expect(results).not.toHaveAttribute('data-live-outcome', 'busy', { timeout: 40_000 });
  return results.getAttribute('data-live-outcome');
}

/** 2026-12-05 08:30 UTC, in Kraken's unix seconds. */
const CREATED = Date.UTC(2026, 11, 5, 8, 30) / 1000;

test.describe('pemeriksaan langsung (the live check in Indonesian)', () => {
  test('a key set up as the guide says: one call, and the page says it in Indonesian', async ({
    page,
    traffic,
  }) => {
    // The demo key's set-up ("correct"), under a key of this test's own (one batch per key per 30 s).
    const key = await freshKey(REQUIRED, {
      name: 'bot-saya',
      createdTime: CREATED,
      lastUsed: null,
      nonceWindow: 2_000_000,
    });
    const live = await openLive(page, CHECKER);
    await expect(live.getByRole('heading', { name: 'Periksa key Anda di Kraken' })).toBeVisible();
    expect(await runLive(live, key, traffic.typed)).toBe('checks');
    await expect(
      live.getByRole('heading', {
        name: 'Kraken mengonfirmasi setiap izin (permission) yang dibutuhkan layanan',
      }),
    ).toBeVisible();
    expect(await statuses(live), 'exactly these statuses').toEqual(described());
    await expectStatus(live, LIVE.auth.id, 'pass', 'Lolos');
    await expect(result(live, LIVE.auth.id)).toContainText('Kraken menerima API key');
    await expect(result(live, livePermissionId('funds_withdraw'))).toContainText(
      'Kraken melaporkan bahwa “Withdraw” nonaktif',
    );
    await expect(result(live, LIVE.nonceWindow.id)).toContainText('Kraken melaporkan: ');
    const about = live.locator('.kc-live-about');
    await expect(about).toContainText('1 panggilan ke Kraken');
    await expect(about.locator('[data-key-name]')).toHaveText('bot-saya');
    await expect(about.locator('[data-key-created]')).toHaveText('5 Desember 2026 08.30 UTC');
    await expect(about.locator('[data-last-used]')).toHaveText('belum pernah digunakan');
    await expect(about.getByRole('table')).toContainText('Yang dibutuhkan panduan');
    await expect(page.getByRole('status').filter({ hasText: 'Pemeriksaan langsung:' })).toHaveCount(
      1,
    );
    expect(await callsFor(key.apiKey), 'one call, to GetApiKeyInfo').toEqual(['GetApiKeyInfo']);
    await expectFakeLog(key.apiKey);
    expectNoPrivateKey(await traffic.all(), traffic.typed);
  });

  test('a missing permission fails in Indonesian, with Kraken’s words verbatim', async ({
    page,
    traffic,
  }) => {
    const key = await freshKey(
      REQUIRED.filter((p) => p !== 'trades_modify'),
      { nonceWindow: 2_000_000 },
    );
    const live = await openLive(page, PRO);
    expect(await runLive(live, key, traffic.typed)).toBe('checks');
    await expect(
      live.getByRole('heading', { name: 'Kraken menunjukkan 1 hal yang harus diperbaiki' }),
    ).toBeVisible();
    const fail = result(live, livePermissionId('trades_modify'));
    await expectStatus(live, livePermissionId('trades_modify'), 'fail', 'Gagal');
    await expect(fail).toContainText('Kraken melaporkan bahwa “Create & modify orders” nonaktif');
    await expect(fail).toContainText('“Not enough permission for API keys”');
    await expect(fail.getByRole('link').first()).toHaveAttribute('href', /^\/id\/exchange\//);
    expect(await callsFor(key.apiKey)).toEqual(['GetApiKeyInfo']);
  });

  test('a second check of the same key within 30 s: the relay’s own words, in Indonesian', async ({
    page,
    traffic,
  }) => {
    const key = await freshKey(REQUIRED, { nonceWindow: 2_000_000 });
    const live = await openLive(page, CHECKER);
    expect(await runLive(live, key, traffic.typed)).toBe('checks');
    const button = live.getByRole('button', { name: 'Periksa key saya di Kraken' });
    await button.press('Enter');
    const message = live.locator('[data-live-error="429"]');
    await expect(message).toContainText('Terlalu banyak pemeriksaan. Key ini baru saja diperiksa');
    await expect(message).toContainText(/coba lagi dalam \d+ detik/);
    await expect(message).not.toContainText(/try again|This key/);
    expect(await callsFor(key.apiKey), 'the refused check reached no Kraken').toEqual([
      'GetApiKeyInfo',
    ]);
  });

  test('a private key that cannot sign: nothing is sent, and it says so in Indonesian', async ({
    page,
    traffic,
  }) => {
    const live = await openLive(page, CHECKER);
    const keys = { apiKey: 'A'.repeat(56), privateKey: 'bukan-base64' };
    expect(await runLive(live, keys, traffic.typed)).toBe('input');
    const message = live.locator('.kc-live-message');
    await expect(message).toContainText('Tidak ada yang dikirim');
    await expect(message).toContainText('bukan private key Kraken');
    await expect(message).toContainText('Apa yang Anda ketik masih ada di kolom di atas.');
    expect(await callsFor(keys.apiKey), 'Kraken was not called').toEqual([]);
  });
});

test.describe('tanpa JavaScript (the no-JavaScript form)', () => {
  test.use({ javaScriptEnabled: false });

  test('the Indonesian checker posts to the Indonesian result page', async ({ page }) => {
    await page.goto(CHECKER);
    const form = page.getByRole('form', { name: FORM_NAME });
    await expect(form).toHaveAttribute('data-hydrated', 'false');
    await expect(form).toHaveAttribute('action', '/id/exchange/kraken/key-checker/result/');
    await expect(form.getByLabel('Private key', { exact: true })).toHaveCount(0);
    for (const label of GUIDE_SET) {
      await form.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await form.getByRole('switch', { name: 'WebSocket interface', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Withdraw', exact: true }).check();
    await form.getByLabel(NONCE_LABEL).fill('2 000 000');
    await form.getByLabel(RANGE_LABEL).fill('203.0.113.0/24');
    await form.getByLabel(ALLOW_LABEL).fill('203.0.113.0/25');
    await form.getByRole('button', { name: 'Periksa key saya' }).click();

    await expect(page).toHaveURL(/\/id\/exchange\/kraken\/key-checker\/result\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('main h1')).toHaveText('Hasil pemeriksa kunci');
    await expectStatus(page, 'permission.funds_query', 'pass', 'Lolos');
    await expectStatus(page, 'permission.funds_withdraw', 'fail', 'Gagal');
    await expectStatus(page, 'nonce-window', 'pass', 'Lolos');
    await expectStatus(page, 'ip.allowlist', 'fail', 'Gagal');
    await expect(result(page, 'ip.allowlist')).toContainText('203.0.113.128/25');
    await expect(
      result(page, 'permission.funds_withdraw').getByRole('link').first(),
      'its step, in the Indonesian guide',
    ).toHaveAttribute('href', /^\/id\/exchange\/kraken\/pro\/#pilih-izin-permissions$/);
    await expect(
      page.getByRole('heading', {
        name: '2 hal yang harus diperbaiki sebelum Anda menghubungkan key',
      }),
    ).toBeVisible();
    const kept = page.getByRole('form', { name: FORM_NAME });
    await expect(kept.getByRole('checkbox', { name: 'Withdraw', exact: true })).toBeChecked();
    await expect(kept.getByLabel(NONCE_LABEL)).toHaveValue('2 000 000');
  });
});
