/**
 * Mutations that each turn a valid probe batch into one the relay must refuse, by
 * construction: the hostile-input test applies them to real signed batches.
 */
import fc from 'fast-check';
import { IMPOSSIBLE_TXID, type ProbeBatch } from '../../../src/lib/kraken/probes';
import { MAX_BATCH } from '../../../src/lib/kraken/relay-policy';
import { hostileString, hostileValue } from './arbitraries';

export type Batch = {
  apiKey: unknown;
  form?: unknown;
  requests: Record<string, unknown>[];
} & Record<string, unknown>;

export const copy = (batch: ProbeBatch): Batch => structuredClone(batch) as unknown as Batch;
const NOT_BASE64 = /[^A-Za-z0-9+/=]/;

/**
 * Mutations that each make a valid batch invalid, by construction: the
 * relay must refuse every one of them and send nothing.
 */
export const mutations: Record<string, fc.Arbitrary<(batch: Batch) => Batch>> = {
  'unknown method': fc
    .tuple(
      fc.nat(),
      fc.oneof(
        hostileString,
        fc.constantFrom(
          'Withdraw',
          'CancelAll',
          'AddOrderBatch',
          'balance',
          'Balance ',
          'Earn/Allocate',
        ),
      ),
    )
    .map(([at, method]) => (b) => {
      const request = b.requests[at % b.requests.length];
      if (request) request['method'] = method === 'Balance' ? 'Withdraw' : method;
      return b;
    }),
  'method of another type': fc
    .tuple(
      fc.nat(),
      hostileValue.filter((v) => typeof v !== 'string'),
    )
    .map(([at, value]) => (b) => {
      const request = b.requests[at % b.requests.length];
      if (request) request['method'] = value;
      return b;
    }),
  'nonce not digits': fc
    .tuple(fc.nat(), fc.oneof(hostileValue, fc.constantFrom('1e12', '-1', '', ' 1', '1.5', '0x1')))
    .filter(([, value]) => !(typeof value === 'string' && /^\d{1,30}$/.test(value)))
    .map(([at, value]) => (b) => {
      const request = b.requests[at % b.requests.length];
      if (request) request['nonce'] = value;
      return b;
    }),
  'nonce of another scale': fc
    .tuple(fc.nat(), fc.constantFrom(1_000n, 1_000_000n))
    .map(([at, scale]) => (b) => {
      const request = b.requests[at % b.requests.length];
      if (request) {
        const nonce = String(BigInt(String(request['nonce'])) * scale);
        request['body'] = String(request['body']).replace(/nonce=\d+/, `nonce=${nonce}`);
        request['nonce'] = nonce;
      }
      return b;
    }),
  'nonces out of order': fc.constant((b: Batch) => ({ ...b, requests: [...b.requests].reverse() })),
  'a duplicated request': fc.nat().map((at) => (b) => {
    const request = b.requests[at % b.requests.length];
    return { ...b, requests: [...b.requests, structuredClone(request) ?? {}] };
  }),
  'a body outside the template': fc
    .tuple(
      fc.nat(),
      fc.oneof(
        hostileString.map((s) => `&${encodeURIComponent(s.toWellFormed())}=1`),
        fc.constantFrom(
          '&validate=false',
          '&txid=OABCDE-FGHIJ-KLMNOP',
          '&pair=ETHUSD',
          '&volume=1000',
          '&nonce=1',
          '&',
        ),
      ),
    )
    .map(([at, extra]) => (b) => {
      const request = b.requests[at % b.requests.length];
      if (request) request['body'] = `${String(request['body'])}${extra}`;
      return b;
    }),
  'AddOrder that would trade': fc
    .constantFrom('validate=false', 'validate=1', 'validate=TRUE', '')
    .map((replacement) => (b) => {
      for (const request of b.requests) {
        if (request['method'] === 'AddOrder') {
          request['body'] = String(request['body'])
            .replace('validate=true', replacement)
            .replace('&&', '&')
            .replace(/&$/, '');
        }
      }
      return { ...b, requests: b.requests.filter((r) => r['method'] === 'AddOrder') };
    }),
  'CancelOrder of a real-looking id': fc
    .stringMatching(/^O[A-Z2-7]{5}-[A-Z2-7]{5}-[A-Z2-7]{6}$/)
    .map((txid) => (b) => {
      const requests = b.requests.filter((r) => r['method'] === 'CancelOrder');
      for (const request of requests) {
        request['body'] = String(request['body']).replace(IMPOSSIBLE_TXID, txid);
      }
      return { ...b, requests };
    }),
  'a signature that is not HMAC-SHA512 base64': fc
    .tuple(
      fc.nat(),
      fc.oneof(
        hostileValue,
        fc.constantFrom('A'.repeat(87), 'A'.repeat(89), `${'A'.repeat(86)}==`),
      ),
    )
    .filter(
      ([, value]) => !(typeof value === 'string' && value.length === 88 && !NOT_BASE64.test(value)),
    )
    .map(([at, value]) => (b) => {
      const request = b.requests[at % b.requests.length];
      if (request) request['signature'] = value;
      return b;
    }),
  'an API key that is not one': fc
    .oneof(hostileValue, fc.constantFrom('', 'A'.repeat(36), 'A'.repeat(124), `${'A'.repeat(87)}=`))
    .filter(
      (value) =>
        !(
          typeof value === 'string' &&
          value.length >= 40 &&
          value.length <= 120 &&
          !NOT_BASE64.test(value) &&
          value.length % 4 === 0
        ),
    )
    .map((value) => (b) => ({ ...b, apiKey: value })),
  'a private key sent along': fc
    .tuple(
      fc.constantFrom('privateKey', 'private_key', 'secret', 'apiSecret', 'PRIV'),
      fc.boolean(),
    )
    .map(([name, nested]) => (b) => {
      if (!nested)
        return {
          ...b,
          [name]:
            'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==',
        };
      const first = b.requests[0];
      if (first) first[name] = 'x';
      return b;
    }),
  'an unknown field': fc
    .tuple(
      hostileString.filter((name) => !['apiKey', 'form', 'requests'].includes(name)),
      hostileValue,
      fc.boolean(),
    )
    .map(([name, value, inRequest]) => (b) => {
      if (!inRequest) return Object.defineProperty({ ...b }, name, { value, enumerable: true });
      const first = b.requests[0];
      if (first && !['method', 'nonce', 'body', 'signature'].includes(name)) {
        Object.defineProperty(first, name, { value, enumerable: true });
      } else return { ...b, requests: [] };
      return b;
    }),
  'a form that is not pro or classic': hostileValue
    .filter((value) => value !== 'pro' && value !== 'classic' && value !== undefined)
    .map((value) => (b) => ({ ...b, form: value })),
  'too many or no requests': fc.oneof(
    fc.constant((b: Batch) => ({ ...b, requests: [] })),
    fc.integer({ min: MAX_BATCH + 1, max: 80 }).map((count) => (b: Batch) => ({
      ...b,
      requests: Array.from(
        { length: count },
        (_, i) => structuredClone(b.requests[i % b.requests.length]) ?? {},
      ),
    })),
  ),
  'requests of another type': hostileValue
    .filter((value) => !Array.isArray(value))
    .map((value) => (b) => ({ ...b, requests: value as Record<string, unknown>[] })),
};
