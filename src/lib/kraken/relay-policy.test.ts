import { beforeAll, describe, expect, it } from 'vitest';
import { buildProbeBatch, IMPOSSIBLE_TXID, type ProbeBatch } from './probes';
import { EN_RELAY } from '../messages/en/relay';
import { REFUSAL_CODES, validateProbeBatch, type RefusalCode } from './relay-policy';
import { encodeFormBody } from './sign';

const NOW = 1_750_000_000_000;
const API_KEY = btoa(String.fromCharCode(...new Uint8Array(42).fill(7)));
const PRIVATE_KEY = btoa(String.fromCharCode(...new Uint8Array(64).fill(9)));

let valid: ProbeBatch;
beforeAll(async () => {
  valid = await buildProbeBatch({ apiKey: API_KEY, privateKey: PRIVATE_KEY, now: () => NOW });
});

type Mutate = (batch: ProbeBatch) => unknown;

const edit =
  (method: string, change: (request: ProbeBatch['requests'][number]) => void): Mutate =>
  (batch) => {
    const copy = structuredClone(batch);
    const request = copy.requests.find((r) => r.method === method);
    if (request) change(request);
    return copy;
  };

const withParams = (method: string, params: Record<string, string>): Mutate =>
  edit(method, (r) => {
    r.body = encodeFormBody(r.nonce, params);
  });

const cases: { name: string; mutate: Mutate; code: RefusalCode }[] = [
  {
    name: 'refuses GetApiKeyInfo with any parameter but nonce (an otp, for one)',
    mutate: withParams('GetApiKeyInfo', { otp: '123456' }),
    code: 'params-outside-template',
  },
  {
    name: 'refuses GetApiKeyInfo sent twice',
    mutate: (b) => ({
      ...b,
      requests: [b.requests[0], { ...b.requests[1], method: 'GetApiKeyInfo' }],
    }),
    code: 'duplicate-method',
  },
  {
    name: 'refuses a privateKey field',
    mutate: (b) => ({ ...b, privateKey: PRIVATE_KEY }),
    code: 'private-key-sent',
  },
  {
    name: 'refuses a secret nested in a request',
    mutate: (b) => ({ ...b, requests: [{ ...b.requests[0], apiSecret: 'x' }] }),
    code: 'private-key-sent',
  },
  {
    name: 'refuses a private key in the API key field',
    mutate: (b) => ({ ...b, apiKey: PRIVATE_KEY }),
    code: 'private-key-as-api-key',
  },
  { name: 'refuses a body that is not an object', mutate: () => [], code: 'malformed-batch' },
  {
    name: 'refuses unknown top-level fields',
    mutate: (b) => ({ ...b, extra: 1 }),
    code: 'malformed-batch',
  },
  {
    name: 'refuses a numeric nonce',
    mutate: edit('Balance', (r) => Object.assign(r, { nonce: 1 })),
    code: 'malformed-batch',
  },
  {
    name: 'refuses an API key that is not base64',
    mutate: (b) => ({ ...b, apiKey: 'not a key!' }),
    code: 'malformed-api-key',
  },
  { name: 'refuses an empty batch', mutate: (b) => ({ ...b, requests: [] }), code: 'empty-batch' },
  {
    name: 'refuses a batch over 10',
    mutate: (b) => ({ ...b, requests: [...b.requests, ...b.requests, ...b.requests] }),
    code: 'batch-too-large',
  },
  {
    name: 'refuses any other method',
    mutate: edit('Balance', (r) => Object.assign(r, { method: 'Withdraw' })),
    code: 'unknown-method',
  },
  {
    name: 'refuses CancelAll',
    mutate: edit('CancelOrder', (r) => Object.assign(r, { method: 'CancelAll' })),
    code: 'unknown-method',
  },
  {
    name: 'refuses a method sent twice',
    mutate: (b) => ({
      ...b,
      requests: [b.requests[0], b.requests[1], { ...b.requests[2], method: 'Balance' }],
    }),
    code: 'duplicate-method',
  },
  {
    name: 'refuses a signature of the wrong length',
    mutate: edit('Balance', (r) => Object.assign(r, { signature: 'abcd' })),
    code: 'malformed-signature',
  },
  {
    name: 'refuses a signature that is not base64',
    mutate: edit('Balance', (r) => Object.assign(r, { signature: `${'!'.repeat(86)}==` })),
    code: 'malformed-signature',
  },
  {
    name: 'refuses a body with a field twice',
    mutate: edit('Balance', (r) => Object.assign(r, { body: `${r.body}&nonce=${r.nonce}` })),
    code: 'malformed-body',
  },
  {
    name: 'refuses a body in a non-canonical encoding',
    mutate: edit('Balance', (r) => Object.assign(r, { body: `nonce=${r.nonce};x=1` })),
    code: 'malformed-body',
  },
  {
    name: 'refuses a body nonce that differs from the declared one',
    mutate: edit('Balance', (r) => Object.assign(r, { body: 'nonce=1' })),
    code: 'nonce-mismatch',
  },
  {
    name: 'refuses AddOrder without validate',
    mutate: withParams('AddOrder', {
      ordertype: 'limit',
      pair: 'XBTUSD',
      price: '100',
      type: 'buy',
      volume: '0.01',
    }),
    code: 'add-order-without-validate',
  },
  {
    name: 'refuses AddOrder with validate=false',
    mutate: withParams('AddOrder', {
      ordertype: 'limit',
      pair: 'XBTUSD',
      price: '100',
      type: 'buy',
      validate: 'false',
      volume: '0.01',
    }),
    code: 'add-order-without-validate',
  },
  {
    name: 'refuses CancelOrder for another txid',
    mutate: withParams('CancelOrder', { txid: 'OQCLML-BW3P3-BUCMWZ' }),
    code: 'cancel-order-other-txid',
  },
  {
    name: 'refuses an extra parameter',
    mutate: withParams('Ledgers', { asset: 'all' }),
    code: 'params-outside-template',
  },
  {
    name: 'refuses an extra parameter named like an Object.prototype member',
    mutate: withParams('Balance', { constructor: '1' }),
    code: 'params-outside-template',
  },
  {
    name: 'refuses a missing parameter',
    mutate: withParams('AddOrder', { validate: 'true', pair: 'XBTUSD' }),
    code: 'params-outside-template',
  },
  {
    name: 'refuses a different value',
    mutate: withParams('AddOrder', {
      ordertype: 'market',
      pair: 'XBTUSD',
      price: '100',
      type: 'buy',
      validate: 'true',
      volume: '0.01',
    }),
    code: 'params-outside-template',
  },
  {
    name: 'refuses a nanosecond nonce',
    mutate: edit('Balance', (r) => {
      r.nonce = `${NOW}000000`;
      r.body = `nonce=${r.nonce}`;
    }),
    code: 'nonce-not-milliseconds',
  },
  {
    name: 'refuses a nonce in seconds',
    mutate: edit('Balance', (r) => {
      r.nonce = String(Math.floor(NOW / 1000));
      r.body = `nonce=${r.nonce}`;
    }),
    code: 'nonce-not-milliseconds',
  },
  {
    name: 'refuses a nonce two days old',
    mutate: edit('Balance', (r) => {
      r.nonce = String(NOW - 2 * 86_400_000);
      r.body = `nonce=${r.nonce}`;
    }),
    code: 'nonce-behind',
  },
  {
    name: 'refuses a nonce two hours ahead',
    mutate: edit('Balance', (r) => {
      r.nonce = String(NOW + 2 * 3_600_000);
      r.body = `nonce=${r.nonce}`;
    }),
    code: 'nonce-ahead',
  },
  {
    name: 'refuses nonces that do not strictly increase',
    mutate: edit('OpenOrders', (r) => {
      r.nonce = String(NOW);
      r.body = `nonce=${r.nonce}`;
    }),
    code: 'nonce-not-increasing',
  },
];

