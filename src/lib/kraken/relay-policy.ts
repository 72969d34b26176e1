/**
 * What the relay will forward: only GetApiKeyInfo (with nothing but `nonce`)
 * and the probe set of probes.ts, each with its exact parameters, signed with
 * millisecond nonces that strictly increase and lie near the server's clock.
 * Pure: the server clock comes in as an argument.
 */
import { z } from 'astro/zod';
import { IMPOSSIBLE_TXID, templateFor, type RelayMethod } from './probes';
import { base64ToBytes } from './sign';
import { clip, quote } from '../util/text';
import { findSecrets } from '../security/secrets';

export const MAX_BATCH = 10;
/**
 * How far ahead of the server clock a nonce may be, in milliseconds. A key's highest nonce
 * is where it refuses everything below (minus its nonce window): a nonce hours ahead would
 * make the key refuse the trading service's millisecond nonces for those hours.
 */
export const NONCE_AHEAD_MS = 60_000;
/**
 * How far behind it may be. A nonce in the past cannot move a key's high-water mark, so
 * this is generous: a day, enough for any misset clock or time zone mistake.
 */
export const NONCE_BEHIND_MS = 24 * 60 * 60 * 1000;
/** A nonce this many times the clock (or a tenth of it) counts in another unit. */
const SCALE_FACTOR = 10n;

export const ProbeRequestSchema = z.strictObject({
  method: z.string().max(64),
  /** Decimal digits; a string, because larger-scale nonces do not fit a JSON number. */
  nonce: z.string().regex(/^\d{1,30}$/, 'nonce must be a string of decimal digits'),
  body: z.string().max(1024),
  signature: z.string().max(256),
});
export type ProbeRequestInput = z.input<typeof ProbeRequestSchema>;

export const ProbeBatchSchema = z.strictObject({
  apiKey: z.string().max(256),
  /** Which guide the fixes link to. */
  form: z.enum(['pro', 'classic']).optional(),
  /** The service's IP range as the page knows it: not secret, compared with Kraken's answer. */
  serviceRange: z.string().max(4096).optional(),
  requests: z.array(ProbeRequestSchema).max(64),
});
export type ProbeBatchInput = z.input<typeof ProbeBatchSchema>;

export interface ValidRequest {
  method: RelayMethod;
  nonce: string;
  body: string;
  signature: string;
}
export interface ValidBatch {
  apiKey: string;
  form: 'pro' | 'classic';
  serviceRange?: string;
  requests: ValidRequest[];
}

/** What a refusal's words may name: the call, a detail of what is wrong, the clock's skew. */
export interface RefusalValues {
  method?: string;
  detail?: string;
  /** Nonce minus server clock, in milliseconds. */
  skewMs?: number;
}

