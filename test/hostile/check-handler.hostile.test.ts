/**
 * Hostile input for POST /api/kraken/check at the handler level: 10,000
 * generated requests (bodies, values, bytes, headers, sizes, methods,
 * streams), each answered without a 5xx, as JSON, never cached, with no
 * stack trace and, for errors, a sentence that says what is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_BODY_LIMIT, handleCheck } from '../../src/lib/http/check-handler';
import { CHECK_IDS, CheckResponseSchema, PERMISSION_NAMES } from '../../src/lib/rules';
import {
  anyString,
  contentType,
  deepJsonText,
  extraHeaders,
  hostileBytes,
  hostileString,
  hostileValue,
  otherMethod,
  rawNumberLiteral,
} from './support/arbitraries';
import { describeInput, expectSafeAnswer } from './support/assertions';

const URL_ = 'http://127.0.0.1:4321/api/kraken/check';
const FIELDS = ['form', 'permissions', 'nonceWindow', 'serviceRange', 'ipAllowlist', 'apiKey'];
const SEED = Number(process.env['FC_SEED'] ?? Date.now());

function post(
  body: BodyInit | null,
  headers: HeadersInit = { 'Content-Type': 'application/json' },
) {
  return handleCheck(new Request(URL_, { method: 'POST', body, headers }));
}

/** Runs one property `runs` times with a shared seed (printed on failure by fast-check). */
function assertAsync<T>(
  arbitrary: fc.Arbitrary<T>,
  runs: number,
  body: (value: T) => Promise<void>,
) {
  return fc.assert(fc.asyncProperty(arbitrary, body), { numRuns: runs, seed: SEED });
}

/** A body made of the right keys with hostile values (some keys left out, some added). */
const hostileRequestObject = fc
  .record(
    {
      form: fc.oneof(fc.constantFrom('pro', 'classic'), hostileValue),
      permissions: fc.oneof(
        fc.array(fc.oneof(fc.constantFrom(...PERMISSION_NAMES), hostileString), { maxLength: 120 }),
        hostileValue,
      ),
      nonceWindow: hostileValue,
      serviceRange: hostileValue,
      ipAllowlist: hostileValue,
      apiKey: hostileValue,
    },
    { requiredKeys: [] },
  )
  .chain((record) =>
    fc
      .option(fc.dictionary(hostileString, hostileValue, { maxKeys: 3 }), { freq: 4 })
      .map((extra) => ({ ...(extra ?? {}), ...record })),
  );

/** A body with the right keys and strings for every text field: mostly a 200. */
const stringRequestObject = fc.record(
  {
    form: fc.constantFrom('pro', 'classic'),
    permissions: fc.uniqueArray(fc.constantFrom(...PERMISSION_NAMES)),
    nonceWindow: fc.oneof(anyString, fc.double()),
    serviceRange: anyString,
    ipAllowlist: anyString,
    apiKey: anyString,
  },
  { requiredKeys: [] },
);

