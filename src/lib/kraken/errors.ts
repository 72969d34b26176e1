/**
 * Kraken's error strings as data: what each means and what
 * to do. Kraken appends details after a colon (`EGeneral:Invalid
 * arguments:volume`, `EService:Throttled: 1700000000`), so entries match the
 * code itself or the code followed by `:`.
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
  /** A malformed call, or a key with query start/end dates: never proof of a permission. */
  | 'invalid-arguments'
  /** Kraken does not know the method (GetApiKeyInfo on a Kraken without it). */
  | 'unknown-method'
  | 'rate-limited'
  | 'lockout'
  | 'unavailable'
  /** An order-level answer: Kraken checks the permission before it judges the order. */
  | 'order'
  | 'unknown';

export interface KrakenErrorInfo {
  code: string;
  category: KrakenErrorCategory;
  /** One line: what Kraken is saying. */
  meaning: string;
  /** One line: what to do about it. */
  advice: string;
  /** Whether the relay stops sending the rest of the batch after it. */
  stops: boolean;
  trouble: TroubleKey | null;
}

type Entry = Omit<KrakenErrorInfo, 'code'>;

export const KRAKEN_ERRORS: Readonly<Record<string, Entry>> = {
  'EAPI:Invalid key': {
    category: 'invalid-key',
    meaning: 'Kraken does not know this API key: it is wrong, deleted, expired or disabled.',
    advice: 'Copy the API key again from Kraken, or create a new key.',
    stops: true,
    trouble: 'invalid-key',
  },
  'EAPI:Invalid signature': {
    category: 'invalid-signature',
    meaning: 'The request was signed with a private key that does not belong to this API key.',
    advice:
      'Copy the private key ("API Secret" on the service) again; check the two fields are not swapped.',
    stops: true,
    trouble: 'invalid-signature',
  },
  'EAPI:Invalid nonce': {
    category: 'invalid-nonce',
    meaning: 'Kraken refused the nonce: it is not above the highest nonce this key has seen.',
    advice:
      'One key per program. Larger-scale nonces: a new key. A clock running ahead: correct it.',
    stops: true,
    trouble: 'invalid-nonce',
  },
  'EGeneral:Permission denied': {
    category: 'permission-denied',
    meaning:
      'The permission is off, or the call came from outside the key’s IP allowlist: the answer does not say which.',
    advice: 'Turn the permission on in the key settings, or create a new key with it.',
    stops: false,
    trouble: 'permission-denied',
  },
  'EAPI:Permission denied': {
    category: 'permission-denied',
    meaning:
      'The permission is off, or the call came from outside the key’s IP allowlist: the answer does not say which.',
    advice: 'Turn the permission on in the key settings, or create a new key with it.',
    stops: false,
    trouble: 'permission-denied',
  },
  'EAccount:Invalid permissions': {
    category: 'account-restricted',
    meaning: 'The account may not do this, often because of a regional restriction.',
    advice: 'Check the account is verified for trading this pair in your region.',
    stops: false,
    trouble: null,
  },
  'EGeneral:Invalid arguments': {
    category: 'invalid-arguments',
    meaning: 'A malformed call, or a key with a query start or end date set.',
    advice:
      'A key with query dates: create a new key without them. Otherwise report it if it persists.',
    stops: false,
    trouble: null,
  },
  'EAPI:Rate limit exceeded': {
    category: 'rate-limited',
    meaning: "The key's call counter is full.",
    advice: 'Wait a minute and run the check again; pause the service while checking.',
    stops: true,
    trouble: 'rate-limits',
  },
  'EService:Throttled': {
    category: 'rate-limited',
    meaning: 'Kraken is throttling this key until the time given.',
    advice: 'Wait a few minutes and run the check again.',
    stops: true,
    trouble: 'rate-limits',
  },
  'EGeneral:Too many requests': {
    category: 'rate-limited',
    meaning: 'Too many requests were sent in a short time.',
    advice: 'Wait a minute and run the check again.',
    stops: true,
    trouble: 'rate-limits',
  },
  'EGeneral:Temporary lockout': {
    category: 'lockout',
    meaning:
      'The account (perhaps only this address) is locked for a while, typically minutes, after failures.',
    advice: 'Stop every program using the key and retry after about 15 minutes.',
    stops: true,
    trouble: 'temporary-lockout',
  },
  'EService:Unavailable': {
    category: 'unavailable',
    meaning: 'Kraken is unavailable.',
    advice: 'Retry later; see status.kraken.com.',
    stops: true,
    trouble: 'kraken-unavailable',
  },
  'EService:Busy': {
    category: 'unavailable',
    meaning: 'Kraken is too busy to answer.',
    advice: 'Retry in a few minutes.',
    stops: true,
    trouble: 'kraken-unavailable',
  },
  'EGeneral:Internal error': {
    category: 'unavailable',
    meaning: 'Kraken had an internal error.',
    advice: 'Retry; if it persists, contact Kraken support.',
    stops: true,
    trouble: 'kraken-unavailable',
  },
  'EGeneral:Unknown method': {
    category: 'unknown-method',
    meaning: 'Kraken does not know this method.',
    advice: 'The key is not at fault: the check falls back to probing each permission.',
    stops: false,
    trouble: null,
  },
  'EOrder:Unknown order': {
    category: 'order',
    meaning: 'No order has this id.',
    advice: 'Nothing to change: the check uses an id that cannot exist.',
    stops: false,
    trouble: null,
  },
  'EOrder:Invalid order': {
    category: 'order',
    meaning: 'The order id or order is not valid.',
    advice: 'Nothing to change: the check uses an id that cannot exist.',
    stops: false,
    trouble: null,
  },
};

const UNKNOWN_ORDER_ERROR: Entry = {
  category: 'order',
  meaning: 'Kraken judged the order itself, after checking the permission.',
  advice: 'The key is not at fault.',
  stops: false,
  trouble: null,
};

const UNKNOWN_ERROR: Entry = {
  category: 'unknown',
  meaning: 'Kraken answered with an error this checker does not know.',
  advice: 'Run the check again later; if it persists, look the error up in Kraken support.',
  stops: false,
  trouble: null,
};

function codeOf(error: string): string | undefined {
  return Object.keys(KRAKEN_ERRORS).find((code) => error === code || error.startsWith(`${code}:`));
}

/** Looks up one Kraken error string, e.g. `EService:Throttled: 1700000000`. */
export function explainKrakenError(error: string): KrakenErrorInfo {
  const trimmed = error.trim();
  const code = codeOf(trimmed);
  if (code !== undefined) return { code, ...(KRAKEN_ERRORS[code] as Entry) };
  if (trimmed.startsWith('EOrder:')) return { code: trimmed, ...UNKNOWN_ORDER_ERROR };
  return { code: trimmed, ...UNKNOWN_ERROR };
}

/** Kraken prefixes errors with `E` and warnings with `W`; only errors fail a call. */
export function isKrakenError(message: string): boolean {
  return message.startsWith('E');
}
