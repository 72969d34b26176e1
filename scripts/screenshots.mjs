/**
 * Renders the guide's 21 figures from the replica scenes in scripts/scenes/
 * to src/assets/figures/<id>.png.
 *
 *   npm run screenshots                 # all figures
 *   npm run screenshots -- pro-generate # only the ids given
 *   npm run screenshots -- --html out/  # also write each scene's HTML, for a look in a browser
 *
 * Offline and deterministic: scenes are loaded with setContent, every
 * request is refused, fonts are local system fonts, animations and the caret
 * are off, and the PNG is re-encoded by sharp without metadata, so two runs
 * give byte-identical files.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from './chromium.mjs';
import { SCENES } from './scenes/index.mjs';
import { assertSampleKeys } from './scenes/sample-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, 'src/assets/figures');

/** The shared flags, plus what makes rendering the same on every run. */
const SCREENSHOT_ARGS = [
  ...CHROMIUM_ARGS,
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];

async function main() {
  const args = process.argv.slice(2);
  const htmlAt = args.indexOf('--html');
  const htmlDir = htmlAt >= 0 ? resolve(args[htmlAt + 1] ?? 'scenes-html') : null;
  const only = args.filter((a, i) => !a.startsWith('--') && (htmlAt < 0 || i !== htmlAt + 1));
  const unknown = only.filter((id) => !SCENES.some((s) => s.id === id));
  if (unknown.length) throw new Error(`Unknown figure id(s): ${unknown.join(', ')}`);
  const scenes = only.length ? SCENES.filter((s) => only.includes(s.id)) : SCENES;

  assertSampleKeys();
  const ids = new Set(SCENES.map((s) => s.id));
  if (ids.size !== SCENES.length) throw new Error('Two scenes share an id.');

  const { chromium } = await import('@playwright/test');
  const executablePath = findChromium(chromium);
  if (executablePath === null) {
    console.error(NO_CHROMIUM_MESSAGE);
    process.exitCode = 1;
    return;
  }

  const browser = await chromium.launch({ executablePath, args: SCREENSHOT_ARGS });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 2,
      colorScheme: 'light',
      reducedMotion: 'reduce',
      locale: 'en-US',
      timezoneId: 'UTC',
      javaScriptEnabled: true,
    });
    // Scenes are self-contained; anything that tries the network is a bug.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await mkdir(OUT_DIR, { recursive: true });
    if (htmlDir) await mkdir(htmlDir, { recursive: true });

    for (const scene of scenes) {
      const html = scene.html();
      if (htmlDir) await writeFile(join(htmlDir, `${scene.id}.html`), html);
      await page.setContent(html, { waitUntil: 'load' });
      // Fonts are local, but wait for them before the rings are measured.
      await page.evaluate(async () => {
        await globalThis.document.fonts.ready;
        globalThis.__layout();
      });
      const win = page.locator('.window');
      const raw = await win.screenshot({ animations: 'disabled', caret: 'hide', type: 'png' });
      const png = await sharp(raw)
        .png({ palette: true, colours: 256, dither: 0.5, compressionLevel: 9, effort: 10 })
        .toBuffer();
      const file = join(OUT_DIR, `${scene.id}.png`);
      await writeFile(file, png);
      const { width, height } = await sharp(png).metadata();
      console.log(
        `${scene.id.padEnd(26)} ${width}x${height}  ${(png.length / 1024).toFixed(1)} KB`,
      );
    }
  } finally {
    await browser.close();
  }
  console.log(`Wrote ${scenes.length} figure(s) to ${OUT_DIR}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
