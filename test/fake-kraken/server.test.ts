import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoPair, REQUIRED } from './demo-keys.ts';
import { DOCUMENTED_ERRORS, krakenSignature, startFakeKraken, type FakeKraken } from './server.ts';

const VECTOR_A = {
  privateKey:
    'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==',
  path: '/0/private/AddOrder',
  body: 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25',
  signature:
    '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==',
};

const key = demoPair('fake-self-test');
let fake: FakeKraken;
let nonce = 1_750_000_000_000;

beforeAll(async () => {
  fake = await startFakeKraken();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.addKey({ ...key, permissions: REQUIRED, nonceWindow: 0 });
});

async function call(
  method: string,
  params: Record<string, string> = {},
  options: { nonce?: string; privateKey?: string; apiKey?: string } = {},
): Promise<{ status: number; json: { error: string[]; result?: unknown } }> {
  const body = new URLSearchParams({
    nonce: options.nonce ?? String(++nonce),
    ...params,
  }).toString();
  const path = `/0/private/${method}`;
  const response = await fetch(`${fake.url}${path}`, {
    method: 'POST',
    headers: {
      'API-Key': options.apiKey ?? key.apiKey,
      'API-Sign': krakenSignature(options.privateKey ?? key.privateKey, path, body),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body,
  });
  return { status: response.status, json: (await response.json()) as never };
}

describe('krakenSignature (node:crypto)', () => {
  it('reproduces vector A', () => {
    expect(krakenSignature(VECTOR_A.privateKey, VECTOR_A.path, VECTOR_A.body)).toBe(
      VECTOR_A.signature,
    );
  });
});

describe('fake Kraken', () => {
  it('accepts vector A signed exactly and rejects it with one character changed', async () => {
    fake.addKey({ apiKey: 'vector-a', privateKey: VECTOR_A.privateKey, permissions: REQUIRED });
    const send = (signature: string) =>
      fetch(`${fake.url}${VECTOR_A.path}`, {
        method: 'POST',
        headers: { 'API-Key': 'vector-a', 'API-Sign': signature },
        body: VECTOR_A.body,
      }).then((r) => r.json());
    // validate is absent: the fake refuses to trade but the signature passed.
    await expect(send(VECTOR_A.signature)).resolves.toEqual({
      error: ['EGeneral:Invalid arguments'],
    });
    expect(fake.stateChangingCalls).toHaveLength(1);
    await expect(send(`5${VECTOR_A.signature.slice(1)}`)).resolves.toEqual({
      error: ['EAPI:Invalid signature'],
    });
  });

  it.each([
    { method: 'Balance', result: { ZUSD: '1234.5600', XXBT: '0.0100000000' } },
    { method: 'OpenOrders', result: { open: {} } },
    { method: 'ClosedOrders', result: { closed: {}, count: 0 } },
    { method: 'Ledgers', result: { ledger: {}, count: 0 } },
  ])('answers $method with Kraken’s shape', async ({ method, result }) => {
    await expect(call(method)).resolves.toEqual({ status: 200, json: { error: [], result } });
  });

  it('answers GetWebSocketsToken with a token and expiry', async () => {
    const { json } = await call('GetWebSocketsToken');
    expect(json.result).toMatchObject({ token: expect.any(String), expires: 900 });
  });

  it('validates AddOrder without a txid', async () => {
    const { json } = await call('AddOrder', {
      ordertype: 'limit',
      pair: 'XBTUSD',
      price: '100',
      type: 'buy',
      validate: 'true',
      volume: '0.01',
    });
    expect(json).toEqual({
      error: [],
      result: { descr: { order: 'buy 0.01 XBTUSD @ limit 100' } },
    });
    expect(fake.stateChangingCalls).toEqual([]);
  });

  it('answers CancelOrder for an unknown id with EOrder:Unknown order', async () => {
    await expect(call('CancelOrder', { txid: 'OCHECK-PROBE-000000' })).resolves.toMatchObject({
      json: { error: ['EOrder:Unknown order'] },
    });
  });

  it.each([
    { permissions: REQUIRED, expected: ['EGeneral:Permission denied'] },
    { permissions: [...REQUIRED, 'funds_withdraw' as const], expected: [] },
  ])('answers WithdrawMethods with $expected', async ({ permissions, expected }) => {
    fake.addKey({ ...key, permissions });
    const { json } = await call('WithdrawMethods');
    expect(json.error).toEqual(expected);
  });

  it('answers an unknown key with EAPI:Invalid key', async () => {
    const { json } = await call('Balance', {}, { apiKey: 'nobody' });
    expect(json.error).toEqual(['EAPI:Invalid key']);
  });

  it('denies a call from outside the IP allowlist', async () => {
    fake.addKey({ ...key, permissions: REQUIRED, ipAllowlist: ['203.0.113.0/24'] });
    expect((await call('Balance')).json.error).toEqual(['EGeneral:Permission denied']);
    fake.setClientAddress('203.0.113.9');
    expect((await call('Balance')).json.error).toEqual([]);
  });

  describe('nonce window', () => {
    it.each([
      { window: 0, offset: 0n, accepted: false },
      { window: 0, offset: -1n, accepted: false },
      { window: 0, offset: 1n, accepted: true },
      { window: 10, offset: -9n, accepted: true },
      { window: 10, offset: -10n, accepted: false },
    ])(
      'with window $window, a nonce $offset from the highest is accepted: $accepted',
      async ({ window, offset, accepted }) => {
        fake.addKey({ ...key, permissions: REQUIRED, nonceWindow: window });
        const highest = 1_750_000_000_000n;
        await call('Balance', {}, { nonce: String(highest) });
        const { json } = await call('Balance', {}, { nonce: String(highest + offset) });
        expect(json.error).toEqual(accepted ? [] : ['EAPI:Invalid nonce']);
      },
    );

    it('refuses millisecond nonces after a nanosecond nonce', async () => {
      await call('Balance', {}, { nonce: '1750000000000000000' });
      expect((await call('Balance')).json.error).toEqual(['EAPI:Invalid nonce']);
    });
  });

  it('locks a key out after repeated failures', async () => {
    const wrong = demoPair('someone-else').privateKey;
    for (let i = 0; i < 5; i++) await call('Balance', {}, { privateKey: wrong });
    expect((await call('Balance')).json.error).toEqual(['EGeneral:Temporary lockout']);
  });

  it('records every request with headers and body', async () => {
    await call('Balance');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      path: '/0/private/Balance',
      method: 'Balance',
      headers: { 'api-key': key.apiKey },
      nonce: String(nonce),
    });
  });

  it.each([
    { mode: '5xx' as const, status: 502 },
    { mode: 'html' as const, status: 200 },
    { mode: 'garbage' as const, status: 200 },
  ])('misbehaves on request: $mode', async ({ mode, status }) => {
    fake.setFault({ mode });
    const response = await fetch(`${fake.url}/0/private/Balance`, { method: 'POST', body: '' });
    expect(response.status).toBe(status);
    await expect(response.clone().json()).rejects.toThrow();
  });

  it.each(DOCUMENTED_ERRORS)(
    'answers every call of a key with $error on request',
    async ({ error }) => {
      fake.setFault({ mode: 'error', error }, key.apiKey);
      for (const method of ['GetApiKeyInfo', 'Balance']) {
        const { status, json } = await call(method);
        expect(status).toBe(200);
        expect(json).toEqual({ error: [error] });
      }
      // Another key is not affected.
      const other = demoPair('fake-other');
      fake.addKey({ ...other, permissions: REQUIRED });
      expect((await call('Balance', {}, other)).json.error).toEqual([]);
    },
  );

  it('resets the connection on request', async () => {
    fake.setFault({ mode: 'reset' }, key.apiKey);
    await expect(call('Balance')).rejects.toThrow();
  });

  it('hangs on request', async () => {
    fake.setFault({ mode: 'hang' });
    await expect(
      fetch(`${fake.url}/0/private/Balance`, {
        method: 'POST',
        body: '',
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();
  });

  it('is driven through the control API', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${fake.url}/__control/${path}`, { method: 'POST', body: JSON.stringify(body) });
    await post('fault', { mode: 'html', apiKey: key.apiKey });
    await expect(call('Balance')).rejects.toThrow();
    await post('reset', {});
    fake.addKey({ ...key, permissions: REQUIRED });
    await call('Balance');
    const log = (await (await fetch(`${fake.url}/__control/requests`)).json()) as unknown[];
    expect(log).toHaveLength(1);
  });
});

describe('fake Kraken: GetApiKeyInfo', () => {
  /** A JSON body, as Kraken's reference shows for this call, signed over its exact bytes. */
  async function callJson(body: string, sign = body) {
    const path = '/0/private/GetApiKeyInfo';
    const response = await fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: {
        'API-Key': key.apiKey,
        'API-Sign': krakenSignature(key.privateKey, path, sign, true),
        'Content-Type': 'application/json',
      },
      body,
    });
    return (await response.json()) as { error: string[]; result?: Record<string, unknown> };
  }

  it('answers with every field Kraken sends, the IBAN and the API key included', async () => {
    fake.addKey({
      ...key,
      permissions: [...REQUIRED, 'add_withdraw_address'],
      nonceWindow: 2_000_000,
      ipAllowlist: ['127.0.0.1', '::1', '192.0.2.0/24'],
      validUntil: 4_070_908_800,
      name: 'bot',
      lastUsed: null,
    });
    const { json } = await call('GetApiKeyInfo');
    expect(json.error).toEqual([]);
    expect(json.result).toMatchObject({
      apiKeyName: 'bot',
      apiKey: key.apiKey,
      nonceWindow: 2_000_000,
      iban: expect.any(String),
      validUntil: '4070908800',
      queryFrom: '0',
      queryTo: '0',
      ipAllowlist: ['127.0.0.1', '::1', '192.0.2.0/24'],
      lastUsed: null,
    });
    expect((json.result as { permissions: string[] }).permissions).toEqual([
      'query-funds',
      'query-open-trades',
      'query-closed-trades',
      'modify-trades',
      'close-trades',
      'query-ledger',
      'create-ws-token',
      'add-withdraw-address',
    ]);
    const again = await call('GetApiKeyInfo');
    expect((again.json.result as { lastUsed: string }).lastUsed, 'used now').toMatch(/^\d{10}$/);
  });

  it('accepts a JSON body signed over its exact bytes, and refuses one signed over others', async () => {
    const body = JSON.stringify({ nonce: String(++nonce) });
    expect((await callJson(body)).error).toEqual([]);
    const other = JSON.stringify({ nonce: String(++nonce) });
    expect((await callJson(other, ` ${other}`)).error).toEqual(['EAPI:Invalid signature']);
  });

  it('answers EGeneral:Unknown method when it does not know the call, per key or everywhere', async () => {
    fake.addKey({ ...key, permissions: REQUIRED, keyInfo: false });
    expect((await call('GetApiKeyInfo')).json.error).toEqual(['EGeneral:Unknown method']);
    fake.addKey({ ...key, permissions: REQUIRED });
    fake.setKeyInfoKnown(false);
    expect((await call('GetApiKeyInfo')).json.error).toEqual(['EGeneral:Unknown method']);
  });

  it.each([
    { omit: ['nonceWindow'] as const },
    { omit: ['permissions', 'queryTo'] as const },
    { omit: ['lastUsed', 'createdTime', 'modifiedTime', 'apiKeyName'] as const },
  ])('leaves $omit out of its answer on request, and nothing else', async ({ omit }) => {
    fake.addKey({ ...key, permissions: REQUIRED, omitKeyInfoFields: omit });
    const { json } = await call('GetApiKeyInfo');
    const fields = Object.keys(json.result as object);
    for (const field of omit) expect(fields).not.toContain(field);
    expect(fields).toHaveLength(13 - omit.length);
  });

  it('refuses it from outside the allowlist, although it needs no permission', async () => {
    fake.addKey({ ...key, permissions: REQUIRED, ipAllowlist: ['203.0.113.0/24'] });
    expect((await call('GetApiKeyInfo')).json.error).toEqual(['EGeneral:Permission denied']);
  });
});
