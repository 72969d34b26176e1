import type { APIRoute } from 'astro';
import {
  KRAKEN_API_URL,
  PROBE_CLIENT_LIMIT,
  PROBE_EGRESS_IPS,
  RATE_LIMIT_REDIS_URL,
} from 'astro:env/server';
import { createStorage } from 'unstorage';
import redisDriver from 'unstorage/drivers/redis';
import { service } from '../../../config/service';
import { handleProbe, parseEgressIps } from '../../../lib/http/probe-handler';
import { createMemoryStore } from '../../../lib/ratelimit/memory';
import { createProbeLimiter, PER_CLIENT } from '../../../lib/ratelimit/probe-limits';
import { createUnstorageStore } from '../../../lib/ratelimit/unstorage';

export const prerender = false;

const egressIps = parseEgressIps(PROBE_EGRESS_IPS);

/** In memory for one process; in Redis when several instances must share one limit. */
const store = RATE_LIMIT_REDIS_URL
  ? createUnstorageStore(createStorage({ driver: redisDriver({ url: RATE_LIMIT_REDIS_URL }) }))
  : createMemoryStore();
const limiter = createProbeLimiter({
  store,
  perClient: { ...PER_CLIENT, limit: PROBE_CLIENT_LIMIT ?? PER_CLIENT.limit },
});

/** The live key check's relay; all logic is in src/lib/http/probe-handler.ts. */
export const ALL: APIRoute = (context) => {
  let clientAddress = 'unknown';
  try {
    clientAddress = context.clientAddress;
  } catch {
    // The adapter could not tell; every such client shares one limit.
  }
  return handleProbe(context.request, {
    clientAddress,
    env: { krakenApiUrl: KRAKEN_API_URL, egressIps, serviceRange: service.ipRange },
    limiter,
  });
};
