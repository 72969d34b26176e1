/**
 * A rate-limit store: counts hits per key in fixed windows. Pluggable, so a
 * serverless deployment can back it with a shared store (KV, Redis); the
 * in-memory one (memory.ts) serves a single process.
 */
export interface HitResult {
  allowed: boolean;
  /** Seconds until the window ends; 0 when allowed. */
  retryAfterSeconds: number;
}

export interface RateLimitStore {
  /**
   * Counts `cost` hits (default 1) for `key` and says whether it is within `limit` hits per
   * `windowMs`. A hit that is refused still counts, up to one past the limit.
   */
  hit(
    key: string,
    windowMs: number,
    limit: number,
    nowMs: number,
    cost?: number,
  ): Promise<HitResult>;
  /** Seconds `key` stays refused under `limit`, 0 when it is not. Counts nothing. */
  peek(key: string, limit: number, nowMs: number): Promise<number>;
  /** Refuses `key` (under any limit of at most `count` hits) until `untilMs`. */
  block(key: string, untilMs: number, nowMs: number, count?: number): Promise<void>;
  /** Forgets `key`'s window. */
  release(key: string): Promise<void>;
}

/** One stored window. */
export interface Window {
  count: number;
  resetAt: number;
}

export function retryAfter(resetAt: number, nowMs: number): number {
  return Math.max(1, Math.ceil((resetAt - nowMs) / 1000));
}
