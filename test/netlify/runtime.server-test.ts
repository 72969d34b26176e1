/**
 * What a deployment must serve, on whichever runtime SITE_RUNTIME names (README, Deployment):
 * the Node server (`npm run test:server`) and Netlify's own local runtime, `netlify serve
 * --offline` (`npm run test:netlify`). Every page and its security headers, every Markdown
 * twin with and without a question, the check API with good and bad input, the probe relay
 * against the fake Kraken (one GetApiKeyInfo call, no IBAN reaching the page), the
 * no-JavaScript result page, and the relay's per-client limit by the runtime's own idea of
 * the client address. Over-long and control-character questions and the question limit are
 * in test/ask/http.server-test.ts, which runs on both runtimes too.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { REQUIRED_PERMISSIONS } from '../../src/lib/rules/permissions';
import { demoPair, DEMO_CONFIGS, REQUIRED } from '../fake-kraken/demo-keys.ts';
import { stackShape } from '../hostile/support/assertions';
import { siteRuntime, startSiteWithFake, type SiteWithFake } from '../hostile/support/site';
import { requestFrom } from './support/http';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where this runtime's static pages were built. */
const CLIENT_DIR =
  siteRuntime() === 'netlify' ? join(root, 'dist-netlify') : join(root, 'dist', 'client');
const PROBE_LIMIT = 2;

