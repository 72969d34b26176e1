import { describe, expect, it } from 'vitest';
import { checkPermissions, judgeEveryPermission } from './permission-checks';
import type { PermissionName } from './permissions';
import {
  permissionFromApiInfo,
  EXTRA_PERMISSIONS,
  FORBIDDEN_PERMISSIONS,
  PERMISSIONS,
  PERMISSION_NAMES,
  REQUIRED_PERMISSIONS,
  formLayout,
  isPermissionName,
  formEntry,
  permissionLabel,
  permissionTitle,
} from './permissions';

const layoutText = (form: 'pro' | 'classic') =>
  formLayout(form).map((group) => [group.label, group.permissions.map((p) => p.entry.label)]);

describe('the permission catalogue', () => {
  it('lists every machine name once', () => {
    expect(PERMISSIONS.map((p) => p.name).sort()).toEqual([...PERMISSION_NAMES].sort());
  });

  it('lays out the Pro form as Kraken shows it', () => {
    expect(layoutText('pro')).toEqual([
      [
        'Funds permissions',
        [
          'Query',
          'Deposit',
          'Withdraw',
          'Earn',
          'Add withdrawal addresses',
          'Update withdrawal addresses',
        ],
      ],
      [
        'Orders and trades',
        [
          'Query open orders & trades',
          'Query closed orders & trades',
          'Create & modify orders',
          'Cancel & close orders',
        ],
      ],
      ['Data', ['Query ledger entries', 'Export data']],
      ['WebSocket interface', ['WebSocket interface']],
    ]);
  });

  it('lays out the Classic form as Kraken shows it, without Earn', () => {
    expect(layoutText('classic')).toEqual([
      ['Funds', ['Query Funds', 'Deposit Funds', 'Withdraw Funds']],
      [
        'Orders & Trades',
        [
          'Query Open Orders & Trades',
          'Query Closed Orders & Trades',
          'Modify Orders',
          'Cancel/Close Orders',
        ],
      ],
      ['Other', ['Query Ledger Entries', 'Export Data', 'Access WebSockets API']],
    ]);
  });

  it('shows the WebSocket permission as a switch on Pro and a checkbox on Classic', () => {
    const websocket = PERMISSIONS.find((p) => p.name === 'websocket');
    expect([websocket?.pro.control, websocket?.classic?.control]).toEqual(['toggle', 'checkbox']);
  });

  it('knows the other names Kraken and the guide use on Classic', () => {
    const aliases = Object.fromEntries(PERMISSIONS.map((p) => [p.name, p.classic?.aliases ?? []]));
    expect(aliases.trades_modify).toEqual(['Create & Modify Orders']);
    expect(aliases.trades_close).toEqual(['Cancel/Close Trades']);
  });

  it('requires the guide’s seven, forbids Withdraw and calls the rest extra', () => {
    expect(REQUIRED_PERMISSIONS).toEqual([
      'funds_query',
      'trades_query_open',
      'trades_query_closed',
      'trades_modify',
      'trades_close',
      'ledger_query',
      'websocket',
    ]);
    expect(FORBIDDEN_PERMISSIONS).toEqual([
      'funds_withdraw',
      'add_withdraw_address',
      'update_withdraw_address',
    ]);
    expect(EXTRA_PERMISSIONS).toEqual(['funds_add', 'funds_earn', 'export_data']);
  });

  it.each([
    ['funds_query', 'Query', 'Query Funds', 'Funds permissions: Query'],
    ['funds_earn', 'Earn', 'Earn (Kraken Pro only)', 'Funds permissions: Earn'],
    ['websocket', 'WebSocket interface', 'Access WebSockets API', 'WebSocket interface'],
  ] as const)('names %s “%s” on Pro and “%s” on Classic', (name, pro, classic, proTitle) => {
    expect(permissionLabel(name, 'pro')).toBe(pro);
    expect(permissionLabel(name, 'classic')).toBe(classic);
    expect(permissionTitle(name, 'pro')).toBe(proTitle);
  });

  it.each([
    ['funds_query', true],
    ['websocket', true],
    ['withdraw', false],
    ['toString', false],
    [42, false],
  ])('tells whether %s is a machine name', (value, expected) => {
    expect(isPermissionName(value)).toBe(expected);
  });
});

const statuses = (
  selected: readonly PermissionName[] | undefined,
  form: 'pro' | 'classic' = 'pro',
) => Object.fromEntries(checkPermissions(selected, form).map((c) => [c.id, c.status]));

