import { describe, expect, it } from 'vitest';
import type { Check } from '../rules/check';
import { PERMISSION_NAMES, REQUIRED_PERMISSIONS } from '../rules/permissions';
import { interpretLive, interpretOutcomes, type InterpretOptions } from './interpret';
import type { KeyInfo } from './key-info';
import type { ProbeMethod } from './probes';
import type { NoAnswerReason, NotSentReason } from './reasons';
import type { CallOutcome } from './relay';

type Answer = 'ok' | string | { unavailable: NoAnswerReason } | { skipped: NotSentReason };

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
        .map((o) => ({ method: o.method, outcome: 'skipped', reason: { code: 'out-of-time' } })),
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

describe('interpretLive with GetApiKeyInfo', () => {
  const INFO: KeyInfo = {
    name: 'trading-bot',
    permissions: [...REQUIRED_PERMISSIONS],
    unknownPermissions: [],
    nonceWindow: 2_000_000,
    ipAllowlist: ['192.0.2.0/24'],
    ipAllowlistCount: 1,
    validUntil: null,
    queryFrom: null,
    queryTo: null,
    createdTime: 1_790_000_000,
    lastUsed: null,
    notReported: [],
  };
  const skipped = outcomes().map((o): CallOutcome => ({
    method: o.method,
    outcome: 'skipped',
    reason: { code: 'described' },
  }));
  const NOW = Date.UTC(2026, 11, 2);
  const live = (first: CallOutcome, rest = skipped, extra: Partial<InterpretOptions> = {}) =>
    interpretLive([first, ...rest], { form: 'pro', egressIps: [], now: NOW, ...extra });
  const withInfo = (change: Partial<KeyInfo>, extra: Partial<InterpretOptions> = {}) =>
    live({ method: 'GetApiKeyInfo', outcome: 'ok', info: { ...INFO, ...change } }, skipped, extra);
  const status = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

  it('judges the whole configuration with the guide’s rules, after one call', () => {
    const { checks, about } = withInfo({}, { serviceRange: '192.0.2.0/24' });
    expect(about).toEqual({ checkedWith: 'GetApiKeyInfo', calls: 1, key: INFO });
    expect(new Set(checks.map((c) => c.status))).toEqual(new Set(['pass']));
    expect(checks.map((c) => c.id)).toEqual([
      'live.auth',
      'live.nonce',
      ...PERMISSION_NAMES.map((name) => `live.${name}`),
      'live.nonce-window',
      'live.ip',
      'live.expiry',
      'live.query-window',
    ]);
    expect(checks.every((c) => c.section === 'live')).toBe(true);
  });

  it.each([
    {
      name: 'Cancel & close off',
      change: { permissions: REQUIRED_PERMISSIONS.filter((p) => p !== 'trades_close') },
      id: 'live.trades_close',
      expected: 'fail',
    },
    {
      name: 'Add withdrawal addresses on',
      change: { permissions: [...REQUIRED_PERMISSIONS, 'add_withdraw_address' as const] },
      id: 'live.add_withdraw_address',
      expected: 'fail',
    },
    {
      name: 'Export data on',
      change: { permissions: [...REQUIRED_PERMISSIONS, 'export_data' as const] },
      id: 'live.export_data',
      expected: 'warn',
    },
    {
      name: 'a nonce window of 0',
      change: { nonceWindow: 0 },
      id: 'live.nonce-window',
      expected: 'fail',
    },
    {
      name: 'a larger nonce window',
      change: { nonceWindow: 5_000_000 },
      id: 'live.nonce-window',
      expected: 'warn',
    },
    {
      name: 'an empty allowlist',
      change: { ipAllowlist: [], ipAllowlistCount: 0 },
      id: 'live.ip',
      expected: 'warn',
    },
    {
      name: 'half the range',
      change: { ipAllowlist: ['192.0.2.0/25'] },
      id: 'live.ip',
      expected: 'fail',
    },
    {
      name: 'an allowlist of thousands',
      change: { ipAllowlist: Array(1001).fill('192.0.2.0/24'), ipAllowlistCount: 5000 },
      id: 'live.ip',
      expected: 'fail',
    },
    {
      name: 'an expiry to come',
      change: { validUntil: 4_070_908_800 },
      id: 'live.expiry',
      expected: 'warn',
    },
    {
      name: 'an expiry gone by',
      change: { validUntil: 1_700_000_000 },
      id: 'live.expiry',
      expected: 'fail',
    },
    {
      name: 'a query start date',
      change: { queryFrom: 1_735_689_600 },
      id: 'live.query-window',
      expected: 'fail',
    },
    {
      name: 'an unknown permission',
      change: { unknownPermissions: ['transfer-to-futures'] },
      id: 'live.unknown-permissions',
      expected: 'warn',
    },
  ])('$name: $id is $expected, and nothing else but it is off', ({ change, id, expected }) => {
    const { checks } = withInfo(change, { serviceRange: '192.0.2.0/24' });
    expect(status(checks)[id]).toBe(expected);
    expect(checks.filter((c) => c.status !== 'pass').map((c) => c.id)).toEqual([id]);
  });

  it('skips live.ip with the reason when the service’s range is not known', () => {
    const ip = withInfo({}).checks.find((c) => c.id === 'live.ip');
    expect(ip?.status).toBe('skip');
    expect(ip?.detail).toContain('no service IP range configured');
    expect(ip?.detail).toContain('“192.0.2.0/24”');
  });

  const denied: CallOutcome = {
    method: 'GetApiKeyInfo',
    outcome: 'error',
    errors: ['EGeneral:Permission denied'],
  };

  it('reads a refusal as the IP allowlist: a warning from outside the service’s range', () => {
    const { checks, about } = live(denied, skipped, {
      egressIps: ['198.51.100.7'],
      serviceRange: '192.0.2.0/24',
    });
    const access = checks.find((c) => c.id === 'live.access');
    expect(access?.status).toBe('warn');
    expect(access?.detail).toContain('needs no permission');
    expect(access?.detail).toContain('198.51.100.7, outside the service’s range');
    expect(access?.fix).toContain('Not enough permission for API keys');
    expect(about.checkedWith).toBe('GetApiKeyInfo');
    expect(
      checks.filter((c) => c.id.startsWith('live.funds')).every((c) => c.status === 'skip'),
    ).toBe(true);
  });

  it('fails live.access when the relay calls from inside the service’s range', () => {
    const { checks } = live(denied, skipped, {
      egressIps: ['192.0.2.7'],
      serviceRange: '192.0.2.0/24',
    });
    expect(checks.find((c) => c.id === 'live.access')).toMatchObject({
      status: 'fail',
      stepKey: 'ip',
      trouble: 'ip-restriction',
    });
  });

  it('warns when the relay’s address is unknown', () => {
    const access = live(denied).checks.find((c) => c.id === 'live.access');
    expect(access?.status).toBe('warn');
    expect(access?.detail).toContain('does not publish the address');
  });

  it.each([
    {
      name: 'Kraken does not know the method',
      first: { method: 'GetApiKeyInfo', outcome: 'error', errors: ['EGeneral:Unknown method'] },
      fallback: { code: 'unknown-method', error: 'EGeneral:Unknown method' },
    },
    {
      name: 'an answer with none of the settings the checks read',
      first: { method: 'GetApiKeyInfo', outcome: 'unusable' },
      fallback: { code: 'unreadable' },
    },
  ] as const)('falls back to the probes on $name, and says so', ({ first, fallback }) => {
    const { checks, about } = live(first as CallOutcome, outcomes());
    expect(about.checkedWith).toBe('probes');
    expect(about.fallback).toEqual(fallback);
    expect(about.calls).toBe(9);
    expect(status(checks)['live.auth']).toBe('pass');
    expect(status(checks)['live.trades_close']).toBe('warn');
  });

  it('stops at an invalid key on GetApiKeyInfo, as before', () => {
    const { checks } = live({
      method: 'GetApiKeyInfo',
      outcome: 'error',
      errors: ['EAPI:Invalid key'],
    });
    expect(status(checks)['live.auth']).toBe('fail');
  });
});
