/**
 * Generated hostile HTTP requests for the server test: framings right and broken (lengths,
 * chunking, gzip claims, huge or many headers), bodies and headers, written as parts on the
 * wire; and what every answer must be (no 5xx, no stack trace).
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { expect } from 'vitest';
import { contentType, hostileBytes, hostileString } from './arbitraries';
import { stackShape } from './assertions';
import { requestHead, type Part, type RawAnswer } from './raw-http';

type Framing =
  | 'length'
  | 'length-short'
  | 'length-long'
  | 'length-absurd'
  | 'no-length'
  | 'chunked'
  | 'chunked-broken'
  | 'chunked-and-length'
  | 'gzip'
  | 'gzip-claimed'
  | 'huge-header'
  | 'many-headers';

const framing = fc.constantFrom<Framing>(
  'length',
  'length',
  'length-short',
  'length-long',
  'length-absurd',
  'no-length',
  'chunked',
  'chunked',
  'chunked-broken',
  'chunked-and-length',
  'gzip',
  'gzip-claimed',
  'huge-header',
  'many-headers',
);

const asciiHeaderValue = hostileString.map((value) =>
  Array.from(value, (char) => (/^[\x20-\x7e]$/.test(char) ? char : '')).join(''),
);

const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => new TextEncoder().encode(JSON.stringify(value))),
  hostileBytes,
  fc
    .record(
      { apiKey: hostileString, nonceWindow: hostileString, requests: fc.constant([]) },
      { requiredKeys: [] },
    )
    .map((value) => new TextEncoder().encode(JSON.stringify(value))),
);

export const request = fc.record({
  method: fc.constantFrom(
    'POST',
    'POST',
    'POST',
    'POST',
    'GET',
    'PUT',
    'DELETE',
    'OPTIONS',
    'HEAD',
    'PATCH',
    'FOO',
  ),
  suffix: fc.constantFrom('', '', '', '/', '?x=1', '?%ff', '//', '#frag'),
  type: contentType.map((type) =>
    type === null
      ? null
      : Array.from(type)
          .filter((c) => c >= ' ' && c <= '~')
          .join(''),
  ),
  extra: fc.array(fc.tuple(fc.stringMatching(/^X-[A-Za-z0-9-]{1,20}$/), asciiHeaderValue), {
    maxLength: 4,
  }),
  body,
  framing,
  chunkSizes: fc.array(fc.integer({ min: 1, max: 2_048 }), { minLength: 1, maxLength: 6 }),
  headerSize: fc.integer({ min: 1_000, max: 40_000 }),
});

export type Generated = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** The request as parts on the wire. */
export function wire(port: number, path: string, r: Generated): Part[] {
  const headers: [string, string][] = [
    ['Host', `127.0.0.1:${port}`],
    ['Connection', 'close'],
  ];
  if (r.type !== null) headers.push(['Content-Type', r.type]);
  headers.push(...r.extra);
  let payload = Buffer.from(r.body);
  const target = `${path}${r.suffix}`;
  switch (r.framing) {
    case 'length':
      headers.push(['Content-Length', String(payload.length)]);
      break;
    case 'length-short':
      headers.push(['Content-Length', String(Math.max(0, payload.length - 3))]);
      break;
    case 'length-long':
      headers.push(['Content-Length', String(payload.length + 50)]);
      break;
    case 'length-absurd':
      headers.push(['Content-Length', '99999999999999999999']);
      break;
    case 'no-length':
      break;
    case 'gzip':
      payload = gzipSync(payload);
      headers.push(['Content-Encoding', 'gzip'], ['Content-Length', String(payload.length)]);
      break;
    case 'gzip-claimed':
      headers.push(['Content-Encoding', 'gzip'], ['Content-Length', String(payload.length)]);
      break;
    case 'huge-header':
      headers.push(
        ['X-Padding', 'a'.repeat(r.headerSize)],
        ['Content-Length', String(payload.length)],
      );
      break;
    case 'many-headers':
      for (let i = 0; i < Math.floor(r.headerSize / 100); i += 1) headers.push([`X-H${i}`, 'v']);
      headers.push(['Content-Length', String(payload.length)]);
      break;
    case 'chunked':
    case 'chunked-broken':
    case 'chunked-and-length': {
      headers.push(['Transfer-Encoding', 'chunked']);
      if (r.framing === 'chunked-and-length')
        headers.push(['Content-Length', String(payload.length)]);
      const parts: Part[] = [requestHead(r.method, target, headers)];
      let offset = 0;
      let index = 0;
      while (offset < payload.length) {
        const size = r.chunkSizes[index % r.chunkSizes.length] ?? 1;
        const chunk = payload.subarray(offset, offset + size);
        const sizeLine =
          r.framing === 'chunked-broken' && index === 1 ? 'zz' : chunk.length.toString(16);
        parts.push(`${sizeLine}\r\n`, chunk, '\r\n');
        offset += size;
        index += 1;
      }
      parts.push(r.framing === 'chunked-broken' ? '0\r\n' : '0\r\n\r\n');
      return parts;
    }
  }
  return [requestHead(r.method, target, headers), payload];
}

/** Never a 5xx, never a stack trace; a response, or a closed connection for broken framing. */
export function expectSafe(answer: RawAnswer, label: string): void {
  const where = `${label} → ${answer.ended} ${answer.head.split('\r\n')[0] ?? ''} ${answer.body.slice(0, 200)}`;
  if (answer.status !== null) {
    expect(answer.status, `never a 5xx: ${where}`).toBeLessThan(500);
  } else {
    expect(answer.ended, `no answer only when the server closed the connection: ${where}`).not.toBe(
      'timeout',
    );
  }
  expect(stackShape(answer.body), `no stack trace or file path: ${where}`).toBeNull();
  if (
    answer.status !== null &&
    !label.includes(' HEAD ') &&
    /^\/api\/kraken\/(check|probe)\b/.test(label) &&
    answer.status >= 400
  ) {
    if (/content-type:\s*application\/json/i.test(answer.head)) {
      expect(answer.body, `a JSON error says what is wrong: ${where}`).toMatch(
        /"message":"[^"]{10,}/,
      );
    }
  }
}
