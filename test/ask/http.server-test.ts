/**
 * `<page>.md?ask=` against the built site on loopback, on either runtime (SITE_RUNTIME: the
 * Node server, or Netlify's local runtime): the routing of the twin URLs, the answer, HEAD, the errors, and the per-address
 * limit (set low here with ASK_CLIENT_LIMIT). Build first (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite } from '../../bench/lib/server.mjs';
import { siteRuntime, startSiteUnderTest } from '../hostile/support/site';

const LIMIT = 25;
let site: { url: string; stop(): Promise<void> };

beforeAll(async () => {
  site = await startSiteUnderTest({ env: { ASK_CLIENT_LIMIT: String(LIMIT) } });
}, 400_000);
afterAll(async () => {
  await site?.stop();
});

const get = (path: string, init?: RequestInit) => fetch(`${site.url}${path}`, init);

describe('?ask= on the production server', () => {
  it('answers the nonce window question with 2000000 and a link to the step', async () => {
    const res = await get('/exchange/kraken.md?ask=What+nonce+window+should+I+set%3F');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('cache-control')).toMatch(/^public\b/);
    const md = await res.text();
    const answer = md.slice(0, md.indexOf('## Excerpts'));
    expect(answer).toContain('2000000');
    expect(answer).toMatch(
      /\]\(https?:\/\/[^)]+\/exchange\/kraken\/(pro\/#enable-custom-nonce-window|classic\/#name-your-key)\)/,
    );
  });

  it('answers on every twin, with goal', async () => {
    for (const twin of ['/index.md', '/exchange/kraken/classic.md', '/reference/check-api.md']) {
      const res = await get(`${twin}?ask=Which+permissions+do+I+need%3F&goal=Kraken+Classic`);
      expect(res.status, twin).toBe(200);
      expect(await res.text(), twin).toContain('/exchange/kraken/classic/#select-permissions');
    }
  });

  it('an Indonesian twin answers in Indonesian, from the Indonesian sections', async () => {
    const res = await get(
      `/id/exchange/kraken.md?ask=${encodeURIComponent('perlu nggak aktifin earn?')}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const md = await res.text();
    expect(md).toMatch(/^# Jawaban\n\nTidak: biarkan \*\*Earn\*\* nonaktif/);
    expect(md).toContain('## Kutipan');
    expect(md).toContain('## Sumber');
    const links = [...md.matchAll(/\]\((https?:\/\/[^)]+)\)/g)].map((m) => new URL(m[1]!).pathname);
    expect(links.length).toBeGreaterThan(0);
    for (const path of links) expect(path).toMatch(/^\/id\//);
    // The Indonesian home's twin is /id.md: Indonesian too.
    const home = await get(`/id.md?ask=${encodeURIComponent('nonce window isi berapa')}`);
    expect(home.status).toBe(200);
    expect(await home.text()).toMatch(/^# Jawaban\n[\s\S]*2000000/);
    const missing = await get(`/id/nope.md?ask=${encodeURIComponent('nonce window berapa')}`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toMatch(/^# Halaman tidak ada/);
  });

  it('HEAD answers like GET, without a body', async () => {
    const res = await get('/exchange/kraken.md?ask=What+nonce+window+should+I+set%3F', {
      method: 'HEAD',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await res.text()).toBe('');
  });

  it('without ask, or with it empty, the twin is served as before', async () => {
    const plain = await (await get('/exchange/kraken.md')).text();
    expect(plain).toMatch(/^# Kraken\n/);
    expect(plain).toContain('?ask=<question>&goal=<endgoal>');
    for (const query of ['?ask=', '?goal=x', '?foo=bar']) {
      const res = await get(`/exchange/kraken.md${query}`);
      expect(res.status, query).toBe(200);
      expect(await res.text(), query).toBe(plain);
    }
  });

  it.each([
    ['/exchange/kraken.md?ask=' + 'a'.repeat(501), 400, /at most 500/],
    ['/exchange/kraken.md?ask=what%0Anonce', 400, /control characters/],
    ['/nope.md?ask=What+nonce+window', 404, /not a page of this documentation/],
    ['/%5Bclick%5D(https:evil.example)/x.md?ask=What+nonce', 404, /not a page/],
  ])('%s → %i in Markdown, not cached', async (path, status, message) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const md = await res.text();
    expect(md).toMatch(message);
    // The path is the client's: never echoed, Markdown links included.
    if (status === 404) {
      expect(md).not.toMatch(/nope|evil\.example|\[click\]/);
    }
  });

  // TRUSTED_PROXIES is the Node server's setting; on Netlify the platform names the client.
  it.skipIf(siteRuntime() === 'netlify')(
    'a client whose address cannot be known (a trusted proxy sends no X-Forwarded-For): 503, not cached',
    async () => {
      const proxied = await startSite({ env: { TRUSTED_PROXIES: '127.0.0.1, ::1' } });
      try {
        const res = await fetch(`${proxied.url}/exchange/kraken.md?ask=What+nonce+window`);
        expect(res.status).toBe(503);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(await res.text()).toMatch(/could not tell which address/);
      } finally {
        await proxied.stop();
      }
    },
  );

  it('llms.txt says how to ask', async () => {
    const text = await (await get('/llms.txt')).text();
    expect(text).toContain('## Querying This Documentation');
    expect(text).toMatch(/\.md\?ask=<question>&goal=<endgoal>/);
  });

  // Last: it spends what is left of this address's questions.
  it(`limits each address to ${LIMIT} questions a minute: 429 with Retry-After`, async () => {
    // In bursts of the limit plus one, each all at once so that it falls in one window however
    // slow each answer is (Netlify's local runtime starts a worker per request). A burst may
    // straddle the end of a window; the next one then lands whole in the new window.
    let limited: Response | undefined;
    for (let burst = 0; burst < 3 && !limited; burst += 1) {
      const answers = await Promise.all(
        Array.from({ length: LIMIT + 1 }, () => get('/exchange/kraken.md?ask=What+nonce+window')),
      );
      limited = answers.find((res) => res.status === 429);
      await Promise.all(answers.filter((res) => res !== limited).map((res) => res.arrayBuffer()));
    }
    expect(limited, 'a 429 once the limit is spent').toBeDefined();
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited!.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(limited!.headers.get('cache-control')).toBe('no-store');
    expect(await limited!.text()).toMatch(/^# Too many questions/);
  });
});
