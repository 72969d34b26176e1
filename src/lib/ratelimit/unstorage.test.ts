import { createStorage } from 'unstorage';
import memoryDriver from 'unstorage/drivers/memory';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory';
import type { RateLimitStore } from './store';
import { createUnstorageStore, encodeStoreKey } from './unstorage';

const stores: [string, () => RateLimitStore][] = [
  ['the in-memory store', () => createMemoryStore({ timer: false })],
  ['the in-memory key store', () => createMemoryStore({ timer: false, whenFull: 'refuse' })],
  ['the unstorage store', () => createUnstorageStore(createStorage({ driver: memoryDriver() }))],
];

describe.each(stores)('%s', (_name, make) => {
  it('allows up to the limit in a window, then says when to retry', async () => {
    const store = make();
    const hits = [];
    for (const now of [0, 1000, 2000]) hits.push(await store.hit('k', 30_000, 2, now));
    expect(hits).toEqual([
      { allowed: true, retryAfterSeconds: 0 },
      { allowed: true, retryAfterSeconds: 0 },
      { allowed: false, retryAfterSeconds: 28 },
    ]);
  });

  it('starts a new window once the old one has passed', async () => {
    const store = make();
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
    const store = make();
    expect((await store.hit('a', 30_000, 1, 0)).allowed).toBe(true);
    expect((await store.hit('b', 30_000, 1, 0)).allowed).toBe(true);
    expect((await store.hit('a', 30_000, 1, 0)).allowed).toBe(false);
  });
});

describe.each(stores)('%s, pauses', (_name, make) => {
  it('blocks a key until a time, peeks without counting, and releases', async () => {
    const store = make();
    await store.block('k', 30_000, 0);
    expect(await store.peek('k', 1, 10_000)).toBe(20);
    expect(await store.peek('k', 1, 10_000), 'peeking counts nothing').toBe(20);
    expect((await store.hit('k', 30_000, 1, 10_000)).allowed).toBe(false);
    await store.release('k');
    expect((await store.hit('k', 30_000, 1, 10_001)).allowed).toBe(true);
  });

  it('keeps distinct addresses apart, whatever their punctuation', async () => {
    const store = make();
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

describe('the unstorage store', () => {
  it('encodes keys so that none collide under unstorage’s separators', () => {
    expect(encodeStoreKey('client:2001:db8::1')).not.toBe(encodeStoreKey('client:2001:db8:1'));
    expect(encodeStoreKey('a:b')).toMatch(/^[0-9a-f]+$/);
  });

  it('shares one limit between instances that share a storage', async () => {
    const storage = createStorage({ driver: memoryDriver() });
    const one = createUnstorageStore(storage);
    const two = createUnstorageStore(storage);
    expect((await one.hit('key:abc', 30_000, 1, 0)).allowed).toBe(true);
    expect(
      (await two.hit('key:abc', 30_000, 1, 5_000)).allowed,
      'the second instance sees the hit',
    ).toBe(false);
  });

  it('treats a corrupt entry as a fresh window', async () => {
    const storage = createStorage({ driver: memoryDriver() });
    await storage.setItem(`ratelimit:${encodeStoreKey('k')}`, 'garbage');
    expect(await createUnstorageStore(storage).hit('k', 30_000, 1, 0)).toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
  });
});
