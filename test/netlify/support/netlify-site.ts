/**
 * The site in Netlify's own local runtime: `netlify serve --offline` (netlify-cli, pinned and
 * installed on demand by scripts/netlify-tools.mjs) on free loopback ports, serving what
 * `npm run build:netlify` built (the `prebuilt` context in netlify.toml skips building it
 * again), with the function's environment from `env`. Nothing it does needs the network.
 *
 * The runtime runs every request in a fresh worker, as if each were a new function
 * instance: nothing in a process's memory outlives a request, so the limits hold only in the
 * shared store. Each site gets its own redis-server (test/redis/support/redis-server.ts) as
 * RATE_LIMIT_REDIS_URL, unless `env` names one, as a deployment with more than one instance
 * must (README, Deployment).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { closedPort, freePort } from '../../../bench/lib/server.mjs';
import { ensureNetlifyTools, offlineEnv } from '../../../scripts/netlify-tools.mjs';
import { startRedis, type RedisServer } from '../../redis/support/redis-server';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** Starting the CLI; as a user runs it, it builds the whole site first. */
const STARTUP_MS = 360_000;
const BUILD_AND_STARTUP_MS = 720_000;

export interface NetlifySite {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startNetlifySite({
  krakenApiUrl,
  env = {},
  asIs = false,
}: {
  krakenApiUrl?: string;
  env?: Record<string, string>;
  /** `netlify serve --offline` exactly as a user types it: it builds the site first. */
  asIs?: boolean;
} = {}): Promise<NetlifySite> {
  if (!asIs && !existsSync(`${root}.netlify/v1/functions/ssr/ssr.mjs`)) {
    throw new Error('No Netlify build: run `npm run build:netlify` first.');
  }
  const bin = ensureNetlifyTools({ quiet: true });
  const [port, functionsPort, staticPort] = [await freePort(), await freePort(), await freePort()];
  const kraken = krakenApiUrl ?? `http://127.0.0.1:${await closedPort()}`;
  const redis: RedisServer | null = env['RATE_LIMIT_REDIS_URL'] ? null : await startRedis();
  const child = spawn(
    bin,
    [
      'serve',
      '--offline',
      ...(asIs ? [] : ['--context', 'branch:prebuilt']),
      '--port',
      String(port),
      '--functions-port',
      String(functionsPort),
      '--staticServerPort',
      String(staticPort),
    ],
    {
      cwd: root,
      // Its own process group, so that stop() ends the CLI and everything it started.
      detached: true,
      env: offlineEnv({
        ...(redis ? { RATE_LIMIT_REDIS_URL: redis.url } : {}),
        ...env,
        KRAKEN_API_URL: kraken,
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid!;
  const stop = async () => {
    await stopCli();
    await redis?.stop();
  };
  const stopCli = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  const waitMs = asIs ? BUILD_AND_STARTUP_MS : STARTUP_MS;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/`);
      await res.arrayBuffer();
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) {
      await redis?.stop();
      throw new Error(`netlify serve exited with ${child.exitCode}:\n${output}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`netlify serve did not answer within ${waitMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, pid, stop };
}
