import { describe, expect, it } from 'vitest';
import { relayBatch } from './relay';
import type { ValidBatch } from './relay-policy';

const batch: ValidBatch = {
  apiKey: 'key',
  form: 'pro',
  requests: [
    { method: 'Balance', nonce: '1', body: 'nonce=1', signature: 'sig1' },
    { method: 'OpenOrders', nonce: '2', body: 'nonce=2', signature: 'sig2' },
  ],
};

/** A stub Kraken answering each call in turn. No network. */
function stub(...answers: (() => Response | Promise<Response>)[]): typeof fetch {
  let call = 0;
  return () => {
    const answer = answers[Math.min(call++, answers.length - 1)];
    return Promise.resolve(answer ? answer() : new Response('{}'));
  };
}

const relay = (
  doFetch: typeof fetch,
  options: { callTimeoutMs?: number; batchTimeoutMs?: number } = {},
) => relayBatch(batch, { baseUrl: 'http://kraken.invalid/', fetch: doFetch, ...options });

describe('relayBatch', () => {
  it.each([
    {
      name: 'strips the result of a success',
      answer: () => new Response('{"error":[],"result":{"ZUSD":"5"}}'),
      expected: { method: 'Balance', outcome: 'ok' },
    },
    {
      name: 'ignores warnings',
      answer: () => new Response('{"error":["WGeneral:Deprecated"],"result":{}}'),
      expected: { method: 'Balance', outcome: 'ok' },
    },
    {
      name: 'keeps Kraken errors',
      answer: () => new Response('{"error":["EGeneral:Permission denied"]}'),
      expected: { method: 'Balance', outcome: 'error', errors: ['EGeneral:Permission denied'] },
    },
    {
      name: 'keeps Kraken errors on a 5xx',
      answer: () => new Response('{"error":["EService:Unavailable"]}', { status: 503 }),
      expected: { method: 'Balance', outcome: 'error', errors: ['EService:Unavailable'] },
    },
    {
      name: 'reads an empty 5xx as unavailable',
      answer: () => new Response('{"error":[]}', { status: 500 }),
      expected: {
        method: 'Balance',
        outcome: 'unavailable',
        reason: { code: 'http-status', status: 500 },
      },
    },
    {
      name: 'reads an HTML page as unavailable',
      answer: () => new Response('<html>maintenance</html>', { status: 200 }),
      expected: {
        method: 'Balance',
        outcome: 'unavailable',
        reason: { code: 'html', status: 200 },
      },
    },
    {
      name: 'reads JSON of another shape as unavailable',
      answer: () => new Response('{"status":"ok"}'),
      expected: {
        method: 'Balance',
        outcome: 'unavailable',
        reason: { code: 'not-kraken', status: 200 },
      },
    },
    {
      name: 'stops reading an answer larger than 1 MB and reads it as unavailable',
      answer: () => {
        let sent = 0;
        const endless = new ReadableStream<Uint8Array>({
          pull(controller) {
            sent += 65536;
            controller.enqueue(new Uint8Array(65536).fill(32));
            if (sent > 64 * 1024 * 1024) controller.close();
          },
        });
        return new Response(endless, { status: 200 });
      },
      expected: {
        method: 'Balance',
        outcome: 'unavailable',
        reason: { code: 'too-large', status: 200 },
      },
    },
    {
      name: 'reads a reset as unavailable',
      answer: () => Promise.reject(new TypeError('fetch failed')),
      expected: {
        method: 'Balance',
        outcome: 'unavailable',
        reason: { code: 'connection' },
      },
    },
  ])('$name', async ({ answer, expected }) => {
    const [first] = await relay(stub(answer, () => new Response('{"error":[]}')));
    expect(first).toEqual(expected);
  });

  it.each([
    'EAPI:Invalid key',
    'EAPI:Invalid signature',
    'EAPI:Invalid nonce',
    'EGeneral:Temporary lockout',
    'EAPI:Rate limit exceeded',
  ])('stops after %s', async (error) => {
    const outcomes = await relay(stub(() => new Response(JSON.stringify({ error: [error] }))));
    expect(outcomes[1]).toEqual({
      method: 'OpenOrders',
      outcome: 'skipped',
      reason: { code: 'kraken-stopped', error },
    });
  });

  it('goes on after a permission error', async () => {
    const outcomes = await relay(
      stub(
        () => new Response('{"error":["EGeneral:Permission denied"]}'),
        () => new Response('{"error":[]}'),
      ),
    );
    expect(outcomes.map((o) => o.outcome)).toEqual(['error', 'ok']);
  });

  /** A Kraken that never answers, until the call's signal aborts. */
  const hang: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    });

  it.each([
    {
      name: 'gives up on a call after its timeout and skips the rest',
      options: { callTimeoutMs: 50 },
      reason: { code: 'timeout', seconds: 0.05 },
    },
    {
      name: 'stops at the batch deadline when it comes before the call timeout',
      options: { callTimeoutMs: 5_000, batchTimeoutMs: 50 },
      reason: { code: 'out-of-time' },
    },
  ])('$name', async ({ options, reason }) => {
    const outcomes = await relay(hang, options);
    expect(outcomes).toEqual([
      { method: 'Balance', outcome: 'unavailable', reason },
      {
        method: 'OpenOrders',
        outcome: 'skipped',
        reason: { code: 'earlier-no-answer' },
      },
    ]);
  });

  it('sends no call once the batch deadline has passed', async () => {
    let calls = 0;
    const slowOk: typeof fetch = () => {
      calls++;
      return new Promise((resolve) => setTimeout(() => resolve(new Response('{"error":[]}')), 80));
    };
    const outcomes = await relay(slowOk, { callTimeoutMs: 5_000, batchTimeoutMs: 40 });
    expect(calls, 'the second call is not sent').toBe(1);
    expect(outcomes[1]).toEqual({
      method: 'OpenOrders',
      outcome: 'skipped',
      reason: { code: 'out-of-time' },
    });
  });

  it('clears its timers: a fast batch leaves no pending abort', async () => {
    const signals: AbortSignal[] = [];
    await relay(
      (_input, init) => {
        if (init?.signal) signals.push(init.signal);
        return Promise.resolve(new Response('{"error":[]}'));
      },
      { callTimeoutMs: 30 },
    );
    await new Promise((r) => setTimeout(r, 60));
    expect(signals.map((s) => s.aborted)).toEqual([false, false]);
  });

  it('posts to the private path with the headers Kraken expects', async () => {
    const seen: [string, RequestInit | undefined][] = [];
    await relay((input, init) => {
      seen.push([String(input), init]);
      return Promise.resolve(new Response('{"error":[]}'));
    });
    expect(seen[0]?.[0]).toBe('http://kraken.invalid/0/private/Balance');
    expect(seen[0]?.[1]).toMatchObject({
      method: 'POST',
      body: 'nonce=1',
      headers: {
        'API-Key': 'key',
        'API-Sign': 'sig1',
        'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
      },
    });
  });
});

