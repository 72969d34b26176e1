import { expect, test, type Page } from '@playwright/test';

const input = (page: Page) => page.locator('#starlight__search input.pagefind-ui__search-input');
const answerBox = (page: Page) => page.locator('[data-ask-answer]');

test.describe('the search dialog on an Indonesian page answers in Indonesian', () => {
  test('an Indonesian question shows an Indonesian answer linking an /id/ page', async ({
    page,
  }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/ask/')) asked.push(new URL(r.url()).pathname);
    });
    await page.goto('/id/exchange/kraken/');
    await page.getByRole('button', { name: 'Pencarian' }).click();
    await expect(input(page)).toBeFocused();
    await input(page).fill('nonce window isi berapa');

    const box = answerBox(page);
    await expect(box).toContainText('2000000');
    await expect(box.getByRole('heading', { name: 'Jawaban dari dokumentasi' })).toBeVisible();
    await expect(box).toContainText('Sumber:');
    await expect(box).not.toContainText('Answer from the docs');
    const href = await box.getByRole('link').getAttribute('href');
    expect(href, 'the answer links to an Indonesian page').toMatch(/^\/id\/exchange\/kraken\//);
    // The Indonesian index was asked, never the English one.
    expect(asked.length).toBeGreaterThan(0);
    for (const path of asked) expect(path).toBe('/api/ask/id/answer.json');
  });

  test('an English page still asks the English index, in English', async ({ page }) => {
    await page.goto('/exchange/kraken/');
    const box = answerBox(page);
    await expect(box).toHaveAttribute('data-lang', 'en');
    await expect(box).toHaveAttribute('data-heading', 'Answer from the docs');
  });
});
