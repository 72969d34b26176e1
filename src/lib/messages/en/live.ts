/**
 * The live check's English words, in one place: the interpretation of
 * Kraken's answers returns an outcome code and values (numbers, unix seconds,
 * Kraken's verbatim strings); each entry here turns them into a title, a
 * detail and a fix. Kraken's labels and error strings are quoted verbatim.
 */
import type { NoAnswerReason } from '../../kraken/reasons';
import type { LiveCatalogue, LiveCheckName, LiveCode, LiveText, LiveValues } from '../live-types';
import { EDITIONS } from '../../profile/kraken';
import { SERVICE_PERMISSION_MESSAGE } from '../../rules/permission-checks';
import { permissionLabel, permissionTitle } from '../../rules/permissions';
import { formatUnixSeconds } from '../../rules/key-config';
import { listOf, quote } from '../../util/text';

const CHECK_NAMES: Record<LiveCheckName, string> = {
  ip: 'IP restriction',
  nonceWindow: 'Nonce window',
  expiry: 'Key expiry',
  queryWindow: 'Query start and end dates',
};

/** Why the relay has no answer, in words. */
export function reasonText(reason: NoAnswerReason | null | undefined): string {
  if (!reason) return '';
  switch (reason.code) {
    case 'http-status':
      return `it answered HTTP ${reason.status}`;
    case 'too-large':
      return `it answered HTTP ${reason.status} with more than 1 MB`;
    case 'html':
      return `it answered HTTP ${reason.status} with an HTML page`;
    case 'not-json':
      return `it answered HTTP ${reason.status} with something that is not JSON`;
    case 'not-kraken':
      return `it answered HTTP ${reason.status} with JSON that is not a Kraken answer`;
    case 'timeout':
      return `no answer within ${reason.seconds} s`;
    case 'out-of-time':
      return 'the check ran out of time';
    case 'connection':
      return 'the connection failed or was reset';
    case 'page-closed':
      return 'the page closed the connection';
  }
}

const q = (text: string): string => `“${text}”`;
const label = (v: LiveValues, name = v.permission): string =>
  q(name ? permissionLabel(name, v.form) : '');
const title = (v: LiveValues): string =>
  v.permission ? permissionTitle(v.permission, v.form) : '';
const egress = (v: LiveValues): string =>
  (v.egressIps ?? []).length > 0
    ? `This check calls Kraken from ${listOf([...(v.egressIps ?? [])])}`
    : 'This site does not publish the address it calls Kraken from';

