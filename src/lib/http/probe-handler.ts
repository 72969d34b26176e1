/**
 * POST /api/kraken/probe, as a Web-standard handler (Request → Response) so
 * it runs under the Node adapter, on serverless runtimes and in tests alike.
 * Parse, refuse what is unsafe, limit, relay, interpret, answer. It never
 * answers 500 and never logs the API key or a signature.
 */
import { z } from 'astro/zod';
import { interpretLive } from '../kraken/interpret';
import { negotiateLang } from '../messages/negotiate';
import { RELAY_WORDS } from '../messages/relay';
import type { Lang } from '../messages/types';
import { LiveAboutSchema } from '../kraken/live-about';
import { relayBatch, CallOutcomeSchema, type CallOutcome } from '../kraken/relay';
import { isSignatureOrApiKey, validateProbeBatch } from '../kraken/relay-policy';
import { createProbeLimiter, type ProbeLimiter } from '../ratelimit/probe-limits';
import type { ClientAddress } from '../security/client-address.js';
import { CheckSchema } from '../rules/check';
import { BODY_LIMIT_BYTES as SITE_BODY_LIMIT } from './body';
import { readJsonRequest } from './edge';
import {
  ErrorBodySchema,
  errorResponse,
  jsonResponse,
  languageHeaders,
  type ErrorInfo,
} from './json';

export const BODY_LIMIT_BYTES = SITE_BODY_LIMIT;

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
  /** The client, as resolveClientAddress (src/lib/security/client-address.js) found it. */
  client: ClientAddress;
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
  about: LiveAboutSchema,
});
export type ProbeResponse = z.infer<typeof ProbeResponseSchema>;

/** Any other answer (400, 403, 405, 413, 415, 429, 502, 503): the shared error body. */
export const ProbeErrorSchema = ErrorBodySchema;
export type ProbeError = z.infer<typeof ProbeErrorSchema>;

let defaultLimiter: ProbeLimiter | null = null;

/** `PROBE_EGRESS_IPS` is a comma- or space-separated list. */
export function parseEgressIps(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function refuse(error: ErrorInfo, lang: Lang, headers: Record<string, string> = {}): Response {
  return errorResponse(error, { headers: { ...headers, ...languageHeaders(lang) } });
}

/**
 * The relay's signatures are 64 bytes in base64, like a private key: they may look like one.
 * A private key in the API key field gets the policy's own refusal, which says "swapped".
 */
export const PROBE_SECRET_SCAN = { allowValue: isSignatureOrApiKey };

async function handle(request: Request, ctx: ProbeContext, lang: Lang): Promise<Response> {
  const words = RELAY_WORDS[lang];
  const edge = await readJsonRequest(request, {
    sameOrigin: true,
    secretMessage: words.refusal['private-key-sent']({}),
    secretLanguage: lang,
    secrets: PROBE_SECRET_SCAN,
  });
  if (!edge.ok) return edge.response;
  if (!ctx.client.ok) {
    // Never a shared "unknown" bucket: one client could exhaust it for everyone.
    return refuse({ status: 503, code: 'client-unknown', message: words.clientUnknown }, lang);
  }

  const now = ctx.now ?? Date.now;
  const serverTime = now();
  const policy = validateProbeBatch(edge.value, serverTime);
  if (!policy.ok) {
    // A clock refusal carries the server's time, so the page can correct its clock.
    const message = words.refusal[policy.code](policy.values);
    return refuse(
      policy.skewMs === undefined
        ? { status: 400, code: policy.code, message }
        : { status: 400, code: policy.code, message, serverTime },
      lang,
    );
  }
  const { batch } = policy;

  const limiter = ctx.limiter ?? (defaultLimiter ??= createProbeLimiter());
  const decision = await limiter.admit(batch.apiKey, ctx.client.bucket, now());
  if (!decision.allowed) {
    const status = decision.scope === 'busy' ? 503 : 429;
    return refuse(
      {
        status,
        code: `rate-limited-${decision.scope}`,
        message: words.limit[decision.scope](decision.values),
      },
      lang,
      { 'Retry-After': String(decision.retryAfterSeconds) },
    );
  }

  let calls: CallOutcome[] = [];
  try {
    calls = await relayBatch(batch, {
      baseUrl: ctx.env.krakenApiUrl,
      signal: request.signal,
      ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
      ...(ctx.env.callTimeoutMs !== undefined ? { callTimeoutMs: ctx.env.callTimeoutMs } : {}),
      ...(ctx.env.batchTimeoutMs !== undefined ? { batchTimeoutMs: ctx.env.batchTimeoutMs } : {}),
    });
  } finally {
    await limiter.settle(decision.ticket, calls, now());
  }
  const egressIps = [...ctx.env.egressIps];
  // The site's configured range when there is one (a posted range cannot override it, as on
  // the no-JavaScript result page), else the range entered on the page.
  const serviceRange = ctx.env.serviceRange ?? batch.serviceRange;
  const { checks, about } = interpretLive(calls, {
    form: batch.form,
    egressIps,
    serviceRange,
    now: now(),
    lang,
  });
  const body: ProbeResponse =
    egressIps.length > 0 ? { checks, calls, egressIps, about } : { checks, calls, about };
  return jsonResponse(200, body, { headers: languageHeaders(lang) });
}

export async function handleProbe(request: Request, ctx: ProbeContext): Promise<Response> {
  // Every answer, refusals included, in the page's language: the page shows them as they come.
  const lang = negotiateLang(request.headers.get('accept-language'));
  try {
    return await handle(request, ctx, lang);
  } catch {
    // Deliberately no details: the error could carry the request, and with it the key.
    return refuse(
      { status: 502, code: 'relay-failed', message: RELAY_WORDS[lang].relayFailed },
      lang,
    );
  }
}
