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
import { service } from '../../../config/service';
import { handleProbe, parseEgressIps } from '../../../lib/http/probe-handler';
import {
  createProbeLimiter,
  GLOBAL,
  MAX_CONCURRENT,
  PER_CLIENT,
} from '../../../lib/ratelimit/probe-limits';
import { sharedLimitStore } from '../../../lib/ratelimit/shared';
import { clientOf } from '../../../lib/security/request-client';

export const prerender = false;

const egressIps = parseEgressIps(PROBE_EGRESS_IPS);

/** In memory for one process; in Redis when several instances must share one limit. */
const limiter = createProbeLimiter({
  clients: sharedLimitStore(RATE_LIMIT_REDIS_URL, 'client', { whenFull: 'oldest' }),
  keys: sharedLimitStore(RATE_LIMIT_REDIS_URL, 'key', { whenFull: 'refuse' }),
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
