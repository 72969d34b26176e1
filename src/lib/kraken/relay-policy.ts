/**
/**
 * What the relay will forward: only GetApiKeyInfo (with nothing but `nonce`)
 * and the probe set of probes.ts, each with its exact parameters, signed with
 * millisecond nonces that strictly increase and lie near the server's clock.
 * Pure: the server clock comes in as an argument.
 */
import { z } from 'astro/zod';
import { formatDuration } from '../messages/en/duration';
import { IMPOSSIBLE_TXID, RELAY_METHODS, templateFor, type RelayMethod } from './probes';
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

interface Detail {
  method?: string;
  detail?: string;
  /** Nonce minus server clock, in milliseconds. */
  skewMs?: number;
}

const METHOD_LIST = RELAY_METHODS.join(', ');

/** Every reason the relay refuses a batch, with the message sent back (HTTP 400). */
export const REFUSALS = {
  'private-key-sent': () =>
    'The request contains a private key. The private key must never be sent: the page signs each request in your browser and sends only the signatures.',
  'private-key-as-api-key': () =>
    'The API key field holds a value shaped like a private key (88 characters, 64 bytes). The private key must never be sent; check that the two fields are not swapped.',
  'malformed-batch': ({ detail }: Detail) => `The request body is not a probe batch: ${detail}.`,
  'malformed-api-key': () =>
    'The API key is not a base64 value of a plausible length (every public sample of a Kraken API key has 56 base64 characters).',
  'empty-batch': () => 'The batch holds no requests.',
  'batch-too-large': () => `The batch holds more than ${MAX_BATCH} requests.`,
  'unknown-method': ({ method }: Detail) =>
    `The method ${quote(method ?? '')} is not one of the live check's read-only calls; only ${METHOD_LIST} are forwarded.`,
  'duplicate-method': ({ method }: Detail) =>
    `${method} appears more than once; each probe is sent once per batch.`,
  'malformed-signature': ({ method }: Detail) =>
    `${method}: the signature is not an HMAC-SHA512 in base64 (88 characters, 64 bytes).`,
  'malformed-body': ({ method, detail }: Detail) =>
    `${method}: the body is not a plain form encoding (${detail}).`,
  'nonce-mismatch': ({ method }: Detail) =>
    `${method}: the nonce in the body differs from the declared nonce.`,
  'add-order-without-validate': () =>
    'AddOrder is forwarded only with validate=true, so that it can never place an order.',
  'cancel-order-other-txid': () =>
    `CancelOrder is forwarded only for the id ${IMPOSSIBLE_TXID}, which no order can have.`,
  'params-outside-template': ({ method, detail }: Detail) =>
    `${method}: ${detail}; only the probe's fixed parameters are forwarded.`,
  'nonce-not-milliseconds': ({ method }: Detail) =>
    `${method}: the nonce is not the current time in milliseconds. A nonce of a larger scale, such as micro- or nanoseconds, would lock every client that counts in milliseconds, such as your trading service, out of this key for good: Kraken never resets a key's nonce.`,
  'nonce-ahead': ({ method, skewMs = 0 }: Detail) =>
    `${method}: the nonce is ${formatDuration(skewMs)} ahead of this server's clock; at most ${NONCE_AHEAD_MS / 1000} seconds ahead is forwarded. Your device's clock is probably about ${formatDuration(skewMs)} fast: a nonce that far ahead would make your key refuse your trading service's requests until real time caught up. Nothing was sent to Kraken.`,
  'nonce-behind': ({ method, skewMs = 0 }: Detail) =>
    `${method}: the nonce is ${formatDuration(skewMs)} behind this server's clock; at most a day behind is forwarded. Your device's clock is probably about ${formatDuration(skewMs)} slow. Nothing was sent to Kraken.`,
  'nonce-not-increasing': ({ method }: Detail) =>
    `${method}: the nonces do not strictly increase; each request must have a larger nonce than the one before.`,
} as const satisfies Record<string, (detail: Detail) => string>;

export type RefusalCode = keyof typeof REFUSALS;

export type PolicyResult =
  | { ok: true; batch: ValidBatch }
  | { ok: false; code: RefusalCode; message: string; skewMs?: number };

/** The refusals that mean only "the signing clock is off": the page corrects and retries. */
export const CLOCK_REFUSALS: readonly RefusalCode[] = ['nonce-ahead', 'nonce-behind'];

function refuse(code: RefusalCode, detail: Detail = {}): PolicyResult {
  const message = REFUSALS[code](detail);
  return detail.skewMs === undefined
    ? { ok: false, code, message }
    : { ok: false, code, message, skewMs: detail.skewMs };
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
