/**
 * Every error the production server answers, from every endpoint but the ask endpoint
 * (whose own tests hold it): `Cache-Control: no-store`, and nothing the client sent
 * repeated in the body. Each request carries a marker, in Markdown and HTML, where a
 * careless message would quote it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, requestHead } from './support/raw-http';
import { startSiteWithFake, type SiteWithFake } from './support/site';

const MARK = 'i20mark';
const LINK = `[${MARK}](https://evil.example/${MARK})`;
const HTML = `<a href="https://evil.example/">${MARK}</a>`;

let site: SiteWithFake;
beforeAll(async () => {
  site = await startSiteWithFake();
});
afterAll(async () => {
  await site?.stop();
});

interface Case {
  name: string;
  method: string;
  path: string;
  headers?: [string, string][];
  body?: string;
}

const json: [string, string] = ['Content-Type', 'application/json'];

const CASES: Case[] = [
  { name: 'an unknown page', method: 'GET', path: `/${MARK}/` },
  {
    name: 'an unknown page named by a Markdown link',
    method: 'GET',
    path: `/${encodeURIComponent(LINK)}/`,
  },
  { name: 'an unknown asset', method: 'GET', path: `/_astro/${MARK}.js` },
  { name: 'the headers file', method: 'GET', path: `/_headers?${MARK}` },
  { name: 'the image endpoint', method: 'GET', path: `/_image?href=${MARK}&w=9` },
  { name: 'the check API, GET', method: 'GET', path: `/api/kraken/check?${MARK}` },
  {
    name: 'the check API, not JSON',
    method: 'POST',
    path: '/api/kraken/check',
    headers: [['Content-Type', `text/${MARK}`]],
    body: MARK,
  },
  {
    name: 'the check API, broken JSON',
    method: 'POST',
    path: '/api/kraken/check',
    headers: [json],
    body: `{"${MARK}": "${HTML}`,
  },
  {
    name: 'the check API, an unknown field named in HTML',
    method: 'POST',
    path: '/api/kraken/check',
    headers: [json],
    body: JSON.stringify({ [HTML]: 1, [LINK]: 2 }),
  },
  {
    name: 'the check API, a wrong value',
    method: 'POST',
    path: '/api/kraken/check',
    headers: [json],
    body: JSON.stringify({ form: LINK, nonceWindow: HTML }),
  },
  {
    name: 'the check API, too large',
    method: 'POST',
    path: '/api/kraken/check',
    headers: [json],
    body: JSON.stringify({ form: MARK.repeat(3_000) }),
  },
  { name: 'the probe relay, GET', method: 'GET', path: `/api/kraken/probe?${MARK}` },
  {
    name: 'the probe relay, from another site',
    method: 'POST',
    path: '/api/kraken/probe',
    headers: [json, ['Sec-Fetch-Site', 'cross-site'], ['Origin', `https://${MARK}.example`]],
    body: '{}',
  },
  {
    name: 'the probe relay, a batch of HTML',
    method: 'POST',
    path: '/api/kraken/probe',
    headers: [json],
    body: JSON.stringify({ apiKey: HTML, calls: [{ method: LINK }] }),
  },
  {
    name: 'the no-JavaScript result page, a form too large',
    method: 'POST',
    path: '/exchange/kraken/key-checker/result/',
    headers: [['Content-Type', 'application/x-www-form-urlencoded']],
    body: `form=${MARK.repeat(3_000)}`,
  },
];

describe('errors', () => {
  it.each(CASES)('$name: $method answers an error, uncached, quoting nothing', async (c) => {
    const body = c.body ?? '';
    const answer = await rawRequest({
      port: site.site.port,
      parts: [
        requestHead(c.method, c.path, [
          ['Host', '127.0.0.1'],
          ['Connection', 'close'],
          ...(c.body === undefined
            ? []
            : ([['Content-Length', String(Buffer.byteLength(body))]] as [string, string][])),
          ...(c.headers ?? []),
        ]) + body,
      ],
      timeoutMs: 10_000,
    });
    expect(answer.status, answer.head.split('\r\n')[0]).toBeGreaterThanOrEqual(400);
    expect(answer.head).toMatch(/\r\ncache-control: no-store\r\n/i);
    expect(answer.head).not.toMatch(/\r\ncache-control:.*\r\n[^]*\r\ncache-control:/i);
    expect(answer.body).not.toContain(MARK);
  });
});