/** Every reason the relay refuses a batch (HTTP 400); the words are the catalogue's. */
export const REFUSAL_CODES = [
  'private-key-sent',
  'private-key-as-api-key',
  'malformed-batch',
  'malformed-api-key',
  'empty-batch',
  'batch-too-large',
  'unknown-method',
  'duplicate-method',
  'malformed-signature',
  'malformed-body',
  'nonce-mismatch',
  'add-order-without-validate',
  'cancel-order-other-txid',
  'params-outside-template',
  'nonce-not-milliseconds',
  'nonce-ahead',
  'nonce-behind',
  'nonce-not-increasing',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export type PolicyResult =
  | { ok: true; batch: ValidBatch }
  | { ok: false; code: RefusalCode; values: RefusalValues; skewMs?: number };

/** The refusals that mean only "the signing clock is off": the page corrects and retries. */
export const CLOCK_REFUSALS: readonly RefusalCode[] = ['nonce-ahead', 'nonce-behind'];

function refuse(code: RefusalCode, values: RefusalValues = {}): PolicyResult {
  return values.skewMs === undefined
    ? { ok: false, code, values }
    : { ok: false, code, values, skewMs: values.skewMs };
}

/**
 * A private key anywhere in the parsed JSON, by field name or by shape, with the site's one
 * detector. Signatures are 64 bytes like a private key and may look like one; a private
 * key in the API key field gets its own refusal below.
 */
export function hasPrivateKeyField(value: unknown): boolean {
  return findSecrets(value, { allowValue: isSignatureOrApiKey }).length > 0;
}

/** Where a batch may hold a value shaped like a private key without it being one. */
export function isSignatureOrApiKey(path: string): boolean {
  return path === 'apiKey' || /^requests\[\d+\]\.signature$/.test(path);
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function decodedLength(value: string): number | null {
  if (!BASE64.test(value) || value.length % 4 !== 0) return null;
  try {
    return base64ToBytes(value).length;
  } catch {
    return null;
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const path = issue.path.join('.');
  // Paths and unrecognized keys come from the input: bounded, invisible characters escaped.
  return clip(path ? `${path}: ${issue.message}` : issue.message, 200);
}

/** Checks the template; returns the refusal, or null when the params match exactly. */
function checkParams(method: RelayMethod, params: Map<string, string>): PolicyResult | null {
  const template = templateFor(method) ?? {};
  if (method === 'AddOrder' && params.get('validate') !== 'true') {
    return refuse('add-order-without-validate');
  }
  if (method === 'CancelOrder' && params.get('txid') !== IMPOSSIBLE_TXID) {
    return refuse('cancel-order-other-txid');
  }
  for (const name of params.keys()) {
    // Own keys only: `constructor`, `toString`… are in every object.
    if (!Object.hasOwn(template, name)) {
      return refuse('params-outside-template', {
        method,
        detail: `unexpected parameter ${quote(name)}`,
      });
    }
  }
  for (const [name, value] of Object.entries(template)) {
    if (!params.has(name)) {
      return refuse('params-outside-template', { method, detail: `missing parameter ${name}` });
    }
    if (params.get(name) !== value) {
      return refuse('params-outside-template', {
        method,
        detail: `parameter ${name} must be ${value}`,
      });
    }
  }
  return null;
}

/** Validates a parsed JSON body against every rule before anything is forwarded. */
export function validateProbeBatch(input: unknown, nowMs: number): PolicyResult {
  if (hasPrivateKeyField(input)) return refuse('private-key-sent');
  const parsed = ProbeBatchSchema.safeParse(input);
  if (!parsed.success) return refuse('malformed-batch', { detail: firstIssue(parsed.error) });
  const { apiKey, requests, form = 'pro', serviceRange } = parsed.data;

  const keyLength = decodedLength(apiKey);
  if (apiKey.length === 88 && keyLength === 64) return refuse('private-key-as-api-key');
  if (keyLength === null || apiKey.length < 40 || apiKey.length > 120) {
    return refuse('malformed-api-key');
  }
  if (requests.length === 0) return refuse('empty-batch');
  if (requests.length > MAX_BATCH) return refuse('batch-too-large');

  const seen = new Set<string>();
  const now = BigInt(Math.floor(nowMs));
  let previous: bigint | null = null;
  const valid: ValidRequest[] = [];

  for (const request of requests) {
    const { method, nonce, body, signature } = request;
    if (templateFor(method) === undefined) return refuse('unknown-method', { method });
    const known = method as RelayMethod;
    if (seen.has(method)) return refuse('duplicate-method', { method });
    seen.add(method);
    if (signature.length !== 88 || decodedLength(signature) !== 64) {
      return refuse('malformed-signature', { method });
    }

    const form = new URLSearchParams(body);
    if (form.toString() !== body) {
      return refuse('malformed-body', { method, detail: 'it does not re-encode to itself' });
    }
    const params = new Map<string, string>();
    for (const [name, value] of form) {
      if (params.has(name)) {
        return refuse('malformed-body', { method, detail: `${name} appears twice` });
      }
      params.set(name, value);
    }
    if (params.get('nonce') !== nonce) return refuse('nonce-mismatch', { method });
    params.delete('nonce');

    const refusal = checkParams(known, params);
    if (refusal) return refusal;

    const value = BigInt(nonce);
    if (value >= now * SCALE_FACTOR || value * SCALE_FACTOR <= now) {
      return refuse('nonce-not-milliseconds', { method });
    }
    const skewMs = Number(value - now);
    if (skewMs > NONCE_AHEAD_MS) return refuse('nonce-ahead', { method, skewMs });
    if (-skewMs > NONCE_BEHIND_MS) return refuse('nonce-behind', { method, skewMs });
    if (previous !== null && value <= previous) return refuse('nonce-not-increasing', { method });
    previous = value;

    valid.push({ method: known, nonce, body, signature });
  }
  const batch: ValidBatch = { apiKey, form, requests: valid };
  if (serviceRange !== undefined && serviceRange.trim() !== '') batch.serviceRange = serviceRange;
  return { ok: true, batch };
}
