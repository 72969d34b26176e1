import type { Storage } from 'unstorage';
import type { HitResult, RateLimitStore } from './store';

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Fixed-window counters in an unstorage `Storage`, so that several instances of the relay
 * (serverless functions, a cluster) share one limit: use unstorage's Redis driver, or
 * Netlify Blobs, Cloudflare KV, … Each entry expires with its window (`ttl`, on drivers
 * that support it), so the store stays bounded by the number of active keys.
 *
 * A hit reads and then writes its counter; two instances hitting the same key in the same
 * millisecond can both be allowed. For a limit of one batch per key per 30 s that is an
 * accepted edge: Kraken's own counter still protects the key.
 */
export function createUnstorageStore(storage: Storage, prefix = 'ratelimit:'): RateLimitStore {
  return {
    async hit(key, windowMs, limit, nowMs): Promise<HitResult> {
      const id = `${prefix}${key}`;
      const stored = await storage.getItem<Window>(id);
      const window: Window =
        stored &&
        typeof stored.count === 'number' &&
        typeof stored.resetAt === 'number' &&
        stored.resetAt > nowMs
          ? stored
          : { count: 0, resetAt: nowMs + windowMs };
      window.count = Math.min(window.count + 1, limit + 1);
      await storage.setItem(id, window, {
        ttl: Math.max(1, Math.ceil((window.resetAt - nowMs) / 1000)),
      });
      const allowed = window.count <= limit;
      return {
        allowed,
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((window.resetAt - nowMs) / 1000)),
      };
    },
  };
}
