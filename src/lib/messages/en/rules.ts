/**
 * The offline rules' words in English. Kraken's labels come from the profile
 * verbatim; everything else is the guide's. Keep these exactly as the pages'
 * content test and the e2e tests expect them.
 */
import type { GuideForm } from '../../guide/links';
import type { PermissionName } from '../../profile/kraken';
import { EDITIONS } from '../../profile/kraken';
import { capitalised, formatInteger, listOf, plural } from '../../util/text';
import type {
  BroadEntry,
  EntryProblem,
  ListProblems,
  OfflineCode,
  NonceProblem,
  NotBase64,
  RuleCatalogue,
  Source,
} from '../types';
import {
  SERVICE_PERMISSION_MESSAGE,
  extraOnForm,
  isToggle,
  kraken,
  krakenGroup,
  krakenTitle,
  q,
} from '../words';

/** "“Query Funds”", or Pro's label with a note where the form has none (Classic: Earn). */
const label = (name: PermissionName, form: GuideForm): string => {
  const own = kraken(name, form);
  return own ?? `${kraken(name, 'pro') ?? name} (Kraken Pro only)`;
};
const title = (name: PermissionName, form: GuideForm): string =>
  krakenTitle(name, form) ?? label(name, form);

/** "“Query Funds” under “Funds”", or "the “WebSocket interface” switch". */
function where(name: PermissionName, form: GuideForm): string {
  const group = krakenGroup(name, form);
  if (group === null || isToggle(name, form)) return q(label(name, form));
  return `${q(label(name, form))} under ${q(group)}`;
}

/** What the service does with each required permission, for the "why" of a failure. */
const PURPOSE: Partial<Record<PermissionName, string>> = {
  funds_query: 'read your balances',
  trades_query_open: 'follow its open orders',
  trades_query_closed: 'see filled and cancelled orders',
  trades_modify: 'place orders',
  trades_close: 'cancel orders',
  ledger_query: 'read your ledger (trades, fees, transfers)',
  websocket: 'get live updates over the WebSocket API',
};

/** For a forbidden permission: why a key must not have it, and what its absence guards. */
const DANGER: Partial<Record<PermissionName, { on: string; off: string }>> = {
  funds_withdraw: {
    on: 'anyone who gets hold of this key could withdraw your funds',
    off: 'a leaked key cannot move funds out',
  },
  add_withdraw_address: {
    on: 'anyone who gets hold of this key could add their own address to the account’s withdrawal addresses, the one step a withdrawal to them still needs (Kraken withdraws only to addresses on that list)',
    off: 'a leaked key cannot add an address to withdraw to',
  },
  update_withdraw_address: {
    on: 'anyone who gets hold of this key could change an address on the account’s withdrawal list to their own, the one step a withdrawal to them still needs (Kraken withdraws only to addresses on that list)',
    off: 'a leaked key cannot change an address to withdraw to',
  },
};
/** Why a forbidden permission must stay off, in words (also the ask engine's verdicts). */
export const danger = (name: PermissionName) => DANGER[name] ?? ANY_DANGER;
const ANY_DANGER = {
  on: 'anyone who gets hold of this key could use it',
  off: 'a leaked key cannot use it',
};

const said = (source: Source): string => (source === 'kraken' ? 'Kraken reports that ' : '');
const field = (form: GuideForm, which: 'ipField' | 'nonceField'): string => EDITIONS[form][which];

const PROBLEM: Record<EntryProblem['kind'], (p: EntryProblem) => string> = {
  zone: () => 'a zone index (%…) cannot be used in an allowlist',
  'not-an-address': () => 'not an IPv4 or IPv6 address',
  'not-four-decimals': () => 'not four decimal numbers (a.b.c.d)',
  'too-long': () => 'too long to be an address',
  'not-cidr': () => 'not an address or a CIDR block',
  range: () => 'a range: write it as CIDR blocks (e.g. 192.0.2.0/24)',
  'no-prefix': () => 'no valid prefix length after “/”',
  'prefix-too-long': (p) =>
    p.kind === 'prefix-too-long'
      ? `prefix /${p.prefix} is longer than the ${p.family === 'ipv4' ? 32 : 128} bits of an ${p.family === 'ipv4' ? 'IPv4' : 'IPv6'} address`
      : '',
};

/** Why an entry was not read, in English (the live check and the tests name it). */
export const entryProblemText = (p: EntryProblem): string => PROBLEM[p.kind](p);

