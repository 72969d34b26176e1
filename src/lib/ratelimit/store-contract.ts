import { describe, expect, it } from 'vitest';
import type { RateLimitStore } from './store';

/**
 * What every rate-limit store must do, whatever holds its counters: the memory stores, the
 * unstorage store (unit tests) and the Redis store against a real redis-server
 * (test/redis/). Times are the callers' `nowMs`, so no test waits.
 */
export function describeStoreContract(
  name: string,
  make: () => RateLimitStore | Promise<RateLimitStore>,
): void {
  describe(`${name}`, () => {
    it('allows up to the limit in a window, then says when to retry', async () => {
      const store = await make();
      const hits = [];
      for (const now of [0, 1000, 2000]) hits.push(await store.hit('k', 30_000, 2, now));
      expect(hits).toEqual([
        { allowed: true, retryAfterSeconds: 0 },
        { allowed: true, retryAfterSeconds: 0 },
        { allowed: false, retryAfterSeconds: 28 },
      ]);
    });

    it('starts a new window once the old one has passed', async () => {
      const store = await make();
      await store.hit('k', 30_000, 1, 0);
      expect(await store.hit('k', 30_000, 1, 10_000)).toEqual({
        allowed: false,
        retryAfterSeconds: 20,
      });
      expect(await store.hit('k', 30_000, 1, 30_000)).toEqual({
        allowed: true,
        retryAfterSeconds: 0,
      });
    });

    it('counts every key on its own', async () => {
      const store = await make();
      expect((await store.hit('a', 30_000, 1, 0)).allowed).toBe(true);
      expect((await store.hit('b', 30_000, 1, 0)).allowed).toBe(true);
      expect((await store.hit('a', 30_000, 1, 0)).allowed).toBe(false);
    });
  });

  describe(`${name}, pauses`, () => {
    it('blocks a key until a time, peeks without counting, and releases', async () => {
      const store = await make();
      await store.block('k', 30_000, 0);
      expect(await store.peek('k', 1, 10_000)).toBe(20);
      expect(await store.peek('k', 1, 10_000), 'peeking counts nothing').toBe(20);
      expect((await store.hit('k', 30_000, 1, 10_000)).allowed).toBe(false);
      await store.release('k');
      expect((await store.hit('k', 30_000, 1, 10_001)).allowed).toBe(true);
    });

    it('keeps distinct addresses apart, whatever their punctuation', async () => {
      const store = await make();
      const keys = [
        'client:2001:db8::1',
        'client:2001:db8:1',
        'client:2001/db8/1',
        'client:2001:db8::/64',
        'client:2001:db8:/64',
      ];
      for (const key of keys) expect((await store.hit(key, 30_000, 1, 0)).allowed, key).toBe(true);
    });
  });
}
