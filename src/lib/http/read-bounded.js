// @ts-check
/**
 * The one bounded body reader, in plain JavaScript so that the Node server script
 * (scripts/serve.mjs, which reads small bodies before Astro sees them) uses the very same
 * code and limit as the endpoints and the no-JavaScript result page. No dependencies.
 */

/** The largest request body any part of this site reads, in bytes. */
export const BODY_LIMIT_BYTES = 16 * 1024;

/**
 * Whether a declared Content-Length already exceeds `limit` (a missing or malformed one
 * does not: the reader below still stops at the limit).
 * @param {string | null | undefined} header
 * @param {number} limit
 */
export function declaresTooMuch(header, limit) {
  if (header === null || header === undefined || header.trim() === '') return false;
  const declared = Number(header);
  return Number.isFinite(declared) && declared > limit;
}

/**
 * Collects the chunks of `source` until it ends or passes `limit` bytes. On overflow it
 * stops pulling and leaves the source to the caller (cancel a web stream; answer and
 * close a Node request), so an answer can still be written.
 * @param {AsyncIterator<Uint8Array> | AsyncIterable<Uint8Array>} source
 * @param {number} limit
 * @returns {Promise<{ ok: true, bytes: Uint8Array } | { ok: false, received: number }>}
 */
export async function readBounded(source, limit) {
  const iterator =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : /** @type {AsyncIterator<Uint8Array>} */ (source);
  /** @type {Uint8Array[]} */
  const chunks = [];
  let received = 0;
  for (;;) {
    const { done, value } = await iterator.next();
    if (done) break;
    const chunk = typeof value === 'string' ? new TextEncoder().encode(value) : value;
    received += chunk.byteLength;
    if (received > limit) return { ok: false, received };
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/**
 * The error body every endpoint answers, `{ error: { status, code, message } }`, for the
 * server script's own refusals.
 * @param {number} status
 * @param {string} code
 * @param {string} message
 */
export function errorBodyJson(status, code, message) {
  return JSON.stringify({ error: { status, code, message } });
}

/** @param {number} limit */
export function tooLargeMessage(limit) {
  return `The body is larger than ${limit} bytes.`;
}
