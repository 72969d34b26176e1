/**
 * Rules for the parts of a key's configuration the guide says to leave
 * alone ("do not configure any other options"): an expiry date and query
 * start/end dates. Kraken reports them (GetApiKeyInfo); they take unix
 * seconds, null when not set.
 */
import { inEnglish } from '../messages/en/in-english';
import type { CodedFinding, KeyConfigCode } from '../messages/types';
import type { Finding } from './finding';

/** "2027-03-01 12:00 UTC": fixed, independent of the runtime's locale and zone. */
export { formatUtc as formatUnixSeconds } from '../messages/words';

/** `expiry`: none passes; a date to come warns (the service stops on that day); a past one fails. */
export function assessExpiry(
  validUntil: number | null,
  nowMs: number,
): CodedFinding<KeyConfigCode> {
  const base = { id: 'expiry', stepKey: 'generate' as const };
  if (validUntil === null) return { ...base, status: 'pass', code: 'expiry.pass', values: {} };
  if (validUntil * 1000 <= nowMs) {
    return {
      ...base,
      status: 'fail',
      code: 'expiry.fail',
      values: { date: validUntil },
      trouble: 'invalid-key',
    };
  }
  return { ...base, status: 'warn', code: 'expiry.warn', values: { date: validUntil } };
}

/** `query-window`: query start or end dates make the service's history calls fail. */
export function assessQueryWindow(
  queryFrom: number | null,
  queryTo: number | null,
): CodedFinding<KeyConfigCode> {
  const base = { id: 'query-window', stepKey: 'generate' as const };
  if (queryFrom === null && queryTo === null) {
    return { ...base, status: 'pass', code: 'query-window.pass', values: {} };
  }
  return {
    ...base,
    status: 'fail',
    code: 'query-window.fail',
    values: { from: queryFrom, to: queryTo },
  };
}

/** `assessExpiry` in English words (the live check's path until it renders by code). */
export function checkExpiry(validUntil: number | null, nowMs: number): Finding {
  return inEnglish(assessExpiry(validUntil, nowMs));
}

/** `assessQueryWindow` in English words (the live check's path until it renders by code). */
export function checkQueryWindow(queryFrom: number | null, queryTo: number | null): Finding {
  return inEnglish(assessQueryWindow(queryFrom, queryTo));
}
