import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { brokenImages, collectConsoleErrors, collectForeignRequests, sitemapPaths } from './site';

test('the sitemap lists every guide page', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const p of [
    '/',
    '/exchange/kraken/',
    '/exchange/kraken/pro/',
    '/exchange/kraken/classic/',
    '/exchange/kraken/troubleshooting/',
    '/exchange/kraken/key-checker/',
  ]) {
    expect(paths, `sitemap lists ${p}`).toContain(p);
  }
});

test.describe('every page in the sitemap', () => {
  test('renders with no console error, no broken image and no third-party request', async ({
    page,
    request,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    for (const path of await sitemapPaths(request)) {
      const errors = collectConsoleErrors(page);
      const foreign = collectForeignRequests(page, baseURL!);
      const response = await page.goto(path);
      expect(response?.status(), `${path} answers 200`).toBe(200);
      await expect(page.locator('main h1'), `${path} has a title`).toBeVisible();
      expect(await brokenImages(page), `${path} has no broken image`).toEqual([]);
      expect(errors, `${path} logs no console error`).toEqual([]);
      expect(foreign, `${path} requests nothing from another origin`).toEqual([]);
      page.removeAllListeners();
    }
  });

  test('has no axe violation, in the light and the dark theme', async ({ page, request }) => {
    test.setTimeout(180_000);
    const report: string[] = [];
    for (const path of await sitemapPaths(request)) {
      for (const theme of ['dark', 'light'] as const) {
        await page.goto(path);
        await page.evaluate((t) => {
          localStorage.setItem('starlight-theme', t);
          document.documentElement.dataset['theme'] = t;
        }, theme);
        const { violations } = await new AxeBuilder({ page }).analyze();
        for (const v of violations) {
          report.push(
            `${path} (${theme}): ${v.id} — ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
          );
        }
      }
    }
    expect(report.join('\n'), 'axe violations').toBe('');
  });
});

test('an unknown page answers 404 with the site navigation', async ({ page }) => {
  const response = await page.goto('/exchange/kraken/nope/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main h1'), 'the 404 page has a title').toBeVisible();
  await expect(
    page.getByRole('link', { name: /Kraken API key guide/ }).first(),
    'a way home',
  ).toBeVisible();
});
