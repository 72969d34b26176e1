/**
 * A real redis-server (Debian's package) on a free loopback port with a temporary directory,
 * for the tests of the shared limits; stopped, and its directory removed, afterwards. It
 * never writes to disk (no RDB snapshots, no AOF) and binds 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../bench/lib/server.mjs';

const BINARY = process.env['REDIS_SERVER'] ?? 'redis-server';

export interface RedisServer {
  url: string;
  port: number;
  /** Runs one command with redis-cli's protocol over a plain socket; returns the raw reply. */
  command(...args: string[]): Promise<string>;
  /** Kills the server at once (a crash, not a shutdown). */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function checkInstalled(): void {
  const probe = spawnSync(BINARY, ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `redis-server is not installed (${BINARY}); the shared-limit tests start their own. Install it: apt-get install -y redis-server (the CI script does).`,
    );
  }
}

/** One RESP command over a fresh socket; the reply as text (enough for the tests' checks). */
function send(port: number, args: string[]): Promise<string> {
  const payload =
    `*${args.length}\r\n` + args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('');
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    socket.setTimeout(2_000, () => socket.destroy(new Error('redis did not answer in 2 s')));
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      // Every reply the tests ask for fits one read; a full line ends it.
      if (reply.endsWith('\r\n')) socket.end();
    });
    socket.on('close', () => resolve(reply));
    socket.write(payload);
  });
}

async function waitUp(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await send(port, ['PING'])).startsWith('+PONG')) return;
    } catch {
      /* not up yet */
    }
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('redis-server did not start within 10 s');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startRedis(): Promise<RedisServer> {
  checkInstalled();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'kraken-guide-redis-'));
  let child: ChildProcess | null = null;

  async function launch(): Promise<void> {
    const started = spawn(
      BINARY,
      [
        '--bind',
        '127.0.0.1',
        '--port',
        String(port),
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'no',
        '--protected-mode',
        'yes',
        '--maxmemory-policy',
        'volatile-ttl',
      ],
      { stdio: 'ignore' },
    );
    child = started;
    await waitUp(port, started);
  }

  async function kill(): Promise<void> {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((r) => running.once('exit', r));
    running.kill('SIGKILL');
    await exited;
  }

  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    command: (...args) => send(port, args),
    kill,
    restart: launch,
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
