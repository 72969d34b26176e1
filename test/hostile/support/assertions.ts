/**
 * What every answer of the two endpoints must be, whatever was sent:
 * never 5xx, JSON with `Cache-Control: no-store`, no stack trace or file
 * path, and for errors `{ error: { status, message } }` with a sentence a
 * person can act on.
 */
import { expect } from 'vitest';

/** Shapes that only a leaked stack trace or file path would put in a body. */
export const STACK_SHAPES: readonly RegExp[] = [
  /^\s+at /m,
  /\bat [\w$.<>[\]]+ \([^)]*:\d+:\d+\)/,
  /node_modules/,
  /\.[cm]?[jt]sx?:\d+/,
  /\b[A-Z]?\w*Error: /,
  /\/work\//,
  /file:\/\//,
];

/** What util/text.ts `visible()` escapes: a message must never carry these raw. */
const RAW_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** The first stack-like shape in `text`, or null. */
export function stackShape(text: string): string | null {
  for (const shape of STACK_SHAPES) {
    const match = shape.exec(text);
    if (match)
      return `${shape} matched ${JSON.stringify(text.slice(match.index, match.index + 60))}`;
  }
  return null;
}

/** A message a person reads: starts with a capital, a digit or a quoted value, has words, ends like a sentence. */
export function isHumanSentence(message: unknown): boolean {
  return (
    typeof message === 'string' &&
    message.length >= 12 &&
    /^[\p{Lu}\p{N}“"]/u.test(message) &&
    /\s/.test(message) &&
    /[.!?)]$/.test(message.trim())
  );
}

export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

/**
 * Checks every invariant of an answer and returns it parsed. `label` says
 * which generated input it was, for the failure message.
 */
export async function expectSafeAnswer(response: Response, label: string): Promise<Answer> {
  const text = await response.text();
  const where = `${label} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status, `never a 5xx: ${where}`).toBeLessThan(500);
  expect(response.status, `a real HTTP status: ${where}`).toBeGreaterThanOrEqual(200);
  expect(response.headers.get('content-type'), `always JSON: ${where}`).toMatch(
    /^application\/json\b/,
  );
  expect(response.headers.get('cache-control'), `never cached: ${where}`).toBe('no-store');
  expect(stackShape(text), `no stack trace or file path: ${where}`).toBeNull();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    expect.fail(`the body is JSON: ${where}`);
  }
  if (response.status >= 300) {
    const error = (body as { error?: { status?: unknown; message?: unknown } } | null)?.error;
    expect(error?.status, `error.status repeats the HTTP status: ${where}`).toBe(response.status);
    expect(isHumanSentence(error?.message), `error.message is a sentence: ${where}`).toBe(true);
    expect(
      RAW_INVISIBLE.test(String(error?.message)),
      `error.message carries no raw control or invisible character: ${where}`,
    ).toBe(false);
  }
  return { status: response.status, body, text };
}

/** A short description of a generated input for failure messages. */
export function describeInput(parts: Record<string, unknown>): string {
  return JSON.stringify(parts, (_key, value: unknown) => {
    if (typeof value === 'string' && value.length > 1000)
      return `${value.slice(0, 1000)}…(${value.length})`;
    if (value instanceof Uint8Array) return `<${value.length} bytes>`;
    return value;
  });
}
