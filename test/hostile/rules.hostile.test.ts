/**
 * The rules module never throws, whatever string it gets: every exported
 * check and parser, and runChecks, over hostile strings (control
 * characters, lone surrogates, any Unicode, numbers as text) and huge ones
 * (up to about 1 MB). Each answer is a well-formed check; timing is not
 * asserted, only that every call completes within the test timeout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHECK_IDS,
  CheckSchema,
  checkApiKey,
  checkIpAllowlist,
  checkNonceWindow,
  checkPermissions,
  checkPrivateKey,
  checkSwapped,
  foreignText,
  isPermissionName,
  keyShape,
  normalizeKey,
  parseAddressList,
  parseEntry,
  parseNonceWindow,
  PERMISSION_NAMES,
  runChecks,
  splitEntries,
  summarize,
  type Check,
  type Finding,
  toCheck,
  type CheckInput,
} from '../../src/lib/rules';
import { hostileString, hugeString, numberText } from './support/arbitraries';
import { isHumanSentence, stackShape } from './support/assertions';

const SEED = Number(process.env['FC_SEED'] ?? Date.now());
const form = fc.constantFrom('pro', 'classic') as fc.Arbitrary<'pro' | 'classic'>;
const where = fc.constantFrom('browser', 'server') as fc.Arbitrary<'browser' | 'server'>;

/** Hostile strings, with IP-list and key shaped ones mixed in. */
const text = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.ipV4(),
          fc.ipV6(),
          fc
            .tuple(fc.oneof(fc.ipV4(), fc.ipV6()), fc.integer({ min: -2, max: 130 }))
            .map(([ip, p]) => `${ip}/${p}`),
          hostileString,
        ),
        { maxLength: 12 },
      )
      .chain((entries) =>
        fc.constantFrom(',', ' ', '\n', ';', '\u3000').map((sep) => entries.join(sep)),
      ),
  },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 120 }) },
  { weight: 1, arbitrary: numberText },
  { weight: 1, arbitrary: hugeString(8_000) },
);

/** Strings up to about 1 MB: fewer runs, they are the slow ones. */
const huge = fc.oneof(
  hugeString(1_000_000),
  fc
    .tuple(fc.ipV4(), fc.integer({ min: 1_000, max: 60_000 }))
    .map(([ip, count]) => Array.from({ length: count }, () => ip).join(',')),
  fc.integer({ min: 100_000, max: 1_000_000 }).map((n) => `${'1'.repeat(n)}M`),
  fc.integer({ min: 100_000, max: 500_000 }).map((n) => '\ud800a'.repeat(n)),
);

/** A rule's finding gets its URLs where every result does (toCheck); runChecks' results have them. */
function expectWellFormed(result: Check | Finding, label: string): void {
  const check = 'section' in result ? result : toCheck(result, 'pro', 'keys');
  const parsed = CheckSchema.safeParse(check);
  expect(parsed.success, `${label}: the check has the documented shape`).toBe(true);
  expect(stackShape(JSON.stringify(check)), `${label}: no stack trace in the check`).toBeNull();
  expect(check.title.length, `${label}: a title`).toBeGreaterThan(0);
  if (check.status !== 'pass') {
    expect(
      isHumanSentence(check.detail),
      `${label}: the detail is a sentence: ${check.detail.slice(0, 120)}`,
    ).toBe(true);
  }
  expect(check.detail.length, `${label}: the detail stays short whatever came in`).toBeLessThan(
    2_000,
  );
}

const label = (value: unknown) => JSON.stringify(value).slice(0, 120);

