/**
 * fast-check arbitraries for hostile input: any Unicode (lone surrogates
 * included), control and invisible characters, huge strings, numbers as
 * text, deep nesting, arbitrary bytes, malformed headers.
 *
 * Generated text never contains the markers the assertions look for
 * (`node_modules`, `Error:`, `.ts:`…), so an answer that quotes the input
 * back cannot pass for a stack trace.
 */
import fc from 'fast-check';

const MARKERS = /node_modules|error|\bat\b|\.[cm]?[jt]sx?:|\/work\//gi;

/** Removes the stack-trace markers from generated text (see the file comment). */
export function defang(text: string): string {
  return text.replace(MARKERS, '_');
}

const anyUtf16Unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const controlUnit = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((code) => String.fromCharCode(code));
const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));
const invisible = fc.constantFrom(
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u0000',
  '\ufffd',
  '\ufffe',
  '\uffff',
);

/** Numbers the way a hostile client writes them, as text. */
export const numberText = fc.oneof(
  fc.constantFrom(
    'NaN',
    '-NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '-1e309',
    '1e-400',
    '-0',
    '0x1E8480',
    '0b1',
    '0o7',
    '2e6',
    '2M',
    '2 million',
    '2.000.000',
    '2,000,000',
    '٢٠٠٠٠٠٠',
    '２０００００００',
    '9'.repeat(400),
    `0.${'0'.repeat(400)}1`,
    '1_000_000',
    '+2000000',
    '2000000n',
  ),
  fc.double().map(String),
  fc.bigInt().map(String),
);

/** A short hostile string (tens of characters). */
export const hostileString: fc.Arbitrary<string> = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 64 }),
    fc.string({ unit: 'grapheme', maxLength: 32 }),
    fc.string({ unit: anyUtf16Unit, maxLength: 64 }),
    fc.string({ unit: controlUnit, maxLength: 32 }),
    fc.string({ unit: loneSurrogate, maxLength: 8 }),
    fc.string({ unit: fc.oneof(invisible, fc.constantFrom('a', '1', ' ', ',', '/', ':', '.')) }),
    numberText,
    fc.constantFrom(
      '',
      ' ',
      '\n\n',
      '__proto__',
      'constructor',
      'toString',
      '0.0.0.0/0',
      '::/0',
      '::ffff:1.2.3.4',
      '1.2.3.4/33',
      '999.1.1.1',
      'fe80::1%eth0',
      '1.2.3.4/-1',
      '/',
      '%00',
      '<script>alert(1)</script>',
      '${7*7}',
      '../../etc/passwd',
      'A'.repeat(56),
      'A'.repeat(88),
      '='.repeat(88),
    ),
  )
  .map(defang);

/** Up to `maxLength` characters: a hostile seed repeated. */
export function hugeString(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      hostileString.filter((seed) => seed.length > 0),
      fc.integer({ min: 1, max: maxLength }),
    )
    .map(([seed, length]) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length));
}

/** Short or large (up to 20,000 characters: larger than any body the endpoints accept). */
export const anyString = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: hugeString(20_000) },
);

/** JSON text nested `depth` times: arrays, objects or both. */
export const deepJsonText = fc
  .tuple(fc.integer({ min: 1, max: 6_000 }), fc.constantFrom('array', 'object', 'mixed'))
  .map(([depth, kind]) => {
    const open = kind === 'array' ? '[' : kind === 'object' ? '{"a":' : '[{"a":';
    const close = kind === 'array' ? ']' : kind === 'object' ? '}' : '}]';
    const inner = kind === 'mixed' ? Math.ceil(depth / 2) : depth;
    return open.repeat(inner) + '1' + close.repeat(inner);
  });

/** A nested value (not text), for places that expect a string. */
export const nestedValue = fc.integer({ min: 1, max: 200 }).map((depth) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { a: value };
  return value;
});

