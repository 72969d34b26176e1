/**
 * Reading request (and upstream response) bodies with a hard size limit, for any runtime with the
 * Fetch API (Node, Deno, workers). Nothing here echoes the body's content.
 */

export interface BodyError {
  ok: false;
  status: 400 | 413;
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
  message: `The body is larger than ${limit} bytes.`,
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
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);
  if (request.body === null) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      return tooLarge(limit);
    }
    chunks.push(value);
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
 * Reads and parses a JSON body of at most `limit` bytes: 413 when larger,
 * 400 when empty, not UTF-8 or not JSON. Messages never quote the body.
 */
export async function readJsonBody(request: Request, options: ReadOptions): Promise<BodyResult> {
  let read: BytesResult;
  try {
    read = await readBodyBytes(request, options);
  } catch {
    return { ok: false, status: 400, message: 'The body could not be read.' };
  }
  if (!read.ok) return read;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    return { ok: false, status: 400, message: 'The body is not valid UTF-8.' };
  }
  if (text.trim() === '')
    return { ok: false, status: 400, message: 'The body is empty: send a JSON object.' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, status: 400, message: 'The body is not valid JSON.' };
  }
}
