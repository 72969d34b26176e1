/**
 * Rules for the parts of a key's configuration the guide says to leave
 * alone ("do not configure any other options"): an expiry date and query
 * start/end dates. Kraken reports them (GetApiKeyInfo); they take unix
 * seconds, null when not set.
 */
import type { Finding } from './finding';

/** "2027-03-01 12:00 UTC": fixed, independent of the runtime's locale and zone. */
export function formatUnixSeconds(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** `expiry`: none passes; a date to come warns (the service stops on that day); a past one fails. */
export function checkExpiry(validUntil: number | null, nowMs: number): Finding {
  const base = { id: 'expiry', title: 'Key expiry', stepKey: 'generate' as const };
  if (validUntil === null) {
    return { ...base, status: 'pass', detail: 'The key has no expiry date.', fix: null };
  }
  const date = formatUnixSeconds(validUntil);
  if (validUntil * 1000 <= nowMs) {
    return {
      ...base,
      status: 'fail',
      detail: `The key expired on ${date}: Kraken refuses every call made with it.`,
      fix: 'Create a new key without “Key expiration”, and connect it to the service.',
      trouble: 'invalid-key',
    };
  }
  return {
    ...base,
    status: 'warn',
    detail: `The key expires on ${date}. From then on the service’s calls are refused and it stops trading.`,
    fix: 'Create a new key without “Key expiration” (the guide leaves it off), or replace this one before that date.',
  };
}

/** `query-window`: query start or end dates make the service's history calls fail. */
export function checkQueryWindow(queryFrom: number | null, queryTo: number | null): Finding {
  const base = {
    id: 'query-window',
    title: 'Query start and end dates',
    stepKey: 'generate' as const,
  };
  if (queryFrom === null && queryTo === null) {
    return { ...base, status: 'pass', detail: 'No query start or end date is set.', fix: null };
  }
  const set = [
    queryFrom === null ? null : `a query start date (${formatUnixSeconds(queryFrom)})`,
    queryTo === null ? null : `a query end date (${formatUnixSeconds(queryTo)})`,
  ].filter((part) => part !== null);
  return {
    ...base,
    status: 'fail',
    detail: `The key has ${set.join(' and ')}. The service reads your order and ledger history, and with such dates those calls fail with EGeneral:Invalid arguments.`,
    fix: 'Create a new key without query start or end dates (the guide leaves them empty), and connect it to the service.',
  };
}
