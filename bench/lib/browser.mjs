import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, NO_CHROMIUM_MESSAGE, findChromium } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS };

/** The Chromium binary the benchmarks launch, as in the e2e tests. */
export function chromiumPath() {
  const found = findChromium(chromium);
  if (found === null) throw new Error(NO_CHROMIUM_MESSAGE);
  return found ?? chromium.executablePath();
}
