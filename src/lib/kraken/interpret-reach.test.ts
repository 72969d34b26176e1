import { describe, expect, it } from 'vitest';
import { interpretOutcomes } from './interpret';
import { CORRECT, DENIED, outcomes, run, statuses, stoppedAt } from './interpret-fixtures';

describe('interpretOutcomes: no answer, every call denied, the guide links, the pinned findings', () => {
  it('says Kraken did not answer when the first call got no answer', () => {
    const checks = run(stoppedAt('Balance', { unavailable: { code: 'timeout', seconds: 10 } }));
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
        "section": "live",
        "status": "warn",
        "step": null,
        "stepKey": null,
        "title": "Kraken did not answer",
        "trouble": "kraken-unavailable",
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
        "detail": "Kraken answered EGeneral:Permission denied to every call. Either the key has no permissions set, or the calls came from outside its IP allowlist: Kraken knows which, but its answer does not say, so a program reading it cannot tell (the exact error for a call from outside the allowlist is undocumented; expect this one). This check calls Kraken from 203.0.113.7.",
        "fix": "If the key is restricted to your service’s IP range, this is expected: the key can still work for the service. Otherwise tick the permissions the guide lists.",
        "help": "/exchange/kraken/troubleshooting/#every-call-is-denied-ip-restriction",
        "id": "live.access",
        "section": "live",
        "status": "warn",
        "step": "/exchange/kraken/pro/#select-permissions",
        "stepKey": "permissions",
        "title": "Every call refused",
        "trouble": "ip-restriction",
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
          "detail": "Kraken refused Ledgers with EGeneral:Permission denied: “Query ledger entries” is off. The service needs it; without it, it reports “Not enough permission for API keys”.",
          "fix": "Tick “Query ledger entries” (edit the key on Kraken, or create a new one).",
          "help": "/exchange/kraken/troubleshooting/#egeneralpermission-denied",
          "id": "live.ledger_query",
          "section": "live",
          "status": "fail",
          "step": "/exchange/kraken/pro/#select-permissions",
          "stepKey": "permissions",
          "title": "Query ledger entries",
          "trouble": "permission-denied",
        },
        {
          "detail": "Kraken allowed WithdrawMethods: “Withdraw” is on. A leaked key with Withdraw can move your funds, and the service never needs it.",
          "fix": "Create a new key without “Withdraw” and delete this one.",
          "help": "/exchange/kraken/troubleshooting/#egeneralpermission-denied",
          "id": "live.funds_withdraw",
          "section": "live",
          "status": "fail",
          "step": "/exchange/kraken/pro/#select-permissions",
          "stepKey": "permissions",
          "title": "Funds permissions: Withdraw",
          "trouble": "permission-denied",
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
        "section": "live",
        "status": "warn",
        "step": "/exchange/kraken/pro/#select-permissions",
        "stepKey": "permissions",
        "title": "Cancel & close orders",
      }
    `);
  });

  it('skips probes that were not in the batch', () => {
    const checks = run(outcomes().slice(0, 2));
    expect(statuses(checks)['live.websocket']).toBe('skip');
  });
});