describe('checkPermissions', () => {
  describe.each(['pro', 'classic'] as const)('on the %s form', (form) => {
    it('passes every check with exactly the guide’s set', () => {
      const checks = checkPermissions(REQUIRED_PERMISSIONS, form);
      expect(checks.map((c) => c.status)).toEqual(Array(11).fill('pass'));
      expect(new Set(checks.map((c) => c.stepKey))).toEqual(new Set(['permissions']));
    });

    it.each(REQUIRED_PERMISSIONS)('fails only permission.%s when it is off', (missing) => {
      const result = statuses(
        REQUIRED_PERMISSIONS.filter((name) => name !== missing),
        form,
      );
      const failed = Object.entries(result).filter(([, status]) => status !== 'pass');
      expect(failed).toEqual([[`permission.${missing}`, 'fail']]);
    });

    it('fails permission.funds_withdraw when Withdraw is on', () => {
      expect(
        statuses([...REQUIRED_PERMISSIONS, 'funds_withdraw'], form)['permission.funds_withdraw'],
      ).toBe('fail');
    });

    it.each(EXTRA_PERMISSIONS)('warns permission.extra when %s is on', (extra) => {
      expect(statuses([...REQUIRED_PERMISSIONS, extra], form)['permission.extra']).toBe('warn');
    });

    it('skips every permission check when no permissions are given', () => {
      expect(new Set(Object.values(statuses(undefined, form)))).toEqual(new Set(['skip']));
    });
  });

  it('answers the seven required, Withdraw, then extra', () => {
    expect(checkPermissions([], 'pro').map((c) => c.id)).toEqual([
      'permission.funds_query',
      'permission.trades_query_open',
      'permission.trades_query_closed',
      'permission.trades_modify',
      'permission.trades_close',
      'permission.ledger_query',
      'permission.websocket',
      'permission.funds_withdraw',
      'permission.add_withdraw_address',
      'permission.update_withdraw_address',
      'permission.extra',
    ]);
  });

  it('ignores duplicates', () => {
    expect(statuses([...REQUIRED_PERMISSIONS, ...REQUIRED_PERMISSIONS])['permission.extra']).toBe(
      'pass',
    );
  });
});

describe('GetApiKeyInfo’s names', () => {
  it.each([
    ['query-funds', 'funds_query'],
    ['add-funds', 'funds_add'],
    ['withdraw-funds', 'funds_withdraw'],
    ['earn-funds', 'funds_earn'],
    ['query-open-trades', 'trades_query_open'],
    ['query-closed-trades', 'trades_query_closed'],
    ['modify-trades', 'trades_modify'],
    ['close-trades', 'trades_close'],
    ['query-ledger', 'ledger_query'],
    ['export-data', 'export_data'],
    ['create-ws-token', 'websocket'],
    ['add-withdraw-address', 'add_withdraw_address'],
    ['update-withdraw-address', 'update_withdraw_address'],
  ] as const)('maps %s to %s', (kraken, name) => {
    expect(permissionFromApiInfo(kraken)).toBe(name);
  });

  it('maps every catalogue permission, one name each', () => {
    const names = PERMISSIONS.map((p) => p.apiInfoName);
    expect(new Set(names).size).toBe(PERMISSIONS.length);
    for (const p of PERMISSIONS) expect(permissionFromApiInfo(p.apiInfoName)).toBe(p.name);
  });

  it.each(['', 'Query-Funds', 'funds_query', 'query-funds ', 'transfer-to-futures', 'constructor'])(
    'knows no permission called “%s”',
    (kraken) => {
      expect(permissionFromApiInfo(kraken)).toBeUndefined();
    },
  );
});

describe('the withdrawal-address permissions', () => {
  it.each(['add_withdraw_address', 'update_withdraw_address'] as const)(
    'fails permission.%s when ticked, saying why',
    (name) => {
      const checks = checkPermissions([...REQUIRED_PERMISSIONS, name], 'pro');
      const found = checks.find((c) => c.id === `permission.${name}`);
      expect(found?.status).toBe('fail');
      expect(found?.detail).toContain('withdrawal');
      expect(found?.fix).toMatch(
        /^Untick “(Add|Update) withdrawal addresses” under “Funds permissions”/,
      );
      expect(checks.filter((c) => c.status === 'fail')).toHaveLength(1);
    },
  );

  it('exists only on the Pro form', () => {
    expect(formEntry('add_withdraw_address', 'classic')).toBeNull();
    expect(permissionLabel('update_withdraw_address', 'classic')).toBe(
      'Update withdrawal addresses (Kraken Pro only)',
    );
  });
});

describe('judgeEveryPermission (what Kraken reports)', () => {
  it('answers exactly pass or fail for the required and forbidden, and warns for an extra', () => {
    const findings = judgeEveryPermission(['funds_query', 'funds_earn', 'funds_withdraw'], {
      form: 'pro',
      prefix: 'live.',
      source: 'kraken',
    });
    expect(findings.map((f) => f.id)).toEqual(PERMISSION_NAMES.map((n) => `live.${n}`));
    const status = Object.fromEntries(findings.map((f) => [f.id, f.status]));
    expect(status).toMatchObject({
      'live.funds_query': 'pass',
      'live.funds_withdraw': 'fail',
      'live.funds_earn': 'warn',
      'live.trades_close': 'fail',
      'live.add_withdraw_address': 'pass',
    });
    expect(findings.find((f) => f.id === 'live.trades_close')?.detail).toMatch(
      /^Kraken reports that .* “Not enough permission for API keys”/,
    );
  });
});
