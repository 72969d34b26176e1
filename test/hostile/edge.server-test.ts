/**
 * The server's edge against the attacks it must withstand, on the production build:
 * the headers file under any spelling of its path, a client that stalls its headers, the
 * client address behind a proxy and on a direct connection, IPv6 rotation within a /64,
 * Strict-Transport-Security, and no plain-http link on any built page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProbeBatch } from '../../src/lib/kraken/probes';
import { demoPair, REQUIRED } from '../fake-kraken/demo-keys.ts';
import { rawRequest, requestHead } from './support/raw-http';
import { startSiteWithFake, type SiteWithFake } from './support/site';

let direct: SiteWithFake;
let proxied: SiteWithFake;
let serial = 0;

beforeAll(async () => {
  // One batch per client address, so that a second one tells whether two requests were
  // counted as the same client.
  [direct, proxied] = await Promise.all([
    startSiteWithFake({ env: { PROBE_CLIENT_LIMIT: '1', SITE_URL: 'https://guide.example' } }),
    startSiteWithFake({ env: { PROBE_CLIENT_LIMIT: '1', TRUSTED_PROXIES: '127.0.0.1, ::1' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

/** A fresh key the fake knows, signed now: a batch only the client limit can refuse. */
async function freshBatch(running: SiteWithFake): Promise<string> {
  const pair = demoPair(`edge-${serial++}`);
  running.fake.addKey({ ...pair, permissions: REQUIRED });
  return JSON.stringify(await buildProbeBatch(pair));
}

async function probe(
  running: SiteWithFake,
  headers: Record<string, string>,
): Promise<{ status: number; code: string | undefined }> {
  const response = await fetch(`${running.site.url}/api/kraken/probe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: await freshBatch(running),
  });
  const body = (await response.json()) as { error?: { code?: string } };
  return { status: response.status, code: body.error?.code };
}

describe('the headers file', () => {
  it.each([
    '/_headers',
    '/_headers/',
    '/_headers?x=1',
    '/_HEADERS',
    '/_Headers',
    '/%5fheaders',
    '/%5Fheaders',
    '/%5F%68%65%61%64%65%72%73',
    '/%255fheaders',
    '//_headers',
    '///_headers',
    '/./_headers',
    '/x/../_headers',
    '/%2e/_headers',
    '/x/%2e%2e/_headers',
    '/%2f_headers',
    '/%5c_headers',
    '/%',
  ])('is not served at %s', async (path) => {
    const answer = await rawRequest({
      port: direct.site.port,
      parts: [
        requestHead('GET', path, [
          ['Host', 'x'],
          ['Connection', 'close'],
        ]),
      ],
      timeoutMs: 5_000,
    });
    expect([400, 404], `${path}: ${answer.head.split('\r\n')[0] ?? ''}`).toContain(answer.status);
    expect(answer.body).not.toMatch(/Content-Security-Policy:|^\/\*/m);
  });
});

describe('slow clients', () => {
  it('closes a client that sends half its headers and stalls, about 10 s later', async () => {
    const answer = await rawRequest({
      port: direct.site.port,
      parts: ['GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ', { pauseMs: 20_000 }],
      timeoutMs: 12_500,
    });
    expect(answer.ended, 'closed (or answered 408) by the server, not left open').not.toBe(
      'timeout',
    );
  }, 20_000);
});

describe('who the client is', () => {
  it('ignores X-Forwarded-For on a direct connection: two "clients" are one', async () => {
    const first = await probe(direct, { 'X-Forwarded-For': '198.51.100.1' });
    const second = await probe(direct, { 'X-Forwarded-For': '198.51.100.2' });
    expect(first.status).toBe(200);
    expect(second).toEqual({ status: 429, code: 'rate-limited-client' });
  });

  it('behind a trusted proxy, two clients have separate budgets', async () => {
    const a = await probe(proxied, { 'X-Forwarded-For': '203.0.113.1' });
    const b = await probe(proxied, { 'X-Forwarded-For': '203.0.113.2' });
    const aAgain = await probe(proxied, { 'X-Forwarded-For': '203.0.113.1' });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(aAgain).toEqual({ status: 429, code: 'rate-limited-client' });
  });

  it('behind a trusted proxy, a forged left-hand entry does not make a new client', async () => {
    await probe(proxied, { 'X-Forwarded-For': '203.0.113.50' });
    const forged = await probe(proxied, { 'X-Forwarded-For': '192.0.2.99, 203.0.113.50' });
    expect(forged).toEqual({ status: 429, code: 'rate-limited-client' });
  });

  it('50 addresses of one IPv6 /64 share one budget', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 50; i += 1) {
      statuses.push(
        (await probe(proxied, { 'X-Forwarded-For': `2001:db8:7:7::${i.toString(16)}` })).status,
      );
    }
    expect(statuses[0]).toBe(200);
    expect(statuses.slice(1).every((status) => status === 429)).toBe(true);
  });

  it('refuses with 503 when a trusted proxy does not say who the client is', async () => {
    await expect(probe(proxied, {})).resolves.toEqual({ status: 503, code: 'client-unknown' });
  });
});

describe('transport security', () => {
  it('sends Strict-Transport-Security when SITE_URL is https', async () => {
    const response = await fetch(`${direct.site.url}/`);
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it('does not when SITE_URL is not https', async () => {
    const response = await fetch(`${proxied.site.url}/`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('the built pages', () => {
  const root = fileURLToPath(new URL('../../dist/client/', import.meta.url));
  function* pages(dir: string): Generator<string> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* pages(path);
      else if (entry.name.endsWith('.html')) yield path;
    }
  }

  it('link nothing over plain http, except the site itself when it was built for http', () => {
    const site = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
    const offenders: string[] = [];
    let count = 0;
    for (const page of pages(root)) {
      count += 1;
      const html = readFileSync(page, 'utf8');
      for (const [, url = ''] of html.matchAll(
        /(?:href|src|action|srcset|content)\s*=\s*["']?(http:\/\/[^"'\s>]+)/gi,
      )) {
        if (!url.startsWith(`${site}/`) && url !== site)
          offenders.push(`${page.slice(root.length)}: ${url}`);
      }
    }
    expect(count, 'pages were found').toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});

describe('the no-JavaScript result page', () => {
  const RESULT = '/exchange/kraken/key-checker/result/';
  const form = (headers: Record<string, string>) =>
    fetch(`${direct.site.url}${RESULT}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: 'form=pro&nonceWindow=2000000&apiKey=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      redirect: 'manual',
    });

  it.each([
    { site: 'cross-site', origin: 'https://evil.example' },
    { site: 'same-site', origin: 'https://other.guide.example' },
  ])('sends a $site post back to the checker with a 303', async ({ site, origin }) => {
    const response = await form({ 'Sec-Fetch-Site': site, Origin: origin });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/\/exchange\/kraken\/key-checker\/?$/);
  });

  it('answers its own page’s post under the build’s fixed script policy', async () => {
    const response = await form({ 'Sec-Fetch-Site': 'same-origin' });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const built = readFileSync(
      fileURLToPath(new URL('../../dist/client/_headers', import.meta.url)),
      'utf8',
    );
    const builtCsp = /Content-Security-Policy: (.*)/.exec(built)?.[1];
    expect(csp, 'the same policy as every static page').toBe(builtCsp);
    expect(csp).toMatch(/'sha256-/);
    // Every inline script on the page is one the build knows.
    const html = await response.text();
    const { inlineScriptHashes } = await import('../../src/lib/security/headers');
    for (const hash of await inlineScriptHashes(html)) expect(csp).toContain(hash);
  });
});
