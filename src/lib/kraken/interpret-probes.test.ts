import { describe, expect, it } from 'vitest';
import { CORRECT_STATUSES, DENIED, outcomes, run, statuses, stoppedAt } from './interpret-fixtures';

describe('interpretOutcomes: the permissions and Kraken’s errors', () => {
  it('passes every live check for a correct key, but cannot tell Cancel & close', () => {
    expect(statuses(run(outcomes()))).toEqual(CORRECT_STATUSES);
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
    // Order rate limits come from Kraken's rate limiter: no proof the permission is on.
    { answer: 'EOrder:Rate limit exceeded', expected: 'warn' },
    { answer: 'EOrder:Domain rate limit exceeded', expected: 'warn' },
    { answer: 'EOrder:Orders limit exceeded', expected: 'warn' },
  ])('reads CancelOrder $answer without Create & modify as $expected', ({ answer, expected }) => {
    const checks = run(outcomes({ AddOrder: DENIED, CancelOrder: answer }));
    expect(statuses(checks)['live.trades_close']).toBe(expected);
  });

  it.each([
    { answer: 'EOrder:Insufficient funds', expected: 'pass' },
    { answer: 'EOrder:Order minimum not met', expected: 'pass' },
    // A malformed call or a key with query dates answers it too: no proof the permission is on.
    { answer: 'EGeneral:Invalid arguments:volume', expected: 'warn' },
    {
      answer: 'EAccount:Invalid permissions:XBTUSD trading restricted for US:WA.',
      expected: 'warn',
    },
    { answer: 'EFunding:Something new', expected: 'warn' },
    { answer: 'EOrder:Rate limit exceeded', expected: 'warn' },
    { answer: 'EOrder:Domain rate limit exceeded', expected: 'warn' },
    { answer: 'EOrder:Orders limit exceeded', expected: 'warn' },
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
        "section": "live",
        "status": "fail",
        "step": "/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key",
        "stepKey": "generate",
        "title": "API key and private key",
        "trouble": "invalid-key",
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
        "section": "live",
        "status": "fail",
        "step": "/exchange/kraken/pro/#do-not-configure-any-other-options-and-click-generate-key",
        "stepKey": "generate",
        "title": "API key and private key",
        "trouble": "invalid-signature",
      }
    `);
  });

  it('explains an invalid nonce on the first call as a larger nonce scale', () => {
    expect(run(stoppedAt('Balance', 'EAPI:Invalid nonce'))[1]).toMatchInlineSnapshot(`
      {
        "detail": "Kraken refused the first call with EAPI:Invalid nonce, although its nonce was the current time in milliseconds. Either a client with a larger nonce scale (micro- or nanoseconds) has used this key, and Kraken never lowers a key’s nonce; or a millisecond client whose clock runs ahead has used it.",
        "fix": "If a client with a larger nonce scale used the key, create a new key and run the check before connecting it anywhere else. If a program’s clock runs ahead, correct that clock; the key works again once real time passes the nonces it sent.",
        "help": "/exchange/kraken/troubleshooting/#eapiinvalid-nonce",
        "id": "live.nonce",
        "section": "live",
        "status": "fail",
        "step": "/exchange/kraken/pro/#go-to-the-settings-page-and-click-create-api-key",
        "stepKey": "add-key",
        "title": "Nonce",
        "trouble": "invalid-nonce",
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
        "section": "live",
        "status": "fail",
        "step": "/exchange/kraken/pro/#enable-custom-nonce-window",
        "stepKey": "nonce",
        "title": "Nonce",
        "trouble": "invalid-nonce",
      }
    `);
  });

  it('explains a lockout and skips what was not sent', () => {
    const checks = run(stoppedAt('Balance', 'EGeneral:Temporary lockout'));
    expect(checks.find((c) => c.id === 'live.kraken')).toMatchInlineSnapshot(`
      {
        "detail": "Kraken answered EGeneral:Temporary lockout: the account (perhaps only this address) is locked for a while, typically minutes, after repeated failures. The check stopped: nothing more was sent for this key.",
        "fix": "Stop every program that uses this key and run the check again later, after about 15 minutes.",
        "help": "/exchange/kraken/troubleshooting/#egeneraltemporary-lockout",
        "id": "live.kraken",
        "section": "live",
        "status": "fail",
        "step": null,
        "stepKey": null,
        "title": "Kraken’s answer",
        "trouble": "temporary-lockout",
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
});
