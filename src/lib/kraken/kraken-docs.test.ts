/**
 * Kraken's documented contract as test vectors. The example answer is the one
 * docs.kraken.com prints for REST "Get API Key Info" (account data); the
 * errors are those of Kraken's "Errors" and "REST rate limits" guides. The
 * signature example of Kraken's authentication docs is in sign.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { LIVE, livePermissionId } from '../rules/live-registry';
import type { Check } from '../rules/check';
import { interpretLive } from './interpret';
import { parseKeyInfo, type KeyInfo } from './key-info';
import { LIVE_CALLS } from './probes';
import type { CallOutcome } from './relay';

/** docs.kraken.com, REST API, "Get API Key Info": the documented example response. */
const DOCUMENTED_EXAMPLE = {
  error: [],
  result: {
    apiKeyName: 'my-api-key',
    apiKey: '4/SDrDBcOOPnm3nPlNfEMMJDeRcIVqPz+QhRxIodyZbI9po/aVRiHsgX',
    nonce: '1772627060997',
    nonceWindow: 0,
    permissions: ['query-funds', 'withdraw-funds', 'query-open-trades', 'modify-trades'],
    iban: 'AA88 N84G WOAK NMOI',
    validUntil: '0',
    queryFrom: '0',
    queryTo: '0',
    createdTime: '1772542900',
    modifiedTime: '1772543095',
    ipAllowlist: [],
    lastUsed: '1772627061',
  },
};

const NOW = Date.UTC(2026, 11, 2);
const skipped: CallOutcome[] = LIVE_CALLS.slice(1).map((call) => ({
  method: call.method,
  outcome: 'skipped',
  reason: { code: 'described' },
}));
const statuses = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.id, c.status]));

function documented(): KeyInfo {
  const parsed = parseKeyInfo(DOCUMENTED_EXAMPLE.result);
  if (!parsed.ok) throw new Error('the documented example must parse');
  return parsed.info;
}

describe('Kraken’s documented GetApiKeyInfo example', () => {
  it('parses whole, keeping neither the IBAN nor the API key', () => {
    const info = documented();
    expect(info).toMatchObject({
      name: 'my-api-key',
      permissions: ['funds_query', 'funds_withdraw', 'trades_query_open', 'trades_modify'],
      nonceWindow: 0,
      ipAllowlist: [],
      validUntil: null,
      queryFrom: null,
      queryTo: null,
      createdTime: 1_772_542_900,
      modifiedTime: 1_772_543_095,
      lastUsed: 1_772_627_061,
      notReported: [],
    });
    expect(JSON.stringify(info)).not.toMatch(/AA88|4\/SDrD|iban|apiKey/);
  });

  it.each([
    { range: undefined, ip: 'skip' },
    { range: '192.0.2.0/24', ip: 'warn' },
  ])('is judged as the guide’s rules say (service range $range)', ({ range, ip }) => {
    const first: CallOutcome = { method: 'GetApiKeyInfo', outcome: 'ok', info: documented() };
    const { checks, about } = interpretLive([first, ...skipped], {
      form: 'pro',
      egressIps: [],
      serviceRange: range,
      now: NOW,
    });
    expect(about).toMatchObject({ checkedWith: 'GetApiKeyInfo', calls: 1 });
    expect(statuses(checks)).toEqual({
      [LIVE.auth.id]: 'pass',
      [LIVE.nonce.id]: 'pass',
      [livePermissionId('funds_query')]: 'pass',
      [livePermissionId('funds_add')]: 'pass',
      // Withdraw on: a leaked key could move the funds.
      [livePermissionId('funds_withdraw')]: 'fail',
      [livePermissionId('funds_earn')]: 'pass',
      [livePermissionId('add_withdraw_address')]: 'pass',
      [livePermissionId('update_withdraw_address')]: 'pass',
      [livePermissionId('trades_query_open')]: 'pass',
      // Required and off.
      [livePermissionId('trades_query_closed')]: 'fail',
      [livePermissionId('trades_modify')]: 'pass',
      [livePermissionId('trades_close')]: 'fail',
      [livePermissionId('ledger_query')]: 'fail',
      [livePermissionId('export_data')]: 'pass',
      [livePermissionId('websocket')]: 'fail',
      // A nonce window of 0.
      [LIVE.nonceWindow.id]: 'fail',
      // No allowlist: skipped without the service's range, a warning with it, as offline.
      [LIVE.ip.id]: ip,
      [LIVE.expiry.id]: 'pass',
      [LIVE.queryWindow.id]: 'pass',
    });
  });
});

/** GetApiKeyInfo answered with one error, and nothing else sent. */
function firstError(error: string) {
  const first: CallOutcome = { method: 'GetApiKeyInfo', outcome: 'error', errors: [error] };
  return interpretLive([first, ...skipped], { form: 'pro', egressIps: [], now: NOW });
}

