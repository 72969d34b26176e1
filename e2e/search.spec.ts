import { expect, test } from '@playwright/test';

const cases = [
  {
    query: 'nonce window',
    lands: [
      '/exchange/kraken/pro/#enable-custom-nonce-window',
      '/exchange/kraken/classic/#name-your-key',
      '/exchange/kraken/classic/#select-permissions',
    ],
  },
  {
    query: 'IP whitelisting',
    lands: [
      '/exchange/kraken/classic/#enable-the-option-for-ip-whitelisting',
      '/exchange/kraken/pro/#enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
    ],
  },
  {
    query: 'API Secret',
    lands: [
      '/exchange/kraken/pro/#connect-kraken-with-created-api-keys',
      '/exchange/kraken/classic/#connect-kraken-with-created-api-keys',
    ],
  },
  { query: 'Permission denied', lands: ['/exchange/kraken/troubleshooting/#egeneralpermission-denied'] },
];

test.describe('site search', () => {
  for (const { query, lands } of cases) {
    test(`"${query}" lands on the right page and section`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      const input = page.getByRole('searchbox');
      await expect(input, 'the search field gets focus').toBeFocused();
      await input.fill(query);
      const first = page.locator('.pagefind-ui__result').first();
      await expect(first, 'results appear').toBeVisible();
      const hit = first.locator('.pagefind-ui__result-nested a, .pagefind-ui__result-title a').first();
      const href = await first.locator('.pagefind-ui__result-nested a').first().getAttribute('href');
      expect(lands, `first section hit for "${query}" (${href})`).toContain(href);
      await hit.click();
      await expect(page).toHaveURL((url) => lands.some((l) => url.pathname === l.split('#')[0]));
    });
  }

  test('does not load the search UI before the user starts a search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/exchange/kraken/pro/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(requested.filter((u) => /pagefind/.test(u)), 'no pagefind request at load').toEqual([]);
  });

  test('opens with Ctrl+K and closes with Escape', async ({ page }) => {
    await page.goto('/exchange/kraken/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('searchbox');
    await expect(input).toBeFocused();
    await input.fill('lockout');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});
