/** The relay's refusals in English (see relay-types.ts). */
import { IMPOSSIBLE_TXID, RELAY_METHODS } from '../../kraken/probes';
import { MAX_BATCH, NONCE_AHEAD_MS } from '../../kraken/relay-policy';
import { INVALID_CREDENTIALS_COST } from '../../ratelimit/probe-limits';
import { quote } from '../../util/text';
import type { RelayWords } from '../relay-types';
import { formatDuration } from './duration';

const minutes = (ms: number) => `${ms / 60_000} minute${ms === 60_000 ? '' : 's'}`;

export const EN_RELAY: RelayWords = {
  refusal: {
    'private-key-sent': () =>
      'The request contains a private key. The private key must never be sent: the page signs each request in your browser and sends only the signatures.',
    'private-key-as-api-key': () =>
      'The API key field holds a value shaped like a private key (88 characters, 64 bytes). The private key must never be sent; check that the two fields are not swapped.',
    'malformed-batch': ({ detail }) => `The request body is not a probe batch: ${detail}.`,
    'malformed-api-key': () =>
      'The API key is not a base64 value of a plausible length (every public sample of a Kraken API key has 56 base64 characters).',
    'empty-batch': () => 'The batch holds no requests.',
    'batch-too-large': () => `The batch holds more than ${MAX_BATCH} requests.`,
    'unknown-method': ({ method }) =>
      `The method ${quote(method ?? '')} is not one of the live check's read-only calls; only ${RELAY_METHODS.join(', ')} are forwarded.`,
    'duplicate-method': ({ method }) =>
      `${method} appears more than once; each probe is sent once per batch.`,
    'malformed-signature': ({ method }) =>
      `${method}: the signature is not an HMAC-SHA512 in base64 (88 characters, 64 bytes).`,
    'malformed-body': ({ method, detail }) =>
      `${method}: the body is not a plain form encoding (${detail}).`,
    'nonce-mismatch': ({ method }) =>
      `${method}: the nonce in the body differs from the declared nonce.`,
    'add-order-without-validate': () =>
      'AddOrder is forwarded only with validate=true, so that it can never place an order.',
    'cancel-order-other-txid': () =>
      `CancelOrder is forwarded only for the id ${IMPOSSIBLE_TXID}, which no order can have.`,
    'params-outside-template': ({ method, detail }) =>
      `${method}: ${detail}; only the probe's fixed parameters are forwarded.`,
    'nonce-not-milliseconds': ({ method }) =>
      `${method}: the nonce is not the current time in milliseconds. A nonce of a larger scale, such as micro- or nanoseconds, would lock every client that counts in milliseconds, such as your trading service, out of this key for good: Kraken never resets a key's nonce.`,
    'nonce-ahead': ({ method, skewMs = 0 }) =>
      `${method}: the nonce is ${formatDuration(skewMs)} ahead of this server's clock; at most ${NONCE_AHEAD_MS / 1000} seconds ahead is forwarded. Your device's clock is probably about ${formatDuration(skewMs)} fast: a nonce that far ahead would make your key refuse your trading service's requests until real time caught up. Nothing was sent to Kraken.`,
    'nonce-behind': ({ method, skewMs = 0 }) =>
      `${method}: the nonce is ${formatDuration(skewMs)} behind this server's clock; at most a day behind is forwarded. Your device's clock is probably about ${formatDuration(skewMs)} slow. Nothing was sent to Kraken.`,
    'nonce-not-increasing': ({ method }) =>
      `${method}: the nonces do not strictly increase; each request must have a larger nonce than the one before.`,
  },
  limit: {
    key: ({ windowMs, retryAfterSeconds }) =>
      `This key was checked less than ${windowMs / 1000} s ago, or Kraken asked to slow down for it, and Kraken limits how often a key may call; try again in ${retryAfterSeconds} s.`,
    client: ({ limit, windowMs, retryAfterSeconds }) =>
      `This address ran the check ${limit} times in ${minutes(windowMs)} (a check that Kraken answers "invalid key" or "invalid signature" counts as ${INVALID_CREDENTIALS_COST}, and one it answers with a lockout or rate limit uses up the rest); try again in ${retryAfterSeconds} s.`,
    global: ({ limit, windowMs, retryAfterSeconds }) =>
      `The relay ran ${limit} checks in the last ${minutes(windowMs)}, its most for everyone together (Kraken sees them all come from one address); try again in ${retryAfterSeconds} s.`,
    busy: ({ limit }) =>
      `The relay is running ${limit} checks at once, its most; try again in a few seconds.`,
  },
  clientUnknown:
    'This server could not tell which address the request came from, so it cannot apply its limits; the check did not run. If this keeps happening, the site is misconfigured behind its proxy.',
  relayFailed: 'The check could not run; try again in a minute.',
};
