/**
 * The one HTTP edge both JSON endpoints go through, in this order: method, the same-origin
 * rule (where asked), JSON content type, one bounded body read, one private-key detector,
 * then the endpoint's own zod parse. Every refusal is the shared error body with a stable
 * code, and none quotes the body.
 */
import { findSecrets, type SecretScanOptions } from '../security/secrets';
import { BODY_LIMIT_BYTES, isJsonContentType, readJsonBody } from './body';
import { errorResponse, languageHeaders, methodNotAllowed } from './json';

export interface EdgeOptions {
  /** Refuse requests a browser marks as coming from another site (the probe relay). */
  sameOrigin?: boolean;
  /** Defaults to the site's one body limit. */
  limit?: number;
  /** Values that may look like a private key (the relay's signatures are 64 bytes too). */
  secrets?: SecretScanOptions;
  /** The refusal's message when a private key is found. */
  secretMessage: string;
  /** The language `secretMessage` is worded in, named on that refusal (Content-Language). */
  secretLanguage?: string;
}

export type EdgeResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * Browsers send `Sec-Fetch-Site` (and `Origin` on POST); plain API clients
 * send neither. True for what a browser marks as coming from elsewhere.
 */
export function isCrossOriginBrowser(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site === 'same-origin' || site === 'none') return false;
  if (site === 'same-site' || site === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const host = request.headers.get('host') ?? new URL(request.url).host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

const fail = (response: Response): EdgeResult => ({ ok: false, response });

/** Runs the shared steps; the caller parses `value` with its own schema. */
export async function readJsonRequest(request: Request, options: EdgeOptions): Promise<EdgeResult> {
  if (request.method !== 'POST') return fail(methodNotAllowed(['POST']));
  if (options.sameOrigin && isCrossOriginBrowser(request)) {
    return fail(
      errorResponse({
        status: 403,
        code: 'cross-origin',
        message: 'This endpoint only answers pages of this site.',
      }),
    );
  }
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return fail(
      errorResponse({
        status: 415,
        code: 'unsupported-media-type',
        message: 'Send the body as JSON, with Content-Type: application/json.',
      }),
    );
  }
  const read = await readJsonBody(request, { limit: options.limit ?? BODY_LIMIT_BYTES });
  if (!read.ok) {
    return fail(errorResponse({ status: read.status, code: read.code, message: read.message }));
  }
  const secrets = findSecrets(read.value, options.secrets);
  if (secrets.length > 0) {
    return fail(
      errorResponse(
        {
          status: 400,
          code: 'private-key-sent',
          message: options.secretMessage,
          fields: Object.fromEntries(
            secrets.map((path) => [path, ['Never send a private key to a server.']]),
          ),
        },
        options.secretLanguage ? { headers: languageHeaders(options.secretLanguage) } : {},
      ),
    );
  }
  return { ok: true, value: read.value };
}

/**
 * An error answer is about one request, never a page: no cache may keep it, or it would
 * serve one client's refusal to others. Every 4xx and 5xx of every endpoint carries it.
 */
export const ERROR_CACHE_CONTROL = 'no-store';

/** Whether a status is a refusal or a failure (4xx or 5xx). */
export const isErrorStatus = (status: number): boolean => status >= 400 && status <= 599;

/**
 * An error answer in any format (the JSON endpoints use `errorResponse`; a Markdown one,
 * like the ask endpoint's, uses this): `body` is the caller's own text, never the
 * client's, and the answer is never cached.
 */
export function errorText(
  status: number,
  body: string,
  contentType: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'X-Content-Type-Options': 'nosniff',
      ...headers,
      'Cache-Control': ERROR_CACHE_CONTROL,
    },
  });
}

/**
 * Makes any error answer uncacheable, in place when its headers may change, else as a
 * copy (a Response from fetch() has immutable headers). Success answers pass unchanged.
 */
export function noStoreOnError(response: Response): Response {
  if (!isErrorStatus(response.status)) return response;
  try {
    response.headers.set('Cache-Control', ERROR_CACHE_CONTROL);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set('Cache-Control', ERROR_CACHE_CONTROL);
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    });
  }
}
