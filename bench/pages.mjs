#!/usr/bin/env node
// Per page: eager JS, CSS and image bytes and requests before any interaction; Lighthouse
// (mobile, median of 5); and search latency (typing to first results, first and later
// queries). Headless Chromium on loopback, the production build.
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

async function searchTimings(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/exchange/kraken/`, { waitUntil: 'networkidle' });
  const times = [];
  for (const query of [
    'nonce window',
    'IP whitelisting',
    'API Secret',
    'Permission denied',
    'lockout',
  ]) {
    await page.keyboard.press('Control+k');
    const input = page.locator('#starlight__search input.pagefind-ui__search-input');
    await input.waitFor();
    await input.fill('');
    const started = Date.now();
    await input.fill(query);
    await page.waitForFunction(
      (q) =>
        document.querySelector('.pagefind-ui__results') &&
        document.querySelector('.pagefind-ui__message')?.textContent?.includes(q) &&
        document.querySelectorAll('.pagefind-ui__result').length > 0,
      query,
    );
    times.push(Date.now() - started);
    await page.keyboard.press('Escape');
  }
  await context.close();
  return { first: times[0], later: median(times.slice(1)) };
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
      for (let i = 0; i < runs; i++) {
        const { lhr } = await lighthouse(url + path, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
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
      out.push({
        name,
        path,
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
    '| page | eager JS | CSS | images | requests | React loaded |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...r.weights.map(
      (w) =>
        `| ${w.name} (\`${w.path}\`) | ${kb(w.js)} | ${kb(w.css)} | ${kb(w.img)} | ${w.requests} | ${w.reactBytes ? 'yes' : 'no'} |`,
    ),
    '',
    `### Lighthouse (mobile, median of ${r.runs})`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.lighthouse.map(
      (l) =>
        `| ${l.name} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.lcp} ms | ${l.tbt} ms |`,
    ),
    '',
    '### Search',
    '',
    `From typing a query to the first results: **${r.search.first} ms** for the first query of a visit (loads Pagefind and its index), **${r.search.later} ms** (median) for later ones.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  console.log(markdown(await runPagesBench({ runs: Number(values.runs ?? 5) })));
}
