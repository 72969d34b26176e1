import { MESSAGES } from '../messages';
import { negotiateLang } from '../messages/negotiate';
import { CheckRequestSchema, runChecksIn } from '../rules';
import { friendlyZodError } from '../util/zod-errors';
import { clip } from '../util/text';
import { BODY_LIMIT_BYTES } from './body';
import { readJsonRequest } from './edge';
import { errorResponse, jsonResponse, languageHeaders } from './json';

/** Bodies above this are refused with 413: the site's one body limit. */
export const CHECK_BODY_LIMIT = BODY_LIMIT_BYTES;

/**
 * Entries an address list may hold. Kraken's IP field and a service's range hold a handful;
 * the cap keeps a crafted body (thousands of one-character entries) as cheap as a real one.
 */
export const MAX_LIST_ENTRIES = 256;
const LIST_FIELDS = ['serviceRange', 'ipAllowlist'] as const;

/** Field names in messages are cut to this: enough to find the field, never a whole value. */
const FIELD_NAME_CHARS = 24;
const PLAIN_FIELD = /^[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|\.[A-Za-z_][A-Za-z0-9_]*)*$/;

const PRIVATE_KEY_REFUSED =
  'A private key must never be sent to any server, this one included: it signs orders and, with the wrong permissions, withdrawals. Remove it; the key checker page checks the private key without it leaving your browser.';

/** How many entries a comma-, space- or newline-separated list holds, counting no further than `max + 1`. */
export function countEntries(text: string, max = MAX_LIST_ENTRIES): number {
  let count = 0;
  let inEntry = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // , space tab newline carriage-return
    const separator = c === 44 || c === 32 || c === 9 || c === 10 || c === 13;
    if (!separator && !inEntry) {
      count += 1;
      if (count > max) return count;
    }
    inEntry = !separator;
  }
  return count;
}

function tooManyEntries(value: unknown): Record<string, string[]> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const fields: Record<string, string[]> = {};
  for (const name of LIST_FIELDS) {
    const list = (value as Record<string, unknown>)[name];
    if (typeof list === 'string' && countEntries(list) > MAX_LIST_ENTRIES) {
      fields[name] = [`At most ${MAX_LIST_ENTRIES} addresses or ranges.`];
    }
  }
  return Object.keys(fields).length > 0 ? fields : null;
}

async function check(request: Request): Promise<Response> {
  const edge = await readJsonRequest(request, { secretMessage: PRIVATE_KEY_REFUSED });
  if (!edge.ok) return edge.response;

  const crowded = tooManyEntries(edge.value);
  if (crowded) {
    return errorResponse({
      status: 400,
      code: 'too-many-entries',
      message: `Invalid request: ${Object.keys(crowded).join(' and ')} ${Object.keys(crowded).length > 1 ? 'hold' : 'holds'} more than ${MAX_LIST_ENTRIES} entries; Kraken's IP field and a service's range hold a few.`,
      fields: crowded,
    });
  }
  const parsed = CheckRequestSchema.safeParse(edge.value);
  if (!parsed.success) {
    // Field names come from the input: only a plain name (letters, digits, `_`, `.`, `[n]`)
    // is repeated, cut short; anything else (markup, links, spaces) is never echoed.
    const merged = new Map<string, string[]>();
    for (const [name, messages] of Object.entries(friendlyZodError(parsed.error).fields)) {
      const shown = PLAIN_FIELD.test(name) ? clip(name, FIELD_NAME_CHARS) : '';
      merged.set(shown, [...new Set([...(merged.get(shown) ?? []), ...messages])]);
    }
    const short = [...merged];
    const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
    const message = short
      .slice(0, 10)
      .map(
        ([name, messages]) => `${name === '' ? 'body' : name}: ${messages.map(sentence).join(' ')}`,
      )
      .join(' ');
    return errorResponse({
      status: 400,
      code: 'invalid-request',
      message: `Invalid request: ${message}${short.length > 10 ? ` (and ${short.length - 10} more)` : ''}`,
      fields: Object.fromEntries(short),
    });
  }
  const lang = negotiateLang(request.headers.get('accept-language'));
  const checks = runChecksIn(MESSAGES[lang], parsed.data, { where: 'server' });
  return jsonResponse(200, { checks }, { headers: languageHeaders(lang) });
}

/**
 * `POST /api/kraken/check`: runs the offline checks on a JSON body and
 * answers `{ checks }`, their words in the language `Accept-Language` asks
 * for (English unless it prefers Indonesian). Web-standard, so it runs on any
 * adapter and in unit tests. Every answer is JSON with `Cache-Control:
 * no-store`; no input can make it answer 5xx. Error messages stay English;
 * their `code` is the stable part.
 */
export async function handleCheck(request: Request): Promise<Response> {
  try {
    return await check(request);
  } catch (error) {
    // The name only: a message could quote the input.
    console.error('check handler:', error instanceof Error ? error.name : typeof error);
    return errorResponse({
      status: 400,
      code: 'unprocessable',
      message: 'The request could not be checked.',
    });
  }
}
