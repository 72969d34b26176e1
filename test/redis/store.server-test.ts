/**
 * The Redis store against a real redis-server (Debian's package) on loopback: the same
 * contract as every store, exact counting when two instances hit one key at once, entries
 * that expire with their windows, and the failover to memory when Redis is unreachable at
 * start or dropped mid-run: bounded in time, logged once, back on Redis when it returns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort } from '../../bench/lib/server.mjs';
import { createFailoverStore } from '../../src/lib/ratelimit/failover';
import { createMemoryStore } from '../../src/lib/ratelimit/memory';
import { connectRedis, createRedisStore, type RedisLink } from '../../src/lib/ratelimit/redis';
import { describeStoreContract } from '../../src/lib/ratelimit/store-contract';
import { startRedis, type RedisServer } from './support/redis-server';

let redis: RedisServer;
const links: RedisLink[] = [];
let serial = 0;

function link(url = redis.url): RedisLink {
  const made = connectRedis(url);
  links.push(made);
  return made;
}
/** A store under a prefix of its own, so that tests never share a key. */
const fresh = (prefix = `t${serial++}:`) => createRedisStore(link(), prefix);

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(links.map((l) => l.close()));
  await redis?.stop();
});

describeStoreContract('the Redis store', () => fresh());

describe('the Redis store, shared', () => {
  it('counts exactly when two instances hit one key at once', async () => {
    const prefix = `race${serial++}:`;
    const [one, two] = [createRedisStore(link(), prefix), createRedisStore(link(), prefix)];
    const hits = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        (i % 2 ? one : two).hit('client:192.0.2.1', 60_000, 10, 0),
      ),
    );
    expect(hits.filter((h) => h.allowed)).toHaveLength(10);
  });

  it('gives every entry the time to live of its window, and Redis drops it after', async () => {
    const prefix = `ttl${serial++}:`;
    const store = createRedisStore(link(), prefix);
    const now = Date.now();
    await store.hit('key:abc', 400, 1, now);
    await store.block('pause:abc', now + 400, now);
    for (const key of ['key:abc', 'pause:abc']) {
      const ttl = Number(/:(-?\d+)/.exec(await redis.command('PTTL', `${prefix}${key}`))?.[1]);
      expect(ttl, key).toBeGreaterThan(0);
      expect(ttl, key).toBeLessThanOrEqual(400);
    }
    await new Promise((r) => setTimeout(r, 600));
    for (const key of ['key:abc', 'pause:abc']) {
      expect(await redis.command('EXISTS', `${prefix}${key}`), key).toBe(':0\r\n');
    }
  });

  it('leaves nothing behind a release or a block that has already ended', async () => {
    const prefix = `gone${serial++}:`;
    const store = createRedisStore(link(), prefix);
    await store.hit('k', 60_000, 5, 0);
    await store.release('k');
    await store.block('b', 10, 20);
    expect(await redis.command('EXISTS', `${prefix}k`)).toBe(':0\r\n');
    expect(await redis.command('EXISTS', `${prefix}b`)).toBe(':0\r\n');
  });
});

function failover(url: string) {
  const logs: string[] = [];
  const store = createFailoverStore(
    createRedisStore(link(url), `f${serial++}:`),
    createMemoryStore({ timer: false }),
    {
      name: 'test limits',
      retryAfterMs: 300,
      log: (line) => logs.push(line),
    },
  );
  return { store, logs };
}

describe('the Redis store when Redis fails', () => {
  it('unreachable at start: answers from memory at once, logs once, keeps the limit', async () => {
    const { store, logs } = failover(`redis://127.0.0.1:${await closedPort()}`);
    const started = Date.now();
    const hits = [];
    for (let i = 0; i < 3; i++)
      hits.push((await store.hit('client:192.0.2.1', 60_000, 2, 0)).allowed);
    expect(Date.now() - started, 'no hang').toBeLessThan(3_000);
    expect(hits).toEqual([true, true, false]);
    expect(store.degraded).toBe(true);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/ECONNREFUSED|failed/);
    expect(logs[0]).not.toContain('192.0.2.1');
  });

  it('dropped mid-run: memory within the timeout, then Redis again once it is back', async () => {
    const own = await startRedis();
    try {
      const { store, logs } = failover(own.url);
      expect((await store.hit('k', 60_000, 100, 0)).allowed).toBe(true);
      expect(store.degraded).toBe(false);
      await own.kill();
      const started = Date.now();
      const during = [];
      for (let i = 0; i < 20; i++) during.push(await store.hit('k', 60_000, 100, 0));
      expect(Date.now() - started, 'one timeout at most, not one per request').toBeLessThan(3_000);
      expect(during.every((h) => h.allowed)).toBe(true);
      expect(store.degraded).toBe(true);
      await own.restart();
      await new Promise((r) => setTimeout(r, 400));
      expect((await store.hit('k', 60_000, 100, 0)).allowed).toBe(true);
      expect(store.degraded, 'back on Redis').toBe(false);
      expect(logs.map((l) => (l.includes('answers again') ? 'back' : 'down'))).toEqual([
        'down',
        'back',
      ]);
      expect(await own.command('EXISTS', 'unused'), 'the restarted Redis answers').toBe(':0\r\n');
    } finally {
      await own.stop();
    }
  });
});
