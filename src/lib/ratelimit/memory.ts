import { retryAfter, type HitResult, type RateLimitStore, type Window } from './store';

export interface MemoryStore extends RateLimitStore {
  /** Entries held now; never more than `maxEntries`. */
  readonly size: number;
  /** Drops every expired entry now (the timer does it every SWEEP_INTERVAL_MS). */
  sweep(nowMs?: number): void;
  /** Stops the sweep timer. */
  close(): void;
}

/** How often expired entries are dropped, so "held for 30 seconds" holds even when idle. */
export const SWEEP_INTERVAL_MS = 1_000;

export interface MemoryStoreOptions {
  maxEntries?: number;
  /**
   * What to do when full of live windows. `'oldest'` (client counters) drops the least
   * recently hit one: at worst that client starts afresh. `'refuse'` (key windows) keeps
   * every live window and refuses a new key until one expires: a flood of throwaway keys
   * can then never reset a victim key's window.
   */
  whenFull?: 'oldest' | 'refuse';
  /** Sweep on a timer (default). The timer never keeps the process alive. */
  timer?: boolean;
}

/**
 * Fixed-window counters in a Map kept in least-recently-used order, bounded by
 * `maxEntries`, swept of expired entries by an unref'd timer and whenever full.
 */
export function createMemoryStore({
  maxEntries = 10_000,
  whenFull = 'oldest',
  timer = true,
}: MemoryStoreOptions = {}): MemoryStore {
  const windows = new Map<string, Window>();

  function sweep(nowMs = Date.now()): void {
    for (const [key, window] of windows) {
      if (window.resetAt <= nowMs) windows.delete(key);
    }
  }

  let interval: ReturnType<typeof setInterval> | null = null;
  if (timer) {
    interval = setInterval(() => sweep(), SWEEP_INTERVAL_MS);
    // Node and Deno: do not keep the process alive for the sweep.
    (interval as { unref?: () => void }).unref?.();
  }

  /** Makes room for one more entry; false when only live windows remain and they must stay. */
  function makeRoom(nowMs: number): boolean {
    if (windows.size < maxEntries) return true;
    sweep(nowMs);
    if (windows.size < maxEntries) return true;
    if (whenFull === 'refuse') return false;
    for (const key of windows.keys()) {
      windows.delete(key);
      if (windows.size < maxEntries) break;
    }
    return true;
  }

  function live(key: string, nowMs: number): Window | undefined {
    const window = windows.get(key);
    if (window && window.resetAt <= nowMs) {
      windows.delete(key);
      return undefined;
    }
    return window;
  }

  function soonestExpiry(nowMs: number): number {
    let soonest = Number.POSITIVE_INFINITY;
    for (const window of windows.values()) soonest = Math.min(soonest, window.resetAt);
    return Number.isFinite(soonest) ? soonest : nowMs + 1000;
  }

  return {
    get size() {
      return windows.size;
    },
    sweep,
    close() {
      if (interval !== null) clearInterval(interval);
      interval = null;
    },
    hit(key, windowMs, limit, nowMs, cost = 1): Promise<HitResult> {
      let window = live(key, nowMs);
      if (window) {
        windows.delete(key);
      } else {
        if (!makeRoom(nowMs)) {
          return Promise.resolve({
            allowed: false,
            retryAfterSeconds: retryAfter(soonestExpiry(nowMs), nowMs),
          });
        }
        window = { count: 0, resetAt: nowMs + windowMs };
      }
      window.count = Math.min(window.count + cost, limit + 1);
      windows.set(key, window);
      const allowed = window.count <= limit;
      return Promise.resolve({
        allowed,
        retryAfterSeconds: allowed ? 0 : retryAfter(window.resetAt, nowMs),
      });
    },
    peek(key, limit, nowMs) {
      const window = live(key, nowMs);
      return Promise.resolve(
        window && window.count >= limit ? retryAfter(window.resetAt, nowMs) : 0,
      );
    },
    block(key, untilMs, nowMs, count = Number.MAX_SAFE_INTEGER) {
      if (untilMs <= nowMs) {
        windows.delete(key);
        return Promise.resolve();
      }
      const window = live(key, nowMs);
      windows.delete(key);
      // A block is never refused for room: it only ever shortens what an attacker can do.
      if (!window && windows.size >= maxEntries) sweep(nowMs);
      windows.set(key, {
        count: Math.max(window?.count ?? 0, count),
        resetAt: Math.max(window?.resetAt ?? 0, untilMs),
      });
      return Promise.resolve();
    },
    release(key) {
      windows.delete(key);
      return Promise.resolve();
    },
  };
}
