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
  /** Counts one hit for `key` and says whether it is within `limit` hits per `windowMs`. */
  hit(key: string, windowMs: number, limit: number, nowMs: number): Promise<HitResult>;
}