/** "“a”, “b”: not an IPv4 or IPv6 address; “c”: prefix /33 is longer…", grouped by reason. */
function listProblems(list: ListProblems, name: string): string[] {
  const out: string[] = [];
  if (list.errors.length > 0) {
    const byReason = new Map<string, string[]>();
    for (const { entry, problem } of list.errors) {
      const reason = entryProblemText(problem);
      byReason.set(reason, [...(byReason.get(reason) ?? []), q(entry)]);
    }
    const text = [...byReason].map(([r, entries]) => `${listOf(entries, 5)}: ${r}`).join('; ');
    out.push(`Invalid in ${name}: ${text}.`);
  }
  if (list.truncated) {
    const max = formatInteger(list.max);
    out.push(`${capitalised(name)} has more than ${max} entries; only the first ${max} were read.`);
  }
  return out;
}

function describeBroad(b: BroadEntry): string {
  const v = b.family === 'ipv4' ? 'IPv4' : 'IPv6';
  const hostBits = (b.family === 'ipv4' ? 32 : 128) - b.prefix;
  const count =
    b.prefix === 0
      ? `every ${v} address`
      : b.family === 'ipv4'
        ? `${formatInteger(1n << BigInt(hostBits))} addresses`
        : `2^${hostBits} addresses`;
  return `“${b.block}” admits ${count}`;
}

const NONCE_PROBLEM: Record<NonceProblem, (typed: string) => string> = {
  ambiguous: (t) => `${t} is ambiguous: its “,” or “.” could separate thousands or decimals.`,
  'not-a-number': (t) => `${t} is not a number.`,
  negative: (t) => `${t} is negative; a nonce window is 0 or more.`,
  fraction: (t) => `${t} is not a whole number.`,
  'too-large': (t) => `${t} is far too large for a nonce window.`,
};

const readAs = (from: string | null) => (from === null ? '' : ` (read from ${q(from)})`);
const setIt = (form: GuideForm) =>
  `Set ${field(form, 'nonceField')} on the key to 2000000 (2 million).`;

/** Why a key is not base64, in English. */
export function notBase64Text(p: NotBase64): string {
  switch (p.kind) {
    case 'foreign': {
      const list = listOf([...p.chars, ...(p.more ? ['others'] : [])]);
      return `contains ${plural(p.count, 'character')} that ${p.count === 1 ? 'is' : 'are'} not base64: ${list}`;
    }
    case 'padding':
      return 'has “=” where base64 cannot have it (only up to two, at the very end)';
    case 'length':
      return 'has a length no base64 text can have';
  }
}

const RECOPY =
  'Copy it again from Kraken: select the whole value, or use the copy button next to it.';
const SWAP_FIX =
  'Put Kraken’s “API key” in the API key field and Kraken’s “Private key” in the field the service calls “API Secret”.';
const EXTRA_TITLE = 'Permissions the service does not need';
const NOT_GIVEN = {
  detail: 'Not checked: no permissions were given.',
  fix: 'Tick the permissions exactly as they are ticked on Kraken.',
};
const IP = 'IP restriction';
const NONCE = 'Nonce window';
const API = 'API key format';
const PRIVATE = 'Private key format';
const SWAPPED = 'Keys in the right fields';
const swapped = (detail: string) => ({ title: SWAPPED, detail, fix: SWAP_FIX });

