/**
 * The site under test on a free loopback port, pointed at a fake Kraken on loopback: tests
 * that talk to a running site use this, under `flock /tmp/site-build.lock` so that nobody
 * rebuilds beneath them. Which runtime serves it is pluggable, by SITE_RUNTIME:
 *
 * - `node` (default): the production build (dist/) served by `node scripts/serve.mjs`;
 * - `netlify`: the Netlify build (dist-netlify/, .netlify/v1/) in Netlify's local runtime,
 *   `netlify serve --offline` (test/netlify/support/netlify-site.ts).
 *
 * A test written against `startSiteWithFake` or `startSiteUnderTest` runs on either.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { startSite } from '../../../bench/lib/server.mjs';
import { startNetlifySite } from '../../netlify/support/netlify-site';
import { startFakeKraken, type FakeKeyConfig, type FakeKraken } from '../../fake-kraken/server.ts';

export interface Site {
  url: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface SiteWithFake {
  site: Site;
  fake: FakeKraken;
  stop(): Promise<void>;
}

export type SiteRuntime = 'node' | 'netlify';

/** The runtime the tests of this run talk to (SITE_RUNTIME, default `node`). */
export function siteRuntime(): SiteRuntime {
  const value = process.env['SITE_RUNTIME'] ?? 'node';
  if (value !== 'node' && value !== 'netlify') {
    throw new Error(`SITE_RUNTIME must be "node" or "netlify", not "${value}".`);
  }
  return value;
}

/**
 * The built site in this run's runtime, with KRAKEN_API_URL at `krakenApiUrl` (a closed
 * loopback port when unset) and `env` for its settings.
 */
export async function startSiteUnderTest({
  krakenApiUrl,
  env = {},
}: { krakenApiUrl?: string; env?: Record<string, string> } = {}): Promise<Site> {
  const started = (
    siteRuntime() === 'netlify'
      ? await startNetlifySite({ ...(krakenApiUrl ? { krakenApiUrl } : {}), env })
      : await startSite({ ...(krakenApiUrl ? { krakenApiUrl } : {}), env })
  ) as { url: string; pid: number; stop(): Promise<void> };
  return { ...started, port: Number(new URL(started.url).port) };
}

/** Starts a fake Kraken, then the built site with KRAKEN_API_URL pointing at it. */
export async function startSiteWithFake({
  keys = [],
  env = {},
}: { keys?: readonly FakeKeyConfig[]; env?: Record<string, string> } = {}): Promise<SiteWithFake> {
  const fake = await startFakeKraken({ keys });
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(fake.url))
    throw new Error(`the fake is not on loopback: ${fake.url}`);
  const site = await startSiteUnderTest({ krakenApiUrl: fake.url, env });
  return {
    site,
    fake,
    async stop() {
      await site.stop();
      await fake.close();
    },
  };
}

/** The server process's resident set, in kB (Linux /proc). */
export function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
}

/** How many file descriptors (sockets included) the process holds open. */
export function openFds(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** Whether the process is still running. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
