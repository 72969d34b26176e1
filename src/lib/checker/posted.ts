import type { GuideForm } from '../guide/links';
import type { CheckerState } from './state';
import { initialState, stateFromFormData } from './state';

/** Far above what the checker's fields hold; a bigger body is not a checker form. */
export const MAX_FORM_BYTES = 16 * 1024;

export type PostedForm =
  | { kind: 'redirect' }
  | { kind: 'ok'; status: 200; state: CheckerState }
  | { kind: 'error'; status: 400 | 413 | 415; message: string; state: CheckerState };

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * Reads the checker form a browser posted without JavaScript. A GET (a
 * bookmark, a reload) goes back to the checker page; a body that is not a
 * small form gets the empty checker and a message, never an exception.
 */
export async function readPostedForm(request: Request, form: GuideForm): Promise<PostedForm> {
  if (request.method !== 'POST') return { kind: 'redirect' };
  const empty = initialState(form);
  const type =
    (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(type)) {
    return {
      kind: 'error',
      status: 415,
      message: 'Send the checker’s form to see results.',
      state: empty,
    };
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_FORM_BYTES) {
    return {
      kind: 'error',
      status: 413,
      message: 'That form was too large to check.',
      state: empty,
    };
  }
  try {
    const body = await readAtMost(request, MAX_FORM_BYTES + 1);
    if (body.byteLength > MAX_FORM_BYTES) {
      return {
        kind: 'error',
        status: 413,
        message: 'That form was too large to check.',
        state: empty,
      };
    }
    const data = await new Response(body, {
      headers: { 'content-type': request.headers.get('content-type') ?? type },
    }).formData();
    return { kind: 'ok', status: 200, state: stateFromFormData(data, form) };
  } catch {
    return {
      kind: 'error',
      status: 400,
      message: 'That form could not be read. Please fill it in again.',
      state: empty,
    };
  }
}

/** The body's first `limit` bytes at most, however much the client sends. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Uint8Array(limit);
  let length = 0;
  if (!request.body) return out.subarray(0, 0);
  const reader = request.body.getReader();
  try {
    while (length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      const take = Math.min(value.byteLength, limit - length);
      out.set(value.subarray(0, take), length);
      length += take;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return out.subarray(0, length);
}
