/**
 * Faults against the production server on loopback, with the fake Kraken
 * behind it: Kraken hangs, resets, answers 5xx, HTML or garbage, or is
 * slow; a client trickles its body and stalls, or disconnects midway. Each
 * case ends in a clear answer (or a closed connection), the server stays
 * up, and its open file descriptors come back down: nothing leaks.
 *
 * The relay's upstream timeouts are not configurable through the
 * environment, so the hang and slow cases take the production 10 s; they
 * run side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import type { ProbeResponse } from '../../src/lib/http/probe-handler';
import { DEMO_CONFIGS, demoPair } from '../fake-kraken/demo-keys.ts';
import { stackShape } from '../hostile/support/assertions';
import { expectHealthy, rawRequest, requestHead, type Part } from '../hostile/support/raw-http';
import { alive, openFds, startSiteWithFake, type SiteWithFake } from '../hostile/support/site';

let running: SiteWithFake;
let port: number;

beforeAll(async () => {
  // PROBE_CLIENT_LIMIT lifts the per-address limit where the build supports it; every call
  // here comes from 127.0.0.1. The cases below stay under the default of 10 either way.
  running = await startSiteWithFake({ keys: DEMO_CONFIGS, env: { PROBE_CLIENT_LIMIT: '1000' } });
  port = running.site.port;
});
afterAll(async () => {
  await running?.stop();
});

async function postBatch(name: string): Promise<{ status: number; text: string; elapsed: number }> {
  const batch = await buildProbeBatch(demoPair(name));
  const started = Date.now();
  const response = await fetch(`${running.site.url}/api/kraken/probe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(batch),
    signal: AbortSignal.timeout(40_000),
  });
  return { status: response.status, text: await response.text(), elapsed: Date.now() - started };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server holds at most `limit` file descriptors, or gives up. */
async function settleFds(limit: number, withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  let count = openFds(running.site.pid);
  while (count > limit && Date.now() < deadline) {
    await sleep(100);
    count = openFds(running.site.pid);
  }
  return count;
}

describe('the production server when Kraken fails', () => {
  it('relays to the fake Kraken on loopback, never anywhere else', async () => {
    const { status, text } = await postBatch('correct');
    expect(status, `a correct key is relayed: ${text.slice(0, 200)}`).toBe(200);
    expect(
      // GetApiKeyInfo first: Kraken's description of the key makes the probes unnecessary.
      running.fake.requests.some((r) => r.method === 'GetApiKeyInfo'),
      'the fake Kraken received the calls (KRAKEN_API_URL is honoured at runtime)',
    ).toBe(true);
  });

  it('answers every fault with a 200 that says Kraken did not answer, and stays up', async () => {
    const faults = ['down', 'html', 'garbage', 'reset', 'hang', 'slow'];
    const results = await Promise.all(
      faults.map(async (name) => ({ name, ...(await postBatch(name)) })),
    );
    for (const { name, status, text, elapsed } of results) {
      expect(status, `${name}: a 200 with checks (${text.slice(0, 200)})`).toBe(200);
      expect(stackShape(text), `${name}: no stack trace`).toBeNull();
      expect(elapsed, `${name}: within the relay's limits`).toBeLessThan(31_000);
      const body = JSON.parse(text) as ProbeResponse;
      expect(body.calls[0]?.outcome, `${name}: the first call has no usable answer`).toBe(
        'unavailable',
      );
      expect(
        body.calls.slice(1).every((c) => c.outcome === 'skipped'),
        `${name}: nothing is sent after it`,
      ).toBe(true);
      expect(
        body.checks.find((c) => c.id === 'live.kraken'),
        `${name}: says so`,
      ).toMatchObject({
        status: 'warn',
        title: 'Kraken did not answer',
      });
    }
    expect(alive(running.site.pid), 'the server process is alive').toBe(true);
    expect(await expectHealthy(port), 'the health check answers 200').toBe(200);
  }, 45_000);
});

