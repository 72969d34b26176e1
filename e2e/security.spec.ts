import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const twinOf = (path: string) => (path === '/' ? '/index.md' : `${path.replace(/\/$/, '')}.md`);

test('no page violates its Content-Security-Policy, with search and checker in use', async ({
  page,
  request,
}) => {
  // Both languages' pages (Indonesian under /id/, whose search button reads "Pencarian").
  test.setTimeout(240_000);
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(msg.text()))
      violations.push(msg.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  for (const path of await sitemapPaths(request)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // Open the search so that Pagefind (and its WebAssembly) loads under the policy too.
    await page.getByRole('button', { name: /^(Search|Pencarian)/ }).click();
    await page.locator('#starlight__search input.pagefind-ui__search-input').fill('nonce');
    await expect(
      page.locator('.pagefind-ui__result').first(),
      `search works on ${path}`,
    ).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 700) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 40));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(violations, `CSP violations on ${path}`).toEqual([]);
  }
});

test.describe('security headers', () => {
  test('every kind of response carries them', async ({ request }) => {
    const paths = [
      ...(await sitemapPaths(request)),
      '/llms.txt',
      '/exchange/kraken.md',
      '/api/health',
      '/favicon.svg',
      '/nope/',
    ];
    for (const path of paths) {
      const res = await request.get(path);
      const h = res.headers();
      expect(h['x-content-type-options'], `${path} nosniff`).toBe('nosniff');
      expect(h['referrer-policy'], `${path} Referrer-Policy`).toBe('no-referrer');
      expect(h['permissions-policy'], `${path} Permissions-Policy`).toContain('camera=()');
      const csp = h['content-security-policy'] ?? '';
      expect(csp, `${path} frame-ancestors`).toContain("frame-ancestors 'none'");
      const scriptSrc =
        csp
          .split(';')
          .find((d) => /^\s*(script-src|default-src)\b/.test(d) && d.includes('script-src')) ?? '';
      expect(scriptSrc, `${path} scripts never inline without a hash`).not.toContain(
        "'unsafe-inline'",
      );
      expect(csp, `${path} names no other origin`).not.toMatch(/https?:\/\//);
    }
  });

  test('pages allow inline scripts only by hash, with and without a trailing slash', async ({
    request,
  }) => {
    for (const path of [
      '/exchange/kraken/pro/',
      '/exchange/kraken/pro',
      '/exchange/kraken/key-checker/',
    ]) {
      const csp = (await request.get(path)).headers()['content-security-policy'] ?? '';
      expect(csp, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    }
  });

  test('the Markdown twins are served as Markdown', async ({ request }) => {
    for (const path of await sitemapPaths(request)) {
      const res = await request.get(twinOf(path));
      expect(res.headers()['content-type'], twinOf(path)).toMatch(/^text\/markdown/);
    }
  });

  test('the build metadata file is not served', async ({ request }) => {
    expect((await request.get('/_headers')).status()).toBe(404);
  });
});
