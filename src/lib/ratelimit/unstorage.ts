import type { Storage } from 'unstorage';
import { retryAfter, type HitResult, type RateLimitStore, type Window } from './store';

/**
 * A store key as unstorage may hold it. unstorage treats `:` and `/` as path separators
 * and collapses repeats, so `client:2001:db8::1` and `client:2001:db8:1` would be one
 * entry: every key is stored as the hex of its UTF-8 bytes, which no two keys share.
 */
export function encodeStoreKey(key: string): string {
  let hex = '';
  for (const byte of new TextEncoder().encode(key)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function asWindow(stored: unknown, nowMs: number): Window | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { count, resetAt } = stored as Partial<Window>;
  return typeof count === 'number' && typeof resetAt === 'number' && resetAt > nowMs
    ? { count, resetAt }
    : null;
}

/**
 * Fixed-window counters in an unstorage `Storage`, so that several instances of the relay
 * (serverless functions, a cluster) share one limit through any unstorage driver (Netlify
 * Blobs, Cloudflare KV, …). For Redis the site uses redis.ts instead, which counts atomically
 * in one Lua script per hit. Each entry expires with its window (`ttl`, on drivers
 * that support it), so the store stays bounded by the number of active keys, and nothing
 * is evicted while its window runs (set Redis to a `volatile-ttl` or `noeviction` policy).
 *
 * A hit reads and then writes its counter; two instances hitting the same key in the same
 * millisecond can both be allowed. For a limit of one batch per key per 30 s that is an
 * accepted edge: Kraken's own counter still protects the key.
 */
export function createUnstorageStore(storage: Storage, prefix = 'ratelimit:'): RateLimitStore {
  const id = (key: string) => `${prefix}${encodeStoreKey(key)}`;
  const save = (key: string, window: Window, nowMs: number) =>
    storage.setItem(id(key), window, { ttl: retryAfter(window.resetAt, nowMs) });
  return {
    async hit(key, windowMs, limit, nowMs, cost = 1): Promise<HitResult> {
      const window = asWindow(await storage.getItem(id(key)), nowMs) ?? {
        count: 0,
        resetAt: nowMs + windowMs,
      };
      window.count = Math.min(window.count + cost, limit + 1);
      await save(key, window, nowMs);
      const allowed = window.count <= limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : retryAfter(window.resetAt, nowMs) };
    },
    async peek(key, limit, nowMs) {
      const window = asWindow(await storage.getItem(id(key)), nowMs);
      return window && window.count >= limit ? retryAfter(window.resetAt, nowMs) : 0;
    },
    async block(key, untilMs, nowMs, count = Number.MAX_SAFE_INTEGER) {
      if (untilMs <= nowMs) {
        await storage.removeItem(id(key));
        return;
      }
      const window = asWindow(await storage.getItem(id(key)), nowMs);
      await save(
        key,
        {
          count: Math.max(window?.count ?? 0, count),
          resetAt: Math.max(window?.resetAt ?? 0, untilMs),
        },
        nowMs,
      );
    },
    async release(key) {
      await storage.removeItem(id(key));
    },
  };
}
