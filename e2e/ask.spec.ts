import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const QUESTION = 'What nonce window should I set?';
const STEPS = [
  '/exchange/kraken/pro/#enable-custom-nonce-window',
  '/exchange/kraken/classic/#name-your-key',
];

const input = (page: Page) => page.locator('#starlight__search input.pagefind-ui__search-input');
const answerBox = (page: Page) => page.locator('[data-ask-answer]');

test.describe('a direct answer in the search dialog', () => {
  test('a question gets the docs’ answer above the results, with its link', async ({ page }) => {
    // Two accessibility scans: on a loaded machine they outlast the default timeout.
    test.slow();
    await page.goto('/exchange/kraken/');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(input(page)).toBeFocused();
    await input(page).fill(QUESTION);

    const box = answerBox(page);
    await expect(box).toContainText('2000000');
    await expect(box.getByRole('heading', { name: 'Answer from the docs' })).toBeVisible();
    const link = box.getByRole('link');
    const href = await link.getAttribute('href');
    expect(STEPS, `the answer links to the step (${href})`).toContain(href);

    // Above Pagefind's results, in the page and on screen.
    const firstResult = page.locator('.pagefind-ui__result').first();
    await expect(firstResult).toBeVisible();
    const before = await box.evaluate(
      (el) =>
        !!(
          el.compareDocumentPosition(document.querySelector('.pagefind-ui__results')!) &
          Node.DOCUMENT_POSITION_FOLLOWING
        ),
    );
    expect(before, 'the answer comes before the results').toBe(true);
    const [boxY, resultY] = await Promise.all([box.boundingBox(), firstResult.boundingBox()]);
    expect(boxY!.y).toBeLessThan(resultY!.y);

    // Screen readers hear it: a polite live region, there before the answer came.
    await expect(box).toHaveAttribute('aria-live', 'polite');
    // The box, not Pagefind's own field (its label is Pagefind's business).
    const { violations } = await new AxeBuilder({ page }).include('[data-ask-answer]').analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // And the dialog with the answer in it, against WCAG 2.2 AA.
    const dialog = await new AxeBuilder({ page })
      .include('dialog')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(dialog.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    await link.click();
    await expect(page).toHaveURL((url) => STEPS.includes(`${url.pathname}${url.hash}`));
  });

  test('keyboard only: Ctrl+K, type the question, Tab to the answer, Enter', async ({ page }) => {
    await page.goto('/exchange/kraken/troubleshooting/');
    await page.keyboard.press('Control+k');
    await expect(input(page)).toBeFocused();
    await page.keyboard.type('which permissions do I need on kraken classic?');
    await expect(answerBox(page)).toContainText('Query Funds');
    // The answer's link is reached from the search field, before the results.
    let onLink = false;
    for (let i = 0; i < 4 && !onLink; i++) {
      await page.keyboard.press('Tab');
      onLink = await page.evaluate(() => !!document.activeElement?.closest('[data-ask-answer]'));
    }
    expect(onLink, 'Tab from the search field reaches the answer').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/exchange\/kraken\/classic\/#select-permissions$/);
  });

  test('a plain keyword query shows no answer box and asks nothing', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/ask/')) asked.push(r.url());
    });
    await page.goto('/exchange/kraken/');
    await page.getByRole('button', { name: 'Search' }).click();
    await input(page).fill('nonce window');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    await expect(answerBox(page)).toBeEmpty();
    expect(asked).toEqual([]);
  });

  test('a question the docs do not answer shows no answer box, only the results', async ({
    page,
  }) => {
    const answered: unknown[] = [];
    page.on('response', async (r) => {
      if (r.url().includes('/api/ask/answer.json')) answered.push(await r.json());
    });
    await page.goto('/exchange/kraken/');
    await page.getByRole('button', { name: 'Search' }).click();
    await input(page).fill('what is the maker fee on kraken pro?');
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
    await expect.poll(() => answered.length, 'the question was asked').toBeGreaterThan(0);
    await expect(answerBox(page)).toBeEmpty();
    expect(answered.at(-1)).toMatchObject({ found: false });
  });

  test('an answer is never outranked by the first result under it', async ({ page }) => {
    for (const question of [
      'should I enable withdraw?',
      'which permissions do I need on kraken classic?',
      'What does EAPI:Invalid nonce mean?',
    ]) {
      await page.goto('/exchange/kraken/');
      await page.getByRole('button', { name: 'Search' }).click();
      const asked = page.waitForResponse((r) => r.url().includes('/api/ask/answer.json'));
      await input(page).fill(question);
      const json = (await (await asked).json()) as {
        confident: boolean;
        pages: string[];
        source: { path: string } | null;
      };
      const first = page.locator('.pagefind-ui__result-link').first();
      await expect(first).toBeVisible();
      const box = answerBox(page);
      await expect(
        box.getByRole('heading', { name: 'Answer from the docs' }),
        question,
      ).toBeVisible();
      const firstPage = new URL((await first.getAttribute('href'))!, page.url()).pathname;
      const sourcePage = new URL((await box.getByRole('link').getAttribute('href'))!, page.url())
        .pathname;
      expect(json.confident, question).toBe(true);
      const rank = (p: string) => (json.pages.includes(p) ? json.pages.indexOf(p) : Infinity);
      expect(
        sourcePage === firstPage || rank(sourcePage) < rank(firstPage),
        `${question}: the answer's ${sourcePage} equals or outranks the first result ${firstPage}`,
      ).toBe(true);
      await page.keyboard.press('Escape');
    }
  });

  test('the answer code loads with the search UI, not with the page', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/exchange/kraken/pro/');
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((u) => /answer-box/.test(u))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await input(page).fill(QUESTION);
    await expect(answerBox(page)).toContainText('2000000');
    expect(scripts.some((u) => /answer-box/.test(u))).toBe(true);
  });
});
