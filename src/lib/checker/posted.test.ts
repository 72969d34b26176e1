import { describe, expect, test } from 'vitest';
import { MAX_FORM_BYTES, readPostedForm } from './posted';

const post = (body: BodyInit, type = 'application/x-www-form-urlencoded'): Request =>
  new Request('http://localhost/exchange/kraken/key-checker/result/', {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });

describe('readPostedForm', () => {
  test('sends a GET back to the checker page', async () => {
    expect(await readPostedForm(new Request('http://localhost/'), 'pro')).toEqual({
      kind: 'redirect',
    });
  });

  test('reads a urlencoded form', async () => {
    const result = await readPostedForm(post('permissions=funds_query&nonceWindow=2M'), 'pro');
    expect(result).toMatchObject({
      kind: 'ok',
      status: 200,
      state: { permissions: ['funds_query'], nonceWindow: '2M' },
    });
  });

  test.each([
    { name: 'another site', headers: { 'sec-fetch-site': 'cross-site' } },
    { name: 'a sibling subdomain', headers: { 'sec-fetch-site': 'same-site' } },
    { name: 'another origin (no Sec-Fetch-Site)', headers: { origin: 'https://evil.example' } },
    { name: 'an origin that is not a URL', headers: { origin: 'null' } },
  ])('sends a post from $name back to the checker page (303)', async ({ headers }) => {
    const request = new Request('http://localhost/exchange/kraken/key-checker/result/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: 'apiKey=x',
    });
    expect(await readPostedForm(request, 'pro')).toEqual({ kind: 'redirect' });
  });

  test.each([
    { name: 'this origin', headers: { 'sec-fetch-site': 'same-origin' } },
    { name: 'this origin (Origin only)', headers: { origin: 'http://localhost' } },
    { name: 'a client that sends neither header', headers: {} },
  ])('reads a post from $name', async ({ headers }) => {
    const request = new Request('http://localhost/exchange/kraken/key-checker/result/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: 'apiKey=x',
    });
    expect(await readPostedForm(request, 'pro')).toMatchObject({ kind: 'ok' });
  });

  test('ignores a posted service range when the service’s range is configured', async () => {
    const result = await readPostedForm(
      post('serviceRange=0.0.0.0%2F0&ipAllowlist=192.0.2.1'),
      'pro',
      {
        ipRange: '192.0.2.0/24',
      },
    );
    expect(result).toMatchObject({
      kind: 'ok',
      state: { ipRange: '192.0.2.0/24', ipAllowlist: '192.0.2.1' },
    });
  });

  test('keeps a posted service range when none is configured', async () => {
    const result = await readPostedForm(post('serviceRange=192.0.2.0%2F24'), 'pro');
    expect(result).toMatchObject({ kind: 'ok', state: { ipRange: '192.0.2.0/24' } });
  });

  test.each([
    { name: 'JSON', request: () => post('{}', 'application/json'), status: 415 },
    {
      name: 'a body over the limit',
      request: () => post(`apiKey=${'a'.repeat(MAX_FORM_BYTES)}`),
      status: 413,
    },
    {
      name: 'a broken multipart body',
      request: () => post('--x\r\nnope', 'multipart/form-data; boundary=y'),
      status: 400,
    },
  ])('answers $status for $name with the empty checker', async ({ request, status }) => {
    const result = await readPostedForm(request(), 'pro');
    expect(result).toMatchObject({ kind: 'error', status, state: { permissions: undefined } });
  });
});
