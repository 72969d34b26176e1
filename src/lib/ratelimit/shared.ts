import { createFailoverStore } from './failover';
import { createMemoryStore, type MemoryStoreOptions } from './memory';
import { connectRedis, createRedisStore, type RedisLink } from './redis';
import type { RateLimitStore } from './store';

/** One connection per Redis URL per process, shared by every store that counts there. */
const connections = new Map<string, RedisLink>();

/**
 * The store an endpoint counts a limit in: this process's memory when `redisUrl` is unset;
 * otherwise Redis, shared by every instance, under `ratelimit:<name>:`, with this process's
 * memory as the logged fallback while Redis fails (failover.ts). `memory` says how the
 * in-memory store behaves when full, as for the store it stands in for.
 */
export function sharedLimitStore(
  redisUrl: string | undefined,
  name: string,
  memory: MemoryStoreOptions,
): RateLimitStore {
  const local = createMemoryStore(memory);
  if (!redisUrl) return local;
  let redis = connections.get(redisUrl);
  if (!redis) {
    redis = connectRedis(redisUrl);
    connections.set(redisUrl, redis);
  }
  return createFailoverStore(createRedisStore(redis, `ratelimit:${name}:`), local, {
    name: `rate limits (${name})`,
  });
}
