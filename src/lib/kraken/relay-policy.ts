/**
 * What the relay will forward: only GetApiKeyInfo (with nothing but `nonce`)
 * and the probe set of probes.ts, each with its exact parameters, signed with
 * millisecond nonces that strictly increase. Pure: the server clock comes in
 * as an argument.
 */
import { z } from 'astro/zod';
import { IMPOSSIBLE_TXID, RELAY_METHODS, templateFor, type RelayMethod } from './probes';
import { base64ToBytes } from './sign';
import { clip, quote } from '../util/text';

export const MAX_BATCH = 10;
/** How far a nonce may be from the server clock, in milliseconds. */
export const NONCE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

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
}

const METHOD_LIST = RELAY_METHODS.join(', ');

/** Every reason the relay refuses a batch, with the message sent back (HTTP 400). */
export const REFUSALS = {
  'private-key-sent': () =>
    'The request contains a private key field. The private key must never be sent: the page signs each request in your browser and sends only the signatures.',
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
    `${method}: the nonce is not the current time in milliseconds (within a day of the server clock). A nonce of a larger scale, such as micro- or nanoseconds, would lock every client that counts in milliseconds, such as your trading service, out of this key for good: Kraken never resets a key's nonce.`,
  'nonce-not-increasing': ({ method }: Detail) =>
    `${method}: the nonces do not strictly increase; each request must have a larger nonce than the one before.`,
} as const satisfies Record<string, (detail: Detail) => string>;

export type RefusalCode = keyof typeof REFUSALS;

export type PolicyResult =
  { ok: true; batch: ValidBatch } | { ok: false; code: RefusalCode; message: string };

function refuse(code: RefusalCode, detail: Detail = {}): PolicyResult {
  return { ok: false, code, message: REFUSALS[code](detail) };
}

const PRIVATE_FIELD = /priv|secret/i;

/** Finds a field named like a private key anywhere in the parsed JSON. */
export function hasPrivateKeyField(value: unknown, depth = 0): boolean {
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => hasPrivateKeyField(item, depth + 1));
  return Object.entries(value).some(
    ([name, inner]) => PRIVATE_FIELD.test(name) || hasPrivateKeyField(inner, depth + 1),
  );
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
  const tolerance = BigInt(NONCE_TOLERANCE_MS);
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
    const distance = value > now ? value - now : now - value;
    if (distance > tolerance) return refuse('nonce-not-milliseconds', { method });
    if (previous !== null && value <= previous) return refuse('nonce-not-increasing', { method });
    previous = value;

    valid.push({ method: known, nonce, body, signature });
  }
  const batch: ValidBatch = { apiKey, form, requests: valid };
  if (serviceRange !== undefined && serviceRange.trim() !== '') batch.serviceRange = serviceRange;
  return { ok: true, batch };
}
