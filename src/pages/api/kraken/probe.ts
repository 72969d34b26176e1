import type { APIRoute } from 'astro';
import { KRAKEN_API_URL, PROBE_EGRESS_IPS } from 'astro:env/server';
import { handleProbe, parseEgressIps } from '../../../lib/http/probe-handler';
import { createMemoryStore } from '../../../lib/ratelimit/memory';
import { createProbeLimiter, PER_CLIENT } from '../../../lib/ratelimit/probe-limits';

export const prerender = false;

/**
 * Read when the server starts, not when it is built: astro:env inlines `access: 'public'`
 * server variables into the build, so without this a KRAKEN_API_URL set for `npm start`
 * (the fake Kraken in e2e, the benchmark, a local demo) would be ignored and the build's
 * value (the real Kraken by default) used instead.
 */
const runtime: Record<string, string | undefined> = globalThis.process?.env ?? {};
const krakenApiUrl = runtime['KRAKEN_API_URL'] || KRAKEN_API_URL;
const egressIps = parseEgressIps(runtime['PROBE_EGRESS_IPS'] ?? PROBE_EGRESS_IPS);

/**
 * PROBE_CLIENT_LIMIT: batches per client address per window (default PER_CLIENT).
 * Only the e2e tests and the relay benchmark raise it: all their calls come from 127.0.0.1.
 */
const clientLimit = Number(runtime['PROBE_CLIENT_LIMIT']);
const limiter =
  Number.isInteger(clientLimit) && clientLimit > 0
    ? createProbeLimiter({
        store: createMemoryStore(),
        perClient: { ...PER_CLIENT, limit: clientLimit },
      })
    : undefined;

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
    env: { krakenApiUrl, egressIps },
    ...(limiter ? { limiter } : {}),
  });
};
