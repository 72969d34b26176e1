import { describe, expect, it } from 'vitest';
import { PROBE_PATH, runLiveCheck } from './run-live-check';
import { createNonceClock } from '../../lib/kraken/clock';
import { handleProbe } from '../../lib/http/probe-handler';
import { createProbeLimiter } from '../../lib/ratelimit/probe-limits';
import { announce, summarizeChecks } from './summary';
import type { LiveAbout } from '../../lib/kraken/live-about';
import type { Check } from '../../lib/rules/check';
import { EN_UI } from '../../lib/messages/en/ui';
import { LIVE_WORDS } from '../../lib/messages/en/live-words';
import { ID_UI } from '../../lib/messages/id/ui';
import { ID_LIVE_WORDS } from '../../lib/messages/id/live-words';

const EN_RUN = { ui: LIVE_WORDS.ui, lang: 'en' };
const ID_RUN = { ui: ID_LIVE_WORDS.ui, lang: 'id' };
const EN_LANG = { words: LIVE_WORDS, ui: EN_UI };
const ID_LANG = { words: ID_LIVE_WORDS, ui: ID_UI };

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
      ...EN_RUN,
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
    const base = {
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro' as const,
      ...EN_RUN,
      fetch,
    };
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
      const outcome = await runLiveCheck({ apiKey, privateKey, form: 'pro', ...EN_RUN, fetch });
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
      ...EN_RUN,
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
      ...EN_RUN,
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
      ...EN_RUN,
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
      ...EN_RUN,
      fetch,
    });
    expect(outcome.kind === 'refused' && outcome.message).toMatch(/^Kraken did not answer/);
  });
});

describe('runLiveCheck with a device clock that is off', () => {
  const SERVER_NOW = 1_750_000_000_000;

  /** This site's real relay in process, its clock at SERVER_NOW; Kraken answers every call. */
  function relay() {
    const sent: string[] = [];
    const limiter = createProbeLimiter();
    const kraken = (() =>
      Promise.resolve(new Response('{"error":[],"result":{}}'))) as typeof globalThis.fetch;
    const fetch = (async (url: string, init?: RequestInit) => {
      sent.push(String(init?.body));
      const response = await handleProbe(
        new Request(`https://site.example${url}`, {
          method: 'POST',
          headers: init?.headers ?? {},
          body: init?.body ?? null,
        }),
        {
          client: { ok: true, address: '192.0.2.1', bucket: '192.0.2.1' },
          env: { krakenApiUrl: 'http://127.0.0.1:9', egressIps: [] },
          now: () => SERVER_NOW,
          fetch: kraken,
          limiter,
        },
      );
      const headers = new Headers(response.headers);
      headers.set('Date', new Date(SERVER_NOW).toUTCString());
      return new Response(response.body, { status: response.status, headers });
    }) as typeof globalThis.fetch;
    return { sent, fetch };
  }

  const nonces = (body: string | undefined) =>
    (JSON.parse(body ?? '{}') as { requests: { nonce: string }[] }).requests.map((r) =>
      Number(r.nonce),
    );

  it('a device clock 2 h ahead: refused once, re-signed with the server’s time, checked, and told', async () => {
    const device = () => SERVER_NOW + 7_200_000;
    const { sent, fetch } = relay();
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      ...EN_RUN,
      fetch,
      now: device,
      clock: createNonceClock(device),
    });
    expect(outcome.kind, JSON.stringify(outcome).slice(0, 300)).toBe('checks');
    expect(sent, 'one refusal, one retry').toHaveLength(2);
    const [first, second] = [nonces(sent[0]), nonces(sent[1])];
    expect(first[0]).toBeGreaterThanOrEqual(SERVER_NOW + 7_200_000);
    // The retry is signed with the server's time (Date has whole seconds) in milliseconds,
    // strictly increasing.
    expect(Math.abs((second[0] ?? 0) - SERVER_NOW)).toBeLessThan(60_000);
    expect(second).toEqual([...second].sort((a, b) => a - b));
    expect(new Set(second).size).toBe(second.length);
    expect(outcome.kind === 'checks' && outcome.clockNote).toMatch(
      /about 2 hours ahead of this site’s server/,
    );
  });

  it('the next check in the same page signs with the corrected clock at once', async () => {
    const device = () => SERVER_NOW + 7_200_000;
    const clock = createNonceClock(device);
    const first = relay();
    await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      ...EN_RUN,
      fetch: first.fetch,
      now: device,
      clock,
    });
    const again = relay();
    const other = 'B'.repeat(56);
    const outcome = await runLiveCheck({
      apiKey: other,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      ...EN_RUN,
      fetch: again.fetch,
      now: device,
      clock,
    });
    expect(outcome.kind).toBe('checks');
    expect(again.sent, 'no refusal this time').toHaveLength(1);
    const previous = Math.max(...nonces(first.sent[1]));
    expect(Math.min(...nonces(again.sent[0])), 'still above every nonce sent').toBeGreaterThan(
      previous,
    );
    expect(outcome.kind === 'checks' && outcome.clockNote).toMatch(/server’s time instead/);
  });

  it('a device clock 30 s ahead is accepted as it is, with a note', async () => {
    const device = () => SERVER_NOW + 30_000;
    const { sent, fetch } = relay();
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      ...EN_RUN,
      fetch,
      now: device,
      clock: createNonceClock(device),
    });
    expect(outcome.kind).toBe('checks');
    expect(sent, 'no refusal, no retry').toHaveLength(1);
    expect(outcome.kind === 'checks' && outcome.clockNote).toMatch(/about 30 seconds ahead/);
  });

  it('a device clock 10 minutes behind: checked at once, and told', async () => {
    const device = () => SERVER_NOW - 600_000;
    const { sent, fetch } = relay();
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      ...EN_RUN,
      fetch,
      now: device,
      clock: createNonceClock(device),
    });
    expect(sent).toHaveLength(1);
    expect(outcome.kind === 'checks' && outcome.clockNote).toMatch(/about 10 minutes behind/);
  });
});

