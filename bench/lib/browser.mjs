import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Playwright's Chromium when installed, else the system's, as in the e2e tests. */
export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* not installed */
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  throw new Error(
    'No Chromium found: `npx playwright install chromium` or `apt-get install -y chromium`.',
  );
}

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath(), args: ARGS });
}
export { ARGS as CHROMIUM_ARGS };
