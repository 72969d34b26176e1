/**
 * The probe handler relaying to a fake Kraken on loopback, for the integration tests:
 * importing this starts one fake per test file (hooks registered at import).
 */
import { afterAll, beforeAll } from 'vitest';
import { handleProbe, type ProbeResponse } from '../../src/lib/http/probe-handler';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { createProbeLimiter } from '../../src/lib/ratelimit/probe-limits';
import type { Check } from '../../src/lib/rules/check';
import { DEMO_CONFIGS, demoKey } from './demo-keys.ts';
import { startFakeKraken, type FakeKraken } from './server.ts';

/** The fake Kraken of the importing test file, started before its tests and closed after. */
export let fake: FakeKraken;
beforeAll(async () => {
  fake = await startFakeKraken({ keys: DEMO_CONFIGS });
});
afterAll(async () => {
  await fake.close();
});

export async function probe(
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

export const probeDemo = (name: string, env?: { egressIps?: string[]; serviceRange?: string }) => {
  const key = demoKey(name);
  return probe(key.apiKey, key.privateKey, env);
};

export const statuses = (checks: Check[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status])) as Record<string, string>;

export const byId = (checks: Check[], id: string) => checks.find((c) => c.id === id);

/** What every catalogue permission of a correct key answers. */
export const CORRECT_PERMISSIONS: Record<string, string> = {
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

export const correctWith = (changes: Record<string, string>, range = 'skip') => ({
  'live.auth': 'pass',
  'live.nonce': 'pass',
  ...CORRECT_PERMISSIONS,
  'live.nonce-window': 'pass',
  'live.ip': range,
  'live.expiry': 'pass',
  'live.query-window': 'pass',
  ...changes,
});

export const callsFor = (apiKey: string) =>
  fake.requests.filter((r) => r.headers['api-key'] === apiKey);
