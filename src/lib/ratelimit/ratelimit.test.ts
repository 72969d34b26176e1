import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CallOutcome } from '../kraken/relay';
import { createMemoryStore, SWEEP_INTERVAL_MS } from './memory';
import {
  createProbeLimiter,
  hashApiKey,
  INVALID_CREDENTIALS_COST,
  KEY_PAUSE_MS,
  type LimitDecision,
  type ProbeLimiter,
} from './probe-limits';
import type { HitResult, RateLimitStore } from './store';

afterEach(() => {
  vi.useRealTimers();
});

const noTimer = { timer: false } as const;

describe('createMemoryStore', () => {
  it.each([
    { at: [0, 1, 2], limit: 3, expected: [true, true, true] },
    { at: [0, 1, 2, 3], limit: 3, expected: [true, true, true, false] },
    { at: [0, 999, 1000], limit: 1, expected: [true, false, true] },
  ])('allows $limit hits per 1000 ms at $at → $expected', async ({ at, limit, expected }) => {
    const store = createMemoryStore(noTimer);
    const results: boolean[] = [];
    for (const t of at) results.push((await store.hit('k', 1000, limit, t)).allowed);
    expect(results).toEqual(expected);
  });

  it('gives Retry-After as the whole seconds left in the window', async () => {
    const store = createMemoryStore(noTimer);
    await store.hit('k', 30_000, 1, 0);
    await expect(store.hit('k', 30_000, 1, 10_500)).resolves.toEqual({
      allowed: false,
      retryAfterSeconds: 20,
    });
  });

  it('counts a hit of several at once', async () => {
    const store = createMemoryStore(noTimer);
    await expect(store.hit('k', 60_000, 10, 0, 8)).resolves.toMatchObject({ allowed: true });
    await expect(store.hit('k', 60_000, 10, 1, 3)).resolves.toMatchObject({ allowed: false });
  });

  it('never holds more than maxEntries keys (client counters: the oldest goes)', async () => {
    const store = createMemoryStore({ maxEntries: 100, ...noTimer });
    for (let i = 0; i < 10_000; i++) await store.hit(`k${i}`, 60_000, 1, i);
    expect(store.size).toBe(100);
  });

  it('drops expired entries before live ones when full', async () => {
    const store = createMemoryStore({ maxEntries: 2, ...noTimer });
    await store.hit('live', 60_000, 1, 0);
    await store.hit('expired', 10, 1, 0);
    await store.hit('new', 60_000, 1, 100);
    await expect(store.hit('live', 60_000, 1, 200)).resolves.toMatchObject({ allowed: false });
  });

  it('drops the least recently hit key when full', async () => {
    const store = createMemoryStore({ maxEntries: 2, ...noTimer });
    await store.hit('a', 60_000, 1, 0);
    await store.hit('b', 60_000, 1, 1);
    await store.hit('a', 60_000, 1, 2);
    await store.hit('c', 60_000, 1, 3);
    await expect(store.hit('a', 60_000, 1, 4)).resolves.toMatchObject({ allowed: false });
    await expect(store.hit('b', 60_000, 1, 5)).resolves.toMatchObject({ allowed: true });
  });

  it('key windows: never evicts a live window; refuses a new key until one expires', async () => {
    const store = createMemoryStore({ maxEntries: 3, whenFull: 'refuse', ...noTimer });
    await store.hit('victim', 30_000, 1, 0);
    for (let i = 0; i < 5_000; i++) await store.hit(`throwaway${i}`, 30_000, 1, 1 + i / 1000);
    expect(store.size).toBe(3);
    await expect(
      store.hit('victim', 30_000, 1, 10),
      'the victim is still counted',
    ).resolves.toEqual({ allowed: false, retryAfterSeconds: 30 });
    await expect(store.hit('new', 30_000, 1, 30_001), 'room once windows expire').resolves.toEqual({
      allowed: true,
      retryAfterSeconds: 0,
    });
  });

  it('sweeps expired entries on a timer that does not keep the process alive', async () => {
    vi.useFakeTimers({ now: 0 });
    const store = createMemoryStore();
    await store.hit('k', 30_000, 1, 0);
    expect(store.size).toBe(1);
    vi.advanceTimersByTime(30_000 + SWEEP_INTERVAL_MS);
    expect(store.size, 'the fingerprint is gone 30 s later, with no traffic').toBe(0);
    store.close();
  });

  it('unrefs its timer', () => {
    const unref = vi.fn();
    const spy = vi
      .spyOn(globalThis, 'setInterval')
      .mockReturnValue({ unref } as unknown as ReturnType<typeof setInterval>);
    createMemoryStore();
    expect(unref).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('blocks a key until a time, and releases it', async () => {
    const store = createMemoryStore(noTimer);
    await store.block('k', 30_000, 0);
    expect(await store.peek('k', 1, 29_000)).toBe(1);
    expect(await store.peek('k', 1, 30_000)).toBe(0);
    await store.block('k', 30_000, 0);
    await store.release('k');
    expect(await store.peek('k', 1, 1)).toBe(0);
  });
});

const ok = (method: CallOutcome['method']): CallOutcome => ({ method, outcome: 'ok' });
const err = (error: string): CallOutcome => ({
  method: 'Balance',
  outcome: 'error',
  errors: [error],
});

async function admitted(limiter: ProbeLimiter, key: string, client: string, now: number) {
  const decision = await limiter.admit(key, client, now);
  return decision;
}

/** Runs one batch through the limiter: admit, then settle with Kraken's answer. */
async function run(
  limiter: ProbeLimiter,
  key: string,
  client: string,
  now: number,
  answer: CallOutcome[] = [ok('Balance')],
): Promise<LimitDecision> {
  const decision = await admitted(limiter, key, client, now);
  if (decision.allowed) await limiter.settle(decision.ticket, answer, now + 100);
  return decision;
}

const fresh = (options: Parameters<typeof createProbeLimiter>[0] = {}) =>
  createProbeLimiter({
    clients: createMemoryStore(noTimer),
    keys: createMemoryStore({ whenFull: 'refuse', ...noTimer }),
    ...options,
  });

describe('createProbeLimiter', () => {
  it('allows one batch per key per 30 s, whoever asks', async () => {
    const limiter = fresh();
    await expect(run(limiter, 'key', '192.0.2.1', 0)).resolves.toMatchObject({ allowed: true });
    await expect(run(limiter, 'key', '198.51.100.1', 29_000)).resolves.toMatchObject({
      allowed: false,
      scope: 'key',
      retryAfterSeconds: 1,
    });
    await expect(run(limiter, 'key', '192.0.2.1', 30_000)).resolves.toMatchObject({
      allowed: true,
    });
  });

  it('allows 10 batches per client address per 10 minutes', async () => {
    const limiter = fresh();
    for (let i = 0; i < 10; i++) {
      await expect(run(limiter, `key${i}`, '192.0.2.1', i)).resolves.toMatchObject({
        allowed: true,
      });
    }
    const refused = await run(limiter, 'key10', '192.0.2.1', 60_000);
    expect(refused).toMatchObject({ allowed: false, scope: 'client', retryAfterSeconds: 540 });
    expect(!refused.allowed && refused.values).toEqual({
      limit: 10,
      windowMs: 600_000,
      retryAfterSeconds: 540,
    });
  });

  it(`counts a batch Kraken answers "invalid key" or "invalid signature" ${INVALID_CREDENTIALS_COST} times`, async () => {
    const limiter = fresh();
    const answers = [
      err('EAPI:Invalid signature'),
      err('EAPI:Invalid key'),
      err('EAPI:Invalid key'),
    ];
    for (const [i, answer] of answers.entries()) {
      await expect(run(limiter, `guess${i}`, '192.0.2.1', i, [answer])).resolves.toMatchObject({
        allowed: true,
      });
    }
    // 3 × 3 = 9 of 10: one more batch, then the address is done.
    await expect(run(limiter, 'k', '192.0.2.1', 10)).resolves.toMatchObject({ allowed: true });
    await expect(run(limiter, 'k2', '192.0.2.1', 11)).resolves.toMatchObject({
      allowed: false,
      scope: 'client',
    });
  });

  it('caps batches per minute for everyone together', async () => {
    const limiter = fresh({ global: { limit: 3, windowMs: 60_000 } });
    for (let i = 0; i < 3; i++) await run(limiter, `k${i}`, `192.0.2.${i}`, i);
    await expect(run(limiter, 'k9', '192.0.2.9', 10)).resolves.toMatchObject({
      allowed: false,
      scope: 'global',
      retryAfterSeconds: 60,
    });
    await expect(run(limiter, 'k9', '192.0.2.9', 60_000)).resolves.toMatchObject({
      allowed: true,
    });
  });

  it('caps relays running at once, and frees a place when one settles', async () => {
    const limiter = fresh({ maxConcurrent: 2 });
    const a = await limiter.admit('a', '192.0.2.1', 0);
    const b = await limiter.admit('b', '192.0.2.2', 0);
    await expect(limiter.admit('c', '192.0.2.3', 0)).resolves.toMatchObject({
      allowed: false,
      scope: 'busy',
    });
    if (a.allowed) await limiter.settle(a.ticket, [], 1);
    if (a.allowed) await limiter.settle(a.ticket, [], 1); // twice: counted once
    await expect(limiter.admit('c', '192.0.2.3', 2)).resolves.toMatchObject({ allowed: true });
    await expect(limiter.admit('d', '192.0.2.4', 2)).resolves.toMatchObject({
      allowed: false,
      scope: 'busy',
    });
    expect(b.allowed).toBe(true);
  });

  it('5,000 throwaway keys from 5,000 addresses do not reset a victim key’s window', async () => {
    // The default sizes (10,000 entries each). Before, one store of 10,000 held client and
    // key windows alike: 5,000 keys from 5,000 addresses pushed the victim's window out.
    const limiter = fresh({
      // Not the global cap: the key window itself must survive the flood.
      global: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
    });
    await expect(run(limiter, 'victim', '192.0.2.1', 0)).resolves.toMatchObject({ allowed: true });
    for (let i = 0; i < 5_000; i++) {
      await run(limiter, `throwaway${i}`, `10.${i >> 8}.${i & 255}.1`, 1 + i);
    }
    await expect(run(limiter, 'victim', '198.51.100.1', 6_000)).resolves.toMatchObject({
      allowed: false,
      scope: 'key',
    });
  });

  it('an API-key-only attacker (bad signatures) does not hold the owner off at all', async () => {
    const limiter = fresh();
    const attacker = '203.0.113.66';
    await run(limiter, 'victim', attacker, 0, [err('EAPI:Invalid signature')]);
    await expect(run(limiter, 'victim', '192.0.2.1', 1_000), 'the owner').resolves.toMatchObject({
      allowed: true,
    });
    await expect(
      run(limiter, 'victim', attacker, 2_000),
      'the attacker again, within 30 s',
    ).resolves.toMatchObject({ allowed: false, scope: 'key' });
  });

  it.each([
    'EGeneral:Temporary lockout',
    'EAPI:Rate limit exceeded',
    'EService:Throttled: 1700000000',
    'EService: Throttled: 1700000000',
    'EGeneral:Too many requests',
    'EAuth:Rate limit exceeded',
    'EAuth:Too many requests',
    'EAuth:Account temporary disabled',
    'EAuth:Account unconfirmed',
  ])(
    'after %s: pauses the key 30 s for everyone; the address that caused it has spent its budget',
    async (answer) => {
      const limiter = fresh();
      const attacker = '203.0.113.66';
      const owner = '192.0.2.1';
      await run(limiter, 'victim', attacker, 0, [err(answer)]);
      await expect(run(limiter, 'victim', owner, 10_000)).resolves.toMatchObject({
        allowed: false,
        scope: 'key',
      });
      // The attacker comes back the moment the pause ends: still refused, and the owner's
      // check goes through at 30 s.
      await expect(run(limiter, 'victim', attacker, 100 + KEY_PAUSE_MS)).resolves.toMatchObject({
        allowed: false,
        scope: 'client',
      });
      await expect(run(limiter, 'victim', owner, 100 + KEY_PAUSE_MS)).resolves.toMatchObject({
        allowed: true,
      });
      // Its budget comes back with its window; the key's fingerprint was gone after 30 s.
      await expect(run(limiter, 'other', attacker, 10 * 60_000 + 100)).resolves.toMatchObject({
        allowed: true,
      });
    },
  );

  it('keys the stores by a hash, never the API key itself', async () => {
    const seen: string[] = [];
    const store: RateLimitStore = {
      hit: (key): Promise<HitResult> => {
        seen.push(key);
        return Promise.resolve({ allowed: true, retryAfterSeconds: 0 });
      },
      peek: (key) => {
        seen.push(key);
        return Promise.resolve(0);
      },
      block: (key) => {
        seen.push(key);
        return Promise.resolve();
      },
      release: (key) => {
        seen.push(key);
        return Promise.resolve();
      },
    };
    const limiter = createProbeLimiter({ clients: store, keys: store });
    await run(limiter, 'my-secret-api-key', '192.0.2.1', 0, [err('EGeneral:Temporary lockout')]);
    const hash = await hashApiKey('my-secret-api-key');
    expect(seen).toContain('client:192.0.2.1');
    expect(seen).toContain(`key:${hash}`);
    expect(seen.join()).not.toContain('my-secret-api-key');
  });

  it('hashes with SHA-256', async () => {
    await expect(hashApiKey('abc')).resolves.toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