function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory() && !['_astro', 'pagefind'].includes(entry.name)) walk(path);
      else if (entry.name === 'index.html') {
        const rel = relative(dir, at).split(sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

const PAGES = builtPages(CLIENT_DIR);
const TWINS = PAGES.map((p) => (p === '/' ? '/index.md' : `${p.replace(/\/$/, '')}.md`));
const GUIDE = {
  form: 'pro',
  permissions: [...REQUIRED_PERMISSIONS],
  nonceWindow: '2 000 000',
  serviceRange: '192.0.2.0/24',
  ipAllowlist: '192.0.2.0/25, 192.0.2.128/25',
  apiKey: 'EXAMPLEkey'.padEnd(56, 'A'),
};

let running: SiteWithFake;
const get = (path: string, init?: RequestInit) => fetch(`${running.site.url}${path}`, init);

beforeAll(async () => {
  running = await startSiteWithFake({
    keys: DEMO_CONFIGS,
    env: { PROBE_CLIENT_LIMIT: String(PROBE_LIMIT), PROBE_EGRESS_IPS: '198.51.100.7' },
  });
}, 400_000);
afterAll(async () => {
  await running?.stop();
});

/** Pages allow their own origin; every other answer (Markdown, JSON) allows nothing. */
function expectSecurityHeaders(headers: Headers, what: string): void {
  const html = (headers.get('content-type') ?? '').startsWith('text/html');
  expect(headers.get('content-security-policy'), `${what}: CSP`).toMatch(
    html ? /default-src 'self'/ : /default-src 'none'/,
  );
  expect(
    headers.get('content-security-policy'),
    `${what}: no inline script by default`,
  ).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
}

describe(`the site on the ${siteRuntime()} runtime`, () => {
  it('finds the built pages', () => {
    expect(PAGES).toContain('/');
    expect(PAGES).toContain('/exchange/kraken/key-checker/');
    expect(PAGES.length).toBeGreaterThanOrEqual(7);
  });

  it('serves every page as HTML with its security headers', async () => {
    for (const page of PAGES) {
      const res = await get(page);
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type'), page).toMatch(/^text\/html/);
      expectSecurityHeaders(res.headers, page);
      expect(await res.text(), page).toMatch(/^<!DOCTYPE html>/i);
    }
  });

  it('serves the figures pre-built, never through an on-demand image endpoint', async () => {
    const html = await (await get('/exchange/kraken/pro/')).text();
    const sources = [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sources.length).toBeGreaterThan(5);
    for (const src of sources) expect(src).toMatch(/^\/_astro\//);
    const figure = await get(sources[0]!);
    expect(figure.status).toBe(200);
    // Astro's endpoint, asked directly, transforms nothing.
    const image = await get(`/_image?href=${encodeURIComponent(sources[0]!)}&w=1280&f=avif&q=100`);
    // (Netlify's CLI follows a function's 404 with its own page, so only the status and that
    // no picture came back are the same on both runtimes.)
    expect(image.status).toBe(404);
    expect(image.headers.get('content-type') ?? '').not.toMatch(/^image\//);
  });

  it('serves every Markdown twin, and answers a question asked of each in Markdown', async () => {
    for (const twin of TWINS) {
      const plain = await get(twin);
      expect(plain.status, twin).toBe(200);
      expect(plain.headers.get('content-type'), twin).toMatch(/^text\/markdown/);
      expect(await plain.text(), twin).toMatch(/^# /);
      // Each twin is asked in its page's language, and answers in it.
      const id = twin === '/id.md' || twin.startsWith('/id/');
      const question = id ? 'nonce+window+isi+berapa' : 'Which+nonce+window+should+I+set%3F';
      const asked = await get(`${twin}?ask=${question}`);
      expect(asked.status, `${twin}?ask=`).toBe(200);
      expect(asked.headers.get('content-type'), `${twin}?ask=`).toBe(
        'text/markdown; charset=utf-8',
      );
      expectSecurityHeaders(asked.headers, `${twin}?ask=`);
      expect(await asked.text(), `${twin}?ask=`).toMatch(
        id ? /^# Jawaban\n[\s\S]*2000000/ : /^# Answer\n[\s\S]*2000000/,
      );
    }
  });

  it.each([
    ['/no-such-page.md?ask=What+nonce+window', 404, /^# No such page/],
    ['/exchange/no-such-guide.md?ask=What+nonce+window', 404, /^# No such page/],
    ['/exchange/kraken.md?ask=' + 'a'.repeat(501), 400, /at most 500/],
    ['/exchange/kraken.md?ask=nonce%09window', 400, /control characters/],
    ['/exchange/kraken.md?ask=nonce&goal=' + 'g'.repeat(501), 400, /`goal` is 501 characters/],
  ])('%s → %i in Markdown, never the platform’s HTML', async (path, status, body) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await res.text()).toMatch(body);
  });

  it('answers the check API, with the guide’s configuration passing', async () => {
    const res = await get('/api/kraken/check', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(GUIDE),
    });
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers, 'check API');
    const { checks } = (await res.json()) as { checks: { id: string; status: string }[] };
    const status = Object.fromEntries(checks.map((c) => [c.id, c.status]));
    expect(status['nonce-window']).toBe('pass');
    expect(status['ip.allowlist']).toBe('pass');
    for (const name of REQUIRED_PERMISSIONS)
      expect(status[`permission.${name}`], name).toBe('pass');
  });

  it.each([
    ['broken JSON', 'application/json', '{"form": ', 400],
    ['the wrong type', 'text/plain', JSON.stringify(GUIDE), 415],
    ['a wrong value', 'application/json', JSON.stringify({ ...GUIDE, form: 'neither' }), 400],
    [
      'a private key',
      'application/json',
      JSON.stringify({ ...GUIDE, privateKey: 'EXAMPLEprivate'.padEnd(86, 'B') + '==' }),
      400,
    ],
  ])('refuses %s with a clear JSON error, no stack trace', async (_what, type, body, status) => {
    const res = await get('/api/kraken/check', {
      method: 'POST',
      headers: { 'Content-Type': type },
      body,
    });
    expect(res.status).toBe(status);
    const text = await res.text();
    expect(stackShape(text)).toBeNull();
    const parsed = JSON.parse(text) as { error: { code: string; message: string } };
    expect(parsed.error.code).toMatch(/^[a-z-]+$/);
    expect(parsed.error.message.length).toBeGreaterThan(10);
    expect(text).not.toContain('EXAMPLEprivate');
  });

  it('serves the no-JavaScript result page for a posted form', async () => {
    const form = new URLSearchParams({
      form: 'pro',
      nonceWindow: '2000000',
      serviceRange: '192.0.2.0/24',
      ipAllowlist: '192.0.2.0/24',
    });
    for (const permission of REQUIRED_PERMISSIONS) form.append('permissions', permission);
    form.append('permissions', 'funds_withdraw');
    const res = await get('/exchange/kraken/key-checker/result/', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: running.site.url },
      body: form.toString(),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(res.headers, 'result page');
    const html = await res.text();
    expect(html).toContain('Key checker results');
    expect(html).toMatch(/data-check="permission\.funds_withdraw" data-status="fail"/);
    expect(html).toMatch(/data-check="nonce-window" data-status="pass"/);
  });

  it('relays a live check to the fake Kraken: one GetApiKeyInfo call, no IBAN on the page', async () => {
    const pair = demoPair('correct');
    running.fake.clearRequests();
    const res = await get('/api/kraken/probe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(await buildProbeBatch(pair)),
    });
    const text = await res.text();
    expect(res.status, text.slice(0, 200)).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const calls = running.fake.requests.filter((r) => r.headers['api-key'] === pair.apiKey);
    expect(
      calls.map((c) => c.method),
      'exactly one call, GetApiKeyInfo',
    ).toEqual(['GetApiKeyInfo']);
    expect(text.toLowerCase(), 'the IBAN never reaches the page').not.toContain('iban');
    expect(text).not.toContain('AA12 3456');
    expect(text, 'the API key is not echoed').not.toContain(pair.apiKey);
    expect(text, 'the fake’s answer was read').toContain('GetApiKeyInfo');
  });

  it(`limits the relay per client address (${PROBE_LIMIT} batches here), as the runtime sees the client`, async () => {
    const batch = async (name: string) => {
      const pair = demoPair(`limit-${name}`);
      running.fake.addKey({ ...pair, permissions: REQUIRED });
      return JSON.stringify(await buildProbeBatch(pair));
    };
    const post = async (from: string, name: string) =>
      requestFrom(from, `${running.site.url}/api/kraken/probe`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: await batch(name),
      });
    // 127.0.0.1 spent one batch above; one more is allowed, the next refused.
    expect((await post('127.0.0.1', 'a')).status).toBe(200);
    const refused = await post('127.0.0.1', 'b');
    expect(refused.status, refused.text.slice(0, 200)).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: 'rate-limited-client' } });
    // Another address has its own budget.
    const other = await post('127.0.0.2', 'c');
    expect(other.status, other.text.slice(0, 200)).toBe(200);
  });
});
