/**
 * Integration: the probe handler relaying to the fake Kraken on loopback.
 * Talks to a server (127.0.0.1 only); the unit tests in src/ do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleProbe, type ProbeResponse } from '../../src/lib/http/probe-handler';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { createProbeLimiter } from '../../src/lib/ratelimit/probe-limits';
import type { Check } from '../../src/lib/rules/check';
import {
  DEMO_CONFIGS,
  DEMO_KEYS,
  DEMO_SERVICE_RANGE,
  demoKey,
  demoPair,
  REQUIRED,
} from './demo-keys.ts';
import { DOCUMENTED_ERRORS, startFakeKraken, type FakeKraken } from './server.ts';

let fake: FakeKraken;
beforeAll(async () => {
  fake = await startFakeKraken({ keys: DEMO_CONFIGS });
});
afterAll(async () => {
  await fake.close();
});

async function probe(
  apiKey: string,
  privateKey: string,
  env: { egressIps?: string[]; krakenApiUrl?: string; serviceRange?: string } = {},
): Promise<{ response: Response; body: ProbeResponse }> {
  const batch = await buildProbeBatch({ apiKey, privateKey, serviceRange: env.serviceRange });
  const request = new Request('http://127.0.0.1:4321/api/kraken/probe', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
    body: JSON.stringify(batch),
  });
  const response = await handleProbe(request, {
    client: { ok: true, address: '127.0.0.1', bucket: '127.0.0.1' },
    env: {
      krakenApiUrl: env.krakenApiUrl ?? fake.url,
      egressIps: env.egressIps ?? [],
      callTimeoutMs: 300,
      batchTimeoutMs: 1_500,
    },
    limiter: createProbeLimiter(),
  });
  return { response, body: (await response.clone().json()) as ProbeResponse };
}

const probeDemo = (name: string, env?: { egressIps?: string[]; serviceRange?: string }) => {
  const key = demoKey(name);
  return probe(key.apiKey, key.privateKey, env);
};

const statuses = (checks: Check[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status])) as Record<string, string>;

const byId = (checks: Check[], id: string) => checks.find((c) => c.id === id);

/** What every catalogue permission of a correct key answers. */
const CORRECT_PERMISSIONS: Record<string, string> = {
  'live.funds_query': 'pass',
  'live.funds_add': 'pass',
  'live.funds_withdraw': 'pass',
  'live.funds_earn': 'pass',
  'live.add_withdraw_address': 'pass',
  'live.update_withdraw_address': 'pass',
  'live.trades_query_open': 'pass',
  'live.trades_query_closed': 'pass',
  'live.trades_modify': 'pass',
  'live.trades_close': 'pass',
  'live.ledger_query': 'pass',
  'live.export_data': 'pass',
  'live.websocket': 'pass',
};

const correctWith = (changes: Record<string, string>, range = 'skip') => ({
  'live.auth': 'pass',
  'live.nonce': 'pass',
  ...CORRECT_PERMISSIONS,
  'live.nonce-window': 'pass',
  'live.ip': range,
  'live.expiry': 'pass',
  'live.query-window': 'pass',
  ...changes,
});

const callsFor = (apiKey: string) => fake.requests.filter((r) => r.headers['api-key'] === apiKey);

