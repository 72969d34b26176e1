// The fake Kraken (test/fake-kraken/cli.ts) as a child process on a free loopback port, for
// benchmarks that must not share their load generator's CPU with it, and keys signed for it.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './server.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The pinned Node (runs the fake's TypeScript as is), else this one. */
export function nodeBinary() {
  const pinned = `${root}node_modules/.bin/node`;
  return existsSync(pinned) ? pinned : process.execPath;
}

export async function startFake() {
  const port = await freePort();
  const child = spawn(
    nodeBinary(),
    ['test/fake-kraken/cli.ts', '--port', String(port), '--host', '127.0.0.1', '--json'],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the fake Kraken did not start within 15 s')),
      15_000,
    );
    child.stdout.on('data', (chunk) => {
      out += chunk;
      try {
        JSON.parse(out);
        clearTimeout(timer);
        resolve(undefined);
      } catch {
        /* not all of it yet */
      }
    });
    child.once('exit', (code) => reject(new Error(`the fake Kraken exited with ${code}`)));
  });
  child.stdout.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}

/** Kraken's API-Sign, with node:crypto (the app's own signer is Web Crypto). */
export function sign(privateKey, path, nonce, body) {
  const digest = createHash('sha256')
    .update(nonce + body)
    .digest();
  return createHmac('sha512', Buffer.from(privateKey, 'base64'))
    .update(Buffer.concat([Buffer.from(path), digest]))
    .digest('base64');
}

/**
 * A fresh key on the fake with Query Funds, and a one-probe batch (Balance) signed with it, as
 * the relay takes it: every batch its own key, so the relay's per-key window never refuses.
 */
export async function signedBatch(fakeUrl, nonce) {
  const apiKey = randomBytes(42).toString('base64');
  const privateKey = randomBytes(64).toString('base64');
  const res = await fetch(`${fakeUrl}/__control/keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiKey, privateKey, permissions: ['funds_query'] }),
  });
  if (!res.ok) throw new Error(`could not add a key to the fake: HTTP ${res.status}`);
  await res.arrayBuffer();
  const body = `nonce=${nonce}`;
  return JSON.stringify({
    apiKey,
    requests: [
      {
        method: 'Balance',
        nonce: String(nonce),
        body,
        signature: sign(privateKey, '/0/private/Balance', String(nonce), body),
      },
    ],
  });
}
