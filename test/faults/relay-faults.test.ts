/**
 * Upstream faults the fake Kraken has no mode for, at the handler level,
 * against a misbehaving HTTP server on loopback: a body that stalls midway
 * or never ends, a redirect, Kraken errors with 5xx and 429, answers that
 * are JSON but not Kraken's, a hang on a later call, a batch that runs out
 * of time. Every case ends in a 200 whose checks say what happened, within
 * the handler's time limits, and nothing is sent after the first failure.
 * (The fake's own modes — slow, 5xx, HTML, garbage, reset, hang — are in
 * test/fake-kraken/probe-handler.integration.test.ts and, against the
 * production server, in test/faults/upstream.server-test.ts.)
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleProbe, ProbeResponseSchema } from '../../src/lib/http/probe-handler';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import type { ProbeLimiter } from '../../src/lib/ratelimit/probe-limits';
import { demoPair } from '../fake-kraken/demo-keys.ts';
import { stackShape } from '../hostile/support/assertions';

// Generous enough for a loaded 2-core CI machine; the cases scale with these.
const CALL_TIMEOUT_MS = 750;
const BATCH_TIMEOUT_MS = 3_000;
const OK = '{"error":[],"result":{}}';

type Behaviour = (res: ServerResponse, call: number) => void;

let behaviour: Behaviour = (res) => res.end(OK);
let calls = 0;
let redirectHits = 0;
let upstream: Server;
let elsewhere: Server;
let upstreamUrl: string;
let elsewhereUrl: string;
const open = new Set<ServerResponse>();

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    calls += 1;
    open.add(res);
    res.on('close', () => open.delete(res));
    behaviour(res, calls);
  });
  elsewhere = createServer((req, res) => {
    redirectHits += 1;
    req.resume();
    res.end(OK);
  });
  upstreamUrl = await listen(upstream);
  elsewhereUrl = await listen(elsewhere);
});

afterAll(async () => {
  for (const res of open) res.destroy();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
  await new Promise((resolve) => elsewhere.close(resolve));
});

const alwaysAllow: ProbeLimiter = {
  admit: () => Promise.resolve({ allowed: true, ticket: { keyHash: '', client: '', done: false } }),
  settle: () => Promise.resolve(),
};

async function probe() {
  calls = 0;
  const batch = await buildProbeBatch(demoPair('correct'));
  const started = Date.now();
  const response = await handleProbe(
    new Request('http://127.0.0.1:4321/api/kraken/probe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(batch),
    }),
    {
      client: { ok: true, address: '127.0.0.1', bucket: '127.0.0.1' },
      env: {
        krakenApiUrl: upstreamUrl,
        egressIps: [],
        callTimeoutMs: CALL_TIMEOUT_MS,
        batchTimeoutMs: BATCH_TIMEOUT_MS,
      },
      limiter: alwaysAllow,
    },
  );
  const text = await response.text();
  return { response, text, elapsed: Date.now() - started };
}

const json =
  (status: number, body: string, type = 'application/json') =>
  (res: ServerResponse) => {
    res.writeHead(status, { 'Content-Type': type });
    res.end(body);
  };

const cases: {
  name: string;
  behaviour: Behaviour;
  /** Outcome of each call in order; the rest must be `skipped`. */
  outcomes: string[];
  /** What the first unavailable or error call's reason (a code) or errors must hold. */
  says?: RegExp;
}[] = [
  {
    name: 'stops sending its body halfway',
    behaviour: (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
      res.write('{"error":[],"res');
    },
    outcomes: ['unavailable'],
    says: /"code":"timeout","seconds":0\.75/,
  },
  {
    name: 'sends a body that never ends',
    behaviour: (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    outcomes: ['unavailable'],
  },
  {
    name: 'closes the connection right after the headers',
    behaviour: (res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '50' });
      res.flushHeaders();
      setTimeout(() => res.destroy(), 10);
    },
    outcomes: ['unavailable'],
    says: /"code":"connection"/,
  },
  {
    name: 'redirects elsewhere (never followed)',
    behaviour: (res) => {
      res.writeHead(307, { Location: `${elsewhereUrl}/0/private/Balance` });
      res.end();
    },
    outcomes: ['unavailable'],
  },
  {
    name: 'answers 503 with a Kraken error',
    behaviour: json(503, '{"error":["EService:Unavailable"]}'),
    outcomes: ['error'],
    says: /EService:Unavailable/,
  },
  {
    name: 'answers 429 with a rate-limit error',
    behaviour: json(429, '{"error":["EAPI:Rate limit exceeded"]}'),
    outcomes: ['error'],
  },
  {
    name: 'answers an empty 200',
    behaviour: json(200, ''),
    outcomes: ['unavailable'],
    says: /"code":"not-json"/,
  },
  {
    name: 'answers JSON null',
    behaviour: json(200, 'null'),
    outcomes: ['unavailable'],
    says: /"code":"not-kraken"/,
  },
  {
    name: 'answers an error list that is not strings',
    behaviour: json(200, '{"error":[1,{"a":2},null]}'),
    outcomes: ['unavailable'],
  },
  {
    name: 'answers 200 with a non-Kraken JSON error shape and 512 KB of result',
    behaviour: json(200, `{"error":[],"result":"${'x'.repeat(512 * 1024)}"}`),
    // GetApiKeyInfo's result is not a key's configuration: the probes run instead.
    outcomes: ['unusable', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  {
    name: 'answers Kraken JSON as text/plain',
    behaviour: json(200, OK, 'text/plain'),
    outcomes: ['unusable', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  {
    name: 'hangs on the third call',
    behaviour: (res, call) => {
      if (call !== 3) res.end(OK);
    },
    outcomes: ['unusable', 'ok', 'unavailable'],
  },
  {
    name: 'is slow on every call, so the batch runs out of time',
    behaviour: (res) => {
      setTimeout(() => {
        if (!res.destroyed) res.end(OK);
      }, 500);
    },
    outcomes: ['ok', 'ok', 'ok', 'ok'],
  },
];

describe('the probe handler when Kraken misbehaves in ways the fake cannot', () => {
  it.each(cases)(
    'ends with a clear 200 when Kraken $name',
    async ({ name, behaviour: b, outcomes, says }) => {
      behaviour = b;
      const { response, text, elapsed } = await probe();
      expect(response.status, `${name}: a 200 with checks (${text.slice(0, 200)})`).toBe(200);
      expect(stackShape(text), `${name}: no stack trace`).toBeNull();
      expect(elapsed, `${name}: within the batch limit`).toBeLessThan(BATCH_TIMEOUT_MS + 1_000);
      const body = ProbeResponseSchema.parse(JSON.parse(text));
      const seen = body.calls.map((c) => c.outcome);
      if (name.startsWith('is slow')) {
        // However many fit in the batch time are answered; one may be cut short, the rest are not sent.
        expect(seen.join(' '), `${name}: answered, then cut short, then skipped`).toMatch(
          /^unusable (ok )+(unavailable )?(skipped ?)+$/,
        );
        expect(JSON.stringify(body.calls), `${name}: says why`).toMatch(
          /"code":"(out-of-time|timeout)"/,
        );
      } else {
        expect(seen.slice(0, outcomes.length), `${name}: outcomes in order`).toEqual(outcomes);
        expect(
          seen.slice(outcomes.length).every((o) => o === 'skipped'),
          `${name}: nothing is sent after the first failure (${seen.join(', ')})`,
        ).toBe(true);
      }
      if (seen.includes('unavailable')) {
        expect(
          body.checks.find((c) => c.id === 'live.kraken')?.title,
          `${name}: says Kraken did not answer`,
        ).toBe('Kraken did not answer');
      }
      if (says)
        expect(JSON.stringify(body.calls[outcomes.length - 1]), `${name}: explains it`).toMatch(
          says,
        );
      expect(redirectHits, `${name}: a redirect is never followed`).toBe(0);
    },
  );
});
