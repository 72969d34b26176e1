/**
 * What one answer of Kraken's says about the call it answers: allowed,
 * denied, refused (key, signature, nonce), stopped (rate limit, throttle,
 * lockout, account), no answer, or unclear. Pure.
 */
import { getPermission } from '../rules/permissions';
import { decidingError, type KrakenErrorInfo } from './errors';
import { probeFor, type RelayMethod } from './probes';
import type { NoAnswerReason, NotSentReason } from './reasons';
import type { CallOutcome } from './relay';

export type Verdict =
  | { kind: 'allowed'; error: KrakenErrorInfo | null }
  | { kind: 'denied'; error: KrakenErrorInfo }
  /** Kraken answered, but the answer does not say (e.g. a regional restriction). */
  | { kind: 'unclear'; error: KrakenErrorInfo }
  /** The key, signature or nonce was refused. */
  | { kind: 'refused'; error: KrakenErrorInfo }
  /** Kraken did not judge the call: no answer, rate limit, lockout, account. */
  /** `reason` when nothing usable came back; `error` when Kraken's answer stopped it. */
  | { kind: 'no-answer'; reason: NoAnswerReason | null; error: KrakenErrorInfo | null }
  | { kind: 'not-sent'; reason: NotSentReason };

/** Whether an `EOrder:` answer to this method comes after Kraken's permission check (profile). */
function orderAnswerProves(method: RelayMethod): boolean {
  const probe = probeFor(method);
  return probe ? getPermission(probe.permission).probeOrderAnswerProves === true : false;
}

export function verdictOf(outcome: CallOutcome): Verdict {
  switch (outcome.outcome) {
    case 'ok':
    case 'unusable':
      return { kind: 'allowed', error: null };
    case 'unavailable':
      return { kind: 'no-answer', reason: outcome.reason, error: null };
    case 'skipped':
      return { kind: 'not-sent', reason: outcome.reason };
    case 'error': {
      const error = decidingError(outcome.errors);
      switch (error.category) {
        case 'invalid-key':
        case 'invalid-signature':
        case 'invalid-nonce':
          return { kind: 'refused', error };
        case 'permission-denied':
          return { kind: 'denied', error };
        case 'rate-limited':
        case 'lockout':
        case 'account':
        case 'unavailable':
          return { kind: 'no-answer', reason: null, error };
        case 'order':
          return orderAnswerProves(outcome.method)
            ? { kind: 'allowed', error }
            : { kind: 'unclear', error };
        // An order rate limit says nothing about a permission, on any probe.
        case 'order-limit':
        case 'invalid-arguments':
        case 'unknown-method':
        case 'account-restricted':
        case 'unknown':
          return { kind: 'unclear', error };
      }
    }
  }
}
