import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CheckSchema } from './check';
import { REQUIRED_PERMISSIONS } from './permissions';
import { CHECK_IDS, runChecks, summarize } from './run';

const API_KEY = 'HkPK3mVPR6XHpRrjUBMyPVowT8CFZZEsn4CSaMLX2zyvKoIUN2nu9kES';
const PRIVATE_KEY =
  'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==';

const good = {
  permissions: [...REQUIRED_PERMISSIONS],
  nonceWindow: '2000000',
  serviceRange: '192.0.2.0/24',
  ipAllowlist: '192.0.2.0/24',
  apiKey: API_KEY,
  privateKey: PRIVATE_KEY,
};

describe('runChecks', () => {
  it('answers every check in the guide’s order', () => {
    expect(CHECK_IDS).toMatchInlineSnapshot(`
      [
        "permission.funds_query",
        "permission.trades_query_open",
        "permission.trades_query_closed",
        "permission.trades_modify",
        "permission.trades_close",
        "permission.ledger_query",
        "permission.websocket",
        "permission.funds_withdraw",
        "permission.add_withdraw_address",
        "permission.update_withdraw_address",
        "permission.extra",
        "ip.allowlist",
        "nonce-window",
        "key.api-key",
        "key.private-key",
        "key.swapped",
      ]
    `);
  });

  it.each(['pro', 'classic'] as const)('passes the guide’s configuration on %s', (form) => {
    expect(runChecks({ ...good, form }).map((c) => c.status)).toEqual(
      Array(CHECK_IDS.length).fill('pass'),
    );
  });

  it('defaults to the Pro form', () => {
    expect(runChecks({}).find((c) => c.id === 'nonce-window')?.step).toBe(
      '/exchange/kraken/pro/#enable-custom-nonce-window',
    );
  });

  it('never looks at the private key on a server', () => {
    const checks = runChecks({ ...good, privateKey: API_KEY }, { where: 'server' });
    expect(checks.filter((c) => c.id.startsWith('key.')).map((c) => [c.id, c.status])).toEqual([
      ['key.api-key', 'pass'],
      ['key.private-key', 'skip'],
      ['key.swapped', 'pass'],
    ]);
  });

  it('drops permission names it does not know', () => {
    const input = { permissions: [...REQUIRED_PERMISSIONS, 'nope'] } as unknown as Parameters<
      typeof runChecks
    >[0];
    expect(
      runChecks(input).filter((c) => c.status !== 'pass' && c.id.startsWith('permission.')),
    ).toEqual([]);
  });

  it('never throws and always answers valid checks, whatever the strings', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdef:./, \n-%=+'), maxLength: 300 }),
    );
    fc.assert(
      fc.property(
        fc.record({
          form: fc.constantFrom('pro', 'classic'),
          nonceWindow: fc.oneof(text, fc.double()),
          serviceRange: text,
          ipAllowlist: text,
          apiKey: text,
          privateKey: text,
        }),
        (input) => {
          const checks = runChecks(input);
          expect(checks.map((c) => c.id)).toEqual(CHECK_IDS);
          for (const check of checks) CheckSchema.parse(check);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('stays quick on huge input', () => {
    const huge = `${'1'.repeat(1_000_000)}${'='.repeat(1_000_000)}\u0000:::${'/'.repeat(100_000)}`;
    const started = performance.now();
    const checks = runChecks({
      nonceWindow: huge,
      serviceRange: huge,
      ipAllowlist: huge,
      apiKey: huge,
      privateKey: huge,
    });
    // Generous for a loaded CI machine; quadratic work would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(Math.max(...checks.map((c) => c.detail.length))).toBeLessThan(2000);
  });
});

describe('summarize', () => {
  it('is ready when everything passes or warns', () => {
    const summary = summarize(runChecks({ ...good, nonceWindow: '3000000' }));
    expect(summary.ready).toBe(true);
    expect(summary.fixes.map((c) => c.id)).toEqual(['nonce-window']);
  });

  it('lists failures before warnings and is not ready', () => {
    const summary = summarize(
      runChecks({ ...good, permissions: ['funds_withdraw', 'funds_add'], nonceWindow: '5M' }),
    );
    expect(summary.ready).toBe(false);
    expect(summary.fixes.map((c) => `${c.status} ${c.id}`)).toMatchInlineSnapshot(`
      [
        "fail permission.funds_query",
        "fail permission.trades_query_open",
        "fail permission.trades_query_closed",
        "fail permission.trades_modify",
        "fail permission.trades_close",
        "fail permission.ledger_query",
        "fail permission.websocket",
        "fail permission.funds_withdraw",
        "warn permission.extra",
        "warn nonce-window",
      ]
    `);
  });

  it('is not ready while checks are skipped', () => {
    const summary = summarize(runChecks({ ...good, apiKey: '', privateKey: '' }));
    expect([summary.ready, summary.unchecked.map((c) => c.id)]).toEqual([
      false,
      ['key.api-key', 'key.private-key', 'key.swapped'],
    ]);
  });

  it('is not ready with no checks at all', () => {
    expect(summarize([]).ready).toBe(false);
  });
});