describe('relayBatch with GetApiKeyInfo first', () => {
  const withInfo: ValidBatch = {
    apiKey: 'key',
    form: 'pro',
    requests: [
      { method: 'GetApiKeyInfo', nonce: '1', body: 'nonce=1', signature: 'sig0' },
      { method: 'Balance', nonce: '2', body: 'nonce=2', signature: 'sig1' },
      { method: 'OpenOrders', nonce: '3', body: 'nonce=3', signature: 'sig2' },
    ],
  };
  const INFO = {
    apiKeyName: 'bot',
    apiKey: 'THE-API-KEY',
    nonce: '1',
    nonceWindow: 2000000,
    permissions: ['query-funds'],
    iban: 'AA12 3456',
    validUntil: '0',
    queryFrom: '0',
    queryTo: '0',
    createdTime: '1790000000',
    modifiedTime: '1790000000',
    ipAllowlist: [],
    lastUsed: null,
  };
  const answer = (body: unknown) => () => new Response(JSON.stringify(body));
  const run = (...answers: (() => Response)[]) =>
    relayBatch(withInfo, { baseUrl: 'http://kraken.invalid', fetch: stub(...answers) });

  it('stops after the key’s configuration, and keeps neither the IBAN nor the API key', async () => {
    const outcomes = await run(answer({ error: [], result: INFO }));
    expect(outcomes.map((o) => o.outcome)).toEqual(['ok', 'skipped', 'skipped']);
    expect(JSON.stringify(outcomes)).not.toMatch(/AA12|THE-API-KEY|iban/);
    expect(outcomes[0]).toMatchObject({ info: { name: 'bot', permissions: ['funds_query'] } });
  });

  it.each([
    {
      name: 'Kraken does not know the method',
      first: { error: ['EGeneral:Unknown method'] },
      outcome: 'error',
    },
    {
      name: 'an answer without the fields',
      first: { error: [], result: { apiKeyName: 'x' } },
      outcome: 'unusable',
    },
  ])('runs the probes when $name', async ({ first, outcome }) => {
    const outcomes = await run(answer(first), answer({ error: [], result: {} }));
    expect(outcomes.map((o) => o.outcome)).toEqual([outcome, 'ok', 'ok']);
  });

  it('judges a partial answer, without probes', async () => {
    const { permissions: _left, ...partial } = INFO;
    const outcomes = await run(answer({ error: [], result: partial }));
    expect(outcomes.map((o) => o.outcome)).toEqual(['ok', 'skipped', 'skipped']);
    expect(outcomes[0]).toMatchObject({ info: { notReported: ['permissions'] } });
  });

  // Every error of Kraken's errors and rate-limit guides: no probe can change it.
  it.each([
    { errors: ['EGeneral:Permission denied'], why: 'EGeneral:Permission denied' },
    { errors: ['EAPI:Invalid key'], why: 'EAPI:Invalid key' },
    { errors: ['EAPI:Invalid signature'], why: 'EAPI:Invalid signature' },
    { errors: ['EAPI:Invalid nonce'], why: 'EAPI:Invalid nonce' },
    { errors: ['EAuth:Account temporary disabled'], why: 'EAuth:Account temporary disabled' },
    { errors: ['EAuth:Account unconfirmed'], why: 'EAuth:Account unconfirmed' },
    { errors: ['EAuth:Rate limit exceeded'], why: 'EAuth:Rate limit exceeded' },
    { errors: ['EAuth:Too many requests'], why: 'EAuth:Too many requests' },
    { errors: ['EAPI:Rate limit exceeded'], why: 'EAPI:Rate limit exceeded' },
    { errors: ['EGeneral:Too many requests'], why: 'EGeneral:Too many requests' },
    { errors: ['EService:Throttled: 1700000000'], why: 'EService:Throttled' },
    { errors: ['EService: Throttled: 1700000000'], why: 'EService:Throttled' },
    { errors: ['EGeneral:Temporary lockout'], why: 'EGeneral:Temporary lockout' },
    { errors: ['EService:Unavailable'], why: 'EService:Unavailable' },
    { errors: ['EService:Busy'], why: 'EService:Busy' },
    { errors: ['EService:Deadline elapsed'], why: 'EService:Deadline elapsed' },
    { errors: ['EGeneral:Internal error'], why: 'EGeneral:Internal error' },
    { errors: ['EFunding:Something new'], why: 'EFunding:Something new' },
  ])('sends no probe after $errors', async ({ errors, why }) => {
    const outcomes = await run(answer({ error: errors }));
    expect(outcomes.map((o) => o.outcome)).toEqual(['error', 'skipped', 'skipped']);
    expect(JSON.stringify(outcomes[1])).toContain(why);
  });

  it('sends no probe after no answer at all', async () => {
    const outcomes = await run(() => new Response('<html>', { status: 502 }));
    expect(outcomes.map((o) => o.outcome)).toEqual(['unavailable', 'skipped', 'skipped']);
  });
});
