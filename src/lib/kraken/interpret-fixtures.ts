/** Relay outcomes for the interpretation tests: a correct key's answers, changed call by call. */
import type { Check } from '../rules/check';
import { interpretOutcomes } from './interpret';
import type { ProbeMethod } from './probes';
import type { NoAnswerReason, NotSentReason } from './reasons';
import type { CallOutcome } from './relay';

export type Answer = 'ok' | string | { unavailable: NoAnswerReason } | { skipped: NotSentReason };

/** What Kraken answers a key with every required permission and no Withdraw. */
export const CORRECT: Record<ProbeMethod, Answer> = {
  Balance: 'ok',
  OpenOrders: 'ok',
  ClosedOrders: 'ok',
  Ledgers: 'ok',
  GetWebSocketsToken: 'ok',
  AddOrder: 'ok',
  CancelOrder: 'EOrder:Unknown order',
  WithdrawMethods: 'EGeneral:Permission denied',
};

/**
 * The live checks' statuses for that key, checked by the probes: every permission passes but
 * Cancel & close, which no read-only probe can tell apart.
 */
export const CORRECT_STATUSES = {
  'live.auth': 'pass',
  'live.nonce': 'pass',
  'live.funds_query': 'pass',
  'live.trades_query_open': 'pass',
  'live.trades_query_closed': 'pass',
  'live.ledger_query': 'pass',
  'live.websocket': 'pass',
  'live.trades_modify': 'pass',
  'live.trades_close': 'warn',
  'live.funds_withdraw': 'pass',
} as const;

export function outcomes(changes: Partial<Record<ProbeMethod, Answer>> = {}): CallOutcome[] {
  return Object.entries({ ...CORRECT, ...changes }).map(([name, answer]) => {
    const method = name as ProbeMethod;
    if (answer === 'ok') return { method, outcome: 'ok' };
    if (typeof answer === 'string') return { method, outcome: 'error', errors: [answer] };
    if ('unavailable' in answer)
      return { method, outcome: 'unavailable', reason: answer.unavailable };
    return { method, outcome: 'skipped', reason: answer.skipped };
  });
}

/** Everything after the first call is skipped, as the relay does after a stop. */
export function stoppedAt(method: ProbeMethod, answer: Answer): CallOutcome[] {
  const list = outcomes();
  const index = list.findIndex((o) => o.method === method);
  return list
    .slice(0, index + 1)
    .map((o, i) => {
      if (i < index) return o;
      return outcomes({ [method]: answer }).find((x) => x.method === method) as CallOutcome;
    })
    .concat(
      list
        .slice(index + 1)
        .map((o) => ({ method: o.method, outcome: 'skipped', reason: { code: 'out-of-time' } })),
    );
}

export const run = (list: CallOutcome[], egressIps: string[] = []) =>
  interpretOutcomes(list, { form: 'pro', egressIps });

export const statuses = (checks: Check[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status])) as Record<string, Check['status']>;

export const DENIED = 'EGeneral:Permission denied';
