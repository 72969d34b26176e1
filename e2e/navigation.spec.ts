import { expect, test } from '@playwright/test';
import {
  GUIDE_PATHS,
  LANGS,
  STEP_ANCHORS_BY_LANG,
  TROUBLE_ANCHORS_BY_LANG,
  langPrefix,
} from '../src/lib/guide/links';

test.describe('links the checker and other pages rely on', () => {
  for (const lang of LANGS) {
    for (const form of ['pro', 'classic'] as const) {
      test(`every ${form} step anchor exists (${lang})`, async ({ page }) => {
        const path = `${langPrefix(lang)}${GUIDE_PATHS[form]}`;
        await page.goto(path);
        const anchors = STEP_ANCHORS_BY_LANG[lang][form];
        expect(Object.keys(anchors), 'every step has an anchor').toEqual(
          Object.keys(STEP_ANCHORS_BY_LANG.en[form]),
        );
        for (const anchor of new Set(Object.values(anchors))) {
          await expect(page.locator(`[id="${anchor}"]`), `#${anchor} on ${path}`).toHaveCount(1);
        }
      });
    }

    test(`every troubleshooting entry has its anchor (${lang})`, async ({ page }) => {
      await page.goto(`${langPrefix(lang)}${GUIDE_PATHS.troubleshooting}`);
      for (const anchor of Object.values(TROUBLE_ANCHORS_BY_LANG[lang])) {
        await expect(page.locator(`[id="${anchor}"]`), `#${anchor}`).toHaveCount(1);
      }
    });
  }

  test('old links to the plural #not-enough-permissions-for-api-keys still land on the entry', async ({
    page,
  }) => {
    await page.goto(`${GUIDE_PATHS.troubleshooting}#not-enough-permissions-for-api-keys`);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Not enough permission for API keys' }),
      'the entry, under the exact message',
    ).toBeInViewport();
  });

  test('old links to /exchange/kraken#kraken-pro and #kraken-classic still land', async ({
    page,
  }) => {
    for (const anchor of ['kraken-pro', 'kraken-classic']) {
      await page.goto(`/exchange/kraken#${anchor}`);
      await expect(page.locator(`#${anchor}`)).toBeInViewport();
    }
  });
});

test.describe('keyboard use', () => {
  test('the skip link leads to the content', async ({ page }) => {
    await page.goto('/exchange/kraken/pro/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#_top$/);
  });

  test('a reader can reach the Classic guide from the overview by keyboard alone', async ({
    page,
  }) => {
    await page.goto('/exchange/kraken/');
    const target = page
      .locator('main')
      .getByRole('link', { name: /Create the key on Kraken Classic/ });
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/exchange\/kraken\/classic\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Kraken Classic' })).toBeVisible();
  });

  test('the copy button copies the nonce window and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/exchange/kraken/pro/');
    const button = page.getByRole('button', { name: 'Copy the nonce window' }).first();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Copied' }).first()).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('2000000');
  });

  test('a figure opens full size from the keyboard', async ({ page }) => {
    await page.goto('/exchange/kraken/pro/');
    const zoom = page.locator('#figure-pro-nonce-window a');
    await zoom.focus();
    await expect(zoom).toBeFocused();
    const href = await zoom.getAttribute('href');
    expect(href).toMatch(/\.webp$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [
    GUIDE_PATHS.overview,
    GUIDE_PATHS.pro,
    GUIDE_PATHS.classic,
    GUIDE_PATHS.troubleshooting,
  ]) {
    test(`${path} is fully readable`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      const figures = page.locator('main figure img');
      for (const img of await figures.all()) {
        await img.scrollIntoViewIfNeeded();
        await expect(img).toBeVisible();
        expect(
          await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0),
        ).toBe(true);
      }
      await expect(
        page.locator('main button[data-copy-button]').first(),
        'copy buttons need JavaScript: hidden',
      ).toBeHidden();
    });
  }

  test('both guides show every step, value and warning', async ({ page }) => {
    await page.goto(GUIDE_PATHS.pro);
    await expect(page.locator('.sl-steps > li')).toHaveCount(9);
    await expect(page.locator('main')).toContainText('2000000');
    await expect(page.locator('main')).toContainText('ATTENTION!');
    await expect(page.locator('main')).toContainText('Private key means API Secret');
    await page.goto(GUIDE_PATHS.classic);
    await expect(page.locator('.sl-steps > li')).toHaveCount(9);
    await expect(page.locator('main')).toContainText('IMPORTANT');
    await expect(page.locator('main')).toContainText('Add an IP address or range');
  });
});

test.describe('the Indonesian edition', () => {
  test('the language picker switches a page to its other language and back', async ({ page }) => {
    await page.goto('/exchange/kraken/pro/');
    const picker = page.getByRole('combobox', { name: 'Select language' }).first();
    await picker.selectOption({ label: 'Bahasa Indonesia' });
    await expect(page).toHaveURL(/\/id\/exchange\/kraken\/pro\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.getByRole('heading', { level: 2, name: 'Buka Kraken' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Pilih Bahasa' }).first().selectOption({
      label: 'English',
    });
    await expect(page).toHaveURL(/\/exchange\/kraken\/pro\/$/);
    await expect(page).not.toHaveURL(/\/id\//);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the sidebar and the page links stay in Indonesian', async ({ page }) => {
    await page.goto('/id/');
    const sidebar = page.getByRole('navigation', { name: 'Utama' });
    await sidebar.getByRole('link', { name: 'Panduan Kraken Classic' }).click();
    await expect(page).toHaveURL(/\/id\/exchange\/kraken\/classic\/$/);
    await expect(page.locator('.sl-steps > li')).toHaveCount(9);
    await page
      .locator('main')
      .getByRole('link', { name: 'panduan Kraken Pro', exact: true })
      .click();
    await expect(page).toHaveURL(/\/id\/exchange\/kraken\/pro\/$/);
  });

  test('search on an Indonesian page finds Indonesian pages, in Indonesian', async ({ page }) => {
    await page.goto('/id/exchange/kraken/');
    await page.getByRole('button', { name: 'Pencarian' }).click();
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('placeholder', 'Pencarian');
    await input.fill('nonce window');
    await expect(page.locator('.pagefind-ui__message')).toContainText('hasil untuk');
    // Pagefind shows a result's frame first and fills its link in when its data has loaded:
    // read the links once the Pro guide's is there.
    const links = page.locator('.pagefind-ui__result-link');
    const hrefsNow = () => links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await expect
      .poll(async () => (await hrefsNow()).some((h) => h.startsWith('/id/exchange/kraken/pro/')))
      .toBe(true);
    expect(
      (await hrefsNow()).filter((h) => !h.startsWith('/id/')),
      'only Indonesian pages',
    ).toEqual([]);
  });

  test('search on an English page stays English', async ({ page }) => {
    await page.goto('/exchange/kraken/');
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    await input.fill('nonce window');
    // Read the links once the results' data has loaded (the Pro guide's is among them), so
    // that an empty list cannot pass for an English one.
    const links = page.locator('.pagefind-ui__result-link');
    const hrefsNow = () => links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await expect
      .poll(async () => (await hrefsNow()).some((h) => h.startsWith('/exchange/kraken/pro/')))
      .toBe(true);
    expect((await hrefsNow()).filter((h) => h.startsWith('/id/'))).toEqual([]);
  });

  test('the copy button speaks Indonesian on an Indonesian page', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/id/exchange/kraken/pro/');
    const button = page.getByRole('button', { name: 'Salin nonce window' }).first();
    await button.click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Tersalin ke clipboard.' }).first(),
    ).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('2000000');
  });
});
