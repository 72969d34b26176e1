import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from '../ratelimit/memory';
import { fixtureIndexes } from './fixture-id';
import { handleAsk, JSON_PAGE, MAX_QUESTION_CHARS, type AskDeps, type AskJson } from './http';
import type { AskIndexes } from './search-index';
import type { ClientAddress } from '../security/client-address.js';

let indexes: AskIndexes;
beforeAll(async () => {
  indexes = await fixtureIndexes();
});
afterEach(() => vi.restoreAllMocks());

const deps = (over: Partial<AskDeps> = {}): AskDeps => ({
  index: () => Promise.resolve(indexes),
  store: createMemoryStore(),
  limit: { limit: 100, windowMs: 60_000 },
  now: () => 1_000_000,
  ...over,
});

const get = (page: string, query: Record<string, string>, method = 'GET') =>
  new Request(`https://docs.example/api/ask/${page}?${new URLSearchParams(query)}`, { method });

const PAGE = 'exchange/kraken/pro.md';

/** A client whose address is known, counted under its own bucket. */
const client = (address: string): ClientAddress => ({ ok: true, address, bucket: address });

describe('handleAsk: answers', () => {
  it('answers in Markdown, cacheable, with the value and a link to the step', async () => {
    const res = await handleAsk(
      get(PAGE, { ask: 'What nonce window should I set?' }),
      PAGE,
      client('192.0.2.1'),
      deps(),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/^public\b/);
    const md = await res.text();
    expect(md).toMatch(/^# Answer\n/);
    expect(md).toContain('2000000');
    expect(md).toContain('https://docs.example/exchange/kraken/pro/#enable-custom-nonce-window');
    expect(md).toContain('## Excerpts');
    expect(md).toContain('## Sources');
  });

  it('HEAD answers the same status and headers without a body', async () => {
    const q = { ask: 'What nonce window should I set?' };
    const [g, h] = await Promise.all([
      handleAsk(get(PAGE, q), PAGE, client('a'), deps()),
      handleAsk(get(PAGE, q, 'HEAD'), PAGE, client('a'), deps()),
    ]);
    expect(h.status).toBe(g.status);
    expect(h.headers.get('content-type')).toBe(g.headers.get('content-type'));
    expect(await h.text()).toBe('');
  });

  it('answers the search dialog in JSON, with a site-relative link and plain text', async () => {
    const res = await handleAsk(
      get(JSON_PAGE, { ask: 'What nonce window should I set?' }),
      JSON_PAGE,
      client('a'),
      deps(),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const body = (await res.json()) as AskJson;
    expect(body.found).toBe(true);
    expect(body.answer).toContain('2000000');
    expect(body.answer).not.toMatch(/[`*]/);
    expect(body.source?.path).toBe('/exchange/kraken/pro/#enable-custom-nonce-window');
  });

  it('says so in JSON when nothing answers', async () => {
    const res = await handleAsk(
      get(JSON_PAGE, { ask: 'How do I bake bread?' }),
      JSON_PAGE,
      client('a'),
      deps(),
    );
    const body = (await res.json()) as AskJson;
    expect(body).toMatchObject({ found: false, answer: null, source: null });
    expect(body.closest.length).toBeGreaterThan(0);
  });

  it('an empty ask sends the twin itself', async () => {
    for (const ask of ['', '   ']) {
      const res = await handleAsk(get(PAGE, { ask }), PAGE, client('a'), deps());
      expect(res.status).toBe(307);
      expect(res.headers.get('location')).toBe('/exchange/kraken/pro.md');
    }
  });
});

describe('handleAsk: bad input says why, in Markdown', () => {
  const long = 'a'.repeat(MAX_QUESTION_CHARS + 1);
  it.each([
    ['a question over 500 characters', PAGE, { ask: long }, 400, /at most 500/],
    [
      'a goal over 500 characters',
      PAGE,
      { ask: 'What nonce window?', goal: long },
      400,
      /`goal` is 501/,
    ],
    ['a line break', PAGE, { ask: 'What nonce\nwindow?' }, 400, /control characters/],
    ['a tab', PAGE, { ask: 'What\tnonce window?' }, 400, /control characters/],
    ['a NUL', PAGE, { ask: 'What\u0000nonce?' }, 400, /control characters/],
    ['DEL', PAGE, { ask: 'What\u007fnonce?' }, 400, /control characters/],
    ['a C1 control', PAGE, { ask: 'What\u0085nonce?' }, 400, /control characters/],
    [
      'a control character in the goal',
      PAGE,
      { ask: 'What nonce?', goal: 'a\rb' },
      400,
      /`goal` contains/,
    ],
    [
      'an unknown page',
      'nope.md',
      { ask: 'What nonce window?' },
      404,
      /not a page of this documentation/,
    ],
    [
      'a page that is not a twin',
      'exchange/kraken/pro/',
      { ask: 'What nonce window?' },
      404,
      /not a page/,
    ],
    ['no question for the dialog', JSON_PAGE, { ask: '' }, 400, /`ask` parameter/],
    [
      'an unknown page named like a Markdown link',
      '[click](https:evil.example)/x.md',
      { ask: 'What nonce window?' },
      404,
      /not a page/,
    ],
  ])('%s', async (_name, page, query, status, message) => {
    const res = await handleAsk(get(page, query), page, client('a'), deps());
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    // An error is about this request: no cache may keep it for another.
    expect(res.headers.get('cache-control')).toBe('no-store');
    const md = await res.text();
    expect(md).toMatch(/^# \S/);
    expect(md).toMatch(message);
    // Nothing the client sent comes back.
    if (status === 404) expect(md).not.toContain(page);
  });

  it('500 characters exactly are answered (counted as characters, not bytes)', async () => {
    const ask = `What nonce window ${'é'.repeat(MAX_QUESTION_CHARS - 18)}`;
    expect([...ask]).toHaveLength(MAX_QUESTION_CHARS);
    const res = await handleAsk(get(PAGE, { ask }), PAGE, client('a'), deps());
    expect(res.status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE'])('%s is refused with Allow', async (method) => {
    const res = await handleAsk(
      new Request(`https://docs.example/api/ask/${PAGE}?ask=x`, { method }),
      PAGE,
      client('a'),
      deps(),
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('without an index (not built) answers 503 in Markdown', async () => {
    const res = await handleAsk(
      get(PAGE, { ask: 'What nonce window?' }),
      PAGE,
      client('a'),
      deps({ index: () => Promise.reject(new Error('none')) }),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toMatch(/npm run build/);
  });
});

describe('handleAsk: the per-address limit', () => {
  it('refuses with 503 in Markdown when the client address cannot be known, never a shared bucket', async () => {
    const res = await handleAsk(
      get(PAGE, { ask: 'What nonce window?' }),
      PAGE,
      { ok: false, reason: 'no peer' },
      deps(),
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toMatch(/could not tell which address/);
  });

  it('answers 429 with Retry-After past the limit, per address, and not cached', async () => {
    const d = deps({ limit: { limit: 2, windowMs: 60_000 } });
    const ask = () =>
      handleAsk(get(PAGE, { ask: 'What nonce window?' }), PAGE, client('192.0.2.7'), d);
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(200);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect(limited.headers.get('cache-control')).toBe('no-store');
    expect(await limited.text()).toMatch(/^# Too many questions\n\n.*Wait 60 s/);
    const other = await handleAsk(
      get(PAGE, { ask: 'What nonce window?' }),
      PAGE,
      client('192.0.2.8'),
      d,
    );
    expect(other.status).toBe(200);
  });
});

describe('handleAsk: questions are never logged', () => {
  it('writes nothing to the console, whatever the outcome', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi.spyOn(console, m),
    );
    const secret = 'What nonce window for secret-question-7f3a?';
    for (const [page, query] of [
      [PAGE, { ask: secret }],
      [JSON_PAGE, { ask: secret }],
      ['nope.md', { ask: secret }],
      [PAGE, { ask: `${secret}\n` }],
    ] as const) {
      await handleAsk(get(page, query), page, client('a'), deps());
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});
