#!/usr/bin/env node
// The key checker on a slow phone: Chromium with Lighthouse's mobile CPU slowdown (4×,
// CDP Emulation.setCPUThrottlingRate) on the production build. Per run, a fresh page:
//   - first result: from the first interaction with the nonce field (focus, then the key "2"
//     at once) to the nonce check's result on screen, including loading React and the checker;
//   - later keys: for each further key of "2000000", the time the page spends on the key
//     (keydown until its input event is handled: React's render and commit included), and the
//     time until the next frame starts after it.
// Timings are measured in the page (performance.now()) and reported, never asserted.
//
//   npm run build && node bench/interaction.mjs [--runs 5]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './lib/browser.mjs';
import { startSite } from './lib/server.mjs';

export const CPU_SLOWDOWN = 4;
export const FIRST_RESULT_TARGET_MS = 300;
export const FRAME_MS = 1000 / 60;
const CHECKER = '/exchange/kraken/key-checker/';
const RESULT = '[data-check="nonce-window"]';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Installed before the page's own scripts: records interactions and when results appear. */
function instrument(selector) {
  const marks = { interaction: null, firstResult: null, keys: [] };
  window.__interactionBench = marks;
  addEventListener(
    'focusin',
    () => {
      marks.interaction ??= performance.now();
    },
    true,
  );
  addEventListener(
    'keydown',
    () => {
      const key = { down: performance.now(), handled: null, frame: null };
      marks.keys.push(key);
      requestAnimationFrame(() => {
        key.frame = performance.now();
      });
    },
    true,
  );
  // Bubbling listener on the window: runs after the island's own handler (React's root).
  addEventListener('input', () => {
    const key = marks.keys.at(-1);
    if (key && key.handled === null) key.handled = performance.now();
  });
  new MutationObserver(() => {
    if (marks.firstResult === null && document.querySelector(selector)?.dataset.status) {
      const at = performance.now();
      requestAnimationFrame(() => {
        marks.firstResult ??= at;
        marks.firstFrame = performance.now();
      });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

async function oneRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(instrument, RESULT);
  await page.goto(url + CHECKER, { waitUntil: 'load' });
  const form = page.getByRole('form', { name: 'Key checker' });
  const field = page.getByLabel('Nonce window on your key');
  const wokeEarly = (await form.getAttribute('data-hydrated')) === 'true';
  await field.focus();
  await page.keyboard.press('2');
  await page.locator(RESULT).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => window.__interactionBench.firstFrame !== undefined);
  for (const key of '000000') {
    await page.keyboard.press(key);
    await page.waitForFunction(
      (n) => {
        const keys = window.__interactionBench.keys;
        return keys.length >= n && keys[n - 1].handled !== null && keys[n - 1].frame !== null;
      },
      (await page.evaluate(() => window.__interactionBench.keys.length)) || 1,
    );
  }
  await page.waitForSelector(`${RESULT}[data-status="pass"]`);
  const marks = await page.evaluate(() => window.__interactionBench);
  await context.close();
  const later = marks.keys.slice(1);
  return {
    wokeEarly,
    firstResult: marks.firstFrame - marks.interaction,
    work: later.map((k) => k.handled - k.down),
    toFrame: later.map((k) => k.frame - k.down),
  };
}

export async function runInteractionBench({ runs = 5 } = {}) {
  const site = await startSite();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const samples = [];
    const load = [loadavg()[0]];
    for (let i = 0; i < runs; i++) samples.push(await oneRun(browser, site.url));
    load.push(loadavg()[0]);
    const first = samples.map((s) => s.firstResult);
    const work = samples.flatMap((s) => s.work);
    const toFrame = samples.flatMap((s) => s.toFrame);
    return {
      runs,
      load,
      wokeEarly: samples.filter((s) => s.wokeEarly).length,
      first: { median: median(first), min: Math.min(...first), max: Math.max(...first) },
      work: { median: median(work), max: Math.max(...work) },
      toFrame: { median: median(toFrame), max: Math.max(...toFrame) },
    };
  } finally {
    await browser.close();
    await site.stop();
  }
}

const ms = (x) => `${Math.round(x)} ms`;

export function markdown(r) {
  const firstMet = r.first.median <= FIRST_RESULT_TARGET_MS;
  const laterMet = r.work.median <= FRAME_MS;
  return [
    `Chromium at ${CPU_SLOWDOWN}× CPU slowdown (Lighthouse's mobile setting), phone viewport, ${r.runs} fresh page loads; React and the checker load on first use. ` +
      `The machine's 1-minute load average was ${r.load.map((x) => x.toFixed(1)).join(' before, ')} after: wall-clock times in the page grow with it.`,
    '',
    '| figure | median | spread | target |',
    '| --- | ---: | ---: | --- |',
    `| first interaction (focus, key) → first result on screen, loading React included | ${ms(r.first.median)} | ${ms(r.first.min)}–${ms(r.first.max)} | ≤ ${FIRST_RESULT_TARGET_MS} ms, ${firstMet ? '**met**' : '**not met**'} |`,
    `| later keys: the page's work per key (keydown → input handled, React render and commit) | ${ms(r.work.median)} | max ${ms(r.work.max)} | within one frame (≤ ${FRAME_MS.toFixed(1)} ms), ${laterMet ? '**met**' : '**not met**'} |`,
    `| later keys: keydown → next frame | ${ms(r.toFrame.median)} | max ${ms(r.toFrame.max)} | — |`,
    ...(r.wokeEarly
      ? ['', `In ${r.wokeEarly} of the runs the island had woken before the first interaction.`]
      : []),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  console.log(markdown(await runInteractionBench({ runs: Number(values.runs ?? 5) })));
}
