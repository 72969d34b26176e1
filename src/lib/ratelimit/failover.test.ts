import { describe, expect, it } from 'vitest';
import { createFailoverStore } from './failover';
import { createMemoryStore } from './memory';
import type { RateLimitStore } from './store';

/** A shared store whose behaviour the test switches: working, refusing, or never answering. */
function switchable() {
  const inner = createMemoryStore({ timer: false });
  let mode: 'up' | 'refused' | 'hang' = 'up';
  let calls = 0;
  const wrap =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      calls += 1;
      if (mode === 'refused') {
        return Promise.reject(
          Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        );
      }
      if (mode === 'hang') return new Promise<R>(() => {});
      return fn(...args);
    };
  const store: RateLimitStore = {
    hit: wrap(inner.hit),
    peek: wrap(inner.peek),
    block: wrap(inner.block),
    release: wrap(inner.release),
  };
  return {
    store,
    set: (next: typeof mode) => (mode = next),
    get calls() {
      return calls;
    },
  };
}

function setup() {
  const shared = switchable();
  const memory = createMemoryStore({ timer: false });
  const logs: string[] = [];
  let now = 0;
  const store = createFailoverStore(shared.store, memory, {
    name: 'test limits',
    retryAfterMs: 5_000,
    timeoutMs: 50,
    log: (line) => logs.push(line),
    clock: () => now,
  });
  return { shared, memory, logs, store, advance: (ms: number) => (now += ms) };
}

describe('the failover store', () => {
  it('counts in the shared store while it answers, and logs nothing', async () => {
    const { shared, store, logs } = setup();
    expect((await store.hit('client:192.0.2.1', 60_000, 1, 0)).allowed).toBe(true);
    expect((await store.hit('client:192.0.2.1', 60_000, 1, 0)).allowed).toBe(false);
    expect(shared.calls).toBe(2);
    expect(store.degraded).toBe(false);
    expect(logs).toEqual([]);
  });

  it.each([
    ['refused', 'ECONNREFUSED'],
    ['hang', 'no answer within 50 ms'],
  ] as const)(
    'when the shared store is %s: memory counts, one log line, no key in it',
    async (mode, reason) => {
      const { shared, store, logs } = setup();
      shared.set(mode);
      const hits = [];
      for (let i = 0; i < 3; i++)
        hits.push((await store.hit('client:192.0.2.1', 60_000, 2, 0)).allowed);
      expect(hits, 'the limit still holds, in memory').toEqual([true, true, false]);
      expect(store.degraded).toBe(true);
      expect(logs).toHaveLength(1);
      expect(logs[0]).toContain(reason);
      expect(logs[0]).not.toContain('192.0.2.1');
      expect(shared.calls, 'tried once, then left alone until the retry time').toBe(1);
    },
  );

  it('tries the shared store again only after retryAfterMs, and says when it is back', async () => {
    const { shared, store, logs, advance } = setup();
    shared.set('refused');
    await store.hit('k', 60_000, 5, 0);
    advance(4_999);
    await store.peek('k', 5, 0);
    expect(shared.calls).toBe(1);
    advance(1);
    await store.peek('k', 5, 0);
    expect(shared.calls, 'one more try at the retry time').toBe(2);
    expect(logs, 'still down: no second line').toHaveLength(1);
    shared.set('up');
    advance(5_000);
    await store.hit('k', 60_000, 5, 0);
    expect(store.degraded).toBe(false);
    expect(logs).toHaveLength(2);
    expect(logs[1]).toMatch(/answers again/);
  });

  it('sends every operation to memory while degraded', async () => {
    const { shared, memory, store } = setup();
    shared.set('refused');
    await store.block('key:abc', 30_000, 0);
    expect(await memory.peek('key:abc', 1, 0)).toBe(30);
    expect(await store.peek('key:abc', 1, 0)).toBe(30);
    await store.release('key:abc');
    expect(await memory.peek('key:abc', 1, 0)).toBe(0);
  });
});
