/**
 * The page's clock, corrected by the server's. A nonce is a Kraken key's high-water mark:
 * one signed by a clock hours ahead would make the key refuse the trading service's
 * millisecond nonces for those hours, so the relay refuses nonces more than a minute
 * ahead of its own clock, and the page then signs again with its clock corrected by
 * the server's time. Pure: every clock reading comes in as an argument.
 */

import type { LiveUi } from '../messages/live-types';

/** Below this, a difference is network noise and the one-second `Date` resolution. */
export const SKEW_NOTE_MS = 10_000;

/**
 * The server's time from an HTTP `Date` header (whole seconds), as the middle of that
 * second, in milliseconds; null when the header is missing or not a date.
 */
export function serverTimeFromDate(header: string | null | undefined): number | null {
  if (!header) return null;
  const ms = Date.parse(header);
  return Number.isFinite(ms) ? ms + 500 : null;
}

/**
 * How far the server's clock is from this one, in milliseconds (server minus local): the
 * server's time is compared with the middle of the round trip. Positive: the local clock
 * is behind; negative: ahead.
 */
export function clockOffset({
  serverTimeMs,
  sentAtMs,
  receivedAtMs,
}: {
  serverTimeMs: number;
  sentAtMs: number;
  receivedAtMs: number;
}): number {
  return Math.round(serverTimeMs - (sentAtMs + receivedAtMs) / 2);
}

/**
 * What to tell the person at the page, or null when the clocks agree closely enough.
 * `corrected`: whether the page signed with the corrected clock.
 */
export function describeSkew(
  offsetMs: number,
  corrected: boolean,
  ui: Pick<LiveUi, 'clock'>,
): string | null {
  if (!Number.isFinite(offsetMs) || Math.abs(offsetMs) < SKEW_NOTE_MS) return null;
  return ui.clock(offsetMs, corrected);
}

export interface NonceClock {
  /** The correction applied to the local clock, in milliseconds. */
  readonly offsetMs: number;
  /** From now on, sign with the local clock plus `offsetMs`. */
  correct(offsetMs: number): void;
  /** The next nonce: the corrected clock in milliseconds, above every earlier one. */
  next(): number;
  /** The highest nonce handed out so far, to go back to with `rollback`. */
  mark(): number;
  /**
   * Forgets the nonces handed out after `mark`: for a batch the relay refused, which
   * never reached Kraken. Without it, a batch signed hours ahead would hold every later
   * nonce hours ahead too.
   */
  rollback(mark: number): void;
}

/** Millisecond nonces that strictly increase across every batch signed in this page. */
export function createNonceClock(now: () => number = Date.now): NonceClock {
  let offset = 0;
  let last = 0;
  return {
    get offsetMs() {
      return offset;
    },
    correct(offsetMs) {
      offset = Number.isFinite(offsetMs) ? Math.round(offsetMs) : 0;
    },
    next() {
      last = Math.max(Math.floor(now() + offset), last + 1);
      return last;
    },
    mark: () => last,
    rollback(mark) {
      last = Math.min(last, mark);
    },
  };
}
