import { expect, test } from '@playwright/test';

/** The entry keeps its old (plural) anchor too; a hit on either is the same place. */
const NOT_ENOUGH = [
  '/exchange/kraken/troubleshooting/#not-enough-permission-for-api-keys',
  '/exchange/kraken/troubleshooting/#not-enough-permissions-for-api-keys',
];

const cases = [
  { query: 'Not enough permission for API keys', lands: NOT_ENOUGH },
  { query: 'Not enough permissions for API keys', lands: NOT_ENOUGH },
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
  {
    query: 'Permission denied',
    lands: ['/exchange/kraken/troubleshooting/#egeneralpermission-denied'],
  },
];

test.describe('site search', () => {
  for (const { query, lands } of cases) {
    test(`"${query}" lands on the right page and section`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Search' }).click();
      const input = page.locator('#starlight__search input.pagefind-ui__search-input');
      await expect(input, 'the search field gets focus').toBeFocused();
      await input.fill(query);
      const first = page.locator('.pagefind-ui__result').first();
      await expect(first, 'results appear').toBeVisible();
      // The best page comes first; among its sections, the one the query is about.
      const sections = first.locator('.pagefind-ui__result-nested a');
      await expect(sections.first()).toBeVisible();
      const hrefs = await sections.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      const href = hrefs.find((h) => h && lands.includes(h));
      expect(
        href,
        `"${query}" offers ${lands.join(' or ')} among ${hrefs.join(', ')}`,
      ).toBeTruthy();
      await sections
        .and(page.locator(`[href="${href}"]`))
        .first()
        .click();
      await expect(page, 'the hit opens its page and section').toHaveURL((url) =>
        lands.includes(`${url.pathname}${url.hash}`),
      );
    });
  }

  test('does not load the search UI before the user starts a search', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/exchange/kraken/pro/');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(
      requested.filter((u) => /pagefind/.test(u)),
      'no pagefind request at load',
    ).toEqual([]);
  });

  test('Starlight’s search styles apply from their own file, to the search only', async ({
    page,
  }) => {
    await page.goto('/exchange/kraken/');
    const style = await page.evaluate(() => {
      const search = document.querySelector('site-search')!;
      const button = search.querySelector('button[data-open-modal]')!;
      // A <kbd> outside the search must not take the search's styles.
      const outside = document.body.appendChild(document.createElement('kbd'));
      const inside = search.querySelector('kbd')!;
      return {
        search: getComputedStyle(search).display,
        button: getComputedStyle(button).display,
        inside: getComputedStyle(inside).fontFamily,
        outside: getComputedStyle(outside).fontFamily,
      };
    });
    expect(style.search).toBe('contents');
    expect(style.button).toBe('flex');
    expect(style.outside).not.toBe(style.inside);
  });

  test('opens with Ctrl+K and closes with Escape', async ({ page }) => {
    await page.goto('/exchange/kraken/');
    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await input.fill('lockout');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  });
});
