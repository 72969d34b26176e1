import type { HitResult, RateLimitStore } from './store';

interface Window {
  count: number;
  resetAt: number;
}

export interface MemoryStore extends RateLimitStore {
  /** Entries held now; never more than `maxEntries`. */
  readonly size: number;
}

/**
 * Fixed-window counters in a Map kept in least-recently-used order. Memory is
 * bounded: past `maxEntries` the least recently hit key is dropped (expired
 * ones first), which at worst lets that key start a fresh window early.
 */
export function createMemoryStore({
  maxEntries = 10_000,
}: { maxEntries?: number } = {}): MemoryStore {
  const windows = new Map<string, Window>();

  function evict(nowMs: number): void {
    for (const [key, window] of windows) {
      if (windows.size <= maxEntries) return;
      if (window.resetAt <= nowMs) windows.delete(key);
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
