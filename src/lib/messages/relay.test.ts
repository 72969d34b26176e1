import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../kraken/relay-policy';
import type { LimitScope, LimitValues } from '../ratelimit/probe-limits';
import { EN_RELAY } from './en/relay';
import { ID_RELAY } from './id/relay';
import { RELAY_WORDS } from './relay';

const SAMPLE = { method: 'Method', detail: 'detail', skewMs: 7_200_000 };
const SCOPES: readonly LimitScope[] = ['key', 'client', 'global', 'busy'];
const LIMITS: Record<LimitScope, LimitValues> = {
  key: { limit: 1, windowMs: 30_000, retryAfterSeconds: 12 },
  client: { limit: 10, windowMs: 600_000, retryAfterSeconds: 540 },
  global: { limit: 600, windowMs: 600_000, retryAfterSeconds: 45 },
  busy: { limit: 4, windowMs: 0, retryAfterSeconds: 5 },
};

describe('the relay’s refusals in English', () => {
  it('pins each refusal', () => {
    const messages = Object.fromEntries(
      REFUSAL_CODES.map((code) => [code, EN_RELAY.refusal[code](SAMPLE)]),
    );
    expect(messages).toMatchInlineSnapshot(`
      {
        "add-order-without-validate": "AddOrder is forwarded only with validate=true, so that it can never place an order.",
        "batch-too-large": "The batch holds more than 10 requests.",
        "cancel-order-other-txid": "CancelOrder is forwarded only for the id OCHECK-PROBE-000000, which no order can have.",
        "duplicate-method": "Method appears more than once; each probe is sent once per batch.",
        "empty-batch": "The batch holds no requests.",
        "malformed-api-key": "The API key is not a base64 value of a plausible length (every public sample of a Kraken API key has 56 base64 characters).",
        "malformed-batch": "The request body is not a probe batch: detail.",
        "malformed-body": "Method: the body is not a plain form encoding (detail).",
        "malformed-signature": "Method: the signature is not an HMAC-SHA512 in base64 (88 characters, 64 bytes).",
        "nonce-ahead": "Method: the nonce is 2 hours ahead of this server's clock; at most 60 seconds ahead is forwarded. Your device's clock is probably about 2 hours fast: a nonce that far ahead would make your key refuse your trading service's requests until real time caught up. Nothing was sent to Kraken.",
        "nonce-behind": "Method: the nonce is 2 hours behind this server's clock; at most a day behind is forwarded. Your device's clock is probably about 2 hours slow. Nothing was sent to Kraken.",
        "nonce-mismatch": "Method: the nonce in the body differs from the declared nonce.",
        "nonce-not-increasing": "Method: the nonces do not strictly increase; each request must have a larger nonce than the one before.",
        "nonce-not-milliseconds": "Method: the nonce is not the current time in milliseconds. A nonce of a larger scale, such as micro- or nanoseconds, would lock every client that counts in milliseconds, such as your trading service, out of this key for good: Kraken never resets a key's nonce.",
        "params-outside-template": "Method: detail; only the probe's fixed parameters are forwarded.",
        "private-key-as-api-key": "The API key field holds a value shaped like a private key (88 characters, 64 bytes). The private key must never be sent; check that the two fields are not swapped.",
        "private-key-sent": "The request contains a private key. The private key must never be sent: the page signs each request in your browser and sends only the signatures.",
        "unknown-method": "The method “Method” is not one of the live check's read-only calls; only GetApiKeyInfo, Balance, OpenOrders, ClosedOrders, Ledgers, GetWebSocketsToken, AddOrder, CancelOrder, WithdrawMethods are forwarded.",
      }
    `);
  });
});

describe('the relay’s refusals in Indonesian', () => {
  it.each(REFUSAL_CODES)('%s: in Indonesian, naming what the English names', (code) => {
    const english = EN_RELAY.refusal[code](SAMPLE);
    const indonesian = ID_RELAY.refusal[code](SAMPLE);
    expect(indonesian).not.toBe(english);
    for (const value of ['Method', 'detail', '2 hours']) {
      if (!english.includes(value)) continue;
      expect(indonesian, `${code} names ${value}`).toContain(value === '2 hours' ? '2 jam' : value);
    }
    expect(indonesian, 'nothing sent is said as Indonesian does').not.toMatch(
      /\bthe\b|\bNothing\b/,
    );
  });

  it.each(SCOPES)('limit %s: the numbers the English gives, in Indonesian form', (scope) => {
    const values = LIMITS[scope];
    const english = EN_RELAY.limit[scope](values);
    const indonesian = ID_RELAY.limit[scope](values);
    expect(indonesian).not.toBe(english);
    expect(indonesian).toContain(String(values.limit));
    if (english.includes(`${values.retryAfterSeconds} s`)) {
      expect(indonesian).toContain(`${values.retryAfterSeconds} detik`);
    }
  });

  it('has its own words for every refusal the handler makes itself', () => {
    for (const field of ['clientUnknown', 'relayFailed'] as const) {
      expect(ID_RELAY[field]).not.toBe(EN_RELAY[field]);
    }
  });

  it('is what the server picks for each language', () => {
    expect(RELAY_WORDS).toEqual({ en: EN_RELAY, id: ID_RELAY });
  });
});

describe('the relay’s limits in English', () => {
  it.each(SCOPES)('limit %s names its numbers', (scope) => {
    const values = LIMITS[scope];
    const english = EN_RELAY.limit[scope](values);
    expect(english).toContain(String(values.limit));
    if (scope !== 'busy') expect(english).toContain(`${values.retryAfterSeconds} s`);
  });

  it('says minutes as a person would', () => {
    expect(EN_RELAY.limit.client(LIMITS.client)).toContain('10 times in 10 minutes');
    expect(EN_RELAY.limit.global({ ...LIMITS.global, windowMs: 60_000 })).toContain(
      'in the last 1 minute,',
    );
  });
});
