// Starts the production build on a free loopback port for a benchmark, pointed at a closed
// loopback port (or the given fake) instead of the real Kraken, and stops it afterwards.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A loopback port nothing listens on: any call to it is refused at once. */
export async function closedPort() {
  return freePort();
}

/**
 * @param {{ krakenApiUrl?: string, env?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, pid: number | undefined, stop(): Promise<void> }>}
 */
export async function startSite({ krakenApiUrl, env = {} } = {}) {
  if (!existsSync(`${root}dist/server/entry.mjs`)) {
    throw new Error('No production build in dist/: run `npm run build` first.');
  }
  const port = await freePort();
  const kraken = krakenApiUrl ?? `http://127.0.0.1:${await closedPort()}`;
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    // Every client of a benchmark or test is 127.0.0.1: many connections, one address.
    env: {
      ...process.env,
      MAX_CONNECTIONS_PER_CLIENT: '100000',
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      KRAKEN_API_URL: kraken,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error(`the site server exited with ${child.exitCode}`);
    if (Date.now() > deadline) {
      child.kill();
      throw new Error('the site server did not start within 20 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
