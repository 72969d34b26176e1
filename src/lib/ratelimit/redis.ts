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
  /** How long connecting, or one command, may take before it counts as failed (ms). */
  timeoutMs?: number;
}

/** A Redis client that connects when asked to, never on its own. */
export interface RedisLink {
  readonly client: Redis;
  /** Connected, or connecting now and failing within the timeout. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A client that never queues, hangs or retries on its own: with Redis unreachable, connecting
 * or a command fails within `timeoutMs`; a dropped connection is not re-dialled in the
 * background but by the next operation that asks (the failover store asks at most every few
 * seconds while Redis is down). Nothing but a request in progress keeps it going, so a
 * serverless instance is free to stop between requests, and its socket does not hold a Node
 * process or worker open. Connection errors are left to the caller (the failover store logs
 * them once per outage); ioredis would otherwise print each one.
 */
export function connectRedis(
  url: string,
  { timeoutMs = 1_000 }: RedisConnectionOptions = {},
): RedisLink {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    retryStrategy: () => null,
  }) as Scripted;
  client.on('error', () => {});
  client.on('connect', () => {
    (client as unknown as { stream?: { unref?: () => void } }).stream?.unref?.();
  });
  client.defineCommand('rlHit', { numberOfKeys: 1, lua: HIT });
  client.defineCommand('rlPeek', { numberOfKeys: 1, lua: PEEK });
  client.defineCommand('rlBlock', { numberOfKeys: 1, lua: BLOCK });
  let connecting: Promise<void> | null = null;
  return {
    client,
    ready() {
      if (client.status === 'ready') return Promise.resolve();
      if (!connecting) {
        if (client.status === 'connecting' || client.status === 'connect') {
          connecting = new Promise<void>((resolve, reject) => {
            client.once('ready', resolve);
            client.once('end', () => reject(new Error('connection closed')));
          });
        } else {
          connecting = client.connect();
        }
        connecting = connecting.finally(() => {
          connecting = null;
        });
      }
      return connecting;
    },
    async close() {
      client.disconnect();
    },
  };
}

export function createRedisStore(link: RedisLink, prefix = 'ratelimit:'): RateLimitStore {
  const client = link.client as Scripted;
  const id = (key: string) => `${prefix}${key}`;
  return {
    async hit(key, windowMs, limit, nowMs, cost = 1): Promise<HitResult> {
      await link.ready();
      const [count = 0, resetAt = 0] = await client.rlHit(id(key), nowMs, windowMs, limit, cost);
      const allowed = count <= limit;
      return { allowed, retryAfterSeconds: allowed ? 0 : retryAfter(resetAt, nowMs) };
    },
    async peek(key, limit, nowMs) {
      await link.ready();
      const [count = 0, resetAt = 0] = await client.rlPeek(id(key), nowMs);
      return resetAt > nowMs && count >= limit ? retryAfter(resetAt, nowMs) : 0;
    },
    async block(key, untilMs, nowMs, count = Number.MAX_SAFE_INTEGER) {
      await link.ready();
      await client.rlBlock(id(key), nowMs, untilMs, Math.min(count, MAX_COUNT));
    },
    async release(key) {
      await link.ready();
      await client.del(id(key));
    },
  };
}