describe('the rules module under hostile strings', () => {
  it('never throws from runChecks, and answers every check (2,000 cases)', () => {
    const input = fc.record(
      {
        form: fc.oneof(form, hostileString),
        permissions: fc.array(fc.oneof(fc.constantFrom(...PERMISSION_NAMES), hostileString), {
          maxLength: 20,
        }),
        nonceWindow: fc.oneof(text, fc.double(), fc.integer()),
        serviceRange: text,
        ipAllowlist: text,
        apiKey: text,
        privateKey: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, where, (value, side) => {
        const checks = runChecks(value as CheckInput, { where: side });
        expect(
          checks.map((c) => c.id),
          `${label(value)}: every check, in order`,
        ).toEqual(CHECK_IDS);
        for (const check of checks) expectWellFormed(check, label(value));
        const summary = summarize(checks);
        expect(
          summary.fixes.length + summary.unchecked.length,
          'the summary counts checks',
        ).toBeLessThanOrEqual(checks.length);
      }),
      { numRuns: 2_000, seed: SEED },
    );
  }, 60_000);

  it.each([
    {
      name: 'checkIpAllowlist',
      run: (a: string, b: string, f: 'pro' | 'classic') => [checkIpAllowlist(a, b, f)],
    },
    {
      name: 'checkNonceWindow',
      run: (a: string, _b: string, f: 'pro' | 'classic') => [checkNonceWindow(a, f)],
    },
    {
      name: 'checkApiKey',
      run: (a: string, _b: string, f: 'pro' | 'classic') => [checkApiKey(a, f)],
    },
    {
      name: 'checkPrivateKey',
      run: (a: string, _b: string, f: 'pro' | 'classic') => [
        checkPrivateKey(a, f, 'browser'),
        checkPrivateKey(a, f, 'server'),
      ],
    },
    {
      name: 'checkSwapped',
      run: (a: string, b: string, f: 'pro' | 'classic') => [
        checkSwapped(a, b, f, 'browser'),
        checkSwapped(b, a, f, 'browser'),
      ],
    },
    {
      name: 'checkPermissions',
      run: (a: string, b: string, f: 'pro' | 'classic') =>
        checkPermissions(
          [a, b, ...PERMISSION_NAMES.slice(a.length % PERMISSION_NAMES.length)].filter(
            isPermissionName,
          ),
          f,
        ),
    },
  ])('never throws from $name, and answers well-formed checks (1,000 cases)', ({ name, run }) => {
    fc.assert(
      fc.property(text, text, form, (a, b, f) => {
        for (const check of run(a, b, f))
          expectWellFormed(check, `${name}(${label(a)}, ${label(b)})`);
      }),
      { numRuns: 1_000, seed: SEED },
    );
  });

  it('never throws from the parsers (2,000 cases)', () => {
    fc.assert(
      fc.property(text, (value) => {
        const nonce = parseNonceWindow(value);
        expect(typeof nonce.ok, `parseNonceWindow(${label(value)}) answers`).toBe('boolean');
        if (nonce.ok)
          expect(
            Number.isFinite(nonce.value),
            `a parsed nonce window is finite: ${label(value)}`,
          ).toBe(true);
        const list = parseAddressList(value);
        expect(
          list.count,
          `parseAddressList(${label(value)}) counts entries`,
        ).toBeGreaterThanOrEqual(0);
        const { entries } = splitEntries(value, 50);
        for (const entry of entries) {
          const parsed = parseEntry(entry);
          expect(
            'family' in parsed || 'problem' in parsed,
            `parseEntry(${label(entry)}) answers a block or an error`,
          ).toBe(true);
        }
        const shape = keyShape(normalizeKey(value));
        expect(typeof foreignText(shape), `foreignText(${label(value)}) is text`).toBe('string');
      }),
      { numRuns: 2_000, seed: SEED },
    );
  });

  it('never throws from parseNonceWindow on any number (1,000 cases)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer(),
          fc.constantFrom(Number.NaN, -0, Infinity, -Infinity, 2 ** 53 + 1),
        ),
        (value) => {
          const nonce = parseNonceWindow(value);
          expect(typeof nonce.ok, `parseNonceWindow(${value}) answers`).toBe('boolean');
          expectWellFormed(checkNonceWindow(value, 'pro'), `checkNonceWindow(${value})`);
        },
      ),
      { numRuns: 1_000, seed: SEED },
    );
  });

  it('never throws from runChecks on strings up to about 1 MB (24 cases)', () => {
    fc.assert(
      fc.property(
        huge,
        fc.constantFrom(
          'nonceWindow',
          'serviceRange',
          'ipAllowlist',
          'apiKey',
          'privateKey',
          'all',
        ),
        (value, field) => {
          const input: CheckInput =
            field === 'all'
              ? {
                  nonceWindow: value,
                  serviceRange: value,
                  ipAllowlist: value,
                  apiKey: value,
                  privateKey: value,
                }
              : { serviceRange: '192.0.2.0/24', [field]: value };
          const checks = runChecks(input);
          expect(
            checks.map((c) => c.id),
            `every check for ${value.length} characters in ${field}`,
          ).toEqual(CHECK_IDS);
          for (const check of checks)
            expectWellFormed(check, `${field} of ${value.length} characters`);
        },
      ),
      { numRuns: 24, seed: SEED },
    );
  }, 90_000);
});
