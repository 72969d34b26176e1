import { expect, test } from '@playwright/test';
import { pageWeight } from '../bench/lib/page-weight.mjs';

/** Sizes are deterministic, so they are held here; timings are only reported (npm run bench). */
const KB = 1024;
const CHECKER = '/exchange/kraken/key-checker/';
const guidePages = ['/exchange/kraken/', '/exchange/kraken/pro/', '/exchange/kraken/classic/'];
/** Pages whose islands may load React before any interaction, once scrolled to. */
const islandPages = ['/exchange/kraken/pro/', '/exchange/kraken/classic/'];
const allPages = [
  '/',
  ...guidePages,
  '/exchange/kraken/troubleshooting/',
  '/exchange/kraken/key-checker/',
];

test.describe('page weight budgets (before any interaction)', () => {
  for (const path of guidePages) {
    test(`${path} loads at most 12 KB of JavaScript (gzip)`, async ({ page }) => {
      const w = await pageWeight(page, path);
      expect(w.js, `eager JS of ${path}: ${w.js} bytes gzip`).toBeLessThanOrEqual(12 * KB);
    });
  }

  // Its form is complete HTML: React and the checker load when it is used (client:use).
  test(`${CHECKER} loads at most 15 KB of JavaScript (gzip) and no React`, async ({ page }) => {
    const w = await pageWeight(page, CHECKER);
    expect(w.js, `eager JS of ${CHECKER}: ${w.js} bytes gzip`).toBeLessThanOrEqual(15 * KB);
    expect(w.reactBytes, `React bytes on ${CHECKER}`).toBe(0);
  });

  for (const path of allPages.filter((p) => !islandPages.includes(p) && p !== CHECKER)) {
    test(`${path} has no island and loads no React`, async ({ page }) => {
      const w = await pageWeight(page, path);
      expect(w.reactBytes, `React bytes on ${path}`).toBe(0);
    });
  }

  for (const path of allPages) {
    test(`${path} serves images in modern formats only`, async ({ page }) => {
      const w = await pageWeight(page, path);
      for (const type of w.imageTypes) {
        expect(['image/avif', 'image/webp', 'image/svg+xml'], `${path} loads ${type}`).toContain(
          type,
        );
      }
    });
  }
});
