import { describe, expect, it } from 'vitest';
import { TROUBLE_KEYS, STEP_KEYS } from '../guide/links';
import { KRAKEN_ERRORS } from '../kraken/errors';
import { interpretLive } from '../kraken/interpret';
import { parseKeyInfo } from '../kraken/key-info';
import { LIVE_CALLS, PROBES } from '../kraken/probes';
import type { CallOutcome } from '../kraken/relay';
import { LIVE_CHECKS, LIVE_IDS, LIVE_PREFIX, isLiveId } from './live-registry';

const KEY_INFO = {
  apiKeyName: 'bot',
  nonceWindow: 0,
  permissions: ['query-funds', 'withdraw-funds', 'export-data', 'transfer-to-futures'],
  validUntil: '1700000000',
  queryFrom: '1700000000',
  queryTo: '0',
  ipAllowlist: ['192.0.2.0/25'],
  lastUsed: null,
};

const skippedAfter = (first: CallOutcome): CallOutcome[] => [
  first,
  ...PROBES.map((p): CallOutcome => ({
    method: p.method,
    outcome: 'skipped',
    reason: { code: 'earlier-no-answer' },
  })),
];

/** Kraken's answers of every kind: each error as the first answer and as every probe's. */
function scenarios(): CallOutcome[][] {
  const info = parseKeyInfo(KEY_INFO);
  if (!info.ok) throw new Error('usable');
  const errors = [...Object.keys(KRAKEN_ERRORS), 'EFunding:Something new', 'EOrder:Other'];
  const list: CallOutcome[][] = [
    skippedAfter({ method: 'GetApiKeyInfo', outcome: 'ok', info: info.info }),
    skippedAfter({
      method: 'GetApiKeyInfo',
      outcome: 'unavailable',
      reason: { code: 'http-status', status: 502 },
    }),
  ];
  for (const error of errors) {
    list.push(skippedAfter({ method: 'GetApiKeyInfo', outcome: 'error', errors: [error] }));
    list.push([
      { method: 'GetApiKeyInfo', outcome: 'error', errors: ['EGeneral:Unknown method'] },
      ...PROBES.map((p): CallOutcome => ({ method: p.method, outcome: 'error', errors: [error] })),
    ]);
  }
  list.push(LIVE_CALLS.map((c): CallOutcome => ({ method: c.method, outcome: 'ok' })));
  return list;
}

describe('the live registry', () => {
  it('declares each id once, every one a live id', () => {
    expect(new Set(LIVE_IDS).size).toBe(LIVE_IDS.length);
    expect(LIVE_CHECKS.map((c) => c.id).sort()).toEqual([...LIVE_IDS].sort());
    for (const id of LIVE_IDS) expect(id.startsWith(LIVE_PREFIX)).toBe(true);
    expect(isLiveId('live.nothing')).toBe(false);
  });

  it('names steps and troubleshooting entries that exist', () => {
    for (const check of LIVE_CHECKS) {
      for (const step of check.steps) expect(STEP_KEYS).toContain(step);
      for (const key of check.trouble) expect(TROUBLE_KEYS).toContain(key);
      expect(check.rule.length).toBeGreaterThan(10);
    }
  });

  it.each([
    { form: 'pro' as const, range: '192.0.2.0/24' },
    { form: 'classic' as const, range: undefined },
  ])(
    'holds every live result ($form): its id, step and troubleshooting entry are declared',
    ({ form, range }) => {
      for (const outcomes of scenarios()) {
        const { checks } = interpretLive(outcomes, { form, egressIps: [], serviceRange: range });
        expect(new Set(checks.map((c) => c.id)).size, 'one result per id').toBe(checks.length);
        for (const check of checks) {
          const declared = LIVE_CHECKS.find((c) => c.id === check.id);
          expect(declared, `${check.id} is declared`).toBeDefined();
          if (check.stepKey !== null) expect(declared?.steps).toContain(check.stepKey);
          if (check.trouble) expect(declared?.trouble, check.id).toContain(check.trouble);
          expect(check.section).toBe('live');
          expect(check.title.length, `${check.id} has a title`).toBeGreaterThan(0);
          expect(check.detail.length, `${check.id} has a detail`).toBeGreaterThan(0);
        }
      }
    },
  );
});

describe('the check API reference', () => {
  it('lists the live registry’s ids, in its order', async () => {
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(
      new URL('../../content/docs/reference/check-api.mdx', import.meta.url),
      'utf8',
    );
    const lead = 'Every id the live check answers with, declared once in the live registry:';
    const start = text.indexOf(lead);
    expect(start).toBeGreaterThan(-1);
    const paragraph = text.slice(start + lead.length).split(/\n\s*\n/)[1] ?? '';
    expect([...paragraph.matchAll(/`([^`]+)`/g)].map((m) => m[1])).toEqual(LIVE_IDS);
    // Every error that stops the check, and every order rate limit, has its line.
    for (const [code, entry] of Object.entries(KRAKEN_ERRORS)) {
      if (entry.stops || entry.category === 'order-limit') expect(text).toContain(`\`${code}`);
    }
  });
});
