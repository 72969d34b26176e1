/**
 * Nothing typed before an island wakes is lost. Each test holds back the
 * island's JavaScript (the React renderer it loads, by route interception),
 * types, pastes or fills its fields while the server-rendered HTML is all
 * there is, then lets the JavaScript load: the results must reflect what is
 * in the fields. Tests wait for what a user sees: the island's
 * `data-hydrated` marker and its results, never for time.
 *
 * Also: the calm checker (no result rows before input) and the key checker
 * page's React loading only when the form is used.
 */
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { REQUIRED } from '../test/fake-kraken/demo-keys.ts';
import { test } from './traffic';

const CHECKER = '/exchange/kraken/key-checker/';
const PRO = '/exchange/kraken/pro/';
const FAKE = `http://127.0.0.1:${Number(process.env['E2E_KRAKEN_PORT'] ?? 4392)}`;

/** The guide's permission labels on the Pro form. */
const PRO_LABELS = [
  'Query',
  'Query open orders & trades',
  'Query closed orders & trades',
  'Create & modify orders',
  'Cancel & close orders',
  'Query ledger entries',
];

interface Gate {
  /** Resolves once the held script was asked for: the island is trying to wake. */
  asked: Promise<void>;
  release(): void;
}

/**
 * Holds back the React renderer every island of the page loads (its URL is in the
 * islands' `renderer-url`), until `release()`.
 */
async function holdIslands(page: Page): Promise<Gate> {
  const url = await page.locator('astro-island').first().getAttribute('renderer-url');
  expect(url, 'the page has a React island').toBeTruthy();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked!: () => void;
  const wasAsked = new Promise<void>((resolve) => (asked = resolve));
  await page.route(
    (u) => u.pathname === url,
    async (route) => {
      asked();
      await released;
      await route.continue();
    },
  );
  return { asked: wasAsked, release };
}

const status = (scope: Locator, id: string) =>
  expect(scope.locator(`[data-check="${id}"]`), `${id} shows a result`);

async function open(page: Page, path: string): Promise<Gate> {
  await page.goto(path);
  return holdIslands(page);
}

