import { describe, expect, it } from 'vitest';
import type { Check } from '../rules/check';
import { interpretOutcomes } from './interpret';
import type { ProbeMethod } from './probes';
import type { CallOutcome } from './relay';

type Answer = 'ok' | string | { unavailable: string } | { skipped: string };

/** What Kraken answers a key with every required permission and no Withdraw. */
const CORRECT: Record<ProbeMethod, Answer> = {
  Balance: 'ok',
  OpenOrders: 'ok',
  ClosedOrders: 'ok',
  Ledgers: 'ok',
  GetWebSocketsToken: 'ok',
  AddOrder: 'ok',
  CancelOrder: 'EOrder:Unknown order',
  WithdrawMethods: 'EGeneral:Permission denied',
};

function outcomes(changes: Partial<Record<ProbeMethod, Answer>> = {}): CallOutcome[] {
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
function stoppedAt(method: ProbeMethod, answer: Answer): CallOutcome[] {
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
        .map((o) => ({ method: o.method, outcome: 'skipped', reason: 'not sent' })),
    );
}

const run = (list: CallOutcome[], egressIps: string[] = []) =>
  interpretOutcomes(list, { form: 'pro', egressIps });

const statuses = (checks: Check[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c.status])) as Record<string, Check['status']>;

const DENIED = 'EGeneral:Permission denied';

