import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProbeBatch, type ProbeBatch } from '../kraken/probes';
import { createMemoryStore } from '../ratelimit/memory';
import { createProbeLimiter, type ProbeLimiter } from '../ratelimit/probe-limits';
import { handleProbe, parseEgressIps, ProbeErrorSchema, type ProbeContext } from './probe-handler';

const API_KEY = btoa(String.fromCharCode(...new Uint8Array(42).fill(5)));
const PRIVATE_KEY = btoa(String.fromCharCode(...new Uint8Array(64).fill(6)));
const URL_ = 'https://checker.example/api/kraken/probe';

let batch: ProbeBatch;
beforeAll(async () => {
  batch = await buildProbeBatch({ apiKey: API_KEY, privateKey: PRIVATE_KEY });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Kraken as a stub: every call succeeds. No network. */
const krakenOk: typeof fetch = () =>
  Promise.resolve(new Response('{"error":[],"result":{"ZUSD":"1.0"}}'));

function ctx(overrides: Partial<ProbeContext> = {}): ProbeContext {
  return {
    clientAddress: '192.0.2.1',
    env: { krakenApiUrl: 'http://127.0.0.1:9', egressIps: [] },
    fetch: krakenOk,
    limiter: createProbeLimiter({ store: createMemoryStore() }),
    ...overrides,
  };
}

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(URL_, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('handleProbe refuses', () => {
  it.each([
    { name: 'GET', request: () => new Request(URL_), status: 405, error: 'method-not-allowed' },
    {
      name: 'a cross-site browser request',
      request: () => post(batch, { 'Sec-Fetch-Site': 'cross-site' }),
      status: 403,
      error: 'cross-origin',
    },
    {
      name: 'a same-site browser request from another subdomain',
      request: () => post(batch, { 'Sec-Fetch-Site': 'same-site' }),
      status: 403,
      error: 'cross-origin',
    },
    {
      name: 'another Origin without Sec-Fetch-Site',
      request: () => post(batch, { Origin: 'https://evil.example' }),
      status: 403,
      error: 'cross-origin',
    },
    {
      name: 'a form post',
      request: () => post('apiKey=x', { 'Content-Type': 'application/x-www-form-urlencoded' }),
      status: 415,
      error: 'unsupported-media-type',
    },
    {
      name: 'a body over 16 KB',
      request: () => post({ ...batch, pad: 'x'.repeat(17_000) }),
      status: 413,
      error: 'too-large',
    },
    {
      name: 'a body over 16 KB without Content-Length',
      request: () =>
        new Request(URL_, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('x'.repeat(20_000)));
              controller.close();
            },
          }),
          duplex: 'half',
        } as RequestInit),
      status: 413,
      error: 'too-large',
    },
    { name: 'invalid JSON', request: () => post('{'), status: 400, error: 'invalid-json' },
    {
      name: 'a private key, naming the reason',
      request: () => post({ ...batch, privateKey: PRIVATE_KEY }),
      status: 400,
      error: 'private-key-sent',
    },
  ])('$name with $status', async ({ request, status, error }) => {
    const response = await handleProbe(request(), ctx());
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(ProbeErrorSchema.parse(await response.json()).error.code).toBe(error);
    if (status === 405) expect(response.headers.get('allow')).toBe('POST');
  });
});

describe('handleProbe serves', () => {
  it.each([
    { name: 'a same-origin browser request', headers: { 'Sec-Fetch-Site': 'same-origin' } },
    { name: 'an Origin matching the host', headers: { Origin: 'https://checker.example' } },
    { name: 'a plain API client', headers: {} },
  ])('$name', async ({ headers }) => {
    const response = await handleProbe(post(batch, headers), ctx());
    expect(response.status).toBe(200);
  });

  it('answers checks and calls, and the egress addresses when configured', async () => {
    const response = await handleProbe(
      post(batch),
      ctx({ env: { krakenApiUrl: 'http://127.0.0.1:9', egressIps: ['198.51.100.7'] } }),
    );
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['checks', 'calls', 'egressIps', 'about']);
    expect(JSON.stringify(body)).not.toContain('ZUSD');
  });
});

describe('handleProbe limits', () => {
  it('answers a second batch for the same key within 30 s with 429 and Retry-After', async () => {
    const limiter = createProbeLimiter({ store: createMemoryStore() });
    const now = () => Date.now();
    await handleProbe(post(batch), ctx({ limiter, now }));
    const again = await buildProbeBatch({ apiKey: API_KEY, privateKey: PRIVATE_KEY });
    const response = await handleProbe(post(again), ctx({ limiter, now }));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({
      error: { status: 429, code: 'rate-limited-key' },
    });
  });

  it('answers 502, never 500, when something unexpected breaks', async () => {
    const limiter: ProbeLimiter = { check: () => Promise.reject(new Error(API_KEY)) };
    const response = await handleProbe(post(batch), ctx({ limiter }));
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain(API_KEY);
  });
});

describe('handleProbe privacy', () => {
  it('logs neither the API key nor a signature', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    await handleProbe(post(batch), ctx());
    await handleProbe(post({ ...batch, requests: [] }), ctx());
    const logged = JSON.stringify(spies.flatMap((spy) => spy.mock.calls));
    expect(logged).not.toContain(API_KEY);
    for (const request of batch.requests) expect(logged).not.toContain(request.signature);
  });

  it('sends Kraken the API key and signature as headers, and the body as signed', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const spy: typeof fetch = (input, init) => {
      seen.push({ url: String(input), init });
      return krakenOk(input, init);
    };
    await handleProbe(post(batch), ctx({ fetch: spy }));
    expect(seen.map((s) => s.url)).toEqual(
      batch.requests.map((r) => `http://127.0.0.1:9/0/private/${r.method}`),
    );
    const first = seen[0]?.init;
    expect(first?.headers).toMatchObject({
      'API-Key': API_KEY,
      'API-Sign': batch.requests[0]?.signature,
    });
    expect(first?.body).toBe(batch.requests[0]?.body);
  });
});

describe('parseEgressIps', () => {
  it.each([
    { value: undefined, expected: [] },
    { value: '', expected: [] },
    { value: '198.51.100.7', expected: ['198.51.100.7'] },
    { value: ' 198.51.100.7, 2001:db8::1 ', expected: ['198.51.100.7', '2001:db8::1'] },
  ])('parses $value', ({ value, expected }) => {
    expect(parseEgressIps(value)).toEqual(expected);
  });
});
