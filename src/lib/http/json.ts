import { z } from 'astro/zod';

/**
 * The body of every error answer of both endpoints. `code` is stable (clients branch on it;
 * the message may change); `fields`: field path → messages, when input was at fault.
 */
export const ErrorBodySchema = z.object({
  error: z.object({
    status: z.number().int(),
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    /** On the relay's nonce refusals: the server's clock, in milliseconds since 1970. */
    serverTime: z.number().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type ErrorInfo = ErrorBody['error'];

/** Sent with every JSON answer; `init.headers` may add to or override them. */
export const JSON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** A JSON response with `status`, never cached. */
export function jsonResponse(status: number, body: unknown, init: ResponseInit = {}): Response {
  let headers: HeadersInit = { ...JSON_HEADERS };
  if (init.headers !== undefined) {
    const merged = new Headers(headers);
    new Headers(init.headers).forEach((value, name) => merged.set(name, value));
    headers = merged;
  }
  return new Response(JSON.stringify(body), { ...init, status, headers });
}

/**
 * The headers of an answer worded in `lang`: caches keep one copy per Accept-Language, and
 * the page can tell the answer's language from the header.
 */
export function languageHeaders(lang: string): Record<string, string> {
  return { 'Content-Language': lang, Vary: 'Accept-Language' };
}

/** `{ error: { status, code, message, fields? } }` with that status. */
export function errorResponse(
  error: Omit<ErrorInfo, 'fields'> & { fields?: ErrorInfo['fields'] | undefined },
  init: ResponseInit = {},
): Response {
  const { fields, ...rest } = error;
  const body: ErrorBody = { error: fields ? { ...rest, fields } : rest };
  return jsonResponse(error.status, body, init);
}

/** 405 with the `Allow` header, e.g. methodNotAllowed(['POST']). */
export function methodNotAllowed(allow: readonly string[]): Response {
  return errorResponse(
    {
      status: 405,
      code: 'method-not-allowed',
      message: `Method not allowed: use ${allow.join(' or ')}.`,
    },
    { headers: { Allow: allow.join(', ') } },
  );
}
