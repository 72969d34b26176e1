/**
 * POST /api/kraken/probe, as a Web-standard handler (Request → Response) so
 * it runs under the Node adapter, on serverless runtimes and in tests alike.
 * Parse, refuse what is unsafe, limit, relay, interpret, answer. It never
 * answers 500 and never logs the API key or a signature.
 */
import { z } from 'astro/zod';
import { interpretOutcomes } from '../kraken/interpret';
import { relayBatch, CallOutcomeSchema } from '../kraken/relay';
import { validateProbeBatch } from '../kraken/relay-policy';
import { createMemoryStore } from '../ratelimit/memory';
import { createProbeLimiter, type ProbeLimiter } from '../ratelimit/probe-limits';
import { CheckSchema } from '../rules/check';

export const BODY_LIMIT_BYTES = 16 * 1024;

export interface ProbeEnv {
  /** KRAKEN_API_URL, e.g. `https://api.kraken.com`. */
  krakenApiUrl: string;
  /** PROBE_EGRESS_IPS, parsed: the addresses the relay calls Kraken from. */
  egressIps: readonly string[];
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
});
export type ProbeResponse = z.infer<typeof ProbeResponseSchema>;

/** Any other answer (400, 403, 405, 413, 415, 429, 502). */
export const ProbeErrorSchema = z.object({ error: z.string(), message: z.string() });
export type ProbeError = z.infer<typeof ProbeErrorSchema>;

const defaultLimiter = createProbeLimiter({ store: createMemoryStore() });

/** `PROBE_EGRESS_IPS` is a comma- or space-separated list. */
export function parseEgressIps(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

// Private stand-ins for the shared src/lib/http helpers, which did not exist yet.
function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

function refuse(
  status: number,
  error: string,
  message: string,
  headers?: Record<string, string>,
): Response {
  return json(status, { error, message } satisfies ProbeError, headers);
}

class TooLarge extends Error {}

async function readText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw new TooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
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
    return refuse(405, 'method-not-allowed', 'Use POST.', { Allow: 'POST' });
  }
  if (isCrossOriginBrowser(request)) {
    return refuse(403, 'cross-origin', 'The check only answers pages of this site.');
  }
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return refuse(415, 'unsupported-media-type', 'Send the batch as application/json.');
  }
  let text: string;
  try {
    text = await readText(request, BODY_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) {
      return refuse(413, 'too-large', `The batch is larger than ${BODY_LIMIT_BYTES} bytes.`);
    }
    return refuse(400, 'unreadable', 'The request body could not be read.');
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return refuse(400, 'invalid-json', 'The request body is not valid JSON.');
  }

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
  const checks = interpretOutcomes(calls, { form: batch.form, egressIps });
  const body: ProbeResponse =
    egressIps.length > 0 ? { checks, calls, egressIps } : { checks, calls };
  return json(200, body);
}

export async function handleProbe(request: Request, ctx: ProbeContext): Promise<Response> {
  try {
    return await handle(request, ctx);
  } catch {
    // Deliberately no details: the error could carry the request, and with it the key.
    return refuse(502, 'relay-failed', 'The check could not run; try again in a minute.');
  }
}
