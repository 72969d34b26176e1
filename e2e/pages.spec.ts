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
    test.setTimeout(240_000);
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
});

/** Every page of the site, both languages; the test below holds the sitemap to this list. */
const ALL_PAGES = ['', '/id'].flatMap((prefix) =>
  [...GUIDE_PAGES, '/reference/check-api/'].map((p) => `${prefix}${p}`),
);

test('axe below checks every page the sitemap lists (Indonesian ones included)', async ({
  request,
}) => {
  expect(await sitemapPaths(request), 'add a new page to ALL_PAGES').toEqual([...ALL_PAGES].sort());
});

// One test per page, so that each has its own time on a loaded machine.
test.describe('no axe violation, in the light and the dark theme', () => {
  for (const path of ALL_PAGES) {
    test(path, async ({ page }) => {
      test.setTimeout(180_000);
      const report: string[] = [];
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
      expect(report.join('\n'), 'axe violations').toBe('');
    });
  }
});
