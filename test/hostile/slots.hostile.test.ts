/**
 * The relay's concurrency slot and who pays for a refusal, in process: many admissions at
 * once never take more than `maxConcurrent` slots, every path that does not relay gives
 * its slot back, and a refusal for being busy, for the relay being full or for the key
 * being checked leaves the client's budget as it was.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/lib/ratelimit/memory';
import { createProbeLimiter, type LimitDecision } from '../../src/lib/ratelimit/probe-limits';
import type { RateLimitStore } from '../../src/lib/ratelimit/store';

const stores = () => ({
  clients: createMemoryStore({ whenFull: 'oldest', timer: false }),
  keys: createMemoryStore({ whenFull: 'refuse', timer: false }),
});
const clientOf = (i: number) => `198.51.100.${(i % 10) + 1}`;
const scopes = (decisions: LimitDecision[]) =>
  decisions.map((d) => (d.allowed ? 'allowed' : d.scope));

/** A store whose every call first waits a macrotask, as a network store does. */
function slow(store: RateLimitStore): RateLimitStore {
  const later = <T>(value: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => setTimeout(() => value().then(resolve, reject), 1));
  return {
    hit: (...args) => later(() => store.hit(...args)),
    peek: (...args) => later(() => store.peek(...args)),
    block: (...args) => later(() => store.block(...args)),
    release: (...args) => later(() => store.release(...args)),
  };
}

describe('the concurrency slot', () => {
  it.each([
    { stores: 'in memory', wrap: (s: RateLimitStore) => s },
    { stores: 'behind a network round trip', wrap: slow },
  ])(
    'a burst of 100 admissions from 10 clients at maxConcurrent 4 admits exactly 4 ($stores)',
    async ({ wrap }) => {
      const { clients, keys } = stores();
      const limiter = createProbeLimiter({
        clients: wrap(clients),
        keys: wrap(keys),
        maxConcurrent: 4,
        perClient: { limit: 1000, windowMs: 600_000 },
        global: { limit: 1000, windowMs: 60_000 },
      });
      const decisions = await Promise.all(
        Array.from({ length: 100 }, (_, i) => limiter.admit(`key-${i}`, clientOf(i), 0)),
      );
      expect(scopes(decisions).filter((s) => s === 'allowed')).toHaveLength(4);
      expect(scopes(decisions).filter((s) => s === 'busy')).toHaveLength(96);
      expect(limiter.running).toBe(4);
    },
  );

  it.each([
    ['the client is over its budget', { perClient: { limit: 0, windowMs: 600_000 } }, 'client'],
    ['the relay is full for everyone', { global: { limit: 0, windowMs: 60_000 } }, 'global'],
  ] as const)('gives the slot back when %s', async (_name, options, scope) => {
    const limiter = createProbeLimiter({ ...stores(), maxConcurrent: 1, ...options });
    for (let i = 0; i < 5; i += 1) {
      await expect(limiter.admit(`key-${i}`, '192.0.2.1', 0)).resolves.toMatchObject({ scope });
      expect(limiter.running).toBe(0);
    }
  });

  it('gives the slot back when the key was just checked', async () => {
    const limiter = createProbeLimiter({ ...stores(), maxConcurrent: 1 });
    const first = await limiter.admit('same', '192.0.2.1', 0);
    if (!first.allowed) throw new Error('the first batch is admitted');
    await limiter.settle(first.ticket, [], 1);
    await expect(limiter.admit('same', '192.0.2.2', 2)).resolves.toMatchObject({ scope: 'key' });
    expect(limiter.running).toBe(0);
  });

  it('gives the slot back when its store fails', async () => {
    const broken: RateLimitStore = {
      hit: () => Promise.reject(new Error('store down')),
      peek: () => Promise.reject(new Error('store down')),
      block: () => Promise.reject(new Error('store down')),
      release: () => Promise.reject(new Error('store down')),
    };
    const limiter = createProbeLimiter({ clients: broken, keys: broken, maxConcurrent: 1 });
    await expect(limiter.admit('k', '192.0.2.1', 0)).rejects.toThrow('store down');
    expect(limiter.running).toBe(0);
  });
});

describe('refusals the client does not pay for', () => {
  /** Admits then settles one batch: did the client still have budget for it? */
  async function runs(
    limiter: ReturnType<typeof createProbeLimiter>,
    key: string,
    at: number,
    client = '192.0.2.1',
  ) {
    const decision = await limiter.admit(key, client, at);
    if (decision.allowed) await limiter.settle(decision.ticket, [], at);
    return decision.allowed ? 'allowed' : decision.scope;
  }

  it('20 busy refusals leave a client with a budget of 2 both its batches', async () => {
    const limiter = createProbeLimiter({
      ...stores(),
      maxConcurrent: 1,
      perClient: { limit: 2, windowMs: 600_000 },
    });
    const holder = await limiter.admit('held', '203.0.113.9', 0);
    expect(holder.allowed).toBe(true);
    for (let i = 0; i < 20; i += 1) {
      await expect(limiter.admit(`busy-${i}`, '192.0.2.1', 0)).resolves.toMatchObject({
        scope: 'busy',
      });
    }
    if (holder.allowed) await limiter.settle(holder.ticket, [], 1);
    expect([await runs(limiter, 'a', 2), await runs(limiter, 'b', 3)]).toEqual([
      'allowed',
      'allowed',
    ]);
    expect(await runs(limiter, 'c', 4)).toBe('client');
  });

  it('refusals for the relay being full leave the client its budget', async () => {
    const limiter = createProbeLimiter({
      ...stores(),
      perClient: { limit: 1, windowMs: 600_000 },
      global: { limit: 1, windowMs: 60_000 },
    });
    expect(await runs(limiter, 'other', 0, '203.0.113.9')).toBe('allowed');
    for (let i = 0; i < 5; i += 1) expect(await runs(limiter, `g-${i}`, 1)).toBe('global');
    // The global window ends; this client has run nothing yet.
    expect(await runs(limiter, 'mine', 60_001)).toBe('allowed');
  });

  it('refusals for a key just checked leave the client its budget', async () => {
    const limiter = createProbeLimiter({
      ...stores(),
      perClient: { limit: 1, windowMs: 600_000 },
    });
    const owner = await limiter.admit('shared', '203.0.113.9', 0);
    if (owner.allowed) await limiter.settle(owner.ticket, [], 0);
    for (let i = 0; i < 5; i += 1) expect(await runs(limiter, 'shared', 1)).toBe('key');
    expect(await runs(limiter, 'mine', 2)).toBe('allowed');
  });
});
