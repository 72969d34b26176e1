/**
 * The production build (dist/) on a free loopback port, pointed at a fake
 * Kraken on loopback: tests that talk to the real server use this, under
 * `flock /tmp/site-build.lock` so that nobody rebuilds dist/ beneath them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { startSite } from '../../../bench/lib/server.mjs';
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

/** Starts a fake Kraken, then the built site with KRAKEN_API_URL pointing at it. */
export async function startSiteWithFake({
  keys = [],
  env = {},
}: { keys?: readonly FakeKeyConfig[]; env?: Record<string, string> } = {}): Promise<SiteWithFake> {
  const fake = await startFakeKraken({ keys });
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(fake.url))
    throw new Error(`the fake is not on loopback: ${fake.url}`);
  const started = (await startSite({ krakenApiUrl: fake.url, env })) as {
    url: string;
    pid: number;
    stop(): Promise<void>;
  };
  const site: Site = { ...started, port: Number(new URL(started.url).port) };
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