describe('the production server when a client misbehaves', () => {
  const head = (length: number) =>
    requestHead('POST', '/api/kraken/check', [
      ['Host', `127.0.0.1:${port}`],
      ['Content-Type', 'application/json'],
      ['Content-Length', String(length)],
      ['Connection', 'close'],
    ]);

  it('answers a body trickled a byte at a time', async () => {
    const body = '{"nonceWindow":"2000000"}';
    const parts: Part[] = [head(body.length)];
    for (const char of body) parts.push(char, { pauseMs: 40 });
    const answer = await rawRequest({ port, parts, timeoutMs: 10_000 });
    expect(
      answer.status,
      `a slow but complete body is answered: ${answer.body.slice(0, 200)}`,
    ).toBe(200);
  });

  it.each<{ name: string; parts: () => Part[] }>([
    {
      name: 'sends half its body and stalls',
      parts: () => [head(200), '{"nonceWindow":', { pauseMs: 300 }],
    },
    {
      name: 'sends half its headers and stalls',
      parts: () => ['POST /api/kraken/check HTTP/1.1\r\nHost: x\r\nContent-', { pauseMs: 300 }],
    },
    {
      name: 'trickles a few bytes and stalls',
      parts: () => [head(500), '{', { pauseMs: 100 }, '"', { pauseMs: 100 }, 'a', { pauseMs: 300 }],
    },
  ])('stays up when fifty clients each $name and then disconnect', async ({ parts }) => {
    const baseline = openFds(running.site.pid);
    const clients = Array.from({ length: 50 }, () =>
      rawRequest({ port, parts: parts(), timeoutMs: 600 }),
    );
    await sleep(150);
    expect(await expectHealthy(port), 'the health check answers while they stall').toBe(200);
    const answers = await Promise.all(clients);
    for (const answer of answers) {
      expect(
        answer.status === null || answer.status < 500,
        `no 5xx: ${answer.head.split('\r\n')[0] ?? ''}`,
      ).toBe(true);
    }
    expect(alive(running.site.pid), 'the server process is alive').toBe(true);
    expect(await expectHealthy(port), 'the health check answers right after').toBe(200);
    const after = await settleFds(baseline + 5, 5_000);
    expect(
      after,
      `the server's open descriptors come back down (baseline ${baseline})`,
    ).toBeLessThanOrEqual(baseline + 5);
  });

  it('stays up when a client disconnects while its probe waits on a hanging Kraken', async () => {
    const pair = demoPair('disconnecting-client');
    running.fake.addKey({ ...pair, permissions: ['funds_query'], fault: { mode: 'hang' } });
    const batch = JSON.stringify(await buildProbeBatch(pair));
    const before = running.fake.requests.length;
    const parts: Part[] = [
      requestHead('POST', '/api/kraken/probe', [
        ['Host', `127.0.0.1:${port}`],
        ['Content-Type', 'application/json'],
        ['Content-Length', String(Buffer.byteLength(batch))],
      ]),
      batch,
      { pauseMs: 1_000 },
    ];
    const answer = await rawRequest({ port, parts, timeoutMs: 500 });
    expect(answer.status === null || answer.status < 500, 'no 5xx').toBe(true);
    expect(running.fake.requests.length, 'the fake saw at most the first call').toBeLessThanOrEqual(
      before + 1,
    );
    expect(await expectHealthy(port), 'the health check answers right after').toBe(200);
    expect(alive(running.site.pid), 'the server process is alive').toBe(true);
  });

  it('stays up when a hundred clients disconnect midway through their bodies', async () => {
    const baseline = openFds(running.site.pid);
    for (let round = 0; round < 4; round += 1) {
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          rawRequest({
            port,
            parts: [head(4_000), 'x'.repeat(i * 100)],
            timeoutMs: 50 + i * 4,
          }),
        ),
      );
    }
    expect(await expectHealthy(port), 'the health check answers right after').toBe(200);
    const after = await settleFds(baseline + 5, 5_000);
    expect(
      after,
      `the server's open descriptors come back down (baseline ${baseline})`,
    ).toBeLessThanOrEqual(baseline + 5);
  });
});
