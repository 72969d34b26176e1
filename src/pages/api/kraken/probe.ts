import type { APIRoute } from 'astro';
import { KRAKEN_API_URL, PROBE_EGRESS_IPS } from 'astro:env/server';
import { handleProbe, parseEgressIps } from '../../../lib/http/probe-handler';

export const prerender = false;

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
    env: { krakenApiUrl: KRAKEN_API_URL, egressIps: parseEgressIps(PROBE_EGRESS_IPS) },
  });
};
