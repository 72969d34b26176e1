/**
 * Integration: the probe handler relaying to the fake Kraken on loopback, when Kraken does
 * not know GetApiKeyInfo (the read-only probes run instead) and when Kraken does not answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECT_STATUSES } from '../../src/lib/kraken/interpret-fixtures';
import { DEMO_CONFIGS, DEMO_KEYS, demoKey, demoPair, REQUIRED } from './demo-keys.ts';
import { byId, callsFor, fake, probe, probeDemo, statuses } from './relay-harness';
import { startFakeKraken } from './server.ts';

describe('the probes, when Kraken does not know GetApiKeyInfo', () => {
  beforeAll(() => fake.setKeyInfoKnown(false));
  afterAll(() => fake.setKeyInfoKnown(true));

  it('runs the probes for a correct key (Cancel & close: cannot tell)', async () => {
    const { body } = await probeDemo('correct');
    expect(statuses(body.checks)).toEqual(CORRECT_STATUSES);
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
