import { describe, expect, it } from 'vitest';
import { checkApiKey, checkPrivateKey, checkSwapped } from './key-checks';
import { keyShape, normalizeKey } from './keys';

/** Shaped like Kraken's keys; not real ones. The private key is docs.kraken.com's public test vector. */
const API_KEY = 'HkPK3mVPR6XHpRrjUBMyPVowT8CFZZEsn4CSaMLX2zyvKoIUN2nu9kES';
const PRIVATE_KEY =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

const wrapped = (key: string) =>
  `\n  ${key.slice(0, 30)}\r\n${key.slice(30, 60)}\u200b ${key.slice(60)}\t\n`;

describe('normalizeKey', () => {
  it('removes whitespace, line breaks and zero-width characters anywhere', () => {
    expect(normalizeKey(wrapped(PRIVATE_KEY))).toBe(PRIVATE_KEY);
  });

  it('measures the fixtures as Kraken’s lengths', () => {
    expect([
      API_KEY.length,
      PRIVATE_KEY.length,
      keyShape(PRIVATE_KEY).bytes,
      keyShape(API_KEY).bytes,
    ]).toEqual([56, 88, 64, 42]);
  });
});

describe('checkApiKey', () => {
  it.each([
    { input: API_KEY, expected: 'pass' },
    { input: wrapped(API_KEY), expected: 'pass' },
    { input: API_KEY.slice(0, 55), expected: 'warn' },
    { input: `${API_KEY}AAAA`, expected: 'warn' },
    { input: PRIVATE_KEY, expected: 'warn' },
    { input: `${API_KEY.slice(0, 55)}-`, expected: 'fail' },
    { input: `${API_KEY.slice(0, 55)}_`, expected: 'fail' },
    { input: `${API_KEY.slice(0, 20)}=${API_KEY.slice(21)}`, expected: 'fail' },
    { input: 'A', expected: 'fail' },
    { input: 'AAAA===', expected: 'fail' },
    { input: '', expected: 'skip' },
    { input: ' \n\t', expected: 'skip' },
    { input: undefined, expected: 'skip' },
  ])('gives $input the status $expected', ({ input, expected }) => {
    expect(checkApiKey(input, 'pro').status).toBe(expected);
  });

  it('passes a 56-character key', () => {
    expect(checkApiKey(API_KEY, 'pro')).toMatchInlineSnapshot(`
      {
        "code": "key.api.pass",
        "detail": "The API key has 56 base64 characters, like every public sample of a Kraken API key (Kraken documents no format).",
        "fix": null,
        "id": "key.api-key",
        "status": "pass",
        "stepKey": "connect",
        "title": "API key format",
      }
    `);
  });

  it('warns about another length', () => {
    expect(checkApiKey(API_KEY.slice(0, 50), 'pro')).toMatchInlineSnapshot(`
      {
        "code": "key.api.length",
        "detail": "The API key has 50 characters; every public sample of a Kraken API key has 56. Kraken does not document the format, so it may still work.",
        "fix": "Check that the whole “API key” was copied. Copy it again from Kraken: select the whole value, or use the copy button next to it.",
        "id": "key.api-key",
        "status": "warn",
        "stepKey": "connect",
        "title": "API key format",
      }
    `);
  });

  it('names the characters that are not base64, by code point', () => {
    expect(checkApiKey(`${API_KEY.slice(0, 50)}-_é€😀`, 'classic').detail).toMatchInlineSnapshot(
      `"The API key contains 5 characters that are not base64: “-” (U+002D), “_” (U+005F), U+00E9 and others. Kraken API keys use only letters, digits, “+”, “/” and “=”."`,
    );
  });

  it('explains misplaced padding', () => {
    expect(
      checkApiKey(`${API_KEY.slice(0, 20)}=${API_KEY.slice(21)}`, 'pro').detail,
    ).toMatchInlineSnapshot(
      `"The API key has “=” where base64 cannot have it (only up to two, at the very end). Kraken API keys use only letters, digits, “+”, “/” and “=”."`,
    );
  });

  it('says what to paste when empty', () => {
    expect(checkApiKey('', 'pro')).toMatchInlineSnapshot(`
      {
        "code": "key.api.skip",
        "detail": "Not checked: no API key entered.",
        "fix": "Paste the “API key” Kraken showed when you generated the key.",
        "id": "key.api-key",
        "status": "skip",
        "stepKey": "connect",
        "title": "API key format",
      }
    `);
  });
});

