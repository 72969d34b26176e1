/**
 * The relay's concurrency cap and its refusals, through the production server: a burst
 * never has more batches at Kraken at once than PROBE_MAX_CONCURRENT, counted by a proxy
 * in front of the fake Kraken, and a client refused as busy has not spent its budget.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite } from '../../bench/lib/server.mjs';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { REQUIRED } from '../fake-kraken/demo-keys.ts';
import { startFakeKraken, type FakeKraken } from '../fake-kraken/server.ts';

type Site = { url: string; stop(): Promise<void> };

/** Forwards to the fake Kraken, counting the calls in flight at once. */
function countingProxy(target: string) {
  let inFlight = 0;
  let most = 0;
  const server: Server = createServer((req, res) => {
    inFlight += 1;
    most = Math.max(most, inFlight);
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(
          ([name]) => !['host', 'content-length', 'connection'].includes(name),
        ),
      ) as Record<string, string>;
      fetch(`${target}${req.url}`, {
        method: req.method ?? 'POST',
        headers,
        body: Buffer.concat(chunks),
      })
        .then(async (answer) => {
          const body = Buffer.from(await answer.arrayBuffer());
          res.writeHead(answer.status, {
            'Content-Type': answer.headers.get('content-type') ?? 'application/json',
          });
          res.end(body);
        })
        .catch(() => res.destroy())
        .finally(() => {
          inFlight -= 1;
        });
    });
  });
  return new Promise<{ url: string; most(): number; close(): Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        most: () => most,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

let fake: FakeKraken;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
let burst: Site;
let single: Site;

beforeAll(async () => {
  fake = await startFakeKraken();
  proxy = await countingProxy(fake.url);
  [burst, single] = (await Promise.all([
    startSite({
      krakenApiUrl: proxy.url,
      env: {
        PROBE_MAX_CONCURRENT: '4',
        PROBE_CLIENT_LIMIT: '1000',
        PROBE_GLOBAL_LIMIT: '1000',
        TRUSTED_PROXIES: '127.0.0.1',
      },
    }),
    startSite({
      krakenApiUrl: fake.url,
      env: { PROBE_MAX_CONCURRENT: '1', PROBE_CLIENT_LIMIT: '2' },
    }),
  ])) as [Site, Site];
});
afterAll(async () => {
  await Promise.all([burst?.stop(), single?.stop()]);
  await proxy?.close();
  await fake?.close();
});

/** A key the fake knows, whose every call it answers after `delayMs`, as a signed batch. */
async function slowBatch(delayMs: number): Promise<string> {
  const pair = {
    apiKey: randomBytes(42).toString('base64'),
    privateKey: randomBytes(64).toString('base64'),
  };
  fake.addKey({ ...pair, permissions: REQUIRED, fault: { mode: 'slow', delayMs } });
  return JSON.stringify(await buildProbeBatch(pair));
}

async function post(site: Site, body: string, client?: string) {
  const response = await fetch(`${site.url}/api/kraken/probe`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(client ? { 'X-Forwarded-For': client } : {}),
    },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  const code = response.ok ? 'ok' : (JSON.parse(text) as { error: { code: string } }).error.code;
  return { status: response.status, code };
}

describe('PROBE_MAX_CONCURRENT', () => {
  it('a burst of 100 batches from 10 clients at 4: never more than 4 at Kraken at once', async () => {
    const batches = await Promise.all(Array.from({ length: 100 }, () => slowBatch(300)));
    const answers = await Promise.all(
      batches.map((body, i) => post(burst, body, `198.51.100.${(i % 10) + 1}`)),
    );
    const codes = new Set(answers.map((a) => a.code));
    expect(
      [...codes].every((code) => ['ok', 'rate-limited-busy'].includes(code)),
      [...codes].join(),
    ).toBe(true);
    expect(answers.filter((a) => a.code === 'ok').length).toBeGreaterThan(0);
    // Before: 42 at once.
    expect(proxy.most()).toBeGreaterThan(0);
    expect(proxy.most()).toBeLessThanOrEqual(4);
  });
});

describe('a busy refusal', () => {
  it('is not charged: a client with a budget of 2 refused as busy 5 times still runs its second batch', async () => {
    const held = post(single, await slowBatch(1_500));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const refused = await Promise.all(
      Array.from({ length: 5 }, async () => post(single, await slowBatch(0))),
    );
    expect(refused).toEqual(Array(5).fill({ status: 503, code: 'rate-limited-busy' }));
    expect(await held).toEqual({ status: 200, code: 'ok' });
    // Before: the busy answers had spent the budget, and this was 429 for ten minutes.
    expect(await post(single, await slowBatch(0))).toEqual({ status: 200, code: 'ok' });
    expect(await post(single, await slowBatch(0))).toMatchObject({ status: 429 });
  });
});
