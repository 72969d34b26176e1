/**
 * The probe relay's limits (issue 4, kraken-api.md §8): one batch per API key
 * per 30 s (a full probe run nearly fills Kraken's own counter), and a cap
 * per client address. The API key is never stored: the limiter keys on its
 * SHA-256.
 */
import type { RateLimitStore } from './store';

export interface Limit {
  limit: number;
  windowMs: number;
}

export const PER_KEY: Limit = { limit: 1, windowMs: 30_000 };
export const PER_CLIENT: Limit = { limit: 10, windowMs: 10 * 60_000 };

export type LimitDecision =
  | { allowed: true }
  | { allowed: false; scope: 'key' | 'client'; retryAfterSeconds: number; message: string };

export interface ProbeLimiter {
  check(apiKey: string, clientAddress: string, nowMs: number): Promise<LimitDecision>;
}

/** Hex SHA-256 of the API key, with Web Crypto. */
export async function hashApiKey(apiKey: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(apiKey));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createProbeLimiter({
  store,
  perKey = PER_KEY,
  perClient = PER_CLIENT,
}: {
  store: RateLimitStore;
  perKey?: Limit;
  perClient?: Limit;
}): ProbeLimiter {
  return {
    async check(apiKey, clientAddress, nowMs) {
      const client = await store.hit(
        `client:${clientAddress}`,
        perClient.windowMs,
        perClient.limit,
        nowMs,
      );
      if (!client.allowed) {
        return {
          allowed: false,
          scope: 'client',
          retryAfterSeconds: client.retryAfterSeconds,
          message: `This address ran the check ${perClient.limit} times in ${perClient.windowMs / 60_000} minutes; try again in ${client.retryAfterSeconds} s.`,
        };
      }
      const key = await store.hit(
        `key:${await hashApiKey(apiKey)}`,
        perKey.windowMs,
        perKey.limit,
        nowMs,
      );
      if (!key.allowed) {
        return {
          allowed: false,
          scope: 'key',
          retryAfterSeconds: key.retryAfterSeconds,
          message: `This key was checked less than ${perKey.windowMs / 1000} s ago, and Kraken limits how often a key may call; try again in ${key.retryAfterSeconds} s.`,
        };
      }
      return { allowed: true };
    },
  };
}
