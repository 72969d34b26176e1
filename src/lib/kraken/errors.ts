/**
 * Kraken's error strings as data: which kind of answer each is, whether the
 * relay stops after it, and its troubleshooting entry. The words that explain
 * them live in the message catalogue (`src/lib/messages/en/live.ts`). Kraken
 * appends details after a colon (`EGeneral:Invalid arguments:volume`,
 * `EService:Throttled: 1700000000`), and its rate-limit guide prints the
 * throttle with a space after the first colon (`EService: Throttled: …`), so
 * an error is matched on its code with that space removed.
 */
import type { TroubleKey } from '../guide/links';

export type KrakenErrorCategory =
  /** The API key is not known to Kraken. */
  | 'invalid-key'
  /** The signature does not match: wrong private key. */
  | 'invalid-signature'
  | 'invalid-nonce'
  /** The key may not make this call. */
  | 'permission-denied'
  /** The account may not do this (e.g. a regional restriction). */
  | 'account-restricted'
  /** The account itself is suspended or not confirmed: no call can succeed. */
  | 'account'
  /** A malformed call, or a key with query start/end dates: never proof of a permission. */
  | 'invalid-arguments'
  /** Kraken does not know the method (GetApiKeyInfo on a Kraken without it). */
  | 'unknown-method'
  /** Too many calls or authentication attempts, or throttled: more calls make it worse. */
  | 'rate-limited'
  | 'lockout'
  | 'unavailable'
  /** An order-level answer: Kraken checks the permission before it judges the order. */
  | 'order'
  /** An order rate limit: it says nothing about a permission. */
  | 'order-limit'
  | 'unknown';

export interface KrakenErrorInfo {
  /** The code the catalogue explains, e.g. `EService:Throttled`. */
  code: string;
  /** Kraken's string as it arrived (trimmed), to quote verbatim. */
  error: string;
  category: KrakenErrorCategory;
  /** Whether the relay stops sending the rest of the batch after it. */
  stops: boolean;
  trouble: TroubleKey | null;
  /** For a throttle: the unix seconds Kraken gives, when it gives one. */
  until?: number;
}

type Entry = Pick<KrakenErrorInfo, 'category' | 'stops' | 'trouble'>;

const entry = (
  category: KrakenErrorCategory,
  stops: boolean,
  trouble: TroubleKey | null,
): Entry => ({
  category,
  stops,
  trouble,
});

/** Every error Kraken's errors and rate-limit guides list, and the ones seen in answers. */
export const KRAKEN_ERRORS: Readonly<Record<string, Entry>> = {
  'EAPI:Invalid key': entry('invalid-key', true, 'invalid-key'),
  'EAPI:Invalid signature': entry('invalid-signature', true, 'invalid-signature'),
  'EAPI:Invalid nonce': entry('invalid-nonce', true, 'invalid-nonce'),
  'EGeneral:Permission denied': entry('permission-denied', false, 'permission-denied'),
  'EAPI:Permission denied': entry('permission-denied', false, 'permission-denied'),
  'EAccount:Invalid permissions': entry('account-restricted', false, null),
  'EAuth:Account temporary disabled': entry('account', true, null),
  'EAuth:Account unconfirmed': entry('account', true, null),
  'EGeneral:Invalid arguments': entry('invalid-arguments', false, null),
  'EAuth:Rate limit exceeded': entry('rate-limited', true, 'rate-limits'),
  'EAuth:Too many requests': entry('rate-limited', true, 'rate-limits'),
  'EAPI:Rate limit exceeded': entry('rate-limited', true, 'rate-limits'),
  'EGeneral:Too many requests': entry('rate-limited', true, 'rate-limits'),
  'EService:Throttled': entry('rate-limited', true, 'rate-limits'),
  'EGeneral:Temporary lockout': entry('lockout', true, 'temporary-lockout'),
  'EService:Unavailable': entry('unavailable', true, 'kraken-unavailable'),
  'EService:Busy': entry('unavailable', true, 'kraken-unavailable'),
  'EService:Deadline elapsed': entry('unavailable', true, 'kraken-unavailable'),
  'EGeneral:Internal error': entry('unavailable', true, 'kraken-unavailable'),
  'EGeneral:Unknown method': entry('unknown-method', false, null),
  'EOrder:Unknown order': entry('order', false, null),
  'EOrder:Invalid order': entry('order', false, null),
  'EOrder:Rate limit exceeded': entry('order-limit', true, 'rate-limits'),
  'EOrder:Orders limit exceeded': entry('order-limit', false, 'rate-limits'),
  'EOrder:Domain rate limit exceeded': entry('order-limit', true, 'rate-limits'),
};

/** The errors after which nothing more is sent for the key: more calls only make them worse. */
export const HALTING_CATEGORIES: ReadonlySet<KrakenErrorCategory> = new Set([
  'rate-limited',
  'lockout',
  'account',
]);

const UNKNOWN_ORDER_ERROR = entry('order', false, null);
const UNKNOWN_ERROR = entry('unknown', false, null);

/** `EService: Throttled: 1` → `EService:Throttled: 1`: the rate-limit guide's spelling. */
function normalize(error: string): string {
  return error.trim().replace(/^([EW][A-Za-z]+):\s+/, '$1:');
}

function codeOf(error: string): string | undefined {
  return Object.keys(KRAKEN_ERRORS).find((code) => error === code || error.startsWith(`${code}:`));
}

/** The unix seconds after a throttle's code, when they are a plausible time. */
function throttledUntil(error: string, code: string): number | undefined {
  const rest = error.slice(code.length + 1).trim();
  if (!/^\d{9,11}$/.test(rest)) return undefined;
  return Number(rest);
}

/** Looks up one Kraken error string, e.g. `EService:Throttled: 1700000000`. */
export function explainKrakenError(raw: string): KrakenErrorInfo {
  const error = raw.trim();
  const normal = normalize(error);
  const code = codeOf(normal);
  if (code !== undefined) {
    const info: KrakenErrorInfo = { code, error, ...(KRAKEN_ERRORS[code] as Entry) };
    const until = code === 'EService:Throttled' ? throttledUntil(normal, code) : undefined;
    return until === undefined ? info : { ...info, until };
  }
  if (normal.startsWith('EOrder:')) return { code: normal, error, ...UNKNOWN_ORDER_ERROR };
  return { code: normal, error, ...UNKNOWN_ERROR };
}

/** Of several errors in one answer, the one that decides: a stopping one first. */
export function decidingError(errors: readonly string[]): KrakenErrorInfo {
  const infos = errors.map(explainKrakenError);
  return infos.find((info) => info.stops) ?? infos[0] ?? explainKrakenError('');
}

/** Kraken prefixes errors with `E` and warnings with `W`; only errors fail a call. */
export function isKrakenError(message: string): boolean {
  return message.trimStart().startsWith('E');
}
