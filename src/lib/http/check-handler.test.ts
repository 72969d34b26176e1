import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CheckResponseSchema, REQUIRED_PERMISSIONS } from '../rules';
import { CHECK_BODY_LIMIT, countEntries, handleCheck, MAX_LIST_ENTRIES } from './check-handler';
import { findSecrets } from '../security/secrets';
import { ErrorBodySchema } from './json';

const URL_ = 'http://localhost:4321/api/kraken/check';
const API_KEY = 'HkPK3mVPR6XHpRrjUBMyPVowT8CFZZEsn4CSaMLX2zyvKoIUN2nu9kES';
const PRIVATE_KEY =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

const post = (
  body: BodyInit | null,
  contentType: string | null = 'application/json',
  init: RequestInit = {},
) =>
  handleCheck(
    new Request(URL_, {
      method: 'POST',
      body,
      headers: contentType === null ? {} : { 'Content-Type': contentType },
      ...init,
    }),
  );
const postJson = (value: unknown) => post(JSON.stringify(value));

async function answer(response: Response) {
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function errorOf(response: Response) {
  const { status, body } = await answer(response);
  const error = ErrorBodySchema.parse(body).error;
  expect(error.status).toBe(status);
  return error;
}

describe('POST /api/kraken/check, 200', () => {
  it('answers every check, with the statuses the page shows', async () => {
    const { status, body } = await answer(
      await postJson({
        form: 'classic',
        permissions: [...REQUIRED_PERMISSIONS, 'funds_withdraw'],
        nonceWindow: '2 000 000',
        serviceRange: '192.0.2.0/24',
        ipAllowlist: '192.0.2.0/25',
        apiKey: API_KEY,
      }),
    );
    expect(status).toBe(200);
    const { checks } = CheckResponseSchema.parse(body);
    expect(checks.map((c) => c.id)).toEqual(CHECK_IDS);
    expect(checks.filter((c) => c.status !== 'pass').map((c) => `${c.id} ${c.status}`)).toEqual([
      'permission.funds_withdraw fail',
      'ip.allowlist fail',
      'key.private-key skip',
    ]);
  });

  it('skips what was not sent and says the private key is only checked in the browser', async () => {
    const { body } = await answer(await postJson({}));
    const { checks } = CheckResponseSchema.parse(body);
    expect(new Set(checks.map((c) => c.status))).toEqual(new Set(['skip']));
    expect(checks.find((c) => c.id === 'key.private-key')?.detail).toMatchInlineSnapshot(
      `"The private key is only checked in your browser: it must never be sent to any server."`,
    );
  });

  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON; Charset="UTF-8"',
    'application/json;charset=utf8',
  ])('accepts Content-Type %s', async (type) => {
    expect((await post('{"nonceWindow": 2000000}', type)).status).toBe(200);
  });

  it('accepts a number as the nonce window', async () => {
    const { body } = await answer(await postJson({ nonceWindow: 2_000_000 }));
    const nonce = CheckResponseSchema.parse(body).checks.find((c) => c.id === 'nonce-window');
    expect(nonce?.status).toBe('pass');
  });

  it('accepts a body of exactly 16 KB', async () => {
    const json = JSON.stringify({ apiKey: API_KEY });
    expect((await post(json + ' '.repeat(CHECK_BODY_LIMIT - json.length))).status).toBe(200);
  });

  it('accepts a UTF-8 byte order mark', async () => {
    expect((await post('\ufeff{}')).status).toBe(200);
  });
});

