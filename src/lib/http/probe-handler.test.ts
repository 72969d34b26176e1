import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProbeBatch, type ProbeBatch } from '../kraken/probes';
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
    client: { ok: true, address: '192.0.2.1', bucket: '192.0.2.1' },
    env: { krakenApiUrl: 'http://127.0.0.1:9', egressIps: [] },
    fetch: krakenOk,
    limiter: createProbeLimiter(),
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

describe('handleProbe answers in the language asked for', () => {
  type Body = { checks: { id: string; status: string; title: string; detail: string }[] };
  async function inLang(header: string | undefined) {
    const response = await handleProbe(
      post(batch, header === undefined ? {} : { 'Accept-Language': header }),
      ctx(),
    );
    return { response, body: (await response.json()) as Body };
  }

  it.each([
    [undefined, 'en'],
    ['id', 'id'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['fr, en;q=0.5', 'en'],
    ['xx', 'en'],
  ])('Accept-Language %j answers in %s', async (header, lang) => {
    const { response, body } = await inLang(header);
    expect(response.headers.get('Content-Language')).toBe(lang);
    expect(response.headers.get('Vary')).toContain('Accept-Language');
    const auth = body.checks.find((c) => c.id === 'live.auth');
    expect(auth?.title).toBe(lang === 'id' ? 'API key dan private key' : 'API key and private key');
  });

  it('gives the same ids and statuses in both languages, with other words', async () => {
    const en = (await inLang('en')).body.checks;
    const id = (await inLang('id')).body.checks;
    expect(id.map((c) => [c.id, c.status])).toEqual(en.map((c) => [c.id, c.status]));
    for (const [i, check] of id.entries()) {
      expect(check.detail, check.id).not.toBe(en[i]?.detail);
    }
  });
});

describe('handleProbe words its refusals in the language asked for', () => {
  async function refusal(request: Request, context = ctx()) {
    const response = await handleProbe(request, context);
    const { error } = ProbeErrorSchema.parse(await response.json());
    return { response, error };
  }
  const empty = () => ({ ...batch, requests: [] });
  const busy: ProbeLimiter = {
    admit: () =>
      Promise.resolve({
        allowed: false,
        scope: 'busy',
        retryAfterSeconds: 5,
        values: { limit: 4, windowMs: 0, retryAfterSeconds: 5 },
      }),
    settle: () => Promise.resolve(),
  };

  it.each([
    {
      name: 'a batch the policy refuses',
      request: (lang: string) => post(empty(), { 'Accept-Language': lang }),
      context: () => ctx(),
      code: 'empty-batch',
      en: 'The batch holds no requests.',
      id: 'Batch ini tidak berisi permintaan.',
    },
    {
      name: 'a busy relay',
      request: (lang: string) => post(batch, { 'Accept-Language': lang }),
      context: () => ctx({ limiter: busy }),
      code: 'rate-limited-busy',
      en: 'The relay is running 4 checks at once',
      id: 'Server ini sedang menjalankan 4 pemeriksaan sekaligus',
    },
    {
      name: 'an unknown client',
      request: (lang: string) => post(batch, { 'Accept-Language': lang }),
      context: () => ctx({ client: { ok: false } as ProbeContext['client'] }),
      code: 'client-unknown',
      en: 'This server could not tell which address',
      id: 'Server ini tidak dapat mengetahui dari alamat mana',
    },
    {
      name: 'a private key sent',
      request: (lang: string) =>
        post({ ...batch, secret: PRIVATE_KEY }, { 'Accept-Language': lang }),
      context: () => ctx(),
      code: 'private-key-sent',
      en: 'The request contains a private key.',
      id: 'Permintaan ini berisi private key.',
    },
  ])('$name: English by default, Indonesian when asked', async (c) => {
    for (const lang of ['en', 'id'] as const) {
      const { response, error } = await refusal(c.request(lang), c.context());
      expect(error.code).toBe(c.code);
      expect(error.message).toContain(c[lang]);
      expect(response.headers.get('Content-Language')).toBe(lang);
    }
  });
});

describe('handleProbe limits', () => {
  it('answers a second batch for the same key within 30 s with 429 and Retry-After', async () => {
    const limiter = createProbeLimiter();
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
    const limiter: ProbeLimiter = {
      admit: () => Promise.reject(new Error(API_KEY)),
      settle: () => Promise.resolve(),
    };
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

describe('handleProbe and the signing clock', () => {
  const NOW = 1_750_000_000_000;
  async function signedAt(ms: number) {
    return buildProbeBatch({ apiKey: API_KEY, privateKey: PRIVATE_KEY, nonces: counter(ms) });
  }
  function counter(start: number) {
    let next = start;
    return () => next++;
  }

  it.each([
    { name: '+30 s', shift: 30_000, status: 200 },
    { name: '-1 h', shift: -3_600_000, status: 200 },
    { name: '+2 h', shift: 7_200_000, status: 400, code: 'nonce-ahead', named: '2 hours ahead' },
  ])(
    'a batch signed $name from the server clock: $status',
    async ({ shift, status, code, named }) => {
      const calls: string[] = [];
      const fetch = ((url: string) => {
        calls.push(url);
        return krakenOk(url);
      }) as typeof globalThis.fetch;
      const response = await handleProbe(
        post(await signedAt(NOW + shift)),
        ctx({ now: () => NOW, fetch, limiter: createProbeLimiter() }),
      );
      expect(response.status).toBe(status);
      if (status === 400) {
        const { error } = ProbeErrorSchema.parse(await response.json());
        expect(error.code).toBe(code);
        expect(error.message, 'the refusal names the skew').toContain(named);
        expect(error.serverTime, 'and carries the server’s time').toBe(NOW);
        expect(calls, 'nothing reached Kraken').toEqual([]);
      } else {
        expect(calls.length).toBeGreaterThan(0);
      }
    },
  );
});

describe('handleProbe and the client', () => {
  it('refuses with 503 when the client address cannot be known, relaying nothing', async () => {
    const fetch = vi.fn(krakenOk);
    const response = await handleProbe(
      post(batch),
      ctx({ client: { ok: false, reason: 'no peer' }, fetch }),
    );
    expect(response.status).toBe(503);
    expect((await response.json()) as unknown).toMatchObject({
      error: { status: 503, code: 'client-unknown' },
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('stops relaying a batch once its client disconnects', async () => {
    const controller = new AbortController();
    const methods: string[] = [];
    const fetch = ((url: string, init?: RequestInit) => {
      methods.push(url.split('/').pop() ?? '');
      // The page goes away while Kraken answers the second call.
      if (methods.length === 2) controller.abort();
      return new Promise<Response>((resolve, reject) => {
        if (init?.signal?.aborted) reject(new DOMException('gone', 'AbortError'));
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('gone', 'AbortError')),
        );
        setTimeout(() => resolve(new Response('{"error":[],"result":{}}')), 5);
      });
    }) as typeof globalThis.fetch;
    const request = new Request(URL_, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(batch),
      signal: controller.signal,
    });
    const fresh = await buildProbeBatch({ apiKey: API_KEY, privateKey: PRIVATE_KEY });
    const answer = await handleProbe(
      new Request(request, { body: JSON.stringify(fresh) }),
      ctx({ fetch, limiter: createProbeLimiter() }),
    );
    // GetApiKeyInfo's empty result sends the relay on to the probes; the page leaves during
    // the first of them.
    expect(methods, 'not one call after the client left').toEqual(['GetApiKeyInfo', 'Balance']);
    expect(answer.status).toBe(200);
  });

  it('refuses a private key under another field name, with no echo', async () => {
    const response = await handleProbe(post({ ...batch, note: PRIVATE_KEY }), ctx());
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'private-key-sent' } });
    expect(text).not.toContain(PRIVATE_KEY.slice(0, 10));
  });
});
