import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../scripts/chromium.mjs';

export { CHROMIUM_ARGS };

/**
 * Playwright's own Chromium when it is installed (undefined: Playwright finds it), else the
 * system's (`CHROMIUM_PATH`, then /usr/bin/chromium), else a message that says how to get one.
 */
export function chromiumExecutable(): string | undefined {
  const found = findChromium(chromium);
  if (found === null) throw new Error(`${NO_CHROMIUM_MESSAGE} The end-to-end tests need it.`);
  return found;
}