describe('POST /api/kraken/check, in the language asked for', () => {
  const body = JSON.stringify({ form: 'pro', nonceWindow: '0', permissions: [] });
  const inLang = async (acceptLanguage: string | null) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (acceptLanguage !== null) headers['Accept-Language'] = acceptLanguage;
    const response = await handleCheck(new Request(URL_, { method: 'POST', body, headers }));
    const { checks } = CheckResponseSchema.parse((await answer(response)).body);
    const nonce = checks.find((c) => c.id === 'nonce-window');
    return { language: response.headers.get('content-language'), nonce, checks };
  };

  it.each([
    [null, 'en'],
    ['id', 'id'],
    ['id-ID,id;q=0.9,en;q=0.8', 'id'],
    ['en;q=0.5, id;q=0.9', 'id'],
    ['id;q=0.2, en', 'en'],
    ['fr-FR, de', 'en'],
    ['id;q=nope', 'en'],
    ['*', 'en'],
  ])('Accept-Language %j answers in %s', async (header, lang) => {
    const { language, nonce } = await inLang(header);
    expect(language).toBe(lang);
    expect(nonce?.code).toBe('nonce.low');
    const words = {
      en: [
        'The nonce window is 0, Kraken’s default',
        'Set “Custom nonce window” on the key to 2000000',
      ],
      id: [
        'Nonce window bernilai 0, nilai default Kraken',
        'Setel “Custom nonce window” pada key ke 2000000',
      ],
    }[lang as 'en' | 'id'];
    expect(nonce?.detail).toContain(words[0]);
    expect(nonce?.fix).toContain(words[1]);
  });

  it('gives the same ids, statuses, codes and links in both languages, and Indonesian guide links', async () => {
    const en = await inLang('en');
    const id = await inLang('id');
    const data = (checks: typeof en.checks) =>
      checks.map((c) => [c.id, c.status, c.code, c.stepKey]);
    expect(data(id.checks)).toEqual(data(en.checks));
    // The Indonesian guide, at its own heading's anchor.
    expect(en.nonce?.step).toBe('/exchange/kraken/pro/#enable-custom-nonce-window');
    expect(id.nonce?.step).toBe('/id/exchange/kraken/pro/#aktifkan-custom-nonce-window');
    expect(id.checks.map((c) => c.title)).not.toEqual(en.checks.map((c) => c.title));
  });
});

describe('POST /api/kraken/check, 400 for malformed bodies', () => {
  it.each([
    ['not JSON', '{"form": "pro"', 'The body is not valid JSON.'],
    ['empty', '', 'The body is empty: send a JSON object.'],
    ['blank', ' \n ', 'The body is empty: send a JSON object.'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'The body is not valid UTF-8.'],
  ])('refuses a body that is %s', async (_, body, message) => {
    const error = await errorOf(await post(body));
    expect([error.status, error.message]).toEqual([400, message]);
  });

  it('does not quote invalid JSON back', async () => {
    const error = await errorOf(await post(`{"apiKey": "${API_KEY}`));
    expect(JSON.stringify(error)).not.toContain(API_KEY.slice(0, 10));
  });

  it.each([['[]'], ['null'], ['"x"'], ['42'], ['true']])('refuses %s at the root', async (json) => {
    const error = await errorOf(await post(json));
    expect(error.status).toBe(400);
    expect(Object.keys(error.fields ?? {})).toEqual(['']);
  });
});

describe('POST /api/kraken/check, 400 with field messages', () => {
  it('names unknown fields', async () => {
    expect(await errorOf(await postJson({ form: 'pro', colour: 'red', nonce: 1 })))
      .toMatchInlineSnapshot(`
        {
          "code": "invalid-request",
          "fields": {
            "colour": [
              "Unknown field.",
            ],
            "nonce": [
              "Unknown field.",
            ],
          },
          "message": "Invalid request: colour: Unknown field. nonce: Unknown field.",
          "status": 400,
        }
      `);
  });

  it('names each malformed field', async () => {
    expect(
      await errorOf(
        await postJson({
          form: 'new',
          permissions: ['funds_query', 'withdraw_all'],
          nonceWindow: [],
          apiKey: 5,
        }),
      ),
    ).toMatchInlineSnapshot(`
      {
        "code": "invalid-request",
        "fields": {
          "apiKey": [
            "Must be a string.",
          ],
          "form": [
            "Must be "pro" or "classic".",
          ],
          "nonceWindow": [
            "Must be a string or a number.",
          ],
          "permissions[1]": [
            "Unknown permission; use the machine names: funds_query, funds_add, funds_withdraw, funds_earn, add_withdraw_address, update_withdraw_address, trades_query_open, trades_query_closed, trades_modify, trades_close, ledger_query, export_data, websocket.",
          ],
        },
        "message": "Invalid request: form: Must be "pro" or "classic". permissions[1]: Unknown permission; use the machine names: funds_query, funds_add, funds_withdraw, funds_earn, add_withdraw_address, update_withdraw_address, trades_query_open, trades_query_closed, trades_modify, trades_close, ledger_query, export_data, websocket. nonceWindow: Must be a string or a number. apiKey: Must be a string.",
        "status": 400,
      }
    `);
  });

  it.each([
    { form: 'PRO' },
    { permissions: 'funds_query' },
    { permissions: Array(101).fill('funds_query') },
    { nonceWindow: null },
    { nonceWindow: { value: 2 } },
    { serviceRange: ['192.0.2.0/24'] },
    { ipAllowlist: 1 },
  ])('refuses %j', async (body) => {
    const error = await errorOf(await postJson(body));
    expect(Object.keys(error.fields ?? {})).toEqual(Object.keys(body));
  });
});

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