/** What each of Kraken's errors means and what to do, by code. */
export const KRAKEN_ERROR_TEXT: Readonly<Record<string, { meaning: string; advice: string }>> = {
  'EAPI:Invalid key': {
    meaning: 'Kraken does not know this API key: it is wrong, deleted, expired or disabled.',
    advice: 'Copy the API key again from Kraken, or create a new key.',
  },
  'EAPI:Invalid signature': {
    meaning: 'The request was signed with a private key that does not belong to this API key.',
    advice:
      'Copy the private key ("API Secret" on the service) again; check the two fields are not swapped.',
  },
  'EAPI:Invalid nonce': {
    meaning: 'Kraken refused the nonce: it is not above the highest nonce this key has seen.',
    advice:
      'One key per program. Larger-scale nonces: a new key. A clock running ahead: correct it.',
  },
  'EGeneral:Permission denied': {
    meaning:
      'The permission is off, or the call came from outside the key’s IP allowlist: the answer does not say which.',
    advice: 'Turn the permission on in the key settings, or create a new key with it.',
  },
  'EAPI:Permission denied': {
    meaning:
      'The permission is off, or the call came from outside the key’s IP allowlist: the answer does not say which.',
    advice: 'Turn the permission on in the key settings, or create a new key with it.',
  },
  'EAccount:Invalid permissions': {
    meaning: 'The account may not do this, often because of a regional restriction.',
    advice: 'Check the account is verified for trading this pair in your region.',
  },
  'EAuth:Account temporary disabled': {
    meaning: 'Kraken has suspended the account for now: no call made with its keys can succeed.',
    advice: 'Contact Kraken support; no change to the key can fix this.',
  },
  'EAuth:Account unconfirmed': {
    meaning: 'The account’s email address is not verified yet.',
    advice: 'Verify the email address with the link Kraken sent, then run the check again.',
  },
  'EGeneral:Invalid arguments': {
    meaning: 'A malformed call, or a key with a query start or end date set.',
    advice:
      'A key with query dates: create a new key without them. Otherwise report it if it persists.',
  },
  'EAuth:Rate limit exceeded': {
    meaning: 'Too many authentication attempts in a short time.',
    advice: 'Stop every program using this key and run the check again later.',
  },
  'EAuth:Too many requests': {
    meaning: 'Too many authentication attempts in a short time.',
    advice: 'Stop every program using this key and run the check again later.',
  },
  'EAPI:Rate limit exceeded': {
    meaning: "The key's call counter is full.",
    advice: 'Wait a minute and run the check again; pause the service while checking.',
  },
  'EService:Throttled': {
    meaning: 'Kraken is throttling this key until the time given.',
    advice: 'Wait until then and run the check again.',
  },
  'EGeneral:Too many requests': {
    meaning: 'Too many requests were sent in a short time.',
    advice: 'Wait a minute and run the check again.',
  },
  'EGeneral:Temporary lockout': {
    meaning:
      'The account (perhaps only this address) is locked for a while, typically minutes, after failures.',
    advice: 'Stop every program using the key and retry after about 15 minutes.',
  },
  'EService:Unavailable': {
    meaning: 'Kraken is unavailable.',
    advice: 'Retry later; see status.kraken.com.',
  },
  'EService:Busy': { meaning: 'Kraken is too busy to answer.', advice: 'Retry in a few minutes.' },
  'EService:Deadline elapsed': {
    meaning: 'The request timed out inside Kraken.',
    advice: 'Retry in a few minutes.',
  },
  'EGeneral:Internal error': {
    meaning: 'Kraken had an internal error.',
    advice: 'Retry; if it persists, contact Kraken support.',
  },
  'EGeneral:Unknown method': {
    meaning: 'Kraken does not know this method.',
    advice: 'The key is not at fault: the check falls back to probing each permission.',
  },
  'EOrder:Unknown order': {
    meaning: 'No order has this id.',
    advice: 'Nothing to change: the check uses an id that cannot exist.',
  },
  'EOrder:Invalid order': {
    meaning: 'The order id or order is not valid.',
    advice: 'Nothing to change: the check uses an id that cannot exist.',
  },
  'EOrder:Rate limit exceeded': {
    meaning: 'The key’s order rate limit is reached: this says nothing about its permissions.',
    advice: 'Pause the programs using this key and run the check again in a few minutes.',
  },
  'EOrder:Orders limit exceeded': {
    meaning: 'The account has too many open orders: this says nothing about the key’s permissions.',
    advice: 'Nothing to change for the check; the service may need fewer open orders.',
  },
  'EOrder:Domain rate limit exceeded': {
    meaning: 'Kraken’s order rate limit is reached: this says nothing about the key’s permissions.',
    advice: 'Run the check again in a few minutes.',
  },
};

const UNKNOWN_ORDER = {
  meaning: 'Kraken judged the order itself, after checking the permission.',
  advice: 'The key is not at fault.',
};
const UNKNOWN = {
  meaning: 'Kraken answered with an error this checker does not know.',
  advice: 'Run the check again later; if it persists, look the error up in Kraken support.',
};

/** The words for one of Kraken's error codes. */
export function krakenErrorText(code: string): { meaning: string; advice: string } {
  return KRAKEN_ERROR_TEXT[code] ?? (code.startsWith('EOrder:') ? UNKNOWN_ORDER : UNKNOWN);
}

const meaning = (v: LiveValues): string => krakenErrorText(v.code ?? '').meaning;
const advice = (v: LiveValues): string => krakenErrorText(v.code ?? '').advice;

/** Kraken's own field names, verbatim. */
const fields = (v: LiveValues): string => listOf((v.fields ?? []).map((f) => `“${f}”`));

const NOT_REPORTED_FIX =
  'Look the key up on Kraken and compare it with the guide; run the check again later.';

const AUTH = 'API key and private key';
const NONCE = 'Nonce';
const KRAKEN = 'Kraken’s answer';

