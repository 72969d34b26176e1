/**
 * POST /api/kraken/probe, as a Web-standard handler (Request → Response) so
 * it runs under the Node adapter, on serverless runtimes and in tests alike.
 * Parse, refuse what is unsafe, limit, relay, interpret, answer. It never
 * answers 500 and never logs the API key or a signature.
 */
import { z } from 'astro/zod';
import { interpretLive } from '../kraken/interpret';
import { KeyInfoSchema } from '../kraken/key-info';
import { relayBatch, CallOutcomeSchema } from '../kraken/relay';
import { validateProbeBatch } from '../kraken/relay-policy';
import { createMemoryStore } from '../ratelimit/memory';
import { createProbeLimiter, type ProbeLimiter } from '../ratelimit/probe-limits';
import { CheckSchema } from '../rules/check';
import { isJsonContentType, readJsonBody } from './body';
import { ErrorBodySchema, jsonResponse } from './json';

export const BODY_LIMIT_BYTES = 16 * 1024;

export interface ProbeEnv {
  /** KRAKEN_API_URL, e.g. `https://api.kraken.com`. */
  krakenApiUrl: string;
  /** PROBE_EGRESS_IPS, parsed: the addresses the relay calls Kraken from. */
  egressIps: readonly string[];
  /** SERVICE_IP_RANGE: the service's range, when the site is configured with it. */
  serviceRange?: string | undefined;
  callTimeoutMs?: number;
  batchTimeoutMs?: number;
}

export interface ProbeContext {
  clientAddress: string;
  env: ProbeEnv;
  now?: () => number;
  fetch?: typeof fetch;
  /** Defaults to one in-memory limiter per process. */
  limiter?: ProbeLimiter;
}

/** A 200 answer. */
export const ProbeResponseSchema = z.object({
  checks: z.array(CheckSchema),
  calls: z.array(CallOutcomeSchema),
  egressIps: z.array(z.string()).optional(),
  /** How the key was checked, and the key's configuration when Kraken reported it. */
  about: z.object({
    checkedWith: z.enum(['GetApiKeyInfo', 'probes']),
    fallbackReason: z.string().optional(),
    calls: z.number(),
    key: KeyInfoSchema.optional(),
  }),
});
export type ProbeResponse = z.infer<typeof ProbeResponseSchema>;

/** Any other answer (400, 403, 405, 413, 415, 429, 502): the shared error body plus a stable code. */
export const ProbeErrorSchema = z.object({
  error: ErrorBodySchema.shape.error.extend({ code: z.string() }),
});
export type ProbeError = z.infer<typeof ProbeErrorSchema>;

const defaultLimiter = createProbeLimiter({ store: createMemoryStore() });

/** `PROBE_EGRESS_IPS` is a comma- or space-separated list. */
export function parseEgressIps(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function refuse(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  const body: ProbeError = { error: { status, message, code } };
  return jsonResponse(status, body, headers ? { headers } : {});
}

/**
 * Browsers send `Sec-Fetch-Site` (and `Origin` on POST); plain API clients
 * send neither. Refuse only what a browser marks as coming from elsewhere.
 */
function isCrossOriginBrowser(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'same-origin' || site === 'none') return false;
  if (site === 'same-site' || site === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const host = request.headers.get('host') ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

async function handle(request: Request, ctx: ProbeContext): Promise<Response> {
  if (request.method !== 'POST') {
    return refuse(405, 'method-not-allowed', 'Method not allowed: use POST.', { Allow: 'POST' });
  }
  if (isCrossOriginBrowser(request)) {
    return refuse(403, 'cross-origin', 'The check only answers pages of this site.');
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return refuse(415, 'unsupported-media-type', 'Send the batch as application/json.');
  }
  const read = await readJsonBody(request, { limit: BODY_LIMIT_BYTES });
  if (!read.ok) {
    return refuse(read.status, read.status === 413 ? 'too-large' : 'invalid-json', read.message);
  }
  const input = read.value;

  const now = ctx.now ?? Date.now;
  const policy = validateProbeBatch(input, now());
  if (!policy.ok) return refuse(400, policy.code, policy.message);
  const { batch } = policy;

  const limiter = ctx.limiter ?? defaultLimiter;
  const decision = await limiter.check(batch.apiKey, ctx.clientAddress, now());
  if (!decision.allowed) {
    return refuse(429, `rate-limited-${decision.scope}`, decision.message, {
      'Retry-After': String(decision.retryAfterSeconds),
    });
  }

  const calls = await relayBatch(batch, {
    baseUrl: ctx.env.krakenApiUrl,
    ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
    ...(ctx.env.callTimeoutMs !== undefined ? { callTimeoutMs: ctx.env.callTimeoutMs } : {}),
    ...(ctx.env.batchTimeoutMs !== undefined ? { batchTimeoutMs: ctx.env.batchTimeoutMs } : {}),
  });
  const egressIps = [...ctx.env.egressIps];
  // The range entered on the page, else the site's configured one.
  const serviceRange = batch.serviceRange ?? ctx.env.serviceRange;
  const { checks, about } = interpretLive(calls, {
    form: batch.form,
    egressIps,
    serviceRange,
    now: now(),
  });
  const body: ProbeResponse =
    egressIps.length > 0 ? { checks, calls, egressIps, about } : { checks, calls, about };
  return jsonResponse(200, body);
}

export async function handleProbe(request: Request, ctx: ProbeContext): Promise<Response> {
  try {
    return await handle(request, ctx);
  } catch {
    // Deliberately no details: the error could carry the request, and with it the key.
    return refuse(502, 'relay-failed', 'The check could not run; try again in a minute.');
  }
}