describe('checkPrivateKey', () => {
  it.each([
    { input: PRIVATE_KEY, expected: 'pass' },
    { input: wrapped(PRIVATE_KEY), expected: 'pass' },
    { input: PRIVATE_KEY.slice(0, 86), expected: 'fail' },
    { input: PRIVATE_KEY.slice(0, 84), expected: 'fail' },
    { input: `${PRIVATE_KEY.slice(0, 86)}AAAA`, expected: 'fail' },
    { input: API_KEY, expected: 'fail' },
    { input: `${PRIVATE_KEY.slice(0, 87)}!`, expected: 'fail' },
    { input: '', expected: 'skip' },
    { input: undefined, expected: 'skip' },
  ])('gives $input the status $expected', ({ input, expected }) => {
    expect(checkPrivateKey(input, 'pro').status).toBe(expected);
  });

  it('passes 88 characters decoding to 64 bytes', () => {
    expect(checkPrivateKey(PRIVATE_KEY, 'pro')).toMatchInlineSnapshot(`
      {
        "code": "key.private.pass",
        "detail": "The private key has 88 base64 characters that decode to 64 bytes, as Kraken’s do.",
        "fix": null,
        "id": "key.private-key",
        "status": "pass",
        "stepKey": "connect",
        "title": "Private key format",
      }
    `);
  });

  it('says what was found, for each kind of wrong length', () => {
    const found = [
      PRIVATE_KEY.slice(0, 86),
      PRIVATE_KEY.slice(0, 60),
      API_KEY,
      `${PRIVATE_KEY.slice(0, 86)}AAAA`,
    ].map((key) => checkPrivateKey(key, 'pro').detail);
    expect(found).toMatchInlineSnapshot(`
      [
        "The private key has 86 characters, decoding to 64 bytes; a Kraken private key has 88 that decode to 64 bytes. A Kraken private key always ends in “==”, and that is missing.",
        "The private key has 60 characters, decoding to 45 bytes; a Kraken private key has 88 that decode to 64 bytes. Part of it is missing.",
        "The private key has 56 characters, decoding to 42 bytes; a Kraken private key has 88 that decode to 64 bytes. That is the length of an API key (see “Keys in the right fields”).",
        "The private key has 90 characters, decoding to 67 bytes; a Kraken private key has 88 that decode to 64 bytes.",
      ]
    `);
  });

  it('fails a private key that is not base64', () => {
    expect(checkPrivateKey(`${PRIVATE_KEY.slice(0, 86)}%%`, 'classic')).toMatchInlineSnapshot(`
      {
        "code": "key.private.invalid",
        "detail": "The private key contains 2 characters that are not base64: “%” (U+0025). Kraken private keys use only letters, digits, “+”, “/” and “=”.",
        "fix": "Copy it again from Kraken: select the whole value, or use the copy button next to it.",
        "id": "key.private-key",
        "status": "fail",
        "stepKey": "connect",
        "title": "Private key format",
        "trouble": "invalid-signature",
      }
    `);
  });

  it('skips on a server, saying the private key is only checked in the browser', () => {
    expect(checkPrivateKey(PRIVATE_KEY, 'pro', 'server')).toMatchInlineSnapshot(`
      {
        "code": "key.private.server",
        "detail": "The private key is only checked in your browser: it must never be sent to any server.",
        "fix": "Check it on the key checker page, which never sends it anywhere.",
        "id": "key.private-key",
        "status": "skip",
        "stepKey": "connect",
        "title": "Private key format",
      }
    `);
  });

  it('says what to paste when empty', () => {
    expect(checkPrivateKey(undefined, 'pro').detail).toMatchInlineSnapshot(
      `"Not checked: no private key entered."`,
    );
  });
});

