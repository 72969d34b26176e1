/** The permission findings as the English catalogue words them, pinned per case. */
import { describe, expect, it } from 'vitest';
import { checkPermissions } from './permission-checks';
import type { PermissionName } from './permissions';

const find = (
  id: string,
  selected: readonly PermissionName[] | undefined,
  form: 'pro' | 'classic',
) => checkPermissions(selected, form).find((c) => c.id === id);

describe('permission messages', () => {
  it('explains a missing required permission on Pro', () => {
    expect(find('permission.funds_query', [], 'pro')).toMatchInlineSnapshot(`
      {
        "code": "permission.required.fail",
        "detail": "“Query” is off. The service needs it to read your balances; without it, it reports “Not enough permission for API keys”.",
        "fix": "Tick “Query” under “Funds permissions” (edit the key on Kraken, or create a new one).",
        "id": "permission.funds_query",
        "status": "fail",
        "stepKey": "permissions",
        "title": "Funds permissions: Query",
        "trouble": "not-enough-permissions",
      }
    `);
  });

  it('explains a missing WebSocket switch on Pro and box on Classic', () => {
    expect(find('permission.websocket', [], 'pro')?.fix).toMatchInlineSnapshot(
      `"Switch on “WebSocket interface” (edit the key on Kraken, or create a new one)."`,
    );
    expect(find('permission.websocket', [], 'classic')?.fix).toMatchInlineSnapshot(
      `"Tick “Access WebSockets API” under “Other” (edit the key on Kraken, or create a new one)."`,
    );
  });

  it('confirms a required permission on Classic', () => {
    expect(find('permission.trades_close', ['trades_close'], 'classic')).toMatchInlineSnapshot(`
      {
        "code": "permission.required.pass",
        "detail": "“Cancel/Close Orders” is on.",
        "fix": null,
        "id": "permission.trades_close",
        "status": "pass",
        "stepKey": "permissions",
        "title": "Cancel/Close Orders",
      }
    `);
  });

  it('explains why Withdraw must be off, in both forms', () => {
    const text = (['pro', 'classic'] as const).map((form) => {
      const on = find('permission.funds_withdraw', ['funds_withdraw'], form);
      const off = find('permission.funds_withdraw', [], form);
      return [on?.title, on?.detail, on?.fix, off?.detail];
    });
    expect(text).toMatchInlineSnapshot(`
      [
        [
          "Funds permissions: Withdraw",
          "“Withdraw” is on: anyone who gets hold of this key could withdraw your funds. The service never needs it.",
          "Untick “Withdraw” under “Funds permissions” (edit the key on Kraken, or create a new one without it).",
          "“Withdraw” is off, so a leaked key cannot move funds out.",
        ],
        [
          "Withdraw Funds",
          "“Withdraw Funds” is on: anyone who gets hold of this key could withdraw your funds. The service never needs it.",
          "Untick “Withdraw Funds” under “Funds” (edit the key on Kraken, or create a new one without it).",
          "“Withdraw Funds” is off, so a leaked key cannot move funds out.",
        ],
      ]
    `);
  });

  it('names the extra permissions in the chosen form’s labels', () => {
    const pro = find('permission.extra', ['funds_add', 'funds_earn', 'export_data'], 'pro');
    const classic = find('permission.extra', ['funds_add', 'export_data'], 'classic');
    expect([pro?.detail, pro?.fix, classic?.detail, classic?.fix]).toMatchInlineSnapshot(`
      [
        "“Deposit”, “Earn” and “Export data” are on. The service does not use them, and a key should allow only what it needs.",
        "Untick “Deposit”, “Earn” and “Export data”.",
        "“Deposit Funds” and “Export Data” are on. The service does not use them, and a key should allow only what it needs.",
        "Untick “Deposit Funds” and “Export Data”.",
      ]
    `);
  });

  it('names Earn as Pro only when a Classic check receives it', () => {
    expect(find('permission.extra', ['funds_earn'], 'classic')?.detail).toMatchInlineSnapshot(
      `"“Earn (Kraken Pro only)” is on. The service does not use it, and a key should allow only what it needs."`,
    );
  });

  it('says all extras are off', () => {
    expect([
      find('permission.extra', [], 'pro')?.detail,
      find('permission.extra', [], 'classic')?.detail,
    ]).toMatchInlineSnapshot(`
      [
        "“Deposit”, “Earn” and “Export data” are off.",
        "“Deposit Funds” and “Export Data” are off.",
      ]
    `);
  });

  it('says what to tick when nothing was given', () => {
    expect(find('permission.funds_query', undefined, 'pro')).toMatchInlineSnapshot(`
      {
        "code": "permission.skip",
        "detail": "Not checked: no permissions were given.",
        "fix": "Tick the permissions exactly as they are ticked on Kraken.",
        "id": "permission.funds_query",
        "status": "skip",
        "stepKey": "permissions",
        "title": "Funds permissions: Query",
      }
    `);
  });
});
