/**
 * The language of an answer from an `Accept-Language` header (RFC 9110):
 * the supported language with the highest quality, ties to the earlier one;
 * English when the header is absent, malformed or names nothing supported.
 */
import type { Lang } from './types';
import { DEFAULT_LANG, LANGS } from './types';

/** A header longer than any real one is read no further than this. */
const MAX_HEADER = 1024;
const RANGE = /^([a-z]{1,8}(?:-[a-z0-9]{1,8})*|\*)$/i;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/** "id-ID;q=0.8" → { lang: 'id', q: 0.8 }; null when malformed or not a supported language. */
function readRange(part: string): { lang: Lang | '*'; q: number } | null {
  const [range = '', ...params] = part.split(';').map((p) => p.trim());
  if (!RANGE.test(range)) return null;
  let q = 1;
  for (const param of params) {
    const match = QUALITY.exec(param);
    if (!match) return null;
    q = Number(match[1]);
  }
  if (range === '*') return { lang: '*', q };
  const primary = range.split('-')[0]?.toLowerCase();
  const lang = LANGS.find((l) => l === primary);
  return lang ? { lang, q } : null;
}

export function negotiateLang(header: string | null | undefined): Lang {
  if (!header) return DEFAULT_LANG;
  let best: Lang = DEFAULT_LANG;
  let bestQ = 0;
  for (const part of header.slice(0, MAX_HEADER).split(',')) {
    const read = readRange(part);
    if (!read || read.q <= bestQ) continue;
    best = read.lang === '*' ? DEFAULT_LANG : read.lang;
    bestQ = read.q;
  }
  return best;
}
