import { expect, test } from '@playwright/test';

const API_KEY = 'EXAMPLEkey'.padEnd(56, 'A');
const PRIVATE_KEY = 'EXAMPLEprivate'.padEnd(86, 'B') + '==';

test('keys typed once at step 9 reach the live check too, and never leave the page', async ({
  page,
}) => {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(`${r.url()} ${r.postData() ?? ''}`));
  await page.goto('/exchange/kraken/pro/#connect-kraken-with-created-api-keys');
  const keys = page.locator('.kc-panel[data-hydrated]:not([data-live-check])').filter({
    has: page.getByLabel('Private key', { exact: true }),
  });
  const live = page.locator('[data-live-check]');
  await keys.scrollIntoViewIfNeeded();
  await expect(keys, 'the keys island hydrates').toHaveAttribute('data-hydrated', 'true');
  await live.scrollIntoViewIfNeeded();
  await expect(live, 'the live check hydrates').toHaveAttribute('data-hydrated', 'true');

  await keys.getByLabel('API key', { exact: true }).fill(API_KEY);
  await keys.getByLabel('Private key', { exact: true }).fill(PRIVATE_KEY);
  await expect(
    live.getByLabel('API key', { exact: true }),
    'the live check has the API key',
  ).toHaveValue(API_KEY);
  await expect(live.getByLabel('Private key', { exact: true }), 'and the private key').toHaveValue(
    PRIVATE_KEY,
  );

  await live.getByLabel('API key', { exact: true }).fill(API_KEY.replace('EXAMPLE', 'CHANGED'));
  await expect(keys.getByLabel('API key', { exact: true }), 'and back').toHaveValue(
    API_KEY.replace('EXAMPLE', 'CHANGED'),
  );
  expect(
    sent.filter((s) => s.includes(PRIVATE_KEY.slice(0, 30))),
    'no request carries the private key',
  ).toEqual([]);
});
