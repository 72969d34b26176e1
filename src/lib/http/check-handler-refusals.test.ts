import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckResponseSchema } from '../rules';
import { findSecrets } from '../security/secrets';
import { CHECK_BODY_LIMIT, countEntries, handleCheck, MAX_LIST_ENTRIES } from './check-handler';
import { API_KEY, PRIVATE_KEY, URL_, errorOf, post, postJson } from './check-fixtures';
import { ErrorBodySchema } from './json';

describe('POST /api/kraken/check, 400 for a private key', () => {
  it.each([
    'privateKey',
    'private_key',
    'PRIVATE-KEY',
    'privatekey',
    'secret',
    'apiSecret',
    'api_secret',
    'secretKey',
    'privKey',
    'API Secret',
  ])('refuses a body with %s and never echoes it', async (field) => {
    const response = await postJson({ apiKey: API_KEY, [field]: PRIVATE_KEY });
    const text = await response.clone().text();
    const error = await errorOf(response);
    expect(error.status).toBe(400);
    expect(error.code).toBe('private-key-sent');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(text).not.toContain(PRIVATE_KEY.slice(0, 12));
    expect(text).not.toContain(API_KEY.slice(0, 12));
  });

  it('explains why', async () => {
    expect(
      (await errorOf(await postJson({ privateKey: PRIVATE_KEY }))).message,
    ).toMatchInlineSnapshot(
      `"A private key must never be sent to any server, this one included: it signs orders and, with the wrong permissions, withdrawals. Remove it; the key checker page checks the private key without it leaving your browser."`,
    );
  });

  it('refuses it even beside other errors or nested', async () => {
    const nested = await errorOf(await postJson({ form: 'nope', keys: { secret: PRIVATE_KEY } }));
    expect(Object.keys(nested.fields ?? {})).toEqual(['keys.secret']);
  });

  // The private key under a field name that says nothing, or as a field name: its shape
  // (88 base64 characters, 64 bytes) gives it away. Never echoed, not even in part.
  it.each([
    { name: 'apiKey', body: { apiKey: PRIVATE_KEY }, field: 'apiKey' },
    {
      name: 'ipAllowlist',
      body: { ipAllowlist: `192.0.2.1, ${PRIVATE_KEY}` },
      field: 'ipAllowlist',
    },
    { name: 'an unknown field', body: { note: PRIVATE_KEY }, field: 'note' },
    {
      name: 'without its padding',
      body: { nonceWindow: PRIVATE_KEY.slice(0, 86) },
      field: 'nonceWindow',
    },
    {
      name: 'nested in an array',
      body: { permissions: ['funds_query', PRIVATE_KEY] },
      field: 'permissions[1]',
    },
    { name: 'as a field name', body: { [PRIVATE_KEY]: 1 }, field: '(a field name)' },
  ])('refuses a private key in $name, with no echo', async ({ body, field }) => {
    const response = await postJson(body);
    const text = await response.clone().text();
    const error = await errorOf(response);
    expect(error).toMatchObject({ status: 400, code: 'private-key-sent' });
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    for (let i = 0; i + 6 <= PRIVATE_KEY.length; i += 6) {
      expect(text, 'no six characters of the key').not.toContain(PRIVATE_KEY.slice(i, i + 6));
    }
  });

  it.each([
    { name: 'an API key (56 characters)', value: API_KEY },
    { name: 'a longer base64 run', value: `${PRIVATE_KEY.slice(0, 86)}AAAAAAAA` },
    { name: 'a signature-length value in a longer word', value: `x${PRIVATE_KEY.slice(0, 85)}` },
    {
      name: '88 characters whose 87th cannot end 64 bytes',
      value: `${PRIVATE_KEY.slice(0, 86)}B==`,
    },
  ])('does not mistake $name for a private key', ({ value }) => {
    expect(findSecrets({ apiKey: value })).toEqual([]);
  });

  it('finds secret-looking names at any depth, bounded', () => {
    expect(findSecrets({ a: [{ b: { apiSecret: 1 } }], private_key: 2, ok: 3 })).toEqual([
      'a[0].b.apiSecret',
      'private_key',
    ]);
    let deep: unknown = { secret: 1 };
    for (let i = 0; i < 1000; i++) deep = [deep];
    expect(findSecrets(deep)).toEqual([]);
  });
});

