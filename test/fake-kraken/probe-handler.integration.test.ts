/**
 * Integration: the probe handler relaying to the fake Kraken on loopback.
 * Talks to a server (127.0.0.1 only); the unit tests in src/ do not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleProbe, type ProbeResponse } from '../../src/lib/http/probe-handler';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { createProbeLimiter } from '../../src/lib/ratelimit/probe-limits';
import type { Check } from '../../src/lib/rules/check';
import { DEMO_CONFIGS, DEMO_KEYS, demoKey, demoPair, REQUIRED } from './demo-keys.ts';
import { startFakeKraken, type FakeKraken } from './server.ts';

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
  env: { egressIps?: string[]; krakenApiUrl?: string } = {},
): Promise<{ response: Response; body: ProbeResponse }> {
  const batch = await buildProbeBatch({ apiKey, privateKey });
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

const probeDemo = (name: string, env?: { egressIps?: string[] }) => {
  const key = demoKey(name);
  return probe(key.apiKey, key.privateKey, env);
};

const statuses = (checks: Check[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status])) as Record<string, string>;

const byId = (checks: Check[], id: string) => checks.find((c) => c.id === id);

describe('probe handler against the fake Kraken', () => {
  it('passes every live check for a correct key (Cancel & close: cannot tell, §4)', async () => {
    const { response, body } = await probeDemo('correct');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
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
    expect(body.calls.map((c) => c.outcome)).toEqual([
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

  it('fails live.auth as an invalid signature for a wrong private key, and stops', async () => {
    const { body } = await probeDemo('wrong-private-key');
    expect(byId(body.checks, 'live.auth')).toMatchObject({
      status: 'fail',
      help: '/exchange/kraken/troubleshooting/#eapiinvalid-signature',
    });
    expect(body.calls[0]).toEqual({
      method: 'Balance',
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

  it('reports an IP-restricted key as every call refused, with the egress address', async () => {
    const { body } = await probeDemo('ip-restricted', { egressIps: ['198.51.100.7'] });
    expect(byId(body.checks, 'live.access')?.status).toBe('warn');
    expect(byId(body.checks, 'live.access')?.detail).toContain('198.51.100.7');
    expect(body.egressIps).toEqual(['198.51.100.7']);
  });

  it('reports a key without any permission the same way', async () => {
    const { body } = await probeDemo('no-permissions');
    expect(byId(body.checks, 'live.access')?.status).toBe('warn');
  });

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
      expect(body.calls[0]?.outcome).toBe('unavailable');
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
    for (const request of fake.requests) {
      expect(request.nonce).toMatch(/^\d{13}$/);
      expect(Math.abs(Number(request.nonce) - now)).toBeLessThan(3_600_000);
    }
  });
});
