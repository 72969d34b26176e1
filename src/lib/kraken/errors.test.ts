import { describe, expect, it } from 'vitest';
import { KRAKEN_ERROR_TEXT } from '../messages/en/live';
import { decidingError, explainKrakenError, isKrakenError, KRAKEN_ERRORS } from './errors';

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
    // Kraken's errors guide: account errors and authentication limits.
    {
      error: 'EAuth:Account temporary disabled',
      code: 'EAuth:Account temporary disabled',
      category: 'account',
      stops: true,
    },
    {
      error: 'EAuth:Account unconfirmed',
      code: 'EAuth:Account unconfirmed',
      category: 'account',
      stops: true,
    },
    {
      error: 'EAuth:Rate limit exceeded',
      code: 'EAuth:Rate limit exceeded',
      category: 'rate-limited',
      stops: true,
    },
    {
      error: 'EAuth:Too many requests',
      code: 'EAuth:Too many requests',
      category: 'rate-limited',
      stops: true,
    },
    // The rate-limit guide's spelling, with a space after the colon.
    {
      error: 'EService: Throttled: 1700000000',
      code: 'EService:Throttled',
      category: 'rate-limited',
      stops: true,
    },
    {
      error: 'EService:Deadline elapsed',
      code: 'EService:Deadline elapsed',
      category: 'unavailable',
      stops: true,
    },
    // Order rate limits prove nothing about a permission.
    {
      error: 'EOrder:Rate limit exceeded',
      code: 'EOrder:Rate limit exceeded',
      category: 'order-limit',
      stops: true,
    },
    {
      error: 'EOrder:Domain rate limit exceeded',
      code: 'EOrder:Domain rate limit exceeded',
      category: 'order-limit',
      stops: true,
    },
    {
      error: 'EOrder:Orders limit exceeded',
      code: 'EOrder:Orders limit exceeded',
      category: 'order-limit',
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

  it('gives every entry a one-line meaning and advice in the catalogue, and no more', () => {
    expect(Object.keys(KRAKEN_ERROR_TEXT).sort()).toEqual(Object.keys(KRAKEN_ERRORS).sort());
    for (const text of Object.values(KRAKEN_ERROR_TEXT)) {
      expect(text.meaning).toMatch(/^[^\n]{10,120}$/);
      expect(text.advice).toMatch(/^[^\n]{10,120}$/);
    }
  });

  it.each([
    { error: 'EService:Throttled: 1700000000', until: 1_700_000_000 },
    { error: 'EService: Throttled: 1700000000', until: 1_700_000_000 },
    { error: 'EService:Throttled', until: undefined },
    { error: 'EService:Throttled: soon', until: undefined },
    { error: 'EService:Throttled: 17', until: undefined },
  ])('reads the throttle’s time from $error', ({ error, until }) => {
    expect(explainKrakenError(error).until).toBe(until);
  });

  it('keeps Kraken’s string verbatim beside its code', () => {
    expect(explainKrakenError(' EService: Throttled: 1700000000 ')).toMatchObject({
      code: 'EService:Throttled',
      error: 'EService: Throttled: 1700000000',
    });
  });

  it.each([
    {
      errors: ['EGeneral:Invalid arguments', 'EAPI:Rate limit exceeded'],
      code: 'EAPI:Rate limit exceeded',
    },
    { errors: ['EOrder:Unknown order'], code: 'EOrder:Unknown order' },
    { errors: [], code: '' },
  ])('decides on a stopping error first: $errors', ({ errors, code }) => {
    expect(decidingError(errors).code).toBe(code);
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
