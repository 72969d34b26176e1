/**
 * Hostile HTTP against the production server on loopback: raw bodies,
 * chunked encodings (right and broken), wrong Content-Length, gzip claims,
 * huge headers, odd methods and paths, 1,000 generated requests per
 * endpoint. Never a 5xx, never a stack trace; the server stays up, and with
 * every batch invalid the fake Kraken behind it hears nothing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSafe, request, wire } from './support/hostile-requests';
import { expectHealthy, rawRequest, requestHead, type Part } from './support/raw-http';
import { alive, startSiteWithFake, type SiteWithFake } from './support/site';

const SEED = Number(process.env['FC_SEED'] ?? Date.now());
let running: SiteWithFake;
let port: number;

beforeAll(async () => {
  running = await startSiteWithFake();
  port = running.site.port;
});
afterAll(async () => {
  await running.stop();
});

describe('the production server under hostile HTTP', () => {
  it.each(['/api/kraken/check', '/api/kraken/probe'])(
    'answers %s without a 5xx, whatever arrives on the wire (1,000 cases)',
    async (path) => {
      const tally = { answered: 0, cut: 0 };
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const label = `${path} ${r.method} ${r.framing} ${r.type ?? '-'} ${r.body.length} bytes`;
          // A body shorter than declared, or a chunked body with no end, can only be cut off.
          const incomplete = r.framing === 'length-long' || r.framing === 'chunked-broken';
          const answer = await rawRequest({
            port,
            parts: wire(port, path, r),
            timeoutMs: 8_000,
            endAfterWrite: incomplete,
          });
          expectSafe(answer, label);
          if (!incomplete) tally[answer.status === null ? 'cut' : 'answered'] += 1;
        }),
        { numRuns: 1_000, seed: SEED },
      );
      // A server that answers before reading the whole body (415, 413, 400 for Content-Length
      // with Transfer-Encoding) closes with bytes unread, and the kernel's reset can discard the
      // answer on the client's side: some complete requests may end cut off, but not many.
      expect(
        tally.answered,
        `most complete requests are answered: ${JSON.stringify(tally)}`,
      ).toBeGreaterThan((tally.answered + tally.cut) * 0.8);
      expect(await expectHealthy(port), 'the server still answers its health check').toBe(200);
      console.info(`${path}: ${tally.answered} answered, ${tally.cut} cut off by the server`);
    },
    120_000,
  );

  it('answers any path and method without a 5xx (300 cases)', async () => {
    const path = fc.oneof(
      fc.constantFrom(
        '/',
        '/exchange/kraken/',
        '/exchange/kraken/key-checker/',
        '/exchange/kraken/key-checker/result/',
        '/api/kraken/check.schema.json',
        '/api/health',
        '/../../etc/passwd',
        '/%2e%2e/%2e%2e/etc/passwd',
        '/api/kraken/%63heck',
        '/_astro/',
        `/${'a'.repeat(8_000)}`,
        '/%00',
        '/%',
        '//evil.example/',
        '/exchange/kraken/key-checker/result/?form=pro&nonceWindow=%FF',
      ),
      fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)),
    );
    await fc.assert(
      fc.asyncProperty(
        path,
        fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS', 'DELETE'),
        async (p, method) => {
          const parts = [
            requestHead(method, p, [
              ['Host', `127.0.0.1:${port}`],
              ['Connection', 'close'],
              ['Content-Length', '0'],
            ]),
          ];
          expectSafe(
            await rawRequest({ port, parts, timeoutMs: 8_000 }),
            `${method} ${p.slice(0, 100)}`,
          );
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  }, 60_000);

  it.each<{ name: string; parts: () => Part[]; expected: number[] | 'closed' }>([
    {
      name: 'a request smuggling attempt (Content-Length and Transfer-Encoding)',
      parts: () => [
        `POST /api/kraken/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /api/health HTTP/1.1\r\n\r\n`,
      ],
      expected: [400],
    },
    {
      name: 'a 100 KB header',
      parts: () => [
        requestHead('POST', '/api/kraken/check', [
          ['Host', 'x'],
          ['X-Big', 'a'.repeat(100_000)],
        ]),
      ],
      expected: [431, 400],
    },
    {
      name: 'a NUL byte in a header value',
      parts: () => [
        'POST /api/kraken/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\0\r\n\r\n',
      ],
      expected: [400],
    },
    {
      name: 'a negative Content-Length',
      parts: () => [
        requestHead('POST', '/api/kraken/check', [
          ['Host', 'x'],
          ['Content-Length', '-1'],
        ]),
      ],
      expected: [400],
    },
    {
      name: 'HTTP/1.0 with no Host header',
      parts: () => [
        'POST /api/kraken/check HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
      ],
      expected: [200, 400],
    },
    {
      name: 'Expect: 100-continue and then the body',
      parts: () => [
        requestHead('POST', '/api/kraken/check', [
          ['Host', 'x'],
          ['Content-Type', 'application/json'],
          ['Content-Length', '2'],
          ['Expect', '100-continue'],
        ]),
        { pauseMs: 50 },
        '{}',
      ],
      expected: [200],
    },
    {
      name: 'a 10 MB body declared up front',
      parts: () => [
        requestHead('POST', '/api/kraken/probe', [
          ['Host', 'x'],
          ['Content-Type', 'application/json'],
          ['Content-Length', String(10 * 1024 * 1024)],
        ]),
        Buffer.alloc(64 * 1024, 0x20),
      ],
      expected: [413],
    },
    {
      name: 'a 1 MB chunked body with no length',
      parts: () => [
        requestHead('POST', '/api/kraken/check', [
          ['Host', 'x'],
          ['Content-Type', 'application/json'],
          ['Transfer-Encoding', 'chunked'],
        ]),
        ...Array.from({ length: 16 }, () => `10000\r\n${' '.repeat(0x10000)}\r\n`),
        '0\r\n\r\n',
      ],
      expected: [413],
    },
    {
      name: 'garbage instead of a request line',
      parts: () => [
        Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03]),
      ],
      expected: [400],
    },
  ])('answers $name without a 5xx', async ({ name, parts, expected }) => {
    const answer = await rawRequest({ port, parts: parts(), timeoutMs: 8_000 });
    expectSafe(answer, name);
    if (answer.status !== null) {
      expect(
        expected,
        `${name}: ${answer.head.split('\r\n')[0] ?? ''} ${answer.body.slice(0, 200)}`,
      ).toContain(answer.status);
    }
  });

  it('is still up afterwards, and not one invalid batch reached the fake Kraken', async () => {
    expect(alive(running.site.pid), 'the server process is alive').toBe(true);
    expect(await expectHealthy(port), 'the health check answers 200').toBe(200);
    expect(running.fake.requests.length, 'the fake Kraken received no request').toBe(0);
  });
});