describe('POST /api/kraken/check, address lists', () => {
  it.each([
    { text: '', count: 0 },
    { text: '192.0.2.1', count: 1 },
    { text: ' 192.0.2.1 ,, 2001:db8::/32\n10.0.0.1 ', count: 3 },
    { text: 'a,'.repeat(8000), count: MAX_LIST_ENTRIES + 1 },
  ])('counts $count entries', ({ text, count }) => {
    expect(countEntries(text)).toBe(count);
  });

  it.each(['serviceRange', 'ipAllowlist'])(
    'refuses more than 256 entries in %s, quoting none',
    async (field) => {
      const response = await postJson({ [field]: 'q,'.repeat(8000) });
      const error = await errorOf(response);
      expect(error).toMatchObject({ status: 400, code: 'too-many-entries' });
      expect(Object.keys(error.fields ?? {})).toEqual([field]);
      expect(JSON.stringify(error)).not.toContain('q,q');
      expect(error.message).toBe(
        `Invalid request: ${field} holds more than 256 entries; Kraken's IP field and a service's range hold a few.`,
      );
    },
  );

  it('accepts 256 entries', async () => {
    const list = Array.from({ length: 256 }, (_, i) => `10.0.${i}.1`).join(', ');
    const response = await postJson({ ipAllowlist: list, serviceRange: '10.0.0.0/16' });
    expect(response.status).toBe(200);
  });

  it('cuts long field names in its messages', async () => {
    const error = await errorOf(await postJson({ ['x'.repeat(500)]: 1 }));
    expect(error.code).toBe('invalid-request');
    expect(Object.keys(error.fields ?? {})[0]?.length).toBeLessThanOrEqual(25);
    expect(error.message).not.toContain('x'.repeat(60));
  });
});

describe('POST /api/kraken/check, 405, 413, 415', () => {
  it.each(['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'])(
    'answers %s with 405 and Allow: POST',
    async (method) => {
      const response = await handleCheck(new Request(URL_, { method }));
      expect(response.headers.get('allow')).toBe('POST');
      expect(await errorOf(response)).toEqual({
        status: 405,
        code: 'method-not-allowed',
        message: 'Method not allowed: use POST.',
      });
    },
  );

  it('answers 413 above 16 KB', async () => {
    const error = await errorOf(
      await post(JSON.stringify({ apiKey: 'A'.repeat(CHECK_BODY_LIMIT) })),
    );
    expect(error).toEqual({
      status: 413,
      code: 'too-large',
      message: 'The body is larger than 16384 bytes.',
    });
  });

  it('answers 413 from Content-Length alone, before reading', async () => {
    const response = await post('{}', 'application/json', {
      headers: { 'Content-Type': 'application/json', 'Content-Length': '999999' },
    });
    expect(response.status).toBe(413);
  });

  it('answers 413 for a streamed body with no Content-Length, without reading it all', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode(`"${'x'.repeat(1022)}",`));
        if (pulled > 1000) controller.close();
      },
    });
    const response = await post(stream, 'application/json', { duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });

  it.each([
    ['text/plain'],
    ['application/x-www-form-urlencoded'],
    ['multipart/form-data; boundary=x'],
    ['application/xml'],
    ['application/jsonp'],
    ['application/json; charset=latin1'],
    ['application/json; foo=bar'],
    [null],
  ])('answers 415 to Content-Type %s', async (type) => {
    const error = await errorOf(await post('{}', type));
    expect(error.status).toBe(415);
  });
});

describe('POST /api/kraken/check under arbitrary input', () => {
  const fieldValue = fc.oneof(
    fc.jsonValue(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('pro', 'classic'),
  );
  const nearlyValid = fc.dictionary(
    fc.constantFrom(
      'form',
      'permissions',
      'nonceWindow',
      'serviceRange',
      'ipAllowlist',
      'apiKey',
      'extra',
    ),
    fieldValue,
  );
  const body = fc.oneof(
    fc.jsonValue().map((v) => JSON.stringify(v)),
    nearlyValid.map((v) => JSON.stringify(v)),
    fc.string({ unit: 'binary', maxLength: 500 }),
  );

  it('never answers 5xx and always answers JSON of the documented shape', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('POST', 'GET', 'PUT'), async (text, method) => {
        const response = await handleCheck(
          new Request(URL_, {
            method,
            headers: { 'Content-Type': 'application/json' },
            ...(method === 'GET' ? {} : { body: text }),
          }),
        );
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const json: unknown = await response.json();
        if (response.status === 200) CheckResponseSchema.parse(json);
        else ErrorBodySchema.parse(json);
      }),
      { numRuns: 2000 },
    );
  });
});
