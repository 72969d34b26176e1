// Which Chromium the e2e tests, the benchmarks and the screenshot script drive, and with
// which flags: one definition for all three.
import { existsSync } from 'node:fs';

/** Flags Debian's Chromium needs as root on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found. Install one with `npx playwright install chromium` or, on Debian/Ubuntu, ' +
  '`sudo apt-get install -y chromium` (or set CHROMIUM_PATH).';

/**
 * `CHROMIUM_PATH` when set; `undefined` when Playwright's own Chromium is installed (it
 * finds it itself); else the system's; `null` when there is none.
 * @param {{ executablePath(): string }} chromium Playwright's `chromium` browser type.
 * @returns {string | undefined | null}
 */
export function findChromium(chromium) {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  let bundled;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}
