import { describe, expect, test } from 'vitest';
import type { Check } from '../rules/check';
import { checksFor, countText } from './checks';
import { initialState } from './state';
import { helpLabel, stepLabel } from './step-label';

describe('checksFor', () => {
  test('gives the checks of the asked sections only, in the rules’ order', () => {
    const state = initialState('pro', '203.0.113.0/24');
    expect(checksFor(state, ['nonce']).map((c) => c.id)).toEqual(['nonce-window']);
    expect(checksFor(state, ['keys']).map((c) => c.id)).toEqual([
      'key.api-key',
      'key.private-key',
      'key.swapped',
    ]);
    expect(checksFor(state, ['permissions', 'ip', 'nonce', 'keys'])).toHaveLength(14);
  });

  test('skips what the user has not touched yet', () => {
    const statuses = checksFor(initialState('pro'), ['permissions', 'nonce', 'keys']).map(
      (c) => c.status,
    );
    expect(new Set(statuses)).toEqual(new Set(['skip']));
  });

  test('never reads the private key on the server', () => {
    const state = { ...initialState('pro'), privateKey: 'x'.repeat(88) };
    const [, privateKey] = checksFor(state, ['keys'], 'server');
    expect(privateKey?.status).toBe('skip');
  });
});

describe('countText', () => {
  const c = (status: Check['status']): Check => ({
    id: status,
    status,
    title: '',
    detail: '',
    fix: null,
    step: null,
  });
  test.each([
    { statuses: [], expected: '' },
    { statuses: ['pass'], expected: '1 passed' },
    {
      statuses: ['pass', 'fail', 'warn', 'warn', 'skip'],
      expected: '1 failed, 2 warnings, 1 passed, 1 not checked',
    },
  ] as const)('says “$expected”', ({ statuses, expected }) => {
    expect(countText(statuses.map(c))).toBe(expected);
  });
});

describe('step and help labels', () => {
  test.each([
    {
      url: '/exchange/kraken/pro/#select-permissions',
      expected: 'Kraken Pro guide, step 5, Select permissions',
    },
    {
      url: '/exchange/kraken/classic/#name-your-key',
      expected: 'Kraken Classic guide, step 5, Name your key (Nonce Window)',
    },
    { url: '/exchange/kraken/pro/#go-to-kraken', expected: 'Kraken Pro guide' },
    { url: '/elsewhere/', expected: 'the guide' },
  ])('names $url', ({ url, expected }) => {
    expect(stepLabel(url)).toBe(expected);
  });

  test('names a troubleshooting entry', () => {
    expect(helpLabel('/exchange/kraken/troubleshooting/#eapiinvalid-nonce')).toBe(
      'Troubleshooting: EAPI:Invalid nonce',
    );
  });
});
