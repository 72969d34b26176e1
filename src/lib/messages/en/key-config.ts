/**
 * The words, in English, of the key settings only Kraken reports (expiry,
 * query dates): the live check's, kept apart so the islands do not ship them.
 */
import type { KeyConfigCatalogue } from '../types';
import { formatUtc } from '../words';

const EXPIRY = 'Key expiry';
const QUERY = 'Query start and end dates';

export const EN_KEY_CONFIG = {
  'expiry.pass': () => ({ title: EXPIRY, detail: 'The key has no expiry date.', fix: null }),
  'expiry.fail': ({ date }) => ({
    title: EXPIRY,
    detail: `The key expired on ${formatUtc(date)}: Kraken refuses every call made with it.`,
    fix: 'Create a new key without “Key expiration”, and connect it to the service.',
  }),
  'expiry.warn': ({ date }) => ({
    title: EXPIRY,
    detail: `The key expires on ${formatUtc(date)}. From then on the service’s calls are refused and it stops trading.`,
    fix: 'Create a new key without “Key expiration” (the guide leaves it off), or replace this one before that date.',
  }),
  'query-window.pass': () => ({
    title: QUERY,
    detail: 'No query start or end date is set.',
    fix: null,
  }),
  'query-window.fail': ({ from, to }) => {
    const set = [
      from === null ? null : `a query start date (${formatUtc(from)})`,
      to === null ? null : `a query end date (${formatUtc(to)})`,
    ].filter((part) => part !== null);
    return {
      title: QUERY,
      detail: `The key has ${set.join(' and ')}. The service reads your order and ledger history, and with such dates those calls fail with EGeneral:Invalid arguments.`,
      fix: 'Create a new key without query start or end dates (the guide leaves them empty), and connect it to the service.',
    };
  },
} as const satisfies KeyConfigCatalogue;