export const EN_RULES = {
  'permission.required.pass': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} is on.`,
    fix: null,
  }),
  'permission.required.fail': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} is off. The service needs it to ${PURPOSE[name] ?? 'work'}; without it, it reports “${SERVICE_PERMISSION_MESSAGE}”.`,
    fix: `${isToggle(name, form) ? 'Switch on' : 'Tick'} ${where(name, form)} (edit the key on Kraken, or create a new one).`,
  }),
  'permission.forbidden.pass': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} is off, so ${danger(name).off}.`,
    fix: null,
  }),
  'permission.forbidden.fail': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} is on: ${danger(name).on}. The service never needs it.`,
    fix: `Untick ${where(name, form)} (edit the key on Kraken, or create a new one without it).`,
  }),
  'permission.extra-one.pass': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} is off.`,
    fix: null,
  }),
  'permission.extra-one.warn': ({ name, form, source }) => ({
    title: title(name, form),
    detail: `${said(source)}${q(label(name, form))} is on. The service does not use it, and a key should allow only what it needs.`,
    fix: `Untick ${where(name, form)}.`,
  }),
  'permission.skip': ({ name, form }) => ({ ...NOT_GIVEN, title: title(name, form) }),
  'permission.extra.pass': ({ form }) => {
    const present = extraOnForm(form);
    return {
      title: EXTRA_TITLE,
      detail: `${listOf(present.map((n) => q(label(n, form))))} ${present.length === 1 ? 'is' : 'are'} off.`,
      fix: null,
    };
  },
  'permission.extra.warn': ({ form, on }) => {
    const names = listOf(on.map((n) => q(label(n, form))));
    const one = on.length === 1;
    return {
      title: EXTRA_TITLE,
      detail: `${names} ${one ? 'is' : 'are'} on. The service does not use ${one ? 'it' : 'them'}, and a key should allow only what it needs.`,
      fix: `Untick ${names}.`,
    };
  },
  'permission.extra.skip': () => ({ ...NOT_GIVEN, title: EXTRA_TITLE }),
  'ip.skip': () => ({
    title: IP,
    detail: 'Not checked: the service’s IP range is empty.',
    fix: 'Copy the IP range from the service’s Kraken connection page into the service range field.',
  }),
  'ip.fail': ({ form, service, allowlist, missing }) => {
    const name = field(form, 'ipField');
    const problems = [
      ...listProblems(service, 'the service’s range'),
      ...listProblems(allowlist, name),
    ];
    const fixes: string[] = [];
    if (allowlist.errors.length > 0 || allowlist.truncated)
      fixes.push(`Correct or remove the invalid entries in ${name}.`);
    if (service.errors.length > 0 || service.truncated)
      fixes.push('Copy the service’s range again, exactly as its connection page shows it.');
    if (missing.length > 0) {
      problems.push(
        `Not allowed by ${name}: ${listOf(missing)}. The service calls Kraken from there, so Kraken would refuse those calls (expect EGeneral:Permission denied; Kraken does not document the exact error).`,
      );
      fixes.push(
        `Add ${listOf(missing)} to ${name} on the key, or paste the service’s whole range there.`,
      );
    }
    return { title: IP, detail: problems.join(' '), fix: fixes.join(' ') };
  },
  'ip.empty': ({ form, range }) => ({
    title: IP,
    detail: `${field(form, 'ipField')} is empty: the key works from any address, so a leaked key can be used from anywhere.`,
    fix: `Enable ${field(form, 'ipField')} and enter the service’s range: ${listOf(range)}.`,
  }),
  'ip.broad': ({ form, broad, range }) => ({
    title: IP,
    detail: `${field(form, 'ipField')} admits far more than the service’s range: ${listOf(broad.map(describeBroad))}.`,
    fix: `Replace ${broad.length === 1 ? 'it' : 'them'} with the service’s range: ${listOf(range)}.`,
  }),
  'ip.pass': ({ form }) => ({
    title: IP,
    detail: `Every address of the service’s range is allowed by ${field(form, 'ipField')}.`,
    fix: null,
  }),
  'nonce.skip': ({ form }) => ({
    title: NONCE,
    detail: 'Not checked: no nonce window was given.',
    fix: `Enter the value of ${field(form, 'nonceField')} on the key; the guide asks for 2000000.`,
  }),
  'nonce.empty': ({ form }) => ({
    title: NONCE,
    detail:
      'No nonce window entered. Kraken’s default is 0, which makes the service’s concurrent requests fail with EAPI:Invalid nonce.',
    fix: `Enable ${field(form, 'nonceField')} on the key and enter 2000000.`,
  }),
  'nonce.invalid': ({ form, problem, typed }) => ({
    title: NONCE,
    detail: NONCE_PROBLEM[problem](q(typed)),
    fix: `Type the value of ${field(form, 'nonceField')} with digits only; the guide asks for 2000000.`,
  }),
  'nonce.pass': ({ value, readFrom }) => ({
    title: NONCE,
    detail: `The nonce window is ${formatInteger(value)}${readAs(readFrom)}, as the guide asks.`,
    fix: null,
  }),
  'nonce.low': ({ form, value, readFrom }) => ({
    title: NONCE,
    detail: `The nonce window is ${formatInteger(value)}${readAs(readFrom)}${value === 0 ? ', Kraken’s default' : ''}, below the 2,000,000 the guide asks for. The service sends requests concurrently; with a smaller window some arrive out of order and Kraken rejects them with EAPI:Invalid nonce.`,
    fix: setIt(form),
  }),
  'nonce.high': ({ form, value, readFrom }) => ({
    title: NONCE,
    detail: `The nonce window is ${formatInteger(value)}${readAs(readFrom)}, more than the guide’s 2,000,000. It works, but Kraken then accepts nonces further below the highest it has seen, which weakens its protection against replayed requests.`,
    fix: `${setIt(form).slice(0, -1)} unless the service asked for more.`,
  }),
  'key.api.skip': () => ({
    title: API,
    detail: 'Not checked: no API key entered.',
    fix: 'Paste the “API key” Kraken showed when you generated the key.',
  }),
  'key.api.invalid': ({ problem }) => ({
    title: API,
    detail: `The API key ${notBase64Text(problem)}. Kraken API keys use only letters, digits, “+”, “/” and “=”.`,
    fix: RECOPY,
  }),
  'key.api.pass': () => ({
    title: API,
    detail:
      'The API key has 56 base64 characters, like every public sample of a Kraken API key (Kraken documents no format).',
    fix: null,
  }),
  'key.api.length': ({ length, privateLength }) => ({
    title: API,
    detail: `The API key has ${plural(length, 'character')}; every public sample of a Kraken API key has 56. Kraken does not document the format, so it may still work.${privateLength ? ' That is the length of a private key (see “Keys in the right fields”).' : ''}`,
    fix: `Check that the whole “API key” was copied. ${RECOPY}`,
  }),
  'key.private.server': () => ({
    title: PRIVATE,
    detail: 'The private key is only checked in your browser: it must never be sent to any server.',
    fix: 'Check it on the key checker page, which never sends it anywhere.',
  }),
  'key.private.skip': () => ({
    title: PRIVATE,
    detail: 'Not checked: no private key entered.',
    fix: 'Paste the “Private key” Kraken showed when you generated the key.',
  }),
  'key.private.invalid': ({ problem }) => ({
    title: PRIVATE,
    detail: `The private key ${notBase64Text(problem)}. Kraken private keys use only letters, digits, “+”, “/” and “=”.`,
    fix: RECOPY,
  }),
  'key.private.pass': () => ({
    title: PRIVATE,
    detail: 'The private key has 88 base64 characters that decode to 64 bytes, as Kraken’s do.',
    fix: null,
  }),
  'key.private.length': ({ length, bytes, hint }) => {
    const more = {
      padding: ' A Kraken private key always ends in “==”, and that is missing.',
      'api-length': ' That is the length of an API key (see “Keys in the right fields”).',
      short: ' Part of it is missing.',
    };
    return {
      title: PRIVATE,
      detail: `The private key has ${plural(length, 'character')}, decoding to ${plural(bytes, 'byte')}; a Kraken private key has 88 that decode to 64 bytes.${hint === null ? '' : more[hint]}`,
      fix: `${RECOPY} Kraken shows a private key only once: if it is lost, create a new key.`,
    };
  },
  'key.swapped.skip': () => ({
    title: SWAPPED,
    detail: 'Not checked: no keys entered.',
    fix: 'Paste Kraken’s “API key” and “Private key” into their fields.',
  }),
  'key.swapped.same': () => swapped('Both fields hold the same value.'),
  'key.swapped.both': () =>
    swapped(
      'The API key field holds 88 characters and the private key field 56: the two look swapped.',
    ),
  'key.swapped.api-private': ({ server }) =>
    swapped(
      `The API key field holds 88 characters, the length of a private key.${server ? ' If that is your private key, it has been sent to a server: delete the key on Kraken and create a new one.' : ''}`,
    ),
  'key.swapped.private-api': () =>
    swapped('The private key field holds 56 characters, the length of an API key.'),
  'key.swapped.pass': ({ server, apiLength }) => ({
    title: SWAPPED,
    detail: server
      ? `The API key field holds ${formatInteger(apiLength)} characters, not a private key’s 88.`
      : 'Neither field holds a value of the other’s length.',
    fix: null,
  }),
} as const satisfies RuleCatalogue;

/** Every offline message code, in the catalogue's order (the API's schema lists them). */
export const OFFLINE_CODES = Object.keys(EN_RULES) as [OfflineCode, ...OfflineCode[]];
