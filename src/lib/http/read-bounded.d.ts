/** Types for read-bounded.js (plain JavaScript so the Node server script can use it too). */
export const BODY_LIMIT_BYTES: number;
export function declaresTooMuch(header: string | null | undefined, limit: number): boolean;
export function readBounded(
  source: AsyncIterator<Uint8Array> | AsyncIterable<Uint8Array>,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; received: number }>;
export function errorBodyJson(status: number, code: string, message: string): string;
export function tooLargeMessage(limit: number): string;