describe('checkSwapped', () => {
  it.each([
    { api: API_KEY, secret: PRIVATE_KEY, where: 'browser', expected: 'pass' },
    { api: API_KEY, secret: '', where: 'browser', expected: 'pass' },
    { api: '', secret: PRIVATE_KEY, where: 'browser', expected: 'pass' },
    { api: PRIVATE_KEY, secret: API_KEY, where: 'browser', expected: 'fail' },
    { api: wrapped(PRIVATE_KEY), secret: wrapped(API_KEY), where: 'browser', expected: 'fail' },
    { api: PRIVATE_KEY, secret: '', where: 'browser', expected: 'fail' },
    { api: '', secret: API_KEY, where: 'browser', expected: 'fail' },
    { api: API_KEY, secret: API_KEY, where: 'browser', expected: 'fail' },
    { api: '', secret: '', where: 'browser', expected: 'skip' },
    { api: API_KEY, secret: '', where: 'server', expected: 'pass' },
    { api: PRIVATE_KEY, secret: '', where: 'server', expected: 'fail' },
    { api: '', secret: API_KEY, where: 'server', expected: 'skip' },
  ] as const)(
    'gives API=$api.length chars, private=$secret.length chars on the $where the status $expected',
    ({ api, secret, where, expected }) => {
      expect(checkSwapped(api, secret, 'pro', where).status).toBe(expected);
    },
  );

  it('explains swapped keys and names the service’s “API Secret”', () => {
    expect(checkSwapped(PRIVATE_KEY, API_KEY, 'pro')).toMatchInlineSnapshot(`
      {
        "code": "key.swapped.both",
        "detail": "The API key field holds 88 characters and the private key field 56: the two look swapped.",
        "fix": "Put Kraken’s “API key” in the API key field and Kraken’s “Private key” in the field the service calls “API Secret”.",
        "id": "key.swapped",
        "status": "fail",
        "stepKey": "connect",
        "title": "Keys in the right fields",
        "trouble": "invalid-signature",
      }
    `);
  });

  it('explains each one-sided swap', () => {
    expect([
      checkSwapped(PRIVATE_KEY, '', 'pro').detail,
      checkSwapped('', API_KEY, 'pro').detail,
      checkSwapped(API_KEY, API_KEY, 'pro').detail,
      checkSwapped(PRIVATE_KEY, undefined, 'pro', 'server').detail,
    ]).toMatchInlineSnapshot(`
      [
        "The API key field holds 88 characters, the length of a private key.",
        "The private key field holds 56 characters, the length of an API key.",
        "Both fields hold the same value.",
        "The API key field holds 88 characters, the length of a private key. If that is your private key, it has been sent to a server: delete the key on Kraken and create a new one.",
      ]
    `);
  });

  it('passes keys in their fields', () => {
    expect(checkSwapped(API_KEY, PRIVATE_KEY, 'classic')).toMatchInlineSnapshot(`
      {
        "code": "key.swapped.pass",
        "detail": "Neither field holds a value of the other’s length.",
        "fix": null,
        "id": "key.swapped",
        "status": "pass",
        "stepKey": "connect",
        "title": "Keys in the right fields",
      }
    `);
  });
});

describe('key messages', () => {
  it.each([
    { api: API_KEY, secret: PRIVATE_KEY },
    { api: PRIVATE_KEY, secret: API_KEY },
    { api: `${API_KEY}!`, secret: `${PRIVATE_KEY}!` },
    { api: API_KEY.slice(3), secret: PRIVATE_KEY.slice(5) },
  ])('never contain a key or a long piece of one', ({ api, secret }) => {
    const checks = [
      checkApiKey(api, 'pro'),
      checkPrivateKey(secret, 'pro'),
      checkSwapped(api, secret, 'pro'),
    ];
    const text = JSON.stringify(checks);
    for (const key of [api, secret]) {
      for (let i = 0; i + 8 <= key.length; i++) expect(text).not.toContain(key.slice(i, i + 8));
    }
  });
});
