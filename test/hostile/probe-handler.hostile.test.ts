/**
 * Hostile input for POST /api/kraken/probe at the handler level: 10,000
 * generated requests. Besides the answer invariants (no 5xx, JSON, no-store,
 * no stack trace, a sentence), nothing invalid may reach Kraken: the
 * handler gets a fetch that records every call and a limiter that always
 * allows, so only the relay policy stands between the input and upstream.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, handleProbe, type ProbeContext } from '../../src/lib/http/probe-handler';
import { buildProbeBatch, type ProbeBatch } from '../../src/lib/kraken/probes';
import type { ProbeLimiter } from '../../src/lib/ratelimit/probe-limits';
import { demoPair } from '../fake-kraken/demo-keys.ts';
import {
  contentType,
  deepJsonText,
  extraHeaders,
  hostileBytes,
  otherMethod,
  rawNumberLiteral,
} from './support/arbitraries';
import { describeInput, expectSafeAnswer } from './support/assertions';
import { copy, mutations } from './support/probe-mutations';

const URL_ = 'http://127.0.0.1:4321/api/kraken/probe';
const NOW = Date.UTC(2026, 0, 15, 12);
const SEED = Number(process.env['FC_SEED'] ?? Date.now());

const alwaysAllow: ProbeLimiter = {
  admit: () => Promise.resolve({ allowed: true, ticket: { keyHash: '', client: '', done: false } }),
  settle: () => Promise.resolve(),
};

/** A fetch that answers like Kraken at once and records that it was called. */
function recordingFetch() {
  const calls: string[] = [];
  const fetch = ((input: RequestInfo | URL) => {
    calls.push(String(input));
    return Promise.resolve(
      new Response('{"error":[],"result":{}}', { headers: { 'Content-Type': 'application/json' } }),
    );
  }) as typeof globalThis.fetch;
  return { calls, fetch };
}

async function probe(body: BodyInit | null, headers: HeadersInit, method = 'POST') {
  const upstream = recordingFetch();
  const ctx: ProbeContext = {
    client: { ok: true, address: '127.0.0.1', bucket: '127.0.0.1' },
    env: {
      krakenApiUrl: 'http://127.0.0.1:9',
      egressIps: [],
      callTimeoutMs: 200,
      batchTimeoutMs: 500,
    },
    now: () => NOW,
    fetch: upstream.fetch,
    limiter: alwaysAllow,
  };
  const response = await handleProbe(new Request(URL_, { method, body, headers }), ctx);
  return { response, calls: upstream.calls };
}

