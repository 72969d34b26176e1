import type { HitResult, RateLimitStore } from './store';

interface Window {
  count: number;
  resetAt: number;
}

export interface MemoryStore extends RateLimitStore {
  /** Entries held now; never more than `maxEntries`. */
  readonly size: number;
}

/** How often, at most, a full store walks all its entries for expired ones. */
export const SWEEP_INTERVAL_MS = 1_000;

/**
 * Fixed-window counters in a Map kept in least-recently-used order. Memory is
 * bounded: past `maxEntries`, expired entries are swept out, and if that is not
 * enough the least recently hit key is dropped, which at worst lets that key
 * start a fresh window early. The sweep walks every entry, so it runs at most
 * once per SWEEP_INTERVAL_MS; in between, a full store drops from the
 * least-recently-used end at constant cost. (Sweeping on every hit made each
 * hit of a full store walk all 10,000 entries: a flood of new keys could make
 * every request slow.)
 */
export function createMemoryStore({
  maxEntries = 10_000,
}: { maxEntries?: number } = {}): MemoryStore {
  const windows = new Map<string, Window>();
  let lastSweep = Number.NEGATIVE_INFINITY;

  function evict(nowMs: number): void {
    if (nowMs - lastSweep >= SWEEP_INTERVAL_MS || nowMs < lastSweep) {
      lastSweep = nowMs;
      for (const [key, window] of windows) {
        if (window.resetAt <= nowMs) windows.delete(key);
      }
    }
    for (const key of windows.keys()) {
      if (windows.size <= maxEntries) return;
      windows.delete(key);
    }
  }

  return {
    get size() {
      return windows.size;
    },
    hit(key, windowMs, limit, nowMs): Promise<HitResult> {
      let window = windows.get(key);
      windows.delete(key);
      if (!window || window.resetAt <= nowMs) window = { count: 0, resetAt: nowMs + windowMs };
      window.count = Math.min(window.count + 1, limit + 1);
      windows.set(key, window);
      if (windows.size > maxEntries) evict(nowMs);
      const allowed = window.count <= limit;
      const retryAfterSeconds = allowed
        ? 0
        : Math.max(1, Math.ceil((window.resetAt - nowMs) / 1000));
      return Promise.resolve({ allowed, retryAfterSeconds });
    },
  };
}
