import { describe, expect, it } from 'vitest';
import { buildProbeBatch, nextNonce, PROBES } from './probes';
import { signRequest } from './sign';

const PRIVATE_KEY = btoa(String.fromCharCode(...new Uint8Array(64).fill(3)));

describe('nextNonce', () => {
  it.each([
    { now: 1000, last: 0, expected: 1000 },
    { now: 1000, last: 1000, expected: 1001 },
    { now: 999.7, last: 5000, expected: 5001 },
    { now: 1000.9, last: 10, expected: 1000 },
  ])('gives $expected for clock $now after $last', ({ now, last, expected }) => {
    expect(nextNonce(now, last)).toBe(expected);
  });
});

describe('buildProbeBatch', () => {
  it('signs GetApiKeyInfo, then every probe once, with strictly increasing millisecond nonces', async () => {
    const now = 1_750_000_000_000;
    const batch = await buildProbeBatch({
      apiKey: ' key ',
      privateKey: PRIVATE_KEY,
      now: () => now,
    });
    expect(batch.apiKey).toBe('key');
    expect(batch.requests.map((r) => r.method)).toEqual([
      'GetApiKeyInfo',
      ...PROBES.map((p) => p.method),
    ]);
    expect(batch.requests[0]?.body).toBe(`nonce=${batch.requests[0]?.nonce}`);
    const nonces = batch.requests.map((r) => Number(r.nonce));
    nonces.forEach((nonce, i) => {
      expect(nonce).toBeGreaterThanOrEqual(now);
      if (i > 0) expect(nonce).toBeGreaterThan(nonces[i - 1] ?? Infinity);
    });
    for (const request of batch.requests) {
      expect(request.body.startsWith(`nonce=${request.nonce}`)).toBe(true);
      await expect(
        signRequest({
          privateKey: PRIVATE_KEY,
          path: `/0/private/${request.method}`,
          nonce: request.nonce,
          body: request.body,
        }),
      ).resolves.toBe(request.signature);
    }
    expect(JSON.stringify(batch)).not.toContain(PRIVATE_KEY);
  });

  it('keeps nonces increasing across batches when the clock stands still', async () => {
    const now = () => 1_750_000_000_000;
    const first = await buildProbeBatch({ apiKey: 'k', privateKey: PRIVATE_KEY, now });
    const second = await buildProbeBatch({ apiKey: 'k', privateKey: PRIVATE_KEY, now });
    expect(Number(second.requests[0]?.nonce)).toBeGreaterThan(Number(first.requests.at(-1)?.nonce));
  });

  it('pins the probe templates', () => {
    expect(PROBES.map((p) => `${p.method} → ${p.permission}: ${new URLSearchParams(p.params)}`))
      .toMatchInlineSnapshot(`
        [
          "Balance → funds_query: ",
          "OpenOrders → trades_query_open: ",
          "ClosedOrders → trades_query_closed: ",
          "Ledgers → ledger_query: ",
          "GetWebSocketsToken → websocket: ",
          "AddOrder → trades_modify: ordertype=limit&pair=XBTUSD&price=100&type=buy&validate=true&volume=0.01",
          "CancelOrder → trades_close: txid=OCHECK-PROBE-000000",
          "WithdrawMethods → funds_withdraw: ",
        ]
      `);
  });
});

describe('buildProbeBatch form', () => {
  it.each([
    { form: 'classic' as const, expected: 'classic' },
    { form: undefined, expected: undefined },
  ])('carries form $form', async ({ form, expected }) => {
    const batch = await buildProbeBatch({
      apiKey: 'k',
      privateKey: PRIVATE_KEY,
      ...(form ? { form } : {}),
    });
    expect(batch.form).toBe(expected);
  });
});