describe('interpretOutcomes', () => {
  it('passes every live check for a correct key, but cannot tell Cancel & close', () => {
    expect(statuses(run(outcomes()))).toEqual({
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
    });
  });

  it.each([
    { method: 'Balance', id: 'live.funds_query' },
    { method: 'OpenOrders', id: 'live.trades_query_open' },
    { method: 'ClosedOrders', id: 'live.trades_query_closed' },
    { method: 'Ledgers', id: 'live.ledger_query' },
    { method: 'GetWebSocketsToken', id: 'live.websocket' },
    { method: 'AddOrder', id: 'live.trades_modify' },
    { method: 'CancelOrder', id: 'live.trades_close' },
  ] as const)('fails $id alone when $method is denied', ({ method, id }) => {
    const checks = run(outcomes({ [method]: DENIED }));
    const failed = checks.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failed).toEqual([id]);
    expect(checks.find((c) => c.id === id)).toMatchObject({
      step: '/exchange/kraken/pro/#select-permissions',
      help: '/exchange/kraken/troubleshooting/#egeneralpermission-denied',
    });
  });

  it.each([
    { answer: 'EOrder:Unknown order', expected: 'pass' },
    { answer: 'EOrder:Invalid order', expected: 'pass' },
    { answer: DENIED, expected: 'fail' },
  ])('reads CancelOrder $answer without Create & modify as $expected', ({ answer, expected }) => {
    const checks = run(outcomes({ AddOrder: DENIED, CancelOrder: answer }));
    expect(statuses(checks)['live.trades_close']).toBe(expected);
  });

  it.each([
    { answer: 'EOrder:Insufficient funds', expected: 'pass' },
    { answer: 'EOrder:Order minimum not met', expected: 'pass' },
    { answer: 'EGeneral:Invalid arguments:volume', expected: 'pass' },
    {
      answer: 'EAccount:Invalid permissions:XBTUSD trading restricted for US:WA.',
      expected: 'warn',
    },
    { answer: 'EFunding:Something new', expected: 'warn' },
  ])('reads AddOrder $answer as $expected', ({ answer, expected }) => {
    expect(statuses(run(outcomes({ AddOrder: answer })))['live.trades_modify']).toBe(expected);
  });

  it.each([
    { changes: { WithdrawMethods: 'ok' }, expected: 'fail' },
    { changes: { WithdrawMethods: DENIED }, expected: 'pass' },
    { changes: { Balance: DENIED, WithdrawMethods: DENIED }, expected: 'warn' },
    { changes: { WithdrawMethods: 'EGeneral:Invalid arguments' }, expected: 'warn' },
  ] as const)('reads withdraw $changes as $expected', ({ changes, expected }) => {
    expect(statuses(run(outcomes(changes)))['live.funds_withdraw']).toBe(expected);
  });

  it.each([
    { error: 'EAPI:Invalid key', auth: 'fail', nonce: 'skip' },
    { error: 'EAPI:Invalid signature', auth: 'fail', nonce: 'skip' },
    { error: 'EAPI:Invalid nonce', auth: 'skip', nonce: 'fail' },
  ])('stops at $error on the first call', ({ error, auth, nonce }) => {
    const checks = statuses(run(stoppedAt('Balance', error)));
    expect(checks['live.auth']).toBe(auth);
    expect(checks['live.nonce']).toBe(nonce);
    expect(checks['live.funds_query']).toBe('skip');
    expect(checks['live.funds_withdraw']).toBe('skip');
  });

  it('explains an invalid key', () => {
    expect(run(stoppedAt('Balance', 'EAPI:Invalid key'))[0]).toMatchInlineSnapshot(`
      {
        "detail": "Kraken answered EAPI:Invalid key: it does not know this API key. The key is wrong, deleted, expired or disabled.",
        "fix": "Copy the API key again from Kraken (all of it, no spaces), or create a new key.",
        "help": "/exchange/kraken/troubleshooting/#eapiinvalid-key",
        "id": "live.auth",
        "status": "fail",
        "step": "/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key",
        "title": "API key and private key",
      }
    `);
  });

  it('explains an invalid signature', () => {
    expect(run(stoppedAt('Balance', 'EAPI:Invalid signature'))[0]).toMatchInlineSnapshot(`
      {
        "detail": "Kraken answered EAPI:Invalid signature: the private key does not belong to this API key.",
        "fix": "Copy the private key again (Kraken calls it “Private key”, the service “API Secret”), and check that the two fields are not swapped.",
        "help": "/exchange/kraken/troubleshooting/#eapiinvalid-signature",
        "id": "live.auth",
        "status": "fail",
        "step": "/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key",
        "title": "API key and private key",
      }
    `);
  });

  it('explains an invalid nonce on the first call as a larger nonce scale', () => {
    expect(run(stoppedAt('Balance', 'EAPI:Invalid nonce'))[1]).toMatchInlineSnapshot(`
      {
        "detail": "Kraken refused the first call with EAPI:Invalid nonce, although its nonce was the current time in milliseconds: this key was already used by a client with a larger nonce scale, and Kraken never lowers a key’s nonce.",
        "fix": "Create a fresh key and run the check before connecting it anywhere else.",
        "help": "/exchange/kraken/troubleshooting/#eapiinvalid-nonce",
        "id": "live.nonce",
        "status": "fail",
        "step": "/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key",
        "title": "Nonce",
      }
    `);
  });

  it('explains an invalid nonce on a later call as another program using the key', () => {
    const checks = run(stoppedAt('Ledgers', 'EAPI:Invalid nonce'));
    expect(statuses(checks)['live.auth']).toBe('pass');
    expect(checks[1]).toMatchInlineSnapshot(`
      {
        "detail": "Kraken accepted this check’s first nonces but refused a later one with EAPI:Invalid nonce: another program used this key at the same moment with larger nonces.",
        "fix": "Give each program its own key, set the nonce window the guide gives, and run the check while nothing else uses the key.",
        "help": "/exchange/kraken/troubleshooting/#eapiinvalid-nonce",
        "id": "live.nonce",
        "status": "fail",
        "step": "/exchange/kraken/pro/#enable-custom-nonce-window",
        "title": "Nonce",
      }
    `);
  });

  it('explains a lockout and skips what was not sent', () => {
    const checks = run(stoppedAt('Balance', 'EGeneral:Temporary lockout'));
    expect(checks.find((c) => c.id === 'live.kraken')).toMatchInlineSnapshot(`
      {
        "detail": "Kraken answered EGeneral:Temporary lockout: it locked this key out for a while after repeated failures. The check stopped.",
        "fix": "Stop every program that uses this key and run the check again in about 15 minutes.",
        "help": "/exchange/kraken/troubleshooting/#egeneraltemporary-lockout",
        "id": "live.kraken",
        "status": "fail",
        "step": null,
        "title": "Kraken’s answer",
      }
    `);
    expect(statuses(checks)['live.ledger_query']).toBe('skip');
  });

  it.each([
    { error: 'EAPI:Rate limit exceeded', kraken: 'warn' },
    { error: 'EService:Throttled: 1700000000', kraken: 'warn' },
    { error: 'EGeneral:Too many requests', kraken: 'warn' },
    { error: 'EService:Unavailable', kraken: 'warn' },
    { error: 'EService:Busy', kraken: 'warn' },
    { error: 'EGeneral:Internal error', kraken: 'warn' },
  ])('stops at $error on a later call and says Kraken did not judge it', ({ error, kraken }) => {
    const checks = statuses(run(stoppedAt('ClosedOrders', error)));
    expect(checks).toMatchObject({
      'live.auth': 'pass',
      'live.kraken': kraken,
      'live.funds_query': 'pass',
      'live.trades_query_closed': 'warn',
      'live.ledger_query': 'skip',
    });
  });

  it('says Kraken did not answer when the first call got no answer', () => {
    const checks = run(stoppedAt('Balance', { unavailable: 'no answer within 10 s' }));
    expect(statuses(checks)).toMatchObject({
      'live.auth': 'skip',
      'live.nonce': 'skip',
      'live.kraken': 'warn',
      'live.funds_query': 'warn',
      'live.trades_query_open': 'skip',
    });
    expect(checks.find((c) => c.id === 'live.kraken')).toMatchInlineSnapshot(`
      {
        "detail": "No usable answer from Kraken: no answer within 10 s. The checks that depend on it were not made.",
        "fix": "Run the check again in a few minutes; see status.kraken.com.",
        "help": "/exchange/kraken/troubleshooting/#kraken-did-not-answer",
        "id": "live.kraken",
        "status": "warn",
        "step": null,
        "title": "Kraken did not answer",
      }
    `);
  });

  it('reports every call denied as no permissions or an IP restriction', () => {
    const all = Object.fromEntries(Object.keys(CORRECT).map((m) => [m, DENIED]));
    const checks = run(outcomes(all), ['203.0.113.7']);
    expect(statuses(checks)).toEqual({
      'live.auth': 'pass',
      'live.nonce': 'pass',
      'live.access': 'warn',
      'live.funds_query': 'skip',
      'live.trades_query_open': 'skip',
      'live.trades_query_closed': 'skip',
      'live.ledger_query': 'skip',
      'live.websocket': 'skip',
      'live.trades_modify': 'skip',
      'live.trades_close': 'skip',
      'live.funds_withdraw': 'skip',
    });
    expect(checks.find((c) => c.id === 'live.access')).toMatchInlineSnapshot(`
      {
        "detail": "Kraken answered EGeneral:Permission denied to every call. Either the key has no permissions set, or its IP restriction excludes the address this check calls from; Kraken gives the same answer for both. This check calls Kraken from 203.0.113.7.",
        "fix": "If the key is restricted to your service’s IP range, this is expected: the key can still work for the service. Otherwise tick the permissions the guide lists.",
        "help": "/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction",
        "id": "live.access",
        "status": "warn",
        "step": "/exchange/kraken/pro/#select-permissions",
        "title": "Every call refused",
      }
    `);
  });

  it('says when the site does not publish its address', () => {
    const all = Object.fromEntries(Object.keys(CORRECT).map((m) => [m, DENIED]));
    const access = run(outcomes(all)).find((c) => c.id === 'live.access');
    expect(access?.detail).toContain(
      'This site does not publish the address it calls Kraken from.',
    );
  });

  it('links Classic fixes to the Classic guide', () => {
    const checks = interpretOutcomes(outcomes({ Balance: DENIED }), {
      form: 'classic',
      egressIps: [],
    });
    expect(checks.find((c) => c.id === 'live.funds_query')).toMatchObject({
      title: 'Query Funds',
      step: '/exchange/kraken/classic/#select-permissions',
    });
  });

  it('pins the failure for a denied permission and for Withdraw on', () => {
    const checks = run(outcomes({ Ledgers: DENIED, WithdrawMethods: 'ok' }));
    expect(checks.filter((c) => c.status === 'fail')).toMatchInlineSnapshot(`
      [
        {
          "detail": "Kraken refused Ledgers with EGeneral:Permission denied: “Query ledger entries” is off. The service needs it; without it, it reports “Not enough permissions for API keys”.",
          "fix": "Tick “Query ledger entries” (edit the key on Kraken, or create a new one).",
          "help": "/exchange/kraken/troubleshooting/#egeneralpermission-denied",
          "id": "live.ledger_query",
          "status": "fail",
          "step": "/exchange/kraken/pro/#select-permissions",
          "title": "Query ledger entries",
        },
        {
          "detail": "Kraken allowed WithdrawMethods: “Withdraw” is on. A leaked key with Withdraw can move your funds, and the service never needs it.",
          "fix": "Create a new key without “Withdraw” and delete this one.",
          "help": "/exchange/kraken/troubleshooting/#egeneralpermission-denied",
          "id": "live.funds_withdraw",
          "status": "fail",
          "step": "/exchange/kraken/pro/#select-permissions",
          "title": "Funds permissions: Withdraw",
        },
      ]
    `);
  });

  it('pins the cannot-tell result for Cancel & close', () => {
    expect(run(outcomes()).find((c) => c.id === 'live.trades_close')).toMatchInlineSnapshot(`
      {
        "detail": "Cannot tell: Kraken allows CancelOrder with either “Create & modify orders” or “Cancel & close orders”, and “Create & modify orders” is on (or unknown), so this answer does not show whether “Cancel & close orders” is on.",
        "fix": "Make sure “Cancel & close orders” is ticked in the key’s settings.",
        "id": "live.trades_close",
        "status": "warn",
        "step": "/exchange/kraken/pro/#select-permissions",
        "title": "Cancel & close orders",
      }
    `);
  });

  it('skips probes that were not in the batch', () => {
    const checks = run(outcomes().slice(0, 2));
    expect(statuses(checks)['live.websocket']).toBe('skip');
  });
});
