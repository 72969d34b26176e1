/**
 * The relay's limits against people who know only an API key, through the real handler
 * and the fake Kraken on loopback, with the relay's clock under the test's control.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleProbe } from '../../src/lib/http/probe-handler';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { createMemoryStore } from '../../src/lib/ratelimit/memory';
import {
  createProbeLimiter,
  KEY_PAUSE_MS,
  type ProbeLimiter,
} from '../../src/lib/ratelimit/probe-limits';
import { REQUIRED } from '../fake-kraken/demo-keys.ts';
import { startFakeKraken, type FakeKraken } from '../fake-kraken/server.ts';

let fake: FakeKraken;
let clock = Date.now();
beforeAll(async () => {
  // Kraken locks a key out after two bad attempts here, for far longer than the test.
  fake = await startFakeKraken({ lockoutAfter: 2, lockoutMs: 3_600_000, now: () => clock });
});
afterAll(async () => {
  await fake.close();
});

const OWNER = '192.0.2.10';
const ATTACKER = '203.0.113.66';

function ownerKey() {
  const keys = {
    apiKey: randomBytes(42).toString('base64'),
    privateKey: randomBytes(64).toString('base64'),
  };
  fake.addKey({ ...keys, permissions: REQUIRED });
  return keys;
}

let nonce = clock;
async function probe(
  limiter: ProbeLimiter,
  apiKey: string,
  privateKey: string,
  client: string,
): Promise<{ status: number; code?: string; sent: number }> {
  const before = fake.requests.filter((r) => r.headers['api-key'] === apiKey).length;
  const batch = await buildProbeBatch({
    apiKey,
    privateKey,
    nonces: () => (nonce = Math.max(nonce + 1, clock)),
  });
  const response = await handleProbe(
    new Request('http://127.0.0.1/api/kraken/probe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(batch),
    }),
    {
      client: { ok: true, address: client, bucket: client },
      env: { krakenApiUrl: fake.url, egressIps: [], callTimeoutMs: 2_000, batchTimeoutMs: 5_000 },
      now: () => clock,
      limiter,
    },
  );
  const body = (await response.json()) as { error?: { code?: string } };
  const sent = fake.requests.filter((r) => r.headers['api-key'] === apiKey).length - before;
  return { status: response.status, ...(body.error?.code ? { code: body.error.code } : {}), sent };
}

const limiter = () =>
  createProbeLimiter({
    clients: createMemoryStore({ timer: false }),
    keys: createMemoryStore({ timer: false, whenFull: 'refuse' }),
  });

describe('someone who knows only the API key', () => {
  it('cannot hold the owner’s check off with bad signatures, not even for a second', async () => {
    const relay = limiter();
    const owner = ownerKey();
    const forged = randomBytes(64).toString('base64');
    expect(await probe(relay, owner.apiKey, forged, ATTACKER)).toMatchObject({
      status: 200,
      sent: 1,
    });
    clock += 1_000;
    expect(
      await probe(relay, owner.apiKey, owner.privateKey, OWNER),
      'the owner, a second later',
    ).toMatchObject({
      status: 200,
    });
  });

  it('after a lockout answer, holds the owner off 30 s at most, and the attacker longer', async () => {
    const relay = limiter();
    const owner = ownerKey();
    const forged = randomBytes(64).toString('base64');
    // Two bad attempts: the second is answered with a lockout (kept 30 s apart by the relay).
    await probe(relay, owner.apiKey, forged, ATTACKER);
    clock += 31_000;
    await probe(relay, owner.apiKey, forged, ATTACKER);
    clock += 31_000;
    const third = await probe(relay, owner.apiKey, forged, ATTACKER);
    const lockedAt = clock;
    expect(third.sent, 'the lockout answer came').toBe(1);
    clock = lockedAt + 5_000;
    expect(
      await probe(relay, owner.apiKey, owner.privateKey, OWNER),
      'paused for everyone',
    ).toMatchObject({
      status: 429,
      code: 'rate-limited-key',
      sent: 0,
    });
    clock = lockedAt + KEY_PAUSE_MS + 1;
    expect(
      await probe(relay, owner.apiKey, forged, ATTACKER),
      'the attacker, right as the pause ends',
    ).toMatchObject({
      status: 429,
      sent: 0,
    });
    expect(
      await probe(relay, owner.apiKey, owner.privateKey, OWNER),
      'the owner is relayed at 30 s',
    ).toMatchObject({
      status: 200,
    });
  });
});
