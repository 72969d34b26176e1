import { describe, expect, test } from 'vitest';
import type { Check } from '../rules/check';
import { checksFor, countText } from './checks';
import { initialState } from './state';
import { stepUrl } from '../guide/links';
import { helpLabel, stepLabel } from './step-label';
import { EN } from '../messages/en';
import { ID } from '../messages/id';

describe('checksFor', () => {
  test('gives the checks of the asked sections only, in the rules’ order', () => {
    const state = initialState('pro', '203.0.113.0/24');
    expect(checksFor(state, ['nonce'], EN).map((c) => c.id)).toEqual(['nonce-window']);
    expect(checksFor(state, ['keys'], EN).map((c) => c.id)).toEqual([
      'key.api-key',
      'key.private-key',
      'key.swapped',
    ]);
    expect(checksFor(state, ['permissions', 'ip', 'nonce', 'keys'], EN)).toHaveLength(16);
  });

  test('skips what the user has not touched yet', () => {
    const statuses = checksFor(initialState('pro'), ['permissions', 'nonce', 'keys'], EN).map(
      (c) => c.status,
    );
    expect(new Set(statuses)).toEqual(new Set(['skip']));
  });

  test('never reads the private key on the server', () => {
    const state = { ...initialState('pro'), privateKey: 'x'.repeat(88) };
    const [, privateKey] = checksFor(state, ['keys'], EN, 'server');
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
    section: 'keys',
    stepKey: null,
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
      form: 'pro',
      step: 'permissions',
      expected: 'Kraken Pro guide, step 5, Select permissions',
    },
    {
      form: 'classic',
      step: 'nonce',
      expected: 'Kraken Classic guide, step 5, Name your key (Nonce Window)',
    },
    { form: 'pro', step: 'go-to-kraken', expected: 'Kraken Pro guide' },
  ] as const)('names $form’s $step step', ({ form, step, expected }) => {
    expect(stepLabel(EN.ui, form, step)).toBe(expected);
  });

  test.each([
    { trouble: 'invalid-nonce', expected: 'Troubleshooting: EAPI:Invalid nonce' },
    {
      trouble: 'not-enough-permissions',
      expected: 'Troubleshooting: “Not enough permission for API keys”',
    },
  ] as const)('names the $trouble entry', ({ trouble, expected }) => {
    expect(helpLabel(EN.ui, trouble)).toBe(expected);
  });

  test('every result of the checker links through keys, and its URLs are built from them', () => {
    const sections = ['permissions', 'ip', 'nonce', 'keys'] as const;
    const state = initialState('classic', '192.0.2.0/24');
    for (const check of checksFor(state, sections, EN)) {
      expect(check.stepKey, check.id).not.toBeNull();
      expect(check.step, check.id).toBe(stepUrl('classic', check.stepKey ?? 'connect'));
    }
    // An Indonesian page's results link to the Indonesian guide, at its own headings' anchors.
    for (const check of checksFor(state, sections, ID)) {
      expect(check.step, check.id).toBe(stepUrl('classic', check.stepKey ?? 'connect', 'id'));
      expect(check.step, check.id).toMatch(/^\/id\/exchange\/kraken\/classic\/#/);
    }
  });
});