describe('GetApiKeyInfo: one call, and the guide’s rules on Kraken’s answer', () => {
  it('passes a correct key with one call, and hands the page only the configuration', async () => {
    const key = demoKey('correct');
    const { response, body } = await probeDemo('correct');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(statuses(body.checks)).toEqual(correctWith({}));
    expect(body.about).toMatchObject({ checkedWith: 'GetApiKeyInfo', calls: 1 });
    expect(body.about.key).toMatchObject({ name: 'demo-correct', nonceWindow: 2_000_000 });
    expect(callsFor(key.apiKey).map((r) => r.method)).toEqual(['GetApiKeyInfo']);
    expect(body.calls.map((c) => c.outcome)).toEqual(['ok', ...Array(8).fill('skipped')]);
    const text = await response.text();
    expect(text).not.toContain(key.apiKey);
    expect(text).not.toMatch(/iban|AA12|apiKeyName/);
  });

  it.each([
    { name: 'withdraw', changes: { 'live.funds_withdraw': 'fail' } },
    { name: 'add-withdraw-address', changes: { 'live.add_withdraw_address': 'fail' } },
    { name: 'update-withdraw-address', changes: { 'live.update_withdraw_address': 'fail' } },
    { name: 'no-trades_close', changes: { 'live.trades_close': 'fail' } },
    { name: 'no-websocket', changes: { 'live.websocket': 'fail' } },
    { name: 'nonce-window-0', changes: { 'live.nonce-window': 'fail' } },
    { name: 'expiring', changes: { 'live.expiry': 'warn' } },
    { name: 'query-dates', changes: { 'live.query-window': 'fail' } },
    { name: 'never-used', changes: {} },
    { name: 'unknown-permission', changes: { 'live.unknown-permissions': 'warn' } },
  ])('judges $name after one call', async ({ name, changes }) => {
    const { body } = await probeDemo(name);
    expect(statuses(body.checks)).toEqual(correctWith(changes));
    expect(callsFor(demoKey(name).apiKey)).toHaveLength(1);
  });

  it('reports a key never used before as such (null), then its last use', async () => {
    const { apiKey, privateKey } = demoPair('fresh-never-used');
    fake.addKey({ apiKey, privateKey, permissions: REQUIRED, lastUsed: null });
    expect((await probe(apiKey, privateKey)).body.about.key?.lastUsed).toBeNull();
    expect((await probe(apiKey, privateKey)).body.about.key?.lastUsed).toEqual(expect.any(Number));
  });

  it.each([
    { name: 'ip-uncovered', range: 'fail' },
    { name: 'ip-covered', range: 'pass' },
    { name: 'correct', range: 'warn' },
  ])('compares $name’s allowlist with the service’s range: $range', async ({ name, range }) => {
    const key = demoKey(name);
    const { body } = await probe(key.apiKey, key.privateKey, {
      serviceRange: DEMO_SERVICE_RANGE,
    });
    expect(byId(body.checks, 'live.ip')?.status).toBe(range);
    if (range === 'fail') expect(byId(body.checks, 'live.ip')?.detail).toContain('192.0.2.128/25');
  });

  it('reads a refused GetApiKeyInfo as the IP allowlist: warn from outside the service’s range', async () => {
    const key = demoKey('ip-restricted');
    const { body } = await probeDemo('ip-restricted', { egressIps: ['198.51.100.7'] });
    expect(byId(body.checks, 'live.access')?.status).toBe('warn');
    expect(byId(body.checks, 'live.access')?.detail).toContain('198.51.100.7');
    expect(byId(body.checks, 'live.access')?.detail).toContain('needs no permission');
    expect(body.egressIps).toEqual(['198.51.100.7']);
    expect(callsFor(key.apiKey).map((r) => r.method)).toEqual(['GetApiKeyInfo']);
  });

  it('fails live.access when the relay calls from inside the service’s range', async () => {
    const { body } = await probeDemo('ip-restricted', {
      egressIps: ['192.0.2.7'],
      serviceRange: DEMO_SERVICE_RANGE,
    });
    expect(byId(body.checks, 'live.access')?.status).toBe('fail');
  });

  it('fails live.auth as an invalid signature for a wrong private key, and stops', async () => {
    const { body } = await probeDemo('wrong-private-key');
    expect(byId(body.checks, 'live.auth')).toMatchObject({
      status: 'fail',
      help: '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
      trouble: 'invalid-signature',
    });
    expect(body.calls[0]).toEqual({
      method: 'GetApiKeyInfo',
      outcome: 'error',
      errors: ['EAPI:Invalid signature'],
    });
    expect(body.calls.slice(1).every((c) => c.outcome === 'skipped')).toBe(true);
  });

  it('fails live.auth for an unknown key', async () => {
    const { body } = await probeDemo('unknown');
    expect(byId(body.checks, 'live.auth')).toMatchObject({
      status: 'fail',
      help: '/exchange/kraken/troubleshooting/#eapiinvalid-key',
    });
  });

  it('fails live.nonce on the first call for a key used with nanosecond nonces', async () => {
    const { body } = await probeDemo('nanosecond-nonce');
    expect(byId(body.checks, 'live.nonce')?.status).toBe('fail');
    expect(byId(body.checks, 'live.nonce')?.detail).toContain('larger nonce scale');
    expect(fake.highestNonce(demoKey('nanosecond-nonce').apiKey)).toBe('1700000000000000000');
  });

  it('falls back to the probes when GetApiKeyInfo answers with nothing the checks read', async () => {
    const { apiKey, privateKey } = demoPair('malformed-info');
    fake.addKey({
      apiKey,
      privateKey,
      permissions: REQUIRED,
      keyInfoResult: { apiKeyName: 'x', permissions: 'all' },
    });
    const { body } = await probe(apiKey, privateKey);
    expect(body.about.checkedWith).toBe('probes');
    expect(body.about.fallback).toEqual({ code: 'unreadable' });
    expect(callsFor(apiKey)).toHaveLength(9);
    expect(byId(body.checks, 'live.auth')?.status).toBe('pass');
  });
});

