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
