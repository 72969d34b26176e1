import type { GuideForm } from '../guide/links';
import { BODY_LIMIT_BYTES, readBodyBytes } from '../http/body';
import { isCrossOriginBrowser } from '../http/edge';
import type { CheckerState } from './state';
import { initialState, stateFromFormData } from './state';

/** The site's one body limit: far above what the checker's fields hold. */
export const MAX_FORM_BYTES = BODY_LIMIT_BYTES;

export type PostedForm =
  | { kind: 'redirect' }
  | { kind: 'ok'; status: 200; state: CheckerState }
  | { kind: 'error'; status: 400 | 413 | 415; problem: PostProblem; state: CheckerState };

/** Why a post could not be read; the result page says it in its language. */
export type PostProblem = 'type' | 'size' | 'unreadable';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

export interface PostedOptions {
  /** The service's configured IP range: when set, a posted range is ignored. */
  ipRange?: string | undefined;
}

/**
 * Reads the checker form a browser posted without JavaScript. A GET (a bookmark, a
 * reload) or a post from another site goes back to the checker page; a body that is not
 * a small form gets the empty checker and a message, never an exception.
 */
export async function readPostedForm(
  request: Request,
  form: GuideForm,
  { ipRange }: PostedOptions = {},
): Promise<PostedForm> {
  // Another site posting here would make the page render what that site chose, with this
  // site's authority: the endpoints' one same-origin rule sends it back to the checker.
  if (request.method !== 'POST' || isCrossOriginBrowser(request)) return { kind: 'redirect' };
  const empty = initialState(form, ipRange);
  const type =
    (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(type)) {
    return {
      kind: 'error',
      status: 415,
      problem: 'type',
      state: empty,
    };
  }
  const tooLarge: PostedForm = {
    kind: 'error',
    status: 413,
    problem: 'size',
    state: empty,
  };
  try {
    const read = await readBodyBytes(request, { limit: MAX_FORM_BYTES });
    if (!read.ok) return tooLarge;
    const data = await new Response(read.bytes as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': request.headers.get('content-type') ?? type },
    }).formData();
    const state = stateFromFormData(data, form);
    // The service's range is the site's to say when it is configured, not the post's.
    return { kind: 'ok', status: 200, state: ipRange ? { ...state, ipRange } : state };
  } catch {
    return {
      kind: 'error',
      status: 400,
      problem: 'unreadable',
      state: empty,
    };
  }
}
