import { CheckRequestSchema, runChecks } from '../rules';
import { friendlyZodError } from '../util/zod-errors';
import { clip } from '../util/text';
import { isJsonContentType, readJsonBody } from './body';
import { errorResponse, jsonResponse, methodNotAllowed } from './json';

/** Bodies above this are refused with 413. */
export const CHECK_BODY_LIMIT = 16 * 1024;

/** privateKey, private_key, PRIVATE-KEY, secret, apiSecret, secretKey, privKey… */
const SECRET_NAME = /private|secret|priv/;

function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** Names of fields that look like they hold a private key, at any depth (bounded). */
export function secretFieldNames(value: unknown, depth = 0): string[] {
  if (depth > 8 || typeof value !== 'object' || value === null) return [];
  const entries = Array.isArray(value)
    ? value.map((item) => ['', item] as const)
    : Object.entries(value);
  return entries.flatMap(([name, inner]) => [
    ...(isSecretName(name) ? [clip(name, 64)] : []),
    ...secretFieldNames(inner, depth + 1),
  ]);
}

const PRIVATE_KEY_REFUSED =
  'A private key must never be sent to any server, this one included: it signs orders and, with the wrong permissions, withdrawals. Remove the field; the key checker page checks the private key without it leaving your browser.';

async function check(request: Request): Promise<Response> {
  if (request.method !== 'POST') return methodNotAllowed(['POST']);
  if (!isJsonContentType(request.headers.get('content-type'))) {
    return errorResponse(415, 'Send the body as JSON, with Content-Type: application/json.');
  }
  const body = await readJsonBody(request, { limit: CHECK_BODY_LIMIT });
  if (!body.ok) return errorResponse(body.status, body.message);

  const secrets = secretFieldNames(body.value);
  if (secrets.length > 0) {
    const fields = Object.fromEntries(
      secrets.map((name) => [name, ['Never send a private key to a server.']]),
    );
    return errorResponse(400, PRIVATE_KEY_REFUSED, fields);
  }
  const parsed = CheckRequestSchema.safeParse(body.value);
  if (!parsed.success) {
    const { message, fields } = friendlyZodError(parsed.error);
    return errorResponse(400, `Invalid request: ${message}`, fields);
  }
  return jsonResponse(200, { checks: runChecks(parsed.data, { where: 'server' }) });
}

/**
 * `POST /api/kraken/check`: runs the offline checks on a JSON body and
 * answers `{ checks }`. Web-standard, so it runs on any adapter and in
 * unit tests. Every answer is JSON with `Cache-Control: no-store`; no input
 * can make it answer 5xx.
 */
export async function handleCheck(request: Request): Promise<Response> {
  try {
    return await check(request);
  } catch (error) {
    // The name only: a message could quote the input.
    console.error('check handler:', error instanceof Error ? error.name : typeof error);
    return errorResponse(400, 'The request could not be checked.');
  }
}
