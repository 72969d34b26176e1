import { describe, expect, it } from 'vitest';
import type { Check } from '../rules/check';
import { PERMISSION_NAMES, REQUIRED_PERMISSIONS } from '../rules/permissions';
import { interpretLive, type InterpretOptions } from './interpret';
import { outcomes } from './interpret-fixtures';
import type { KeyInfo } from './key-info';
import type { CallOutcome } from './relay';

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
