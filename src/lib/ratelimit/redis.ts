import { Redis } from 'ioredis';
import { retryAfter, type HitResult, type RateLimitStore } from './store';

/**
 * Fixed-window counters in Redis, shared by every instance of the site (Node processes or
 * serverless functions). Each operation is one Lua script, so two instances hitting the same
 * key at once are counted exactly (no read-then-write race), and every entry carries a
 * PEXPIRE at the end of its window: Redis never holds more than the keys active now. An
 * entry is a hash `{count, resetAt}`; `resetAt` is on the callers' clock (`nowMs`), as in
 * the memory store, so instances with synchronised clocks agree on when a window ends.
 */

const HIT = `
local now, windowMs, limit, cost = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local stored = redis.call('HMGET', KEYS[1], 'count', 'resetAt')
local count, resetAt = tonumber(stored[1]), tonumber(stored[2])
if count == nil or resetAt == nil or resetAt <= now then count = 0; resetAt = now + windowMs end
count = math.min(count + cost, limit + 1)
redis.call('HSET', KEYS[1], 'count', count, 'resetAt', resetAt)
redis.call('PEXPIRE', KEYS[1], resetAt - now)
return {count, resetAt}
`;

const PEEK = `
local now = tonumber(ARGV[1])
local stored = redis.call('HMGET', KEYS[1], 'count', 'resetAt')
local count, resetAt = tonumber(stored[1]), tonumber(stored[2])
if count == nil or resetAt == nil or resetAt <= now then return {0, 0} end
return {count, resetAt}
`;

const BLOCK = `
local now, untilMs, count = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if untilMs <= now then redis.call('DEL', KEYS[1]); return 0 end
local stored = redis.call('HMGET', KEYS[1], 'count', 'resetAt')
local oldCount, oldReset = tonumber(stored[1]), tonumber(stored[2])
if oldCount ~= nil and oldReset ~= nil and oldReset > now then
  count = math.max(count, oldCount); untilMs = math.max(untilMs, oldReset)
end
redis.call('HSET', KEYS[1], 'count', count, 'resetAt', untilMs)
redis.call('PEXPIRE', KEYS[1], untilMs - now)
return 1
`;

/**
 * Lua numbers are doubles written back with 14 significant digits: a block's "any limit"
 * count is held at 10^15, exact in both, and far above any configured limit.
 */
const MAX_COUNT = 1e15;

interface Scripted extends Redis {
  rlHit(key: string, now: number, windowMs: number, limit: number, cost: number): Promise<number[]>;
  rlPeek(key: string, now: number): Promise<number[]>;
  rlBlock(key: string, now: number, untilMs: number, count: number): Promise<number>;
}

export interface RedisConnectionOptions {
  /** How long one command may take before it counts as failed (ms). */
  commandTimeoutMs?: number;
}

/**
 * A client that never queues or hangs: with Redis unreachable a command fails at once
 * (no offline queue, no per-command retries) or after `commandTimeoutMs`, and the client
 * reconnects in the background at most every 2 s. Connection errors are left to the caller
 * (the failover store logs them once per outage); ioredis would otherwise print each one.
 */
export function connectRedis(url: string, { commandTimeoutMs = 500 }: RedisConnectionOptions = {}) {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  }) as Scripted;
  redis.on('error', () => {});
  redis.defineCommand('rlHit', { numberOfKeys: 1, lua: HIT });
  redis.defineCommand('rlPeek', { numberOfKeys: 1, lua: PEEK });
  redis.defineCommand('rlBlock', { numberOfKeys: 1, lua: BLOCK });
  return redis;
}

export function createRedisStore(redis: Redis, prefix = 'ratelimit:'): RateLimitStore {
  const client = redis as Scripted;
  const id = (key: string) => `${prefix}${key}`;
  return {
    async hit(key, windowMs, limit, nowMs, cost = 1): Promise<HitResult> {
      const [count = 0, resetAt = 0] = await client.rlHit(id(key), nowMs, windowMs, limit, cost);
      const allowed = count <= limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : retryAfter(resetAt, nowMs) };
    },
    async peek(key, limit, nowMs) {
      const [count = 0, resetAt = 0] = await client.rlPeek(id(key), nowMs);
      return resetAt > nowMs && count >= limit ? retryAfter(resetAt, nowMs) : 0;
    },
    async block(key, untilMs, nowMs, count = Number.MAX_SAFE_INTEGER) {
      await client.rlBlock(id(key), nowMs, untilMs, Math.min(count, MAX_COUNT));
    },
    async release(key) {
      await client.del(id(key));
    },
  };
}
