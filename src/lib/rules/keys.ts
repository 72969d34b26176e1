import { codePointName } from '../util/text';

export { API_KEY_LENGTH, PRIVATE_KEY_BYTES, PRIVATE_KEY_LENGTH } from '../profile/kraken';

/** Whitespace and invisible characters that wrapped or copied pastes bring along. */
const PASTE_NOISE = /[\s\u200b-\u200d\u2060\ufeff]+/gu;
const BASE64_CHAR = /[A-Za-z0-9+/=]/;
const ONLY_BASE64_CHARS = /^[A-Za-z0-9+/=]*$/;

/** Removes whitespace, line breaks and zero-width characters anywhere in a pasted key. */
export function normalizeKey(value: string): string {
  return value.replace(PASTE_NOISE, '');
}

/** What a key looks like, without its content: safe to put in a message. */
export interface KeyShape {
  /** Code points after normalising. */
  length: number;
  /** Up to three distinct characters that are not base64, described by code point. */
  foreign: string[];
  /** More distinct ones than `foreign` shows. */
  foreignMore: boolean;
  foreignCount: number;
  /** "=" anywhere but in the final two places of a length divisible by 4. */
  badPadding: boolean;
  /** Bytes it decodes to; null when it is not base64. */
  bytes: number | null;
}

function describeChar(char: string): string {
  return /^[\x21-\x7e]$/.test(char) ? `“${char}” (${codePointName(char)})` : codePointName(char);
}

export function keyShape(normalized: string): KeyShape {
  let length = 0;
  let foreignCount = 0;
  const foreign = new Set<string>();
  if (ONLY_BASE64_CHARS.test(normalized)) {
    // The usual case: ASCII only, one code point per UTF-16 unit, nothing to describe.
    length = normalized.length;
  } else {
    for (const char of normalized) {
      length++;
      if (BASE64_CHAR.test(char)) continue;
      foreignCount++;
      if (foreign.size < 4) foreign.add(describeChar(char));
    }
  }
  let padding = 0;
  while (normalized[normalized.length - 1 - padding] === '=') padding++;
  const badPadding =
    normalized.slice(0, normalized.length - padding).includes('=') ||
    padding > 2 ||
    (padding > 0 && normalized.length % 4 !== 0);
  const data = normalized.length - padding;
  const base64 = foreignCount === 0 && !badPadding && data % 4 !== 1;
  return {
    length,
    foreign: [...foreign].slice(0, 3),
    foreignMore: foreign.size > 3,
    foreignCount,
    badPadding,
    bytes: base64 ? Math.floor((data * 3) / 4) : null,
  };
}
