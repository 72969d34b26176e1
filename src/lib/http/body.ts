/**
 * Reading request (and upstream response) bodies with a hard size limit, for any runtime with the
 * Fetch API (Node, Deno, workers). The reading itself is read-bounded.js, shared with the Node
 * server script. Nothing here echoes the body's content.
 */
import { BODY_LIMIT_BYTES, declaresTooMuch, readBounded, tooLargeMessage } from './read-bounded.js';

export { BODY_LIMIT_BYTES };

export type BodyErrorCode = 'too-large' | 'invalid-json' | 'empty-body' | 'unreadable-body';

export interface BodyError {
  ok: false;
  status: 400 | 413;
  code: BodyErrorCode;
  message: string;
}
export type BodyResult = { ok: true; value: unknown } | BodyError;
export type BytesResult = { ok: true; bytes: Uint8Array } | BodyError;

export interface ReadOptions {
  /** Largest body accepted, in bytes. */
  limit: number;
}

/**
 * Whether a Content-Type header names JSON: `application/json`, with at most
 * a UTF-8 `charset` parameter (any casing, quoted or not).
 */
export function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  const [type = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (type !== 'application/json') return false;
  return params.every((param) => {
    if (param === '') return true;
    const [name, value = ''] = param.split('=').map((part) => part.trim());
    return name === 'charset' && ['utf-8', 'utf8'].includes(value.replace(/^"(.*)"$/, '$1'));
  });
}

const tooLarge = (limit: number): BodyError => ({
  ok: false,
  status: 413,
  code: 'too-large',
  message: tooLargeMessage(limit),
});

/**
 * Reads the body as bytes, stopping as soon as it passes `limit`: a
 * Content-Length above the limit is refused before reading, and a missing
 * or false one cannot get more than `limit` bytes through.
 */
export async function readBodyBytes(
  request: Pick<Request, 'headers' | 'body'>,
  { limit }: ReadOptions,
): Promise<BytesResult> {
  if (declaresTooMuch(request.headers.get('content-length'), limit)) return tooLarge(limit);
  if (request.body === null) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const read = await readBounded({ next: () => reader.read() } as AsyncIterator<Uint8Array>, limit);
  if (!read.ok) {
    await reader.cancel().catch(() => undefined);
    return tooLarge(limit);
  }
  return { ok: true, bytes: read.bytes };
}

/**
 * Reads and parses a JSON body of at most `limit` bytes: 413 when larger,
 * 400 when empty, not UTF-8 or not JSON. Messages never quote the body.
 */
export async function readJsonBody(request: Request, options: ReadOptions): Promise<BodyResult> {
  let read: BytesResult;
  try {
    read = await readBodyBytes(request, options);
  } catch {
    return {
      ok: false,
      status: 400,
      code: 'unreadable-body',
      message: 'The body could not be read.',
    };
  }
  if (!read.ok) return read;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return {
      ok: false,
      status: 400,
      code: 'invalid-json',
      message: 'The body is not valid UTF-8.',
    };
  }
  if (text.trim() === '')
    return {
      ok: false,
      status: 400,
      code: 'empty-body',
      message: 'The body is empty: send a JSON object.',
    };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, code: 'invalid-json', message: 'The body is not valid JSON.' };
  }
}
