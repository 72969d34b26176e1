import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IP_ENTRIES } from '../rules/ip';
import { parseKeyInfo } from './key-info';

/** GetApiKeyInfo's result for a key set up as the guide says, with every field Kraken sends. */
const GOOD = {
  apiKeyName: 'trading-bot',
  apiKey: 'HkPK3mVPR6XHpRrjUBMyPVowT8CFZZEsn4CSaMLX2zyvKoIUN2nu9kES',
  nonce: '1764633600000',
  nonceWindow: 2000000,
  permissions: [
    'query-funds',
    'query-open-trades',
    'query-closed-trades',
    'modify-trades',
    'close-trades',
    'query-ledger',
    'create-ws-token',
  ],
  iban: 'AA12 3456 7890 1234 5678 90',
  validUntil: '0',
  queryFrom: '0',
  queryTo: '0',
  createdTime: '1790000000',
  modifiedTime: '1790000000',
  ipAllowlist: ['192.0.2.0/24'],
  lastUsed: '1793534400',
};

const without = (field: keyof typeof GOOD) => {
  const copy: Record<string, unknown> = { ...GOOD };
  delete copy[field];
  return copy;
};

describe('parseKeyInfo', () => {
  it('keeps only what the checks need: never the IBAN, never the API key', () => {
    const parsed = parseKeyInfo(GOOD);
    expect(parsed).toEqual({
      ok: true,
      info: {
        name: 'trading-bot',
        permissions: [
          'funds_query',
          'trades_query_open',
          'trades_query_closed',
          'trades_modify',
          'trades_close',
          'ledger_query',
          'websocket',
        ],
        unknownPermissions: [],
        nonceWindow: 2_000_000,
        ipAllowlist: ['192.0.2.0/24'],
        ipAllowlistCount: 1,
        validUntil: null,
        queryFrom: null,
        queryTo: null,
        createdTime: 1_790_000_000,
        modifiedTime: 1_790_000_000,
        lastUsed: 1_793_534_400,
        notReported: [],
      },
    });
    expect(JSON.stringify(parsed)).not.toMatch(/AA12|HkPK3m|iban|apiKey/);
  });

  it.each([
    {
      name: 'a numeric nonce window as a string',
      change: { nonceWindow: '2000000' },
      field: 'nonceWindow',
      value: 2_000_000,
    },
    {
      name: 'timestamps as numbers',
      change: { validUntil: 4070908800 },
      field: 'validUntil',
      value: 4_070_908_800,
    },
    { name: 'a never-used key', change: { lastUsed: null }, field: 'lastUsed', value: null },
    {
      name: 'query dates',
      change: { queryFrom: '1735689600' },
      field: 'queryFrom',
      value: 1_735_689_600,
    },
    { name: 'no name', change: { apiKeyName: undefined }, field: 'name', value: undefined },
    { name: 'an empty name', change: { apiKeyName: '' }, field: 'name', value: '' },
    {
      name: 'the last change',
      change: { modifiedTime: '1790000600' },
      field: 'modifiedTime',
      value: 1_790_000_600,
    },
  ])('reads $name', ({ change, field, value }) => {
    const parsed = parseKeyInfo({ ...GOOD, ...change });
    expect(parsed.ok && parsed.info[field as keyof typeof parsed.info]).toEqual(value);
  });

  it('leaves lastUsed out when Kraken does not send it', () => {
    const parsed = parseKeyInfo(without('lastUsed'));
    expect(parsed.ok && 'lastUsed' in parsed.info).toBe(false);
  });

  it('shows names it does not know as such, never dropping them', () => {
    const parsed = parseKeyInfo({
      ...GOOD,
      permissions: [...GOOD.permissions, 'transfer-to-futures', 'x'.repeat(500)],
    });
    expect(parsed.ok && parsed.info.unknownPermissions).toEqual([
      'transfer-to-futures',
      `${'x'.repeat(40)}…`,
    ]);
  });

  it('bounds an allowlist of thousands of entries, keeping one more than the rules read', () => {
    const list = Array.from({ length: 50_000 }, (_, i) => `10.${(i >> 8) & 255}.${i & 255}.1`);
    const parsed = parseKeyInfo({ ...GOOD, ipAllowlist: list });
    expect(parsed.ok && parsed.info.ipAllowlist).toHaveLength(MAX_IP_ENTRIES + 1);
    expect(parsed.ok && parsed.info.ipAllowlistCount).toBe(50_000);
  });

  it('bounds a list of thousands of permission names', () => {
    const parsed = parseKeyInfo({
      ...GOOD,
      permissions: Array.from({ length: 5_000 }, (_, i) => `p${i}`),
    });
    expect(parsed.ok && parsed.info.unknownPermissions.length).toBeLessThanOrEqual(20);
  });

  it.each([
    { name: 'a result that is not an object', result: 'ok' },
    { name: 'null', result: null },
    { name: 'a list', result: [GOOD] },
    { name: 'an empty object', result: {} },
    { name: 'a name and nothing the checks read', result: { apiKeyName: 'bot', nonce: '1' } },
    {
      name: 'every judged field unreadable',
      result: {
        permissions: 'query-funds',
        nonceWindow: 'lots',
        ipAllowlist: '192.0.2.0/24',
        validUntil: 'soon',
        queryFrom: {},
        queryTo: '2026-01-01',
      },
    },
  ])('reads $name as unusable, never a pass', ({ result }) => {
    expect(parseKeyInfo(result)).toEqual({ ok: false });
  });

  // Kraken's schema marks no result field as required: each missing or unreadable field
  // leaves only itself unreported, and everything else is still read exactly.
  it.each([
    { name: 'no permissions', result: without('permissions'), field: 'permissions' },
    { name: 'no nonce window', result: without('nonceWindow'), field: 'nonceWindow' },
    { name: 'no allowlist', result: without('ipAllowlist'), field: 'ipAllowlist' },
    { name: 'no expiry', result: without('validUntil'), field: 'validUntil' },
    { name: 'no query start', result: without('queryFrom'), field: 'queryFrom' },
    { name: 'no query end', result: without('queryTo'), field: 'queryTo' },
    {
      name: 'permissions as a string',
      result: { ...GOOD, permissions: 'query-funds' },
      field: 'permissions',
    },
    {
      name: 'a permission that is a number',
      result: { ...GOOD, permissions: [1] },
      field: 'permissions',
    },
    {
      name: 'an allowlist as a string',
      result: { ...GOOD, ipAllowlist: '192.0.2.0/24' },
      field: 'ipAllowlist',
    },
    {
      name: 'a non-numeric nonce window',
      result: { ...GOOD, nonceWindow: 'lots' },
      field: 'nonceWindow',
    },
    { name: 'a negative nonce window', result: { ...GOOD, nonceWindow: -1 }, field: 'nonceWindow' },
    {
      name: 'a fractional nonce window',
      result: { ...GOOD, nonceWindow: 1.5 },
      field: 'nonceWindow',
    },
    { name: 'a non-numeric expiry', result: { ...GOOD, validUntil: 'soon' }, field: 'validUntil' },
    { name: 'an expiry as an object', result: { ...GOOD, validUntil: {} }, field: 'validUntil' },
    {
      name: 'a non-numeric query date',
      result: { ...GOOD, queryTo: '2026-01-01' },
      field: 'queryTo',
    },
  ])('reads $name as that field not reported, and the rest exactly', ({ result, field }) => {
    const parsed = parseKeyInfo(result);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.info.notReported).toEqual([field]);
    expect(parsed.info[field as keyof typeof parsed.info]).toBeUndefined();
    const whole = parseKeyInfo(GOOD);
    if (!whole.ok) throw new Error('GOOD parses');
    const { [field as keyof typeof whole.info]: _dropped, ...rest } = whole.info;
    const { [field as keyof typeof parsed.info]: _gone, ...kept } = parsed.info;
    // ipAllowlistCount goes with ipAllowlist.
    const strip = (info: Record<string, unknown>) => {
      const copy = { ...info };
      delete copy['notReported'];
      if (field === 'ipAllowlist') delete copy['ipAllowlistCount'];
      return copy;
    };
    expect(strip(kept)).toEqual(strip(rest));
  });

  it.each([
    { name: 'a non-numeric last use', change: { lastUsed: 'yesterday' }, field: 'lastUsed' },
    { name: 'a name that is a number', change: { apiKeyName: 7 }, field: 'name' },
    { name: 'a creation time as text', change: { createdTime: 'today' }, field: 'createdTime' },
  ])('leaves out $name, which no check judges, and judges the rest', ({ change, field }) => {
    const parsed = parseKeyInfo({ ...GOOD, ...change });
    expect(parsed.ok && parsed.info.notReported).toEqual([]);
    expect(parsed.ok && field in parsed.info).toBe(false);
  });
});

describe('parseKeyInfo under any JSON', () => {
  it('never throws, and answers either a configuration or unusable (1,000 cases)', () => {
    const field = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const shaped = fc.record({
      apiKeyName: field,
      nonceWindow: field,
      permissions: fc.oneof(fc.array(fc.oneof(fc.string(), fc.jsonValue())), field),
      ipAllowlist: fc.oneof(fc.array(fc.string()), field),
      validUntil: field,
      queryFrom: field,
      queryTo: field,
      lastUsed: field,
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shaped), (result) => {
        const parsed = parseKeyInfo(result);
        if (parsed.ok) {
          expect(parsed.info.ipAllowlist?.length ?? 0).toBeLessThanOrEqual(MAX_IP_ENTRIES + 1);
          expect(parsed.info.notReported.length).toBeLessThan(6);
        } else expect(parsed).toEqual({ ok: false });
      }),
      { numRuns: 1_000 },
    );
  });
});
