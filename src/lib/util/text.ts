/**
 * Helpers that turn untrusted input into text safe to show in a message:
 * bounded in length, with control and invisible characters made visible.
 */

const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** "U+00A0"-style name of one code point. */
export function codePointName(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Escapes invisible characters as `\u{…}` so a message never carries them raw. */
export function visible(text: string): string {
  let out = '';
  for (const char of text) {
    out += INVISIBLE.test(char) ? `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}` : char;
  }
  return out;
}

/**
 * Quotes what a user typed for a message, cut to `max` code points (the cut
 * never splits a surrogate pair) with "…" when longer.
 */
export function quote(text: string, max = 40): string {
  return `“${clip(text, max)}”`;
}

/** Like `quote`, without the quotation marks. */
export function clip(text: string, max = 40): string {
  const head = Array.from(text.slice(0, max * 2 + 2)).slice(0, max + 1);
  const cut = head.length > max;
  return visible((cut ? head.slice(0, max) : head).join('')) + (cut ? '…' : '');
}

/** 2000000 → "2,000,000" (fixed format, independent of the runtime's locale). */
export function formatInteger(value: number | bigint): string {
  const sign = value < 0 ? '-' : '';
  const digits = (value < 0 ? -value : value).toString();
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 entry" / "3 entries". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatInteger(count)} ${count === 1 ? one : many}`;
}

/** ["a", "b", "c"] → "a, b and c"; at most `max` items, then "and N more". */
export function listOf(items: readonly string[], max = 10, conjunction = 'and'): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${formatInteger(rest)} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${conjunction} ${shown.at(-1) ?? ''}`;
}

/** The text with its first letter a capital: a phrase that opens a sentence of its own. */
export function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