/** Any value where a string or number is expected. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: anyString },
  { weight: 1, arbitrary: fc.array(anyString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: nestedValue },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      null,
      true,
      false,
      0,
      -0,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      Number.MAX_SAFE_INTEGER + 2,
      -1,
      2_000_000,
      1.5,
      {},
      [],
    ),
  },
  { weight: 1, arbitrary: fc.double() },
);

/** JSON text for hostile numbers that `JSON.stringify` cannot write. */
export const rawNumberLiteral = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '1e-400',
  '-0',
  '01',
  '.5',
  '1.',
  '0x10',
  '9'.repeat(1000),
);

/** Any bytes, and byte strings that are almost UTF-8 or almost JSON. */
export const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  fc
    .tuple(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.integer({ min: 15_000, max: 17_500 }))
    .map(([seed, length]) => Uint8Array.from({ length }, (_, i) => seed[i % seed.length] ?? 0)),
  fc
    .tuple(fc.jsonValue({ maxDepth: 3 }), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.nat())
    .map(([value, junk, at]) => {
      const bytes = new TextEncoder().encode(JSON.stringify(value) ?? 'null');
      const position = bytes.length === 0 ? 0 : at % bytes.length;
      return Uint8Array.from([...bytes.slice(0, position), ...junk, ...bytes.slice(position)]);
    }),
  fc.constantFrom(
    Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]),
    Uint8Array.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]),
    Uint8Array.from([0x7b, 0x22, 0xc0, 0x80, 0x22, 0x3a, 0x31, 0x7d]),
    Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22]),
    Uint8Array.from([0x7b, 0x22, 0xf4, 0x90, 0x80, 0x80, 0x22, 0x3a, 0x31, 0x7d]),
    Uint8Array.from([0x1f, 0x8b, 0x08, 0x00]),
    new Uint8Array(0),
  ),
);

/** Content-Type values, right, almost right and wrong. */
export const contentType: fc.Arbitrary<string | null> = fc.oneof(
  fc.constantFrom(
    null,
    '',
    'application/json',
    'APPLICATION/JSON',
    'application/json; charset=utf-8',
    'application/json;charset="UTF8"',
    'application/json; charset=latin1',
    'application/json; boundary=x',
    'application/json;;;',
    'application/json ; charset = utf-8 ; ',
    'application/jsonx',
    'application/json-patch+json',
    'application/ld+json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=----x',
    'text/plain',
    'text/json',
    '*/*',
    'json',
    ';',
    '=',
    'application/json; charset=utf-16',
  ),
  hostileString.filter((text) => /^[\t\x20-\x7e\x80-\xff]*$/.test(text)).map((text) => text.trim()),
  fc
    .tuple(fc.constantFrom('application/json', 'application/JSON'), hostileString)
    .map(([type, tail]) => `${type};${tail.replace(/[^\t\x20-\x7e]/g, '')}`),
);

/** Request methods other than POST that a `Request` can carry. */
export const otherMethod = fc.oneof(
  fc.constantFrom('GET', 'HEAD', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'put'),
  fc
    .stringMatching(/^[A-Za-z!#$%&'*+.^_`|~0-9-]{1,12}$/)
    .filter((m) => !['POST', 'CONNECT', 'TRACE', 'TRACK'].includes(m.toUpperCase())),
);

/** Header names and values a Headers object accepts. */
export const headerName = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,40}$/);
export const headerValue = fc
  .string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)) })
  .map((value) => defang(value.trim()));

export const extraHeaders = fc.array(
  fc.oneof(
    fc.tuple(headerName, headerValue),
    fc.tuple(
      fc.constantFrom(
        'Content-Encoding',
        'Transfer-Encoding',
        'Content-Length',
        'Origin',
        'Sec-Fetch-Site',
        'Host',
        'Accept',
        'X-Forwarded-For',
        'Cookie',
        'Expect',
      ),
      fc.oneof(
        headerValue,
        fc.constantFrom(
          'gzip',
          'br',
          'chunked',
          'identity',
          '-1',
          '0',
          '99999999999999999999',
          'null',
          'same-origin',
          'cross-site',
          'none',
          'http://127.0.0.1:4321',
          'https://evil.example',
          '100-continue',
        ),
      ),
    ),
  ),
  { maxLength: 6 },
);