describe('Kraken’s documented errors and partial answers: decided from the first call', () => {
  it.each(DOCUMENTED_ERRORS)(
    '$error: live.kraken says so, after exactly one call',
    async ({ name, error }) => {
      const key = demoKey(`error-${name}`);
      const { body } = await probeDemo(`error-${name}`);
      expect(callsFor(key.apiKey).map((r) => r.method)).toEqual(['GetApiKeyInfo']);
      expect(body.about).toMatchObject({ checkedWith: 'GetApiKeyInfo', calls: 1 });
      expect(body.about.stop?.error).toBe(error);
      const kraken = byId(body.checks, 'live.kraken');
      expect(kraken?.detail).toContain(error);
      expect(kraken?.fix).toBeTruthy();
    },
  );

  it('judges a partial answer field by field, after exactly one call', async () => {
    const key = demoKey('partial');
    const { body } = await probeDemo('partial');
    expect(callsFor(key.apiKey).map((r) => r.method)).toEqual(['GetApiKeyInfo']);
    expect(statuses(body.checks)).toEqual(
      correctWith({ 'live.nonce-window': 'skip', 'live.query-window': 'skip' }),
    );
    expect(body.about.key?.notReported).toEqual(['nonceWindow', 'queryTo']);
  });
});

describe('the probes, when Kraken does not know GetApiKeyInfo', () => {
  beforeAll(() => fake.setKeyInfoKnown(false));
  afterAll(() => fake.setKeyInfoKnown(true));

  it('runs the probes for a correct key (Cancel & close: cannot tell)', async () => {
    const { body } = await probeDemo('correct');
    expect(statuses(body.checks)).toEqual({
      'live.auth': 'pass',
      'live.nonce': 'pass',
      'live.funds_query': 'pass',
      'live.trades_query_open': 'pass',
      'live.trades_query_closed': 'pass',
      'live.ledger_query': 'pass',
      'live.websocket': 'pass',
      'live.trades_modify': 'pass',
      'live.trades_close': 'warn',
      'live.funds_withdraw': 'pass',
    });
    expect(body.about).toMatchObject({ checkedWith: 'probes', calls: 9 });
    expect(body.about.fallback).toEqual({
      code: 'unknown-method',
      error: 'EGeneral:Unknown method',
    });
    expect(body.calls.map((c) => c.outcome)).toEqual([
      'error',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'ok',
      'error',
      'error',
    ]);
  });

  it('returns no balances, ledger entries or tokens to the browser', async () => {
    const { response } = await probeDemo('correct');
    const text = await response.text();
    expect(text).not.toMatch(/ZUSD|XXBT|token|descr|result/);
  });

  it.each(REQUIRED.filter((p) => p !== 'trades_close'))(
    'fails live.%s alone when the key lacks it',
    async (permission) => {
      const { body } = await probeDemo(`no-${permission}`);
      const failed = body.checks.filter((c) => c.status === 'fail').map((c) => c.id);
      expect(failed).toEqual([`live.${permission}`]);
    },
  );

  it('cannot tell a missing Cancel & close while Create & modify is on', async () => {
    const { body } = await probeDemo('no-trades_close');
    expect(body.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(byId(body.checks, 'live.trades_close')?.status).toBe('warn');
  });

  it('proves Cancel & close when Create & modify is off', async () => {
    const { body } = await probeDemo('no-trades_modify');
    expect(byId(body.checks, 'live.trades_close')?.status).toBe('pass');
  });

  it('fails live.funds_withdraw when Withdraw is on', async () => {
    const { body } = await probeDemo('withdraw');
    expect(body.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([
      'live.funds_withdraw',
    ]);
  });

  it('reports a key without any permission as every call refused', async () => {
    const { body } = await probeDemo('no-permissions', { egressIps: ['198.51.100.7'] });
    expect(byId(body.checks, 'live.access')).toMatchObject({
      status: 'warn',
      title: 'Every call refused',
    });
  });

  it('runs the probes for the no-key-info demo key on its own', async () => {
    fake.setKeyInfoKnown(true);
    try {
      const { body } = await probeDemo('no-key-info');
      expect(body.about.checkedWith).toBe('probes');
      expect(callsFor(demoKey('no-key-info').apiKey)).toHaveLength(9);
    } finally {
      fake.setKeyInfoKnown(false);
    }
  });
});

describe('when Kraken does not answer', () => {
  it.each(['slow', 'down', 'html', 'garbage', 'reset', 'hang'])(
    'says Kraken did not answer when it is %s, and still answers',
    async (name) => {
      const started = Date.now();
      const { response, body } = await probeDemo(name);
      expect(response.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(1_500 + 500);
      expect(byId(body.checks, 'live.kraken')).toMatchObject({
        status: 'warn',
        title: 'Kraken did not answer',
      });
      expect(body.calls[0]).toMatchObject({ method: 'GetApiKeyInfo', outcome: 'unavailable' });
      expect(body.calls.slice(1).every((c) => c.outcome === 'skipped')).toBe(true);
    },
  );

  it('says Kraken did not answer when nothing listens on the port', async () => {
    const closed = await startFakeKraken();
    const url = closed.url;
    await closed.close();
    const { apiKey, privateKey } = demoPair('correct');
    const { response, body } = await probe(apiKey, privateKey, { krakenApiUrl: url });
    expect(response.status).toBe(200);
    expect(byId(body.checks, 'live.kraken')?.detail).toContain(
      'the connection failed or was reset',
    );
  });

  it('left a log with no private key, no state-changing call and only millisecond nonces', () => {
    expect(fake.requests.length).toBeGreaterThan(20);
    const privateKeys = [
      ...DEMO_KEYS.map((k) => k.privateKey),
      ...DEMO_CONFIGS.map((c) => c.privateKey),
    ];
    const log = JSON.stringify(fake.requests);
    for (const privateKey of privateKeys) expect(log).not.toContain(privateKey);
    expect(fake.stateChangingCalls).toEqual([]);
    const now = Date.now();
    expect(fake.requests.some((r) => r.method === 'GetApiKeyInfo')).toBe(true);
    for (const request of fake.requests) {
      expect(request.nonce).toMatch(/^\d{13}$/);
      expect(Math.abs(Number(request.nonce) - now)).toBeLessThan(3_600_000);
    }
  });
});
