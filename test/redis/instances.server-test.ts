/**
 * Two Node server processes (`node scripts/serve.mjs`, the production build) pointed at one
 * real redis-server share one client's budget, the key windows, the relay-wide cap and the
 * question limit; every entry they write expires. With Redis unreachable at start, or dropped
 * mid-run, they go on answering (each in its own memory, the documented fallback): no 5xx,
 * no hang; back on Redis once it returns. Build first (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, startSite } from '../../bench/lib/server.mjs';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { connectRedis, type RedisLink } from '../../src/lib/ratelimit/redis';
import { demoPair, REQUIRED } from '../fake-kraken/demo-keys.ts';
import { startFakeKraken, type FakeKraken } from '../fake-kraken/server.ts';
import { requestFrom, type Answer } from '../netlify/support/http';
import { startRedis, type RedisServer } from './support/redis-server';

interface Started {
  url: string;
  stop(): Promise<void>;
}

const CLIENT_LIMIT = 3;
const GLOBAL_LIMIT = 6;
const ASK_LIMIT = 4;

let redis: RedisServer;
let fake: FakeKraken;
let one: Started;
let two: Started;
let inspect: RedisLink;
let serial = 0;

const env = (redisUrl: string, extra: Record<string, string> = {}) => ({
  RATE_LIMIT_REDIS_URL: redisUrl,
  PROBE_CLIENT_LIMIT: String(CLIENT_LIMIT),
  PROBE_GLOBAL_LIMIT: String(GLOBAL_LIMIT),
  ASK_CLIENT_LIMIT: String(ASK_LIMIT),
  ...extra,
});

beforeAll(async () => {
  [redis, fake] = await Promise.all([startRedis(), startFakeKraken()]);
  const started = (await Promise.all([
    startSite({ krakenApiUrl: fake.url, env: env(redis.url) }),
    startSite({ krakenApiUrl: fake.url, env: env(redis.url) }),
  ])) as Started[];
  [one, two] = started as [Started, Started];
  inspect = connectRedis(redis.url);
});
afterAll(async () => {
  await inspect?.close();
  await Promise.all([one?.stop(), two?.stop()]);
  await Promise.all([fake?.close(), redis?.stop()]);
});

/** A batch for a fresh key the fake knows (or for `pair`), signed now. */
async function batch(pair = demoPair(`instances-${serial++}`)): Promise<string> {
  fake.addKey({ ...pair, permissions: REQUIRED });
  return JSON.stringify(await buildProbeBatch(pair));
}

async function probe(site: Started, from: string, body?: string): Promise<Answer> {
  return requestFrom(from, `${site.url}/api/kraken/probe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body ?? (await batch()),
  });
}

const code = (answer: Answer) =>
  answer.status === 200
    ? 'ok'
    : (JSON.parse(answer.text) as { error: { code: string } }).error.code;

describe('two server processes on one Redis', () => {
  it('share one client’s budget: the third batch on either is the last', async () => {
    const codes = [];
    for (const site of [one, two, one, two]) codes.push(code(await probe(site, '127.0.0.1')));
    expect(codes).toEqual(['ok', 'ok', 'ok', 'rate-limited-client']);
  });

  it('share the key windows: a key checked on one is refused on the other', async () => {
    const pair = demoPair(`instances-key-${serial++}`);
    expect(code(await probe(one, '127.0.0.2', await batch(pair)))).toBe('ok');
    const again = await probe(two, '127.0.0.3', await batch(pair));
    expect(code(again)).toBe('rate-limited-key');
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });

  it(`share the relay-wide cap (${GLOBAL_LIMIT} a minute here)`, async () => {
    // Counted so far: three batches, a key refused after the cap counted it: five.
    expect(code(await probe(one, '127.0.0.4'))).toBe('ok');
    expect(code(await probe(two, '127.0.0.5'))).toBe('rate-limited-global');
  });

  it('share the question limit', async () => {
    const statuses = [];
    for (const site of [one, two, one, two, one]) {
      const res = await requestFrom('127.0.0.6', `${site.url}/exchange/kraken.md?ask=nonce+window`);
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it('write only entries that expire', async () => {
    await inspect.ready();
    const keys = await inspect.client.keys('ratelimit:*');
    expect(keys.length).toBeGreaterThan(5);
    for (const key of keys) {
      const ttl = await inspect.client.pttl(key);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(10 * 60_000);
    }
  });
});

describe('when Redis fails', () => {
  it('unreachable at start: the server answers, and limits each client in its own memory', async () => {
    const site = (await startSite({
      krakenApiUrl: fake.url,
      env: env(`redis://127.0.0.1:${await closedPort()}`, { PROBE_CLIENT_LIMIT: '1' }),
    })) as Started;
    try {
      const started = Date.now();
      const first = await probe(site, '127.0.0.7');
      const second = await probe(site, '127.0.0.7');
      expect(Date.now() - started, 'no hang').toBeLessThan(10_000);
      expect([code(first), code(second)]).toEqual(['ok', 'rate-limited-client']);
      const asked = await requestFrom(
        '127.0.0.7',
        `${site.url}/exchange/kraken.md?ask=nonce+window`,
      );
      expect(asked.status).toBe(200);
    } finally {
      await site.stop();
    }
  });

  it('dropped mid-run: no 5xx and no hang, then shared again once Redis is back', async () => {
    await redis.kill();
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => probe(i % 2 ? one : two, `127.0.1.${i + 1}`)),
    );
    for (const answer of answers)
      expect(answer.status, answer.text.slice(0, 200)).toBeLessThan(500);
    expect(Date.now() - started, 'answered within the store’s timeout, not held').toBeLessThan(
      10_000,
    );
    const check = await requestFrom('127.0.0.1', `${one.url}/api/kraken/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ form: 'pro', permissions: [] }),
    });
    expect(check.status, 'the offline checks never needed Redis').toBe(200);

    await redis.restart();
    // The servers try Redis again 5 s after their last failure.
    await new Promise((r) => setTimeout(r, 5_500));
    const codes = [];
    for (const site of [one, two, one, two]) codes.push(code(await probe(site, '127.0.2.1')));
    expect(codes, 'one budget for both again').toEqual(['ok', 'ok', 'ok', 'rate-limited-client']);
  });
});