describe('summarizeChecks', () => {
  const about = (extra: Partial<LiveAbout> = {}): LiveAbout => ({
    checkedWith: 'GetApiKeyInfo',
    calls: 1,
    ...extra,
  });
  const warn = (id: string, title = id): Check => ({ ...pass(id), status: 'warn', title });
  it.each([
    {
      checks: [pass('live.auth')],
      about: null,
      title: 'Kraken confirms every permission the service needs',
    },
    {
      checks: [pass('live.auth'), warn('live.trades_close')],
      about: null,
      title: 'Nothing to fix; 1 warning to read',
    },
    {
      checks: [{ ...pass('live.websocket'), status: 'fail' as const }],
      about: null,
      title: 'Kraken shows 1 thing to fix',
    },
    // The headline follows the codes, whatever the check's title says.
    {
      checks: [warn('live.kraken', 'anything')],
      about: about({ stop: { code: 'no-answer' } }),
      title: 'Kraken did not answer',
    },
    {
      checks: [warn('live.kraken', 'Kraken did not answer')],
      about: about({ stop: { code: 'unavailable', error: 'EService:Busy' } }),
      title: 'Kraken did not answer',
    },
    {
      checks: [warn('live.kraken', 'Kraken did not answer')],
      about: about({ stop: { code: 'rate-limited', error: 'EAuth:Rate limit exceeded' } }),
      title: 'Kraken stopped the check',
    },
    {
      checks: [warn('live.kraken')],
      about: about({ stop: { code: 'unknown', error: 'EFoo:Bar' } }),
      title: 'Kraken stopped the check',
    },
    {
      checks: [{ ...pass('live.kraken'), status: 'fail' as const }],
      about: about({ stop: { code: 'account', error: 'EAuth:Account unconfirmed' } }),
      title: 'Kraken shows 1 thing to fix',
    },
    {
      checks: [warn('live.access', 'Access from this site')],
      about: about({ checkedWith: 'probes', calls: 9 }),
      title: 'Kraken refused every call',
    },
    {
      checks: [warn('live.access', 'Every call refused')],
      about: about(),
      title: 'Kraken does not describe this key to this site',
    },
  ])('headlines $title', ({ checks, about, title }) => {
    expect(summarizeChecks(EN_LANG, checks, about).title).toBe(title);
  });

  it('announces the counts', () => {
    expect(
      announce(EN_LANG, {
        kind: 'checks',
        checks: [pass('live.auth')],
        egressIps: [],
        about: null,
      }),
    ).toBe('Live check: Kraken confirms every permission the service needs. 1 passed.');
  });

  it.each([
    [[pass('live.auth')], 'Kraken mengonfirmasi setiap izin (permission) yang dibutuhkan layanan'],
    [
      [{ ...pass('live.websocket'), status: 'fail' as const }],
      'Kraken menunjukkan 1 hal yang harus diperbaiki',
    ],
    [
      [pass('live.auth'), warn('live.trades_close')],
      'Tidak ada yang perlu diperbaiki; 1 peringatan untuk dibaca',
    ],
  ])('headlines in Indonesian: %#', (checks, title) => {
    expect(summarizeChecks(ID_LANG, checks, null).title).toBe(title);
  });

  it('announces in Indonesian', () => {
    expect(
      announce(ID_LANG, {
        kind: 'checks',
        checks: [pass('live.auth')],
        egressIps: [],
        about: null,
      }),
    ).toBe(
      'Pemeriksaan langsung: Kraken mengonfirmasi setiap izin (permission) yang dibutuhkan layanan. 1 lolos.',
    );
  });
});

