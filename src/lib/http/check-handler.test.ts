import { describe, expect, it } from 'vitest';
import { CHECK_IDS, CheckResponseSchema, REQUIRED_PERMISSIONS } from '../rules';
import { CHECK_BODY_LIMIT, handleCheck } from './check-handler';
import { API_KEY, URL_, answer, errorOf, post, postJson } from './check-fixtures';

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
