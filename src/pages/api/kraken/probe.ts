import type { APIRoute } from 'astro';
import {
  KRAKEN_API_URL,
  PROBE_CLIENT_LIMIT,
  PROBE_EGRESS_IPS,
  PROBE_GLOBAL_LIMIT,
  PROBE_MAX_CONCURRENT,
  RATE_LIMIT_REDIS_URL,
  TRUSTED_PROXIES,
} from 'astro:env/server';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { service } from '../../../config/service';
import { handleProbe, parseEgressIps } from '../../../lib/http/probe-handler';
import { createMemoryStore } from '../../../lib/ratelimit/memory';
import {
  createProbeLimiter,
  GLOBAL,
  MAX_CONCURRENT,
  PER_CLIENT,
} from '../../../lib/ratelimit/probe-limits';
import { createUnstorageStore } from '../../../lib/ratelimit/unstorage';
import { clientOf } from '../../../lib/security/request-client';

export const prerender = false;

const egressIps = parseEgressIps(PROBE_EGRESS_IPS);

/** In memory for one process; in Redis when several instances must share one limit. */
const storage = RATE_LIMIT_REDIS_URL
  ? createStorage({ driver: redisDriver({ url: RATE_LIMIT_REDIS_URL }) })
  : null;
const limiter = createProbeLimiter({
  clients: storage
    ? createUnstorageStore(storage, 'ratelimit:client:')
    : createMemoryStore({ whenFull: 'oldest' }),
  keys: storage
    ? createUnstorageStore(storage, 'ratelimit:key:')
    : createMemoryStore({ whenFull: 'refuse' }),
  perClient: { ...PER_CLIENT, limit: PROBE_CLIENT_LIMIT ?? PER_CLIENT.limit },
  global: { ...GLOBAL, limit: PROBE_GLOBAL_LIMIT ?? GLOBAL.limit },
  maxConcurrent: PROBE_MAX_CONCURRENT ?? MAX_CONCURRENT,
});

/** The live key check's relay; all logic is in src/lib/http/probe-handler.ts. */
export const ALL: APIRoute = (context) =>
  handleProbe(context.request, {
    client: clientOf(context, TRUSTED_PROXIES),
    env: { krakenApiUrl: KRAKEN_API_URL, egressIps, serviceRange: service.ipRange },
    limiter,
  });