test.describe('typed before the island wakes, on the key checker page', () => {
  test('permissions ticked before hydration are checked', async ({ page }) => {
    const gate = await open(page, CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    for (const label of PRO_LABELS)
      await form.getByRole('checkbox', { name: label, exact: true }).check();
    await form.getByRole('switch', { name: 'WebSocket interface' }).check();
    await gate.asked;
    await expect(form, 'not awake yet').toHaveAttribute('data-hydrated', 'false');
    gate.release();
    await expect(form).toHaveAttribute('data-hydrated', 'true');
    for (const name of REQUIRED) {
      await status(form, `permission.${name}`).toHaveAttribute('data-status', 'pass');
    }
    await status(form, 'permission.funds_withdraw').toHaveAttribute('data-status', 'pass');
  });

  test('a nonce window typed before hydration is checked', async ({ page }) => {
    const gate = await open(page, CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    await form.getByLabel('Nonce window on your key').pressSequentially('2M');
    await gate.asked;
    await expect(form).toHaveAttribute('data-hydrated', 'false');
    gate.release();
    await expect(form).toHaveAttribute('data-hydrated', 'true');
    await status(form, 'nonce-window').toHaveAttribute('data-status', 'pass');
    await expect(form.getByLabel('Nonce window on your key')).toHaveValue('2M');
  });

  test('IP addresses pasted before hydration are checked', async ({ page }) => {
    const gate = await open(page, CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    const range = form.getByLabel('Service’s IP range (from its connection page)');
    await range.fill('');
    await range.focus();
    await page.keyboard.insertText('203.0.113.0/24');
    await form.getByLabel('What you entered in Kraken’s IP restriction field').focus();
    await page.keyboard.insertText('203.0.113.0/25, 203.0.113.128/25');
    await gate.asked;
    await expect(form).toHaveAttribute('data-hydrated', 'false');
    gate.release();
    await expect(form).toHaveAttribute('data-hydrated', 'true');
    await status(form, 'ip.allowlist').toHaveAttribute('data-status', 'pass');
  });

  test('an API key filled in by the browser before hydration is checked', async ({ page }) => {
    const gate = await open(page, CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    const apiKey = randomBytes(42).toString('base64');
    // What a password manager does: sets the value and says so with an input event.
    await form.getByLabel('API key', { exact: true }).evaluate((el, value) => {
      (el as HTMLInputElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, apiKey);
    await gate.asked;
    await expect(form).toHaveAttribute('data-hydrated', 'false');
    gate.release();
    await expect(form).toHaveAttribute('data-hydrated', 'true');
    await status(form, 'key.api-key').toHaveAttribute('data-status', 'pass');
  });

  test('keys pasted into the live check before hydration are the ones checked', async ({
    page,
    traffic,
  }) => {
    const keys = {
      apiKey: randomBytes(42).toString('base64'),
      privateKey: randomBytes(64).toString('base64'),
    };
    const registered = await fetch(`${FAKE}/__control/keys`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...keys, permissions: REQUIRED }),
    });
    expect(registered.ok, 'the fake Kraken takes the key').toBe(true);
    traffic.typed.add(keys.privateKey);

    const gate = await open(page, CHECKER);
    const live = page.locator('[data-live-check]');
    await live.getByLabel('API key', { exact: true }).focus();
    await page.keyboard.insertText(keys.apiKey);
    await live.getByLabel('Private key', { exact: true }).focus();
    await page.keyboard.insertText(keys.privateKey);
    await gate.asked;
    await expect(live).toHaveAttribute('data-hydrated', 'false');
    gate.release();
    await expect(live).toHaveAttribute('data-hydrated', 'true');
    await live.getByRole('button', { name: 'Check my key on Kraken' }).click();
    const results = live.locator('.kc-live-results');
    await expect(results).not.toHaveAttribute('data-live-outcome', /none|busy/, {
      timeout: 40_000,
    });
    await expect(live, 'the key in the field was sent').not.toContainText(
      'Enter the API key first',
    );
    await expect(results).toHaveAttribute('data-live-outcome', 'checks');
    await status(live, 'live.auth').toHaveAttribute('data-status', 'pass');
  });
});

test.describe('typed before the island wakes, on a guide page', () => {
  const panel = (page: Page, topic: string) =>
    page.getByRole('region', { name: `Check your key’s ${topic}` });

  test('permissions, IP range, nonce window and keys typed before hydration are checked', async ({
    page,
  }) => {
    const gate = await open(page, PRO);
    const permissions = panel(page, 'permissions');
    for (const label of PRO_LABELS) {
      await permissions.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await permissions.getByRole('switch', { name: 'WebSocket interface' }).check();

    const ip = panel(page, 'IP restriction');
    await ip.getByLabel('Service’s IP range (from its connection page)').fill('203.0.113.0/24');
    await ip.getByLabel('What you entered in Kraken’s IP restriction field').fill('203.0.113.0/24');

    const nonce = panel(page, 'nonce window');
    await nonce.getByLabel('Nonce window on your key').pressSequentially('2000000');

    const keys = panel(page, 'API keys');
    await keys.getByLabel('API key', { exact: true }).fill(randomBytes(42).toString('base64'));
    await keys.getByLabel('Private key', { exact: true }).fill(randomBytes(64).toString('base64'));

    await gate.asked;
    for (const region of [permissions, ip, nonce, keys]) {
      await expect(region, 'not awake yet').toHaveAttribute('data-hydrated', 'false');
    }
    gate.release();
    for (const region of [permissions, ip, nonce, keys]) {
      await region.scrollIntoViewIfNeeded();
      await expect(region).toHaveAttribute('data-hydrated', 'true');
    }
    for (const name of REQUIRED) {
      await status(permissions, `permission.${name}`).toHaveAttribute('data-status', 'pass');
    }
    await status(ip, 'ip.allowlist').toHaveAttribute('data-status', 'pass');
    await status(nonce, 'nonce-window').toHaveAttribute('data-status', 'pass');
    await status(keys, 'key.api-key').toHaveAttribute('data-status', 'pass');
    await status(keys, 'key.private-key').toHaveAttribute('data-status', 'pass');
  });
});

test.describe('a calm checker', () => {
  test('before any input: the summary and the fields, no result rows', async ({ page }) => {
    await page.goto(CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    await form.hover();
    await expect(form).toHaveAttribute('data-hydrated', 'true');
    await expect(form.getByRole('heading', { name: 'Nothing checked yet' })).toBeVisible();
    await expect(form.locator('[data-check]'), 'no result rows').toHaveCount(0);
    await expect(form).not.toContainText('Not checked');
  });

  test('a section shows its results once something in it is filled; Check shows them all', async ({
    page,
  }) => {
    await page.goto(CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    await form.getByLabel('Nonce window on your key').fill('2M');
    await expect(form).toHaveAttribute('data-hydrated', 'true');
    await status(form, 'nonce-window').toHaveAttribute('data-status', 'pass');
    await expect(form.locator('[data-check^="permission."]'), 'other sections wait').toHaveCount(0);
    await expect(form.locator('[data-check^="key."]')).toHaveCount(0);
    await form.getByRole('button', { name: 'Check my key' }).click();
    await expect(page, 'nothing is posted once the island runs').toHaveURL(
      new RegExp(`${CHECKER}$`),
    );
    await status(form, 'permission.funds_query').toHaveAttribute('data-status', 'skip');
    await status(form, 'ip.allowlist').toBeVisible();
    await status(form, 'key.api-key').toHaveAttribute('data-status', 'skip');
  });

  test('a guide panel shows no result rows until its field is filled', async ({ page }) => {
    await page.goto(PRO);
    const nonce = page.getByRole('region', { name: 'Check your key’s nonce window' });
    await nonce.scrollIntoViewIfNeeded();
    await expect(nonce).toHaveAttribute('data-hydrated', 'true');
    await expect(nonce.locator('[data-check]')).toHaveCount(0);
    await nonce.getByLabel('Nonce window on your key').fill('1000000');
    await status(nonce, 'nonce-window').toHaveAttribute('data-status', 'fail');
  });
});

test.describe('React on the key checker page', () => {
  test('loads when the form is first used, not before', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(CHECKER);
    const renderer = await page.locator('astro-island').first().getAttribute('renderer-url');
    await page.waitForLoadState('networkidle');
    const form = page.getByRole('form', { name: 'Key checker' });
    await expect(form, 'asleep after loading').toHaveAttribute('data-hydrated', 'false');
    expect(scripts, 'React is not loaded yet').not.toContain(renderer);
    await form.getByLabel('Nonce window on your key').focus();
    await expect(form, 'focus wakes it').toHaveAttribute('data-hydrated', 'true');
    expect(scripts, 'React loaded on use').toContain(renderer);
  });

  test('wakes by itself once the form has been on screen for a while', async ({ page }) => {
    await page.goto(CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    await expect(form).toHaveAttribute('data-hydrated', 'true', { timeout: 15_000 });
  });
});
