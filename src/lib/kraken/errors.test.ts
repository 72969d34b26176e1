import { describe, expect, it } from 'vitest';
import { explainKrakenError, isKrakenError, KRAKEN_ERRORS } from './errors';

describe('explainKrakenError', () => {
  it.each([
    { error: 'EAPI:Invalid key', code: 'EAPI:Invalid key', category: 'invalid-key', stops: true },
    {
      error: 'EAPI:Invalid signature',
      code: 'EAPI:Invalid signature',
      category: 'invalid-signature',
      stops: true,
    },
    {
      error: 'EAPI:Invalid nonce',
      code: 'EAPI:Invalid nonce',
      category: 'invalid-nonce',
      stops: true,
    },
    {
      error: 'EGeneral:Permission denied',
      code: 'EGeneral:Permission denied',
      category: 'permission-denied',
      stops: false,
    },
    {
      error: 'EAPI:Permission denied',
      code: 'EAPI:Permission denied',
      category: 'permission-denied',
      stops: false,
    },
    {
      error: 'EGeneral:Invalid arguments',
      code: 'EGeneral:Invalid arguments',
      category: 'invalid-arguments',
      stops: false,
    },
    {
      error: 'EGeneral:Invalid arguments:volume',
      code: 'EGeneral:Invalid arguments',
      category: 'invalid-arguments',
      stops: false,
    },
    {
      error: 'EAPI:Rate limit exceeded',
      code: 'EAPI:Rate limit exceeded',
      category: 'rate-limited',
      stops: true,
    },
    {
      error: 'EService:Throttled: 1700000000',
      code: 'EService:Throttled',
      category: 'rate-limited',
      stops: true,
    },
    {
      error: 'EGeneral:Too many requests',
      code: 'EGeneral:Too many requests',
      category: 'rate-limited',
      stops: true,
    },
    {
      error: 'EGeneral:Temporary lockout',
      code: 'EGeneral:Temporary lockout',
      category: 'lockout',
      stops: true,
    },
    {
      error: 'EService:Unavailable',
      code: 'EService:Unavailable',
      category: 'unavailable',
      stops: true,
    },
    { error: 'EService:Busy', code: 'EService:Busy', category: 'unavailable', stops: true },
    {
      error: 'EGeneral:Internal error',
      code: 'EGeneral:Internal error',
      category: 'unavailable',
      stops: true,
    },
    {
      error: 'EOrder:Unknown order',
      code: 'EOrder:Unknown order',
      category: 'order',
      stops: false,
    },
    {
      error: 'EOrder:Invalid order',
      code: 'EOrder:Invalid order',
      category: 'order',
      stops: false,
    },
    {
      error: 'EOrder:Insufficient funds',
      code: 'EOrder:Insufficient funds',
      category: 'order',
      stops: false,
    },
    {
      error: 'EAccount:Invalid permissions:XBTUSD trading restricted for US:WA.',
      code: 'EAccount:Invalid permissions',
      category: 'account-restricted',
      stops: false,
    },
    {
      error: 'EFunding:Unknown thing',
      code: 'EFunding:Unknown thing',
      category: 'unknown',
      stops: false,
    },
  ])('reads $error as $category', ({ error, code, category, stops }) => {
    expect(explainKrakenError(error)).toMatchObject({ code, category, stops });
  });

  it('does not match a longer code by its prefix alone', () => {
    expect(explainKrakenError('EAPI:Invalid keys').category).toBe('unknown');
  });

  it('gives every entry a one-line meaning and advice', () => {
    for (const entry of Object.values(KRAKEN_ERRORS)) {
      expect(entry.meaning).toMatch(/^[^\n]{10,120}$/);
      expect(entry.advice).toMatch(/^[^\n]{10,120}$/);
    }
  });
});

describe('isKrakenError', () => {
  it.each([
    { message: 'EGeneral:Internal error', expected: true },
    { message: 'WGeneral:Some warning', expected: false },
  ])('reads $message as an error: $expected', ({ message, expected }) => {
    expect(isKrakenError(message)).toBe(expected);
  });
});
