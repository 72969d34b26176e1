#!/usr/bin/env node
// Per page: eager JS, CSS and image bytes and requests before any interaction; Lighthouse
// (mobile, median of 5, with the spread); and search latency (last keystroke to results,
// first and later queries). Headless Chromium on loopback, the production build, each
// figure beside its target.
//
//   npm run build && node bench/pages.mjs [--runs 5]
import lighthouse from 'lighthouse';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.mjs';
import { freePort, startSite } from './lib/server.mjs';
import { pageWeight } from './lib/page-weight.mjs';

export const PAGES = [
  ['Home', '/'],
  ['Overview', '/exchange/kraken/'],
  ['Kraken Pro', '/exchange/kraken/pro/'],
  ['Kraken Classic', '/exchange/kraken/classic/'],
  ['Troubleshooting', '/exchange/kraken/troubleshooting/'],
  ['Key checker', '/exchange/kraken/key-checker/'],
];

const QUERIES = ['nonce window', 'IP whitelisting', 'API Secret', 'Permission denied', 'lockout'];

/** Targets: performance at least this on every page (the other categories at 100). */
export const LIGHTHOUSE_TARGET = 98;
export const SEARCH_FIRST_TARGET_MS = 400;
export const SEARCH_LATER_TARGET_MS = 100;
/** Eager JavaScript, gzip (held by e2e/budget.spec.ts). */
const JS_BUDGET = { '/exchange/kraken/key-checker/': 15 * 1024 };
const GUIDE_JS_BUDGET = 12 * 1024;
const GUIDES = ['/exchange/kraken/', '/exchange/kraken/pro/', '/exchange/kraken/classic/'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function weights(browser, url) {
  const out = [];
  for (const [name, path] of PAGES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    out.push({ name, path, ...(await pageWeight(page, url + path)) });
    await context.close();
  }
  return out;
}

/**
 * Search as a user types it: each query typed key by key (60 ms apart), timed in the page
 * from the last keystroke's input event to the frame showing results for the whole query.
 * The first query of the visit also loads Pagefind (engine, WebAssembly, index).
 */
async function searchTimings(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/exchange/kraken/`, { waitUntil: 'networkidle' });
  const times = [];
  for (const query of QUERIES) {
    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill('');
    await input.evaluate((el, q) => {
      window.__searchBench = { last: 0, shown: 0 };
      el.addEventListener('input', () => (window.__searchBench.last = performance.now()));
      const observer = new MutationObserver(() => {
        const done =
          el.value === q &&
          document.querySelector('.pagefind-ui__message')?.textContent?.includes(q) &&
          document.querySelectorAll('.pagefind-ui__result').length > 0;
        if (!done) return;
        observer.disconnect();
        requestAnimationFrame(() => (window.__searchBench.shown = performance.now()));
      });
      observer.observe(document.querySelector('#starlight__search'), {
        subtree: true,
        childList: true,
        characterData: true,
      });
    }, query);
    await input.pressSequentially(query, { delay: 60 });
    await page.waitForFunction(() => window.__searchBench.shown > 0);
    times.push(await page.evaluate(() => window.__searchBench.shown - window.__searchBench.last));
    await page.keyboard.press('Escape');
  }
  await context.close();
  const later = times.slice(1);
  return {
    first: Math.round(times[0]),
    later: Math.round(median(later)),
    laterRange: [Math.round(Math.min(...later)), Math.round(Math.max(...later))],
  };
}

async function lighthouseScores(url, runs) {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  const out = [];
  try {
    for (const [name, path] of PAGES) {
      const samples = [];
      let failed = 0;
      // A run Lighthouse itself could not complete (a runtime error such as NO_NAVSTART, every
      // score null) is retried, up to three times per page, and counted in the report.
      for (let i = 0; samples.length < runs && i < runs + 3; i++) {
        const { lhr } = await lighthouse(url + path, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (lhr.runtimeError || lhr.categories.performance.score === null) {
          failed += 1;
          continue;
        }
        samples.push({
          performance: lhr.categories.performance.score * 100,
          accessibility: lhr.categories.accessibility.score * 100,
          bestPractices: lhr.categories['best-practices'].score * 100,
          seo: lhr.categories.seo.score * 100,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
        });
      }
      const pick = (k) => median(samples.map((s) => s[k]));
      const perf = samples.map((s) => s.performance);
      out.push({
        name,
        path,
        performanceRange: [Math.min(...perf), Math.max(...perf)],
        failed,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        lcp: Math.round(pick('lcp')),
        tbt: Math.round(pick('tbt')),
      });
    }
  } finally {
    await browser.close();
  }
  return out;
}

export async function runPagesBench({ runs = 5 } = {}) {
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const w = await weights(browser, site.url);
    const search = await searchTimings(browser, site.url);
    await browser.close();
    const lh = await lighthouseScores(site.url, runs);
    return { weights: w, search, lighthouse: lh, runs };
  } finally {
    await browser.close().catch(() => {});
    await site.stop();
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

export function markdown(r) {
  return [
    '### Page weight before any interaction',
    '',
    'JS and CSS as gzip bytes (inline scripts included), images as sent, requests until the network is idle.',
    '',
    '| page | eager JS | JS budget | CSS | images | requests | React loaded |',
    '| --- | ---: | --- | ---: | ---: | ---: | --- |',
    ...r.weights.map((w) => {
      const budget = JS_BUDGET[w.path] ?? (GUIDES.includes(w.path) ? GUIDE_JS_BUDGET : null);
      const held = budget ? `≤ ${kb(budget)}, ${w.js <= budget ? '**met**' : '**not met**'}` : '—';
      return `| ${w.name} (\`${w.path}\`) | ${kb(w.js)} | ${held} | ${kb(w.css)} | ${kb(w.img)} | ${w.requests} | ${w.reactBytes ? 'yes' : 'no'} |`;
    }),
    '',
    `### Lighthouse (mobile, median of ${r.runs})`,
    '',
    `Target: performance at least ${LIGHTHOUSE_TARGET} on every page, the other three at 100. Spread: the lowest and highest performance score of the ${r.runs} runs.` +
      (r.lighthouse.some((l) => l.failed)
        ? ` Runs Lighthouse could not complete, retried: ${r.lighthouse
            .filter((l) => l.failed)
            .map((l) => `${l.name} ${l.failed}`)
            .join(', ')}.`
        : ''),
    '',
    '| page | performance | spread | accessibility | best practices | SEO | LCP | TBT | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...r.lighthouse.map((l) => {
      const met =
        l.performance >= LIGHTHOUSE_TARGET &&
        l.accessibility === 100 &&
        l.bestPractices === 100 &&
        l.seo === 100;
      return `| ${l.name} | ${l.performance} | ${l.performanceRange[0]}–${l.performanceRange[1]} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcp} ms | ${l.tbt} ms | ${met ? '**met**' : '**not met**'} |`;
    }),
    '',
    '### Search',
    '',
    'Each query typed key by key, timed in the page from the last keystroke to the frame that shows its results.',
    '',
    '| query | time | target |',
    '| --- | ---: | --- |',
    `| first of a visit (loads Pagefind and its index) | ${r.search.first} ms | ≤ ${SEARCH_FIRST_TARGET_MS} ms, ${r.search.first <= SEARCH_FIRST_TARGET_MS ? '**met**' : '**not met**'} |`,
    `| later ones (median of ${QUERIES.length - 1}; ${r.search.laterRange[0]}–${r.search.laterRange[1]} ms) | ${r.search.later} ms | ≤ ${SEARCH_LATER_TARGET_MS} ms, ${r.search.later <= SEARCH_LATER_TARGET_MS ? '**met**' : '**not met**'} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  console.log(markdown(await runPagesBench({ runs: Number(values.runs ?? 5) })));
}
