/** Requests to the check API's handler, and what every answer must carry, for its tests. */
import { expect } from 'vitest';
import { handleCheck } from './check-handler';
import { ErrorBodySchema } from './json';

export const URL_ = 'http://localhost:4321/api/kraken/check';
export const API_KEY = 'HkPK3mVPR6XHpRrjUBMyPVowT8CFZZEsn4CSaMLX2zyvKoIUN2nu9kES';
export const PRIVATE_KEY =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

export const post = (
  body: BodyInit | null,
  contentType: string | null = 'application/json',
  init: RequestInit = {},
) =>
  handleCheck(
    new Request(URL_, {
      method: 'POST',
      body,
      headers: contentType === null ? {} : { 'Content-Type': contentType },
      ...init,
    }),
  );
export const postJson = (value: unknown) => post(JSON.stringify(value));

export async function answer(response: Response) {
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export async function errorOf(response: Response) {
  const { status, body } = await answer(response);
  const error = ErrorBodySchema.parse(body).error;
  expect(error.status).toBe(status);
  return error;
}
