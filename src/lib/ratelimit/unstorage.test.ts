import { createStorage } from 'unstorage';
import memoryDriver from 'unstorage/drivers/memory';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from './memory';
import type { RateLimitStore } from './store';
import { describeStoreContract } from './store-contract';
import { createUnstorageStore, encodeStoreKey } from './unstorage';

const stores: [string, () => RateLimitStore][] = [
  ['the in-memory store', () => createMemoryStore({ timer: false })],
  ['the in-memory key store', () => createMemoryStore({ timer: false, whenFull: 'refuse' })],
  ['the unstorage store', () => createUnstorageStore(createStorage({ driver: memoryDriver() }))],
];

for (const [name, make] of stores) describeStoreContract(name, make);

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
