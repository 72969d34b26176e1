import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory';
import { createProbeLimiter, hashApiKey } from './probe-limits';
import type { HitResult, RateLimitStore } from './store';

describe('createMemoryStore', () => {
  it.each([
    { at: [0, 1, 2], limit: 3, expected: [true, true, true] },
    { at: [0, 1, 2, 3], limit: 3, expected: [true, true, true, false] },
    { at: [0, 999, 1000], limit: 1, expected: [true, false, true] },
  ])('allows $limit hits per 1000 ms at $at → $expected', async ({ at, limit, expected }) => {
    const store = createMemoryStore();
    const results: boolean[] = [];
    for (const t of at) results.push((await store.hit('k', 1000, limit, t)).allowed);
    expect(results).toEqual(expected);
  });

  it('gives Retry-After as the whole seconds left in the window', async () => {
    const store = createMemoryStore();
    await store.hit('k', 30_000, 1, 0);
    await expect(store.hit('k', 30_000, 1, 10_500)).resolves.toEqual({
      allowed: false,
      retryAfterSeconds: 20,
    });
  });

  it('never holds more than maxEntries keys', async () => {
    const store = createMemoryStore({ maxEntries: 100 });
    for (let i = 0; i < 10_000; i++) await store.hit(`k${i}`, 60_000, 1, i);
    expect(store.size).toBe(100);
  });

  it('drops expired entries before live ones when full', async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    await store.hit('live', 60_000, 1, 0);
    await store.hit('expired', 10, 1, 0);
    await store.hit('new', 60_000, 1, 100);
    await expect(store.hit('live', 60_000, 1, 200)).resolves.toMatchObject({ allowed: false });
  });

  it('sweeps expired entries at most once a second; in between, the least recently hit key goes', async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    await store.hit('x', 60_000, 1, 0);
    await store.hit('y', 10, 1, 0);
    await store.hit('z', 60_000, 1, 100); // full: the sweep drops the expired y
    await store.hit('w', 10, 1, 200); // full again, swept 100 ms ago: x, least recent, goes
    await expect(store.hit('x', 60_000, 1, 300), 'x starts afresh').resolves.toMatchObject({
      allowed: true,
    });
    // (x's return pushed out z, least recent by then.) A second after the first sweep the
    // next one runs: the expired w goes, and x, still live, keeps its window.
    await store.hit('v', 60_000, 1, 1_300);
    await expect(store.hit('x', 60_000, 1, 1_400), 'x kept its window').resolves.toMatchObject({
      allowed: false,
    });
    expect(store.size).toBe(2);
  });

  it('drops the least recently hit key when full', async () => {
    const store = createMemoryStore({ maxEntries: 2 });
    await store.hit('a', 60_000, 1, 0);
    await store.hit('b', 60_000, 1, 1);
    await store.hit('a', 60_000, 1, 2);
    await store.hit('c', 60_000, 1, 3);
    await expect(store.hit('a', 60_000, 1, 4)).resolves.toMatchObject({ allowed: false });
    await expect(store.hit('b', 60_000, 1, 5)).resolves.toMatchObject({ allowed: true });
  });
});

describe('createProbeLimiter', () => {
  it('allows one batch per key per 30 s', async () => {
    const limiter = createProbeLimiter({ store: createMemoryStore() });
    await expect(limiter.check('key', '1.2.3.4', 0)).resolves.toEqual({ allowed: true });
    await expect(limiter.check('key', '5.6.7.8', 29_000)).resolves.toMatchInlineSnapshot(`
      {
        "allowed": false,
        "message": "This key was checked less than 30 s ago, and Kraken limits how often a key may call; try again in 1 s.",
        "retryAfterSeconds": 1,
        "scope": "key",
      }
    `);
    await expect(limiter.check('key', '1.2.3.4', 30_000)).resolves.toEqual({ allowed: true });
  });

  it('allows 10 batches per client address per 10 minutes', async () => {
    const limiter = createProbeLimiter({ store: createMemoryStore() });
    for (let i = 0; i < 10; i++) {
      await expect(limiter.check(`key${i}`, '1.2.3.4', i)).resolves.toEqual({ allowed: true });
    }
    await expect(limiter.check('key10', '1.2.3.4', 60_000)).resolves.toMatchInlineSnapshot(`
      {
        "allowed": false,
        "message": "This address ran the check 10 times in 10 minutes; try again in 540 s.",
        "retryAfterSeconds": 540,
        "scope": "client",
      }
    `);
  });

  it('keys the store by a hash, never the API key itself', async () => {
    const seen: string[] = [];
    const store: RateLimitStore = {
      hit: (key): Promise<HitResult> => {
        seen.push(key);
        return Promise.resolve({ allowed: true, retryAfterSeconds: 0 });
      },
    };
    await createProbeLimiter({ store }).check('my-secret-api-key', '1.2.3.4', 0);
    expect(seen).toEqual(['client:1.2.3.4', `key:${await hashApiKey('my-secret-api-key')}`]);
    expect(seen.join()).not.toContain('my-secret-api-key');
  });

  it('hashes with SHA-256', async () => {
    await expect(hashApiKey('abc')).resolves.toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