describe('POST /api/kraken/check under hostile input (handler level)', () => {
  it('answers any JSON value safely (2,000 cases)', async () => {
    await assertAsync(fc.jsonValue({ maxDepth: 4 }), 2_000, async (value) => {
      const text = JSON.stringify(value);
      await expectSafeAnswer(await post(text), describeInput({ value: text }));
    });
  });

  it('answers the right keys with hostile values safely (3,000 cases)', async () => {
    await assertAsync(fc.oneof(hostileRequestObject, stringRequestObject), 3_000, async (value) => {
      const text = JSON.stringify(value);
      const answer = await expectSafeAnswer(await post(text), describeInput({ value }));
      if (answer.status === 200) {
        const parsed = CheckResponseSchema.safeParse(answer.body);
        expect(parsed.success, `a 200 is a check list: ${answer.text.slice(0, 200)}`).toBe(true);
        expect(
          parsed.data?.checks.map((c) => c.id),
          'every check is answered',
        ).toEqual(CHECK_IDS);
      } else {
        expect(answer.status, `a refusal is a 400 or 413: ${answer.text.slice(0, 200)}`).toBeOneOf([
          400, 413,
        ]);
      }
    });
  }, 120_000);

  it('answers raw JSON with numbers JSON.stringify cannot write and deep nesting (1,000 cases)', async () => {
    const rawText = fc.oneof(
      fc
        .tuple(fc.constantFrom(...FIELDS), rawNumberLiteral)
        .map(([field, literal]) => `{"${field}":${literal}}`),
      fc
        .tuple(fc.constantFrom(...FIELDS), deepJsonText)
        .map(([field, deep]) => `{"${field}":${deep}}`),
      deepJsonText,
      fc
        .tuple(fc.constantFrom(...FIELDS), fc.integer({ min: 1, max: 4 }))
        .map(([field, times]) => `{${Array(times).fill(`"${field}":"x"`).join(',')}}`),
    );
    await assertAsync(rawText, 1_000, async (text) => {
      const answer = await expectSafeAnswer(await post(text), describeInput({ text }));
      expect(
        answer.status,
        `not a 5xx nor a 2xx for nonsense numbers: ${text.slice(0, 80)}`,
      ).toBeLessThan(500);
    });
  }, 60_000);

  it('answers arbitrary bytes as the body safely (1,500 cases)', async () => {
    await assertAsync(hostileBytes, 1_500, async (bytes) => {
      const answer = await expectSafeAnswer(
        await post(bytes.slice()),
        describeInput({ bytes: Buffer.from(bytes.slice(0, 40)).toString('hex') }),
      );
      expect(
        answer.status,
        'bytes that are not a check request are refused with 400 or 413',
      ).not.toBe(204);
    });
  }, 60_000);

  it('answers any Content-Type and other headers safely (1,500 cases)', async () => {
    await assertAsync(
      fc.tuple(contentType, extraHeaders, fc.constantFrom('{}', '{"form":"pro"}', '[]', '')),
      1_500,
      async ([type, extra, body]) => {
        const headers = new Headers();
        for (const [name, value] of extra) headers.append(name, value);
        if (type !== null) headers.set('Content-Type', type);
        const answer = await expectSafeAnswer(
          await post(body, headers),
          describeInput({ type, extra, body }),
        );
        if (!/^application\/json/i.test(type ?? '')) {
          expect(
            answer.status,
            `a non-JSON type is 415, or 413 for a huge declared length: ${type}`,
          ).toBeOneOf([413, 415]);
        }
      },
    );
  }, 60_000);

  it('answers bodies around the 16 KB limit with 200, 400 or 413, never more (1,000 cases)', async () => {
    const sized = fc.tuple(
      fc.integer({ min: CHECK_BODY_LIMIT - 96, max: CHECK_BODY_LIMIT + 96 }),
      fc.constantFrom('padding', 'string', 'multibyte'),
      fc.constantFrom('true', 'missing', 'smaller', 'larger', 'garbage'),
    );
    await assertAsync(sized, 1_000, async ([size, how, declared]) => {
      const base = '{"apiKey":""}';
      const fill = size - base.length;
      const text =
        how === 'padding'
          ? `${' '.repeat(Math.max(0, fill))}${base}`
          : how === 'string'
            ? `{"apiKey":"${'A'.repeat(Math.max(0, fill))}"}`
            : `{"apiKey":"${'é'.repeat(Math.max(0, Math.floor(fill / 2)))}"}`;
      const bytes = new TextEncoder().encode(text);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (declared === 'true') headers['Content-Length'] = String(bytes.length);
      if (declared === 'smaller') headers['Content-Length'] = String(bytes.length - 100);
      if (declared === 'larger') headers['Content-Length'] = String(bytes.length + 100);
      if (declared === 'garbage') headers['Content-Length'] = '12abc';
      const answer = await expectSafeAnswer(
        await post(bytes, headers),
        describeInput({ size, how, declared }),
      );
      const over =
        bytes.length > CHECK_BODY_LIMIT ||
        (declared === 'larger' && bytes.length + 100 > CHECK_BODY_LIMIT);
      if (over)
        expect(answer.status, `${bytes.length} bytes (declared ${declared}) is too large`).toBe(
          413,
        );
      else expect(answer.status, `${bytes.length} bytes is within the limit`).toBeOneOf([200, 400]);
    });
  }, 60_000);

  it('answers every method but POST with 405 and Allow: POST (500 cases)', async () => {
    await assertAsync(
      fc.tuple(otherMethod, fc.option(fc.constantFrom('{}', 'x'), { nil: null })),
      500,
      async ([method, body]) => {
        const withBody = !['GET', 'HEAD'].includes(method.toUpperCase());
        const response = await handleCheck(
          new Request(URL_, {
            method,
            headers: { 'Content-Type': 'application/json' },
            body: withBody ? body : null,
          }),
        );
        const answer = await expectSafeAnswer(response, describeInput({ method }));
        expect(answer.status, `${method} is not allowed`).toBe(405);
        expect(response.headers.get('allow'), 'the answer names the allowed method').toBe('POST');
      },
    );
  });

  it('answers streamed bodies in odd chunks, cut off or failing midway, safely (500 cases)', async () => {
    const streamed = fc.tuple(
      fc.oneof(
        fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
        anyString,
      ),
      fc.array(fc.integer({ min: 1, max: 4_096 }), { minLength: 1, maxLength: 12 }),
      fc.constantFrom('close', 'error', 'cancel-late'),
    );
    await assertAsync(streamed, 500, async ([text, sizes, ending]) => {
      const bytes = new TextEncoder().encode(text);
      let offset = 0;
      let index = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= bytes.length) {
            if (ending === 'error') controller.error(new TypeError('client went away'));
            else controller.close();
            return;
          }
          const size = sizes[index % sizes.length] ?? 1;
          index += 1;
          controller.enqueue(bytes.slice(offset, offset + size));
          offset += size;
        },
      });
      const response = await handleCheck(
        new Request(URL_, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          duplex: 'half',
        } as RequestInit),
      );
      const answer = await expectSafeAnswer(response, describeInput({ text, sizes, ending }));
      if (ending === 'error') {
        expect(
          answer.status,
          'a body that fails midway is a 400 (or 413 once past the limit)',
        ).toBeOneOf([400, 413]);
      }
    });
  }, 60_000);

  it('refuses a private key under any spelling, at any depth, without echoing it (500 cases)', async () => {
    const secretName = fc
      .tuple(
        fc.constantFrom(
          'privateKey',
          'private_key',
          'PRIVATE-KEY',
          'secret',
          'apiSecret',
          'privKey',
        ),
        fc.constantFrom('', 'x', '_2'),
      )
      .map(([name, suffix]) => name + suffix);
    await assertAsync(
      fc.tuple(
        secretName,
        fc.integer({ min: 0, max: 6 }),
        hostileString.filter((s) => s.length > 8),
      ),
      500,
      async ([name, depth, secret]) => {
        let value: unknown = { [name]: `SECRET${secret}` };
        for (let i = 0; i < depth; i += 1) value = { apiKey: 'x', nested: [value] };
        const answer = await expectSafeAnswer(
          await post(JSON.stringify(value)),
          describeInput({ name, depth }),
        );
        expect(answer.status, `${name} at depth ${depth} is refused`).toBe(400);
        const encoded = JSON.stringify(`SECRET${secret}`).slice(1, -1);
        expect(answer.text.includes(encoded), 'the value is never echoed').toBe(false);
      },
    );
  });
});
