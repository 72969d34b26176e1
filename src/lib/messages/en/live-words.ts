/**
 * The live island's English words: the headline over a result, how the key
 * was checked, the key's details beside what the guide needs, and the
 * interface. Kraken's method names stay verbatim. The outcomes' own words come
 * from the server (live.ts), in the page's language.
 */
import { formatDuration, skewDirection } from './duration';
import { formatUtc } from '../words';
import { formatInteger, listOf } from '../../util/text';
import type { LiveWords } from '../live-types';

/** What each refusal means to the person at the page; the relay's own message follows it. */
export const REFUSAL_LEAD: Readonly<Record<number, string>> = {
  400: 'This site’s server refused to forward the check:',
  403: 'This site’s server only answers its own pages; reload the page and try again.',
  405: 'This site’s server refused the request.',
  413: 'The request was too large for this site’s server.',
  415: 'This site’s server did not accept the request’s format.',
  429: 'Too many checks:',
  502: 'Kraken did not answer:',
};

export const LIVE_WORDS: LiveWords = {
  lang: 'en',
  fix: (fails) =>
    fails === 1 ? 'Kraken shows 1 thing to fix' : `Kraken shows ${fails} things to fix`,
  noAnswer: 'Kraken did not answer',
  stopped: 'Kraken stopped the check',
  notDescribed: 'Kraken does not describe this key to this site',
  everyCallRefused: 'Kraken refused every call',
  ready: 'Kraken confirms every permission the service needs',
  warnings: (warnings) =>
    `Nothing to fix; ${warnings === 1 ? '1 warning' : `${warnings} warnings`} to read`,
  announcement: (title, counts) => `Live check: ${title}. ${counts}.`,
  calls: (calls) => (calls === 1 ? 'one call' : `${calls} calls`),
  fallback: {
    'unknown-method': (error) => `Kraken does not know GetApiKeyInfo here (${error}).`,
    unreadable: () =>
      'Kraken’s answer to GetApiKeyInfo holds none of the settings the checks read.',
    'not-asked': () => 'GetApiKeyInfo was not part of the check.',
  },
  probed: (calls, why) => `Checked by probing each permission (${calls} to Kraken): ${why}`,
  described: (calls, missing) =>
    `Checked with Kraken’s description of the key (GetApiKeyInfo): ${calls} to Kraken.${missing > 0 ? ` Kraken’s answer left out ${missing === 1 ? 'one setting' : `${missing} settings`}: the checks that need ${missing === 1 ? 'it say' : 'them say'} “Not reported by Kraken”.` : ''}`,
  stoppedThere: (calls) =>
    `Kraken was asked to describe the key (GetApiKeyInfo): ${calls}, and the check stopped there.`,
  notReported: 'not reported by Kraken',
  facts: {
    name: 'Key name',
    created: 'Created',
    modified: 'Last modified',
    lastUsed: 'Last used',
  },
  table: {
    caption: 'What Kraken reports for this key, beside what the guide needs',
    setting: 'Setting',
    kraken: 'Kraken reports',
    guide: 'The guide needs',
  },
  notSet: 'not set',
  notUsed: 'not used yet',
  noName: '(no name)',
  rows: {
    permissions: 'Permissions',
    nonceWindow: 'Nonce window',
    ipAllowlist: 'IP allowlist',
    expiry: 'Key expiration',
    queryDates: 'Query start and end dates',
  },
  guide: {
    permissions: (labels) => `${labels}; nothing else`,
    ipAllowlist: 'the service’s IP range',
  },
  none: 'none',
  anyAddress: 'none (any address)',
  unknownName: (name) => `${name} (unknown to this guide)`,
  entries: (shown, count) => `${shown} … (${count} entries)`,
  range: (from, to) => `${from} to ${to}`,
  date: formatUtc,
  integer: formatInteger,
  list: (items, max) => listOf(items, max),
  ui: {
    heading: 'Check your key on Kraken',
    noScript: {
      before:
        'The live check needs JavaScript: your browser signs the requests to Kraken with your private key, so that the private key never has to leave this page. Without JavaScript, the',
      link: 'key checker page',
      after: 'still checks what you set on Kraken.',
    },
    what: (probes) =>
      `Your browser signs read-only requests with your private key; only the API key and those signatures go to this site’s server, which forwards them to Kraken and returns Kraken’s answers. First Kraken is asked to describe the key (GetApiKeyInfo, which needs no permission): one call. Only if it cannot are ${probes} probes sent, one per permission. Your private key never leaves this page, and neither key is kept: the server holds only a fingerprint of the API key for 30 seconds, to space out checks.`,
    button: 'Check my key on Kraken',
    progress: 'Checking with Kraken, one call at a time; this takes up to 30 seconds…',
    titles: {
      unreachable: 'This site’s server could not be reached',
      input: 'Nothing was sent',
      tooMany: 'Not checked yet',
      serverError: 'Kraken did not answer',
      refused: 'The check did not run',
    },
    againAt: (time) => `You can run the check for this key again at ${time}.`,
    stillTyped: 'What you typed is still in the fields above.',
    enterApiKey: 'Enter the API key first.',
    enterPrivateKey: 'Enter the private key first (Kraken’s “Private key”).',
    notPrivateKey:
      'The private key is not a Kraken private key (88 base64 characters), so it cannot sign the requests. Copy it again from Kraken; nothing was sent.',
    cannotSign:
      'Your browser could not sign the requests (Web Crypto is not available here). Nothing was sent.',
    late: 'This site’s server did not answer in time. Check your connection and try again.',
    unreachable: 'This site’s server could not be reached. Check your connection and try again.',
    notUnderstood: (status) =>
      `This site’s server gave an answer the page does not understand (HTTP ${status}). Try again in a minute.`,
    serverFailed: (status) =>
      `Kraken did not answer: this site’s server could not run the check (HTTP ${status}). Try again in a minute.`,
    refusal: (status, _code, message) =>
      `${REFUSAL_LEAD[status] ?? `This site’s server refused the check (HTTP ${status}):`} ${message}`.trim(),
    clock: (offsetMs, corrected) => {
      const what = `Your device’s clock is about ${formatDuration(offsetMs)} ${skewDirection(offsetMs)} of this site’s server.`;
      return corrected
        ? `${what} The check signed its requests with the server’s time instead, so your key’s nonce was not pushed ${offsetMs < 0 ? 'ahead' : 'back'}. Set your device’s clock to update automatically.`
        : `${what} Set your device’s clock to update automatically.`;
    },
    announce: (message) => `Live check: ${message}`,
  },
};