/** Every live outcome, by code. */
export const LIVE_MESSAGES = {
  'auth.pass': () => ({
    title: AUTH,
    detail: 'Kraken accepted the API key and the signatures made with the private key.',
    fix: null,
  }),
  'auth.pass-one': () => ({
    title: AUTH,
    detail: 'Kraken accepted the API key and the signature made with the private key.',
    fix: null,
  }),
  'auth.invalid-key': () => ({
    title: AUTH,
    detail:
      'Kraken answered EAPI:Invalid key: it does not know this API key. The key is wrong, deleted, expired or disabled.',
    fix: 'Copy the API key again from Kraken (all of it, no spaces), or create a new key.',
  }),
  'auth.invalid-signature': () => ({
    title: AUTH,
    detail:
      'Kraken answered EAPI:Invalid signature: the private key does not belong to this API key.',
    fix: 'Copy the private key again (Kraken calls it “Private key”, the service “API Secret”), and check that the two fields are not swapped.',
  }),
  'auth.nonce-first': () => ({
    title: AUTH,
    detail: 'Not judged: Kraken refused the nonce before it judged the key.',
    fix: null,
  }),
  'auth.stopped': (v: LiveValues) => ({
    title: AUTH,
    detail: `Not judged: Kraken answered ${v.error ?? ''} and the check stopped (see “${KRAKEN}”).`,
    fix: null,
  }),
  'auth.no-answer': () => ({
    title: AUTH,
    detail: 'Not judged: Kraken did not answer any call.',
    fix: null,
  }),
  'nonce.pass': () => ({
    title: NONCE,
    detail:
      'Kraken accepted the check’s nonces (milliseconds): no client has used this key with a larger nonce scale.',
    fix: null,
  }),
  'nonce.pass-one': () => ({
    title: NONCE,
    detail:
      'Kraken accepted the check’s nonce (milliseconds): no client has used this key with a larger nonce scale.',
    fix: null,
  }),
  'nonce.first-refused': () => ({
    title: NONCE,
    detail:
      'Kraken refused the first call with EAPI:Invalid nonce, although its nonce was the current time in milliseconds. Either a client with a larger nonce scale (micro- or nanoseconds) has used this key, and Kraken never lowers a key’s nonce; or a millisecond client whose clock runs ahead has used it.',
    fix: 'If a client with a larger nonce scale used the key, create a new key and run the check before connecting it anywhere else. If a program’s clock runs ahead, correct that clock; the key works again once real time passes the nonces it sent.',
  }),
  'nonce.later-refused': () => ({
    title: NONCE,
    detail:
      'Kraken accepted this check’s first nonces but refused a later one with EAPI:Invalid nonce: another program used this key at the same moment with larger nonces.',
    fix: 'Give each program its own key, set the nonce window the guide gives, and run the check while nothing else uses the key.',
  }),
  'nonce.key-refused': () => ({
    title: NONCE,
    detail: 'Not judged: Kraken refused the key first.',
    fix: null,
  }),
  'nonce.stopped': (v: LiveValues) => ({
    title: NONCE,
    detail: `Not judged: Kraken answered ${v.error ?? ''} and the check stopped.`,
    fix: null,
  }),
  'nonce.no-answer': () => ({
    title: NONCE,
    detail: 'Not judged: Kraken did not answer any call.',
    fix: null,
  }),
  'access.every-call-denied': (v: LiveValues) => ({
    title: 'Every call refused',
    detail: `Kraken answered EGeneral:Permission denied to every call. Either the key has no permissions set, or the calls came from outside its IP allowlist: Kraken knows which, but its answer does not say, so a program reading it cannot tell (the exact error for a call from outside the allowlist is undocumented; expect this one). ${egress(v)}.`,
    fix: 'If the key is restricted to your service’s IP range, this is expected: the key can still work for the service. Otherwise tick the permissions the guide lists.',
  }),
  'access.range-left-out': (v: LiveValues) => ({
    title: 'Access from this site',
    detail: `Kraken answered GetApiKeyInfo with ${v.error ?? ''}. That call needs no permission, so the call came from outside the key’s IP allowlist (or, less likely, that the account is blocked). ${egress(v)}, which is inside the service’s range: the key’s allowlist leaves out part of the service’s own range, so some of the service’s calls would be refused too.`,
    fix: `Put the service’s whole range in ${EDITIONS[v.form].ipField} on the key (or create a new key with it).`,
  }),
  'access.outside-allowlist': (v: LiveValues) => ({
    title: 'Access from this site',
    detail: `Kraken answered GetApiKeyInfo with ${v.error ?? ''}. That call needs no permission, so the call came from outside the key’s IP allowlist (or, less likely, that the account is blocked). ${egress(v)}${v.outsideRange ? ', outside the service’s range' : ''}. This is what a key restricted to the service’s range, as the guide asks, looks like from here: its permissions and other settings cannot be read from this site’s address.`,
    fix: `Nothing to change if ${EDITIONS[v.form].ipField} holds the service’s range. The service’s own connection test will tell: if it connects without “${SERVICE_PERMISSION_MESSAGE}”, the key works.`,
  }),
  'kraken.lockout': (v: LiveValues) => ({
    title: KRAKEN,
    detail: `Kraken answered ${v.error ?? ''}: the account (perhaps only this address) is locked for a while, typically minutes, after repeated failures. The check stopped: nothing more was sent for this key.`,
    fix: 'Stop every program that uses this key and run the check again later, after about 15 minutes.',
  }),
  'kraken.rate-limited': (v: LiveValues) => ({
    title: KRAKEN,
    detail: `Kraken answered ${v.error ?? ''}: ${meaning(v)} The check stopped: nothing more was sent for this key, since more calls only make it worse.`,
    fix: advice(v),
  }),
  'kraken.throttled': (v: LiveValues) => ({
    title: KRAKEN,
    detail: `Kraken answered ${v.error ?? ''}: it is throttling this key${v.until !== undefined ? ` until ${formatUnixSeconds(v.until)}` : ''}. The check stopped: nothing more was sent for this key, since more calls only make it worse.`,
    fix:
      v.until !== undefined
        ? `Wait until ${formatUnixSeconds(v.until)}, pause the programs using this key, and run the check again.`
        : 'Pause the programs using this key and run the check again in a few minutes.',
  }),
  'kraken.account-disabled': (v: LiveValues) => ({
    title: KRAKEN,
    detail: `Kraken answered ${v.error ?? ''}: ${meaning(v)} The check stopped: nothing more was sent.`,
    fix: advice(v),
  }),
  'kraken.account-unconfirmed': (v: LiveValues) => ({
    title: KRAKEN,
    detail: `Kraken answered ${v.error ?? ''}: ${meaning(v)} Until it is, no key of the account works. The check stopped: nothing more was sent.`,
    fix: advice(v),
  }),
  'kraken.unavailable': (v: LiveValues) => ({
    title: 'Kraken did not answer',
    detail: `Kraken answered ${v.error ?? ''}: ${meaning(v)} The checks that depend on it were not made.`,
    fix: 'Run the check again in a few minutes; see status.kraken.com.',
  }),
  'kraken.internal-error': (v: LiveValues) => ({
    title: 'Kraken did not answer',
    detail: `Kraken answered ${v.error ?? ''}: ${meaning(v)} The checks that depend on it were not made.`,
    fix: 'Run the check again in a few minutes; if Kraken keeps answering this, contact Kraken support.',
  }),
  'kraken.no-answer': (v: LiveValues) => ({
    title: 'Kraken did not answer',
    detail: `No usable answer from Kraken: ${reasonText(v.reason)}. The checks that depend on it were not made.`,
    fix: 'Run the check again in a few minutes; see status.kraken.com.',
  }),
  'kraken.unknown-error': (v: LiveValues) => ({
    title: KRAKEN,
    detail: `Kraken answered GetApiKeyInfo with ${v.error ?? ''}, an error this checker does not know; the check stopped rather than send more calls that might make it worse.`,
    fix: 'Run the check again later; if it persists, look the error up in Kraken support.',
  }),
  'permission.not-in-batch': (v: LiveValues) => ({
    title: title(v),
    detail: 'Not checked: this probe was not part of the batch.',
    fix: null,
  }),
  'permission.not-sent': (v: LiveValues) => ({
    title: title(v),
    detail: 'Not checked: the check stopped before this call.',
    fix: null,
  }),
  'permission.key-refused': (v: LiveValues) => ({
    title: title(v),
    detail: 'Not checked: Kraken refused the key (see above).',
    fix: null,
  }),
  'permission.kraken-error': (v: LiveValues) => ({
    title: title(v),
    detail: `Kraken answered ${v.method ?? ''} with ${v.error ?? ''}, so ${label(v)} was not checked.`,
    fix: 'Run the check again in a few minutes.',
  }),
  'permission.no-answer': (v: LiveValues) => ({
    title: title(v),
    detail: `No usable answer from Kraken to ${v.method ?? ''} (${reasonText(v.reason)}), so ${label(v)} was not checked.`,
    fix: 'Run the check again in a few minutes.',
  }),
  'permission.unclear': (v: LiveValues) => ({
    title: title(v),
    detail: `Cannot tell: Kraken answered ${v.method ?? ''} with ${v.error ?? ''}. ${meaning(v)} That does not show whether ${label(v)} is on.`,
    fix: advice(v),
  }),
  'permission.forbidden-on': (v: LiveValues) => ({
    title: title(v),
    detail: `Kraken allowed ${v.method ?? ''}: ${label(v)} is on. A leaked key with Withdraw can move your funds, and the service never needs it.`,
    fix: `Create a new key without ${label(v)} and delete this one.`,
  }),
  'permission.refusal-needs-other': (v: LiveValues) => ({
    title: title(v),
    detail: `Cannot tell: Kraken refused ${v.method ?? ''}, but that call needs ${listOf((v.names ?? []).map((n) => q(n)))} as well as ${label(v)}, and the former is not on, so the refusal does not show that ${label(v)} is off.`,
    fix: `Make sure ${label(v)} is not ticked.`,
  }),
  'permission.forbidden-off': (v: LiveValues) => ({
    title: title(v),
    detail: `Kraken refused ${v.method ?? ''}: ${label(v)} is off.`,
    fix: null,
  }),
  'permission.required-off': (v: LiveValues) => ({
    title: title(v),
    detail: `Kraken refused ${v.method ?? ''} with ${v.error ?? ''}: ${label(v)} is off. The service needs it; without it, it reports “${SERVICE_PERMISSION_MESSAGE}”.`,
    fix: `Tick ${label(v)} (edit the key on Kraken, or create a new one).`,
  }),
  'permission.other-allows': (v: LiveValues) => ({
    title: title(v),
    detail: `Cannot tell: Kraken allows ${v.method ?? ''} with either ${listOf(
      (v.names ?? []).map((n) => q(n)),
      10,
      'or',
    )} or ${label(v)}, and ${listOf((v.names ?? []).map((n) => q(n)))} is on (or unknown), so this answer does not show whether ${label(v)} is on.`,
    fix: `Make sure ${label(v)} is ticked in the key’s settings.`,
  }),
  'permission.required-on': (v: LiveValues) => ({
    title: title(v),
    detail: `Kraken allowed ${v.method ?? ''}: ${label(v)} is on.`,
    fix: null,
  }),
  'permission.every-call-refused': (v: LiveValues) => ({
    title: title(v),
    detail: 'Not judged: every call was refused (see “Every call refused”).',
    fix: null,
  }),
  'permission.not-described': (v: LiveValues) => ({
    title: title(v),
    detail:
      'Not judged: Kraken does not describe this key to calls from this site’s address (see “Access from this site”).',
    fix: null,
  }),
  'not-reported': (v: LiveValues) => ({
    title: v.permission ? title(v) : v.check ? CHECK_NAMES[v.check] : '',
    detail: `Not reported by Kraken: its answer leaves out ${fields(v)} (or sends it in a form this page cannot read), so this was not checked. Every setting Kraken did report was judged.`,
    fix: NOT_REPORTED_FIX,
  }),
  'unknown-permissions': (v: LiveValues) => ({
    title: 'Permissions unknown to this guide',
    detail: `Kraken reports permissions unknown to this guide: ${listOf((v.names ?? []).map((n) => quote(n)))}. This page cannot say what they allow; the service needs only the permissions listed in the guide.`,
    fix: 'Look the key up on Kraken; untick anything the guide does not list.',
  }),
  'ip.no-range': (v: LiveValues) => ({
    title: 'IP restriction',
    detail: `Not checked: this site has no service IP range configured, and none was entered on this page, so Kraken’s allowlist (${allowlistText(v.allowlist ?? [])}) cannot be compared with it.`,
    fix: 'Enter the service’s IP range in the IP restriction check above, then run this check again.',
  }),
  'ip.reported': (v: LiveValues) => ({
    title: 'IP restriction',
    detail: `Kraken reports the allowlist ${allowlistText(v.allowlist ?? [])}. ${v.detail ?? ''}`,
    fix: null,
  }),
} satisfies Record<LiveCode, (v: LiveValues) => LiveText>;

export type { LiveCode, LiveText, LiveValues } from '../live-types';

export const EN_LIVE: LiveCatalogue = {
  lang: 'en',
  messages: LIVE_MESSAGES,
  reported: (detail) => `Kraken reports: ${detail}`,
};

function allowlistText(entries: readonly string[]): string {
  return entries.length === 0
    ? 'none'
    : listOf(
        entries.map((e) => quote(e)),
        5,
      );
}
