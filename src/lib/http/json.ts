import { z } from 'astro/zod';

/** The body of every error answer. `fields`: field path → messages, when input was at fault. */
export const ErrorBodySchema = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;

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

/** `{ error: { status, message, fields? } }` with that status. */
export function errorResponse(
  status: number,
  message: string,
  fields?: Record<string, string[]>,
  init: ResponseInit = {},
): Response {
  const error: ErrorBody['error'] = fields ? { status, message, fields } : { status, message };
  return jsonResponse(status, { error }, init);
}

/** 405 with the `Allow` header, e.g. methodNotAllowed(['POST']). */
export function methodNotAllowed(allow: readonly string[]): Response {
  return errorResponse(405, `Method not allowed: use ${allow.join(' or ')}.`, undefined, {
    headers: { Allow: allow.join(', ') },
  });
}