describe('validateProbeBatch', () => {
  it('accepts the batch buildProbeBatch makes', () => {
    const result = validateProbeBatch(valid, NOW);
    expect(result.ok).toBe(true);
  });

  it('accepts a batch signed a few seconds before the server clock', () => {
    expect(validateProbeBatch(valid, NOW + 5_000).ok).toBe(true);
  });

  it.each([
    { shift: -86_400_000, ok: true },
    { shift: -3_600_000, ok: true },
    { shift: -5_000, ok: true },
    { shift: 0, ok: true },
    { shift: 30_000, ok: true },
    { shift: 59_000, ok: true },
    { shift: 61_000, ok: false, code: 'nonce-ahead', named: '61 seconds ahead' },
    { shift: 2 * 3_600_000, ok: false, code: 'nonce-ahead', named: '2 hours ahead' },
    { shift: 26 * 3_600_000, ok: false, code: 'nonce-ahead', named: '26 hours ahead' },
    { shift: -25 * 3_600_000, ok: false, code: 'nonce-behind', named: '25 hours behind' },
  ])(
    'a batch signed $shift ms from the server clock: ok $ok $code',
    ({ shift, ok, code, named }) => {
      // The batch was signed at NOW; the server's clock reads NOW - shift.
      const result = validateProbeBatch(valid, NOW - shift);
      expect(result.ok).toBe(ok);
      if (!result.ok) {
        expect(result.code).toBe(code);
        expect(EN_RELAY.refusal[result.code](result.values), 'the words name the skew').toContain(
          named,
        );
        expect(result.skewMs, 'and carries it').toBeGreaterThanOrEqual(
          Math.abs(shift) * Math.sign(shift),
        );
      }
    },
  );

  it.each(cases)('$name', ({ mutate, code }) => {
    const result = validateProbeBatch(mutate(valid), NOW);
    expect(result).toMatchObject({ ok: false, code });
  });

  it('covers every refusal code', () => {
    const covered = new Set(cases.map((c) => c.code));
    expect(REFUSAL_CODES.filter((code: RefusalCode) => !covered.has(code))).toEqual([]);
  });

  it('uses the impossible txid in the CancelOrder template', () => {
    const cancel = valid.requests.find((r) => r.method === 'CancelOrder');
    expect(cancel?.body).toContain(`txid=${IMPOSSIBLE_TXID}`);
  });
});

describe('GetApiKeyInfo and the service range in a batch', () => {
  it('allows GetApiKeyInfo first, with nothing but its nonce', () => {
    const result = validateProbeBatch(valid, NOW);
    expect(result.ok && result.batch.requests[0]?.method).toBe('GetApiKeyInfo');
    expect(result.ok && result.batch.requests[0]?.body).toMatch(/^nonce=\d{13}$/);
  });

  it.each([
    { serviceRange: '192.0.2.0/24', kept: '192.0.2.0/24' },
    { serviceRange: '   ', kept: undefined },
  ])('keeps the service range “$serviceRange” as $kept', ({ serviceRange, kept }) => {
    const result = validateProbeBatch({ ...valid, serviceRange }, NOW);
    expect(result.ok && result.batch.serviceRange).toBe(kept);
  });

  it('refuses a service range past 4,096 characters', () => {
    const result = validateProbeBatch({ ...valid, serviceRange: '1'.repeat(4097) }, NOW);
    expect(result).toMatchObject({ ok: false, code: 'malformed-batch' });
  });
});