describe('runLiveCheck in Indonesian', () => {
  it('asks the relay for Indonesian', async () => {
    const { sent, fetch } = recorder(() => json(200, { checks: [pass('live.auth')], calls: [] }));
    await runLiveCheck({ apiKey: API_KEY, privateKey: PRIVATE_KEY, form: 'pro', ...ID_RUN, fetch });
    expect(new Headers(sent[0]?.init?.headers).get('Accept-Language')).toBe('id');
  });

  it.each([
    { apiKey: '', privateKey: PRIVATE_KEY, message: /^Masukkan API key terlebih dahulu/ },
    { apiKey: API_KEY, privateKey: '', message: /^Masukkan private key terlebih dahulu/ },
    { apiKey: API_KEY, privateKey: 'bukan base64!', message: /bukan private key Kraken/ },
  ])(
    'sends nothing when the keys cannot sign ($message)',
    async ({ apiKey, privateKey, message }) => {
      const { sent, fetch } = recorder(() => json(200, {}));
      const outcome = await runLiveCheck({ apiKey, privateKey, form: 'pro', ...ID_RUN, fetch });
      expect(sent).toHaveLength(0);
      expect(outcome.kind === 'input' && outcome.message).toMatch(message);
    },
  );

  it.each([
    {
      name: 'a limit, worded by the relay in Indonesian',
      code: 'rate-limited-key',
      status: 429,
      message: 'Key ini baru saja diperiksa; coba lagi dalam 12 detik.',
      language: 'id',
      text: /^Terlalu banyak pemeriksaan\. Key ini baru saja diperiksa; coba lagi dalam 12 detik\.$/,
    },
    {
      name: 'a failure, worded by the relay in Indonesian',
      code: 'relay-failed',
      status: 502,
      message: 'Pemeriksaan tidak dapat berjalan; coba lagi dalam satu menit.',
      language: 'id',
      text: /^Kraken tidak menjawab\. Pemeriksaan tidak dapat berjalan/,
    },
    {
      name: 'the edge’s English (no Content-Language)',
      code: 'cross-origin',
      status: 403,
      message: 'This endpoint only answers pages of this site.',
      language: undefined,
      text: /^Server situs ini hanya menjawab halamannya sendiri; muat ulang halaman dan coba lagi\. \(kode: cross-origin\)$/,
    },
    {
      name: 'an answer in English though Indonesian was asked',
      code: 'something-new',
      status: 400,
      message: 'English words',
      language: 'en',
      text: /^Server situs ini menolak meneruskan pemeriksaan\. \(kode: something-new\)$/,
    },
  ])('shows $name', async ({ code, status, message, language, text }) => {
    const { fetch } = recorder(() =>
      json(
        status,
        { error: { status, message, code } },
        language ? { 'Content-Language': language } : {},
      ),
    );
    const outcome = await runLiveCheck({
      apiKey: API_KEY,
      privateKey: PRIVATE_KEY,
      form: 'pro',
      ...ID_RUN,
      fetch,
    });
    const shown = outcome.kind === 'refused' ? outcome.message : '';
    expect(shown).toMatch(text);
    expect(shown).not.toMatch(/English|This endpoint/);
  });
});