describe('every error of Kraken’s errors and rate-limit guides, from the first answer', () => {
  it.each([
    {
      error: 'EAuth:Account temporary disabled',
      kraken: 'fail',
      stop: 'account',
      says: 'Kraken support',
    },
    { error: 'EAuth:Account unconfirmed', kraken: 'fail', stop: 'account', says: 'email address' },
    {
      error: 'EAuth:Rate limit exceeded',
      kraken: 'warn',
      stop: 'rate-limited',
      says: 'authentication attempts',
    },
    {
      error: 'EAuth:Too many requests',
      kraken: 'warn',
      stop: 'rate-limited',
      says: 'authentication attempts',
    },
    {
      error: 'EAPI:Rate limit exceeded',
      kraken: 'warn',
      stop: 'rate-limited',
      says: 'call counter',
    },
    {
      error: 'EGeneral:Too many requests',
      kraken: 'warn',
      stop: 'rate-limited',
      says: 'short time',
    },
    {
      error: 'EService:Throttled: 1764633600',
      kraken: 'warn',
      stop: 'rate-limited',
      says: '2025-12-02 00:00 UTC',
    },
    {
      error: 'EService: Throttled: 1764633600',
      kraken: 'warn',
      stop: 'rate-limited',
      says: '2025-12-02 00:00 UTC',
    },
    { error: 'EGeneral:Temporary lockout', kraken: 'fail', stop: 'lockout', says: '15 minutes' },
    {
      error: 'EService:Unavailable',
      kraken: 'warn',
      stop: 'unavailable',
      says: 'status.kraken.com',
    },
    { error: 'EService:Busy', kraken: 'warn', stop: 'unavailable', says: 'too busy' },
    {
      error: 'EService:Deadline elapsed',
      kraken: 'warn',
      stop: 'unavailable',
      says: 'timed out inside Kraken',
    },
    {
      error: 'EGeneral:Internal error',
      kraken: 'warn',
      stop: 'unavailable',
      says: 'contact Kraken support',
    },
    { error: 'EFunding:Something new', kraken: 'warn', stop: 'unknown', says: 'does not know' },
  ])(
    '$error: live.kraken $kraken, stopped ($stop), saying what to do',
    ({ error, kraken, stop, says }) => {
      const { checks, about } = firstError(error);
      const check = checks.find((c) => c.id === LIVE.kraken.id);
      expect(check?.status).toBe(kraken);
      expect(`${check?.detail} ${check?.fix}`).toContain(says);
      expect(check?.detail).toContain(error.trim());
      expect(check?.fix).toBeTruthy();
      expect(about).toMatchObject({ checkedWith: 'GetApiKeyInfo', calls: 1, stop: { code: stop } });
      expect(about.fallback).toBeUndefined();
      // Nothing else was judged: the key's checks skip, none passes or fails.
      for (const c of checks.filter((c) => c.id !== LIVE.kraken.id)) expect(c.status).toBe('skip');
    },
  );
});

describe('a partial GetApiKeyInfo answer', () => {
  const without = (...fields: string[]) => {
    const result: Record<string, unknown> = { ...DOCUMENTED_EXAMPLE.result };
    for (const field of fields) delete result[field];
    const parsed = parseKeyInfo(result);
    if (!parsed.ok) throw new Error('a partial answer is usable');
    const first: CallOutcome = { method: 'GetApiKeyInfo', outcome: 'ok', info: parsed.info };
    return interpretLive([first, ...skipped], { form: 'pro', egressIps: [], now: NOW });
  };

  it.each([
    { fields: ['nonceWindow'], skipped: [LIVE.nonceWindow.id] },
    { fields: ['ipAllowlist'], skipped: [LIVE.ip.id] },
    { fields: ['validUntil'], skipped: [LIVE.expiry.id] },
    { fields: ['queryFrom'], skipped: [LIVE.queryWindow.id] },
    { fields: ['queryFrom', 'queryTo'], skipped: [LIVE.queryWindow.id] },
    {
      fields: ['permissions'],
      skipped: [
        'funds_query',
        'funds_add',
        'funds_withdraw',
        'funds_earn',
        'add_withdraw_address',
        'update_withdraw_address',
        'trades_query_open',
        'trades_query_closed',
        'trades_modify',
        'trades_close',
        'ledger_query',
        'export_data',
        'websocket',
      ].map((name) => livePermissionId(name as Parameters<typeof livePermissionId>[0])),
    },
  ])(
    'without $fields: only its checks skip, saying so; the rest is judged',
    ({ fields, skipped: ids }) => {
      const { checks, about } = without(...fields);
      const whole = statuses(without().checks);
      for (const check of checks) {
        if (ids.includes(check.id)) {
          expect(check.status, check.id).toBe('skip');
          expect(check.detail).toContain('Not reported by Kraken');
          for (const field of fields) expect(check.detail).toContain(`“${field}”`);
        } else if (check.id !== LIVE.ip.id) {
          expect(check.status, check.id).toBe(whole[check.id]);
        }
      }
      expect(about.checkedWith).toBe('GetApiKeyInfo');
      expect(about.key?.notReported).toEqual(fields);
    },
  );

  it('judges a query date that is set even when the other is missing', () => {
    const result = { ...DOCUMENTED_EXAMPLE.result, queryFrom: '1735689600' } as Record<
      string,
      unknown
    >;
    delete result['queryTo'];
    const parsed = parseKeyInfo(result);
    if (!parsed.ok) throw new Error('usable');
    const first: CallOutcome = { method: 'GetApiKeyInfo', outcome: 'ok', info: parsed.info };
    const { checks } = interpretLive([first, ...skipped], { form: 'pro', egressIps: [], now: NOW });
    expect(statuses(checks)[LIVE.queryWindow.id]).toBe('fail');
  });
});
