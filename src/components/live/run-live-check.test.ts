import { describe, expect, it } from 'vitest';
import { PROBE_PATH, runLiveCheck } from './run-live-check';
import { announce, summarizeChecks } from './summary';
import type { Check } from '../../lib/rules/check';

const API_KEY = 'A'.repeat(56);
const PRIVATE_KEY = btoa(String.fromCharCode(...Array.from({ length: 64 }, (_, i) => i + 1)));

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function recorder(answer: () => Response | Promise<Response>) {
  const sent: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = (async (url: string, init?: RequestInit) => {
    sent.push({ url, init });
    return answer();
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

const pass = (id: string): Check => ({
  id,
  status: 'pass',
  title: id,
  detail: '',
  fix: null,
  step: null,
  section: 'live',
  stepKey: null,
});

describe('runLiveCheck', () => {
  it('posts the API key and signatures only, never the private key', async () => {
    const { sent, fetch } = recorder(() => json(200, { checks: [pass('live.auth')], calls: [] }));
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      fetch,
    });
    expect(outcome).toEqual({
      kind: 'checks',
      checks: [pass('live.auth')],
      egressIps: [],
      about: null,
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(PROBE_PATH);
    const body = String(sent[0]?.init?.body);
    expect(body).toContain(API_KEY);
    expect(body).not.toContain(PRIVATE_KEY);
    const requests = JSON.parse(body).requests as { method: string }[];
    expect(requests).toHaveLength(9);
    expect(requests[0]?.method).toBe('GetApiKeyInfo');
  });

  it('sends the service’s range the page knows, and nothing when it knows none', async () => {
    const { sent, fetch } = recorder(() => json(200, { checks: [], calls: [] }));
    const base = { apiKey: API_KEY, privateKey: PRIVATE_KEY, form: 'pro' as const, fetch };
    await runLiveCheck({ ...base, serviceRange: ' 192.0.2.0/24 ' });
    await runLiveCheck({ ...base, serviceRange: '' });
    const bodies = sent.map((s) => JSON.parse(String(s.init?.body)) as { serviceRange?: string });
    expect(bodies.map((b) => b.serviceRange)).toEqual(['192.0.2.0/24', undefined]);
  });

  it.each([
    { apiKey: '', privateKey: PRIVATE_KEY, message: /API key first/ },
    { apiKey: API_KEY, privateKey: '', message: /private key first/ },
    { apiKey: API_KEY, privateKey: 'not base64!', message: /not a Kraken private key/ },
    { apiKey: API_KEY, privateKey: btoa('short'), message: /not a Kraken private key/ },
  ])(
    'sends nothing when the keys cannot sign ($message)',
    async ({ apiKey, privateKey, message }) => {
      const { sent, fetch } = recorder(() => json(200, {}));
      const outcome = await runLiveCheck({ apiKey, privateKey, form: 'pro', fetch });
      expect(outcome.kind).toBe('input');
      expect(outcome.kind === 'input' && outcome.message).toMatch(message);
      expect(sent).toHaveLength(0);
    },
  );

  it.each([
    { status: 400, lead: /refused to forward the check: bad/ },
    { status: 403, lead: /only answers its own pages/ },
    { status: 413, lead: /too large/ },
    { status: 415, lead: /format/ },
    { status: 502, lead: /^Kraken did not answer: bad/ },
  ])('explains a $status from the relay', async ({ status, lead }) => {
    const { fetch } = recorder(() =>
      json(status, { error: { status, message: 'bad', code: 'x' } }),
    );
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      fetch,
    });
    expect(outcome.kind).toBe('refused');
    expect(outcome.kind === 'refused' && outcome.message).toMatch(lead);
  });

  it('reads Retry-After on a 429', async () => {
    const { fetch } = recorder(() =>
      json(
        429,
        { error: { status: 429, message: 'try again in 27 s.', code: 'rate-limited-key' } },
        { 'Retry-After': '27' },
      ),
    );
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      fetch,
    });
    expect(outcome).toMatchObject({ kind: 'refused', status: 429, retryAfterSeconds: 27 });
  });

  it('says the server could not be reached when the request fails', async () => {
    const { fetch } = recorder(() => Promise.reject(new TypeError('Failed to fetch')));
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      fetch,
    });
    expect(outcome).toEqual({
      kind: 'unreachable',
      message: 'This site’s server could not be reached. Check your connection and try again.',
    });
  });

  it('treats a 5xx without the relay’s error shape as Kraken not answering', async () => {
    const { fetch } = recorder(() => new Response('<html>', { status: 504 }));
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      fetch,
    });
    expect(outcome.kind === 'refused' && outcome.message).toMatch(/^Kraken did not answer/);
  });
});

describe('summarizeChecks', () => {
  it.each([
    { checks: [pass('live.auth')], title: 'Kraken confirms every permission the service needs' },
    {
      checks: [pass('live.auth'), { ...pass('live.trades_close'), status: 'warn' as const }],
      title: 'Nothing to fix; 1 warning to read',
    },
    {
      checks: [{ ...pass('live.websocket'), status: 'fail' as const }],
      title: 'Kraken shows 1 thing to fix',
    },
    {
      checks: [{ ...pass('live.kraken'), status: 'warn' as const, title: 'Kraken did not answer' }],
      title: 'Kraken did not answer',
    },
    {
      checks: [{ ...pass('live.access'), status: 'warn' as const }],
      title: 'Kraken refused every call',
    },
  ])('headlines $title', ({ checks, title }) => {
    expect(summarizeChecks(checks).title).toBe(title);
  });

  it('announces the counts', () => {
    expect(
      announce({ kind: 'checks', checks: [pass('live.auth')], egressIps: [], about: null }),
    ).toBe('Live check: Kraken confirms every permission the service needs. 1 passed.');
  });
});