const JSON_HEADERS = { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' };

/** Posts JSON text and checks the invariants; invalid input must be a 4xx with no upstream call. */
async function expectRefused(text: string, label: string, headers: HeadersInit = JSON_HEADERS) {
  const { response, calls } = await probe(text, headers);
  const answer = await expectSafeAnswer(response, label);
  expect(
    answer.status,
    `an invalid batch is refused: ${label} → ${answer.text.slice(0, 200)}`,
  ).toBeOneOf([400, 413]);
  expect(calls, `nothing invalid reaches Kraken: ${label}`).toEqual([]);
  const code = (answer.body as { error?: { code?: unknown } }).error?.code;
  expect(code, `the refusal has a stable code: ${label}`).toMatch(/^[a-z-]+$/);
  return answer;
}

function assertAsync<T>(
  arbitrary: fc.Arbitrary<T>,
  runs: number,
  body: (value: T) => Promise<void>,
) {
  return fc.assert(fc.asyncProperty(arbitrary, body), { numRuns: runs, seed: SEED });
}

const valid: ProbeBatch[] = [];
beforeAll(async () => {
  for (const [name, form] of [
    ['correct', 'pro'],
    ['withdraw', 'classic'],
    ['no-websocket', undefined],
  ] as const) {
    const pair = demoPair(name);
    let clock = NOW - 5_000;
    valid.push(
      await buildProbeBatch({ ...pair, now: () => (clock += 7), ...(form ? { form } : {}) }),
    );
  }
});

describe('POST /api/kraken/probe under hostile input (handler level)', () => {
  it('relays an intact batch, so the refusals below are the policy at work (30 cases)', async () => {
    for (const batch of valid) {
      for (let i = 0; i < 10; i += 1) {
        const { response, calls } = await probe(JSON.stringify(batch), JSON_HEADERS);
        const answer = await expectSafeAnswer(response, 'an intact batch');
        expect(answer.status, `an intact batch is relayed: ${answer.text.slice(0, 200)}`).toBe(200);
        expect(calls.length, 'every probe of an intact batch is sent').toBe(batch.requests.length);
      }
    }
  });

  it.each(Object.entries(mutations))(
    'refuses a batch with %s and sends nothing upstream (300 cases)',
    async (_name, mutation) => {
      await assertAsync(
        fc.tuple(fc.constantFrom(0, 1, 2), mutation, fc.integer({ min: 2, max: 8 })),
        300,
        async ([which, mutate, keep]) => {
          const source = valid[which];
          if (!source) throw new TypeError('no valid batch');
          const batch = copy(source);
          batch.requests = batch.requests.slice(0, keep);
          const mutated = mutate(batch);
          await expectRefused(
            JSON.stringify(mutated),
            describeInput({ which, keep, mutated: JSON.stringify(mutated) }),
          );
        },
      );
    },
  );

  it('refuses any JSON value that is not a batch (1,500 cases)', async () => {
    await assertAsync(fc.jsonValue({ maxDepth: 4 }), 1_500, async (value) => {
      await expectRefused(JSON.stringify(value), describeInput({ value: JSON.stringify(value) }));
    });
  });

  it('refuses raw JSON with odd numbers and deep nesting (500 cases)', async () => {
    const raw = fc.oneof(
      rawNumberLiteral.map((n) => `{"apiKey":${n},"requests":[]}`),
      rawNumberLiteral.map(
        (n) =>
          `{"apiKey":"x","requests":[{"method":"Balance","nonce":${n},"body":"","signature":""}]}`,
      ),
      deepJsonText,
      deepJsonText.map((deep) => `{"apiKey":"x","requests":${deep}}`),
    );
    await assertAsync(raw, 500, async (text) => {
      await expectRefused(text, describeInput({ text }));
    });
  });

  it('refuses arbitrary bytes (1,000 cases)', async () => {
    await assertAsync(hostileBytes, 1_000, async (bytes) => {
      const { response, calls } = await probe(bytes.slice(), JSON_HEADERS);
      const label = describeInput({ bytes: Buffer.from(bytes.slice(0, 40)).toString('hex') });
      const answer = await expectSafeAnswer(response, label);
      expect(answer.status, `bytes are refused: ${label}`).toBeOneOf([400, 413]);
      expect(calls, 'nothing reaches Kraken').toEqual([]);
    });
  });

  it('answers any Content-Type, origin and other headers safely, relaying only what is allowed (1,500 cases)', async () => {
    await assertAsync(
      fc.tuple(contentType, extraHeaders, fc.boolean()),
      1_500,
      async ([type, extra, intact]) => {
        const headers = new Headers();
        for (const [name, value] of extra) headers.append(name, value);
        if (type !== null) headers.set('Content-Type', type);
        const body = intact ? JSON.stringify(valid[0]) : '{"apiKey":"x","requests":[]}';
        const { response, calls } = await probe(body, headers);
        const label = describeInput({ type, extra: [...headers], intact });
        const answer = await expectSafeAnswer(response, label);
        if (answer.status !== 200) expect(calls, `a refusal sends nothing: ${label}`).toEqual([]);
        if (!intact)
          expect(answer.status, `an empty batch is never relayed: ${label}`).not.toBe(200);
        const site = headers.get('sec-fetch-site');
        if (site === 'cross-site' || site === 'same-site') {
          expect(answer.status, `a cross-origin browser request is refused: ${label}`).toBe(403);
        }
      },
    );
  });

  it('answers bodies around the 16 KB limit with 400 or 413 and sends nothing (500 cases)', async () => {
    await assertAsync(
      fc.tuple(
        fc.integer({ min: BODY_LIMIT_BYTES - 64, max: BODY_LIMIT_BYTES + 64 }),
        fc.boolean(),
      ),
      500,
      async ([size, declare]) => {
        const base = '{"apiKey":"","requests":[]}';
        const text = `${' '.repeat(Math.max(0, size - base.length))}${base}`;
        const headers: Record<string, string> = { ...JSON_HEADERS };
        if (declare) headers['Content-Length'] = String(text.length);
        const answer = await expectRefused(text, describeInput({ size, declare }), headers);
        expect(answer.status, `${text.length} bytes`).toBe(
          text.length > BODY_LIMIT_BYTES ? 413 : 400,
        );
      },
    );
  });

  it('answers every method but POST with 405 and sends nothing (300 cases)', async () => {
    await assertAsync(otherMethod, 300, async (method) => {
      const withBody = !['GET', 'HEAD'].includes(method.toUpperCase());
      const { response, calls } = await probe(
        withBody ? JSON.stringify(valid[0]) : null,
        JSON_HEADERS,
        method,
      );
      const answer = await expectSafeAnswer(response, describeInput({ method }));
      expect(answer.status, `${method} is not allowed`).toBe(405);
      expect(response.headers.get('allow'), 'the answer names the allowed method').toBe('POST');
      expect(calls, 'nothing reaches Kraken').toEqual([]);
    });
  });
});
