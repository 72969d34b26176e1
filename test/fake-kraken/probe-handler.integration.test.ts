/**
 * Integration: the probe handler relaying to the fake Kraken on loopback, when Kraken
 * describes the key (GetApiKeyInfo) or answers with one of its documented errors.
 * Talks to a server (127.0.0.1 only); the unit tests in src/ do not.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SERVICE_RANGE, demoKey, demoPair, REQUIRED } from './demo-keys.ts';
import { byId, callsFor, correctWith, fake, probe, probeDemo, statuses } from './relay-harness';
import { DOCUMENTED_ERRORS } from './server.ts';

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
