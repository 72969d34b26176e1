import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { brokenImages, collectConsoleErrors, collectForeignRequests, sitemapPaths } from './site';

const GUIDE_PAGES = [
  '/',
  '/exchange/kraken/',
  '/exchange/kraken/pro/',
  '/exchange/kraken/classic/',
  '/exchange/kraken/troubleshooting/',
  '/exchange/kraken/key-checker/',
];

test('the sitemap lists every guide page, in English and in Indonesian', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const p of [...GUIDE_PAGES, ...GUIDE_PAGES.map((g) => `/id${g}`)]) {
    expect(paths, `sitemap lists ${p}`).toContain(p);
  }
});

test('each page names its other-language version, both ways (hreflang)', async ({ request }) => {
  for (const p of GUIDE_PAGES) {
    for (const path of [p, `/id${p}`]) {
      const html = await (await request.get(path)).text();
      const alternates = [
        ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
      ]
        .map(([, lang, href]) => `${lang} ${new URL(href!).pathname}`)
        .sort();
      expect(alternates, path).toEqual([`en ${p}`, `id /id${p}`, `x-default ${p}`]);
      expect(html, `${path} says its language`).toContain(
        `<html lang="${path.startsWith('/id/') ? 'id' : 'en'}"`,
      );
    }
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
    test.setTimeout(300_000);
    const report: string[] = [];
    const paths = await sitemapPaths(request);
    // The Indonesian pages too: all seven of them, the reference's fallback included.
    expect(paths.filter((p) => p.startsWith('/id/')).length).toBeGreaterThanOrEqual(7);
    for (const path of paths) {
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

test('the API reference under /id/ is the English page with the fallback notice', async ({
  page,
}) => {
  await page.goto('/id/reference/check-api/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.getByText('Konten ini belum tersedia dalam bahasa Anda.')).toBeVisible();
  await expect(page.locator('main h1')).toHaveText('Check API');
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
