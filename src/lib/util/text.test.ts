import { describe, expect, it } from 'vitest';
import { capitalised, clip, formatInteger, listOf, plural, quote, visible } from './text';

describe('quote', () => {
  it.each([
    { input: 'abc', expected: '“abc”' },
    { input: 'x'.repeat(41), expected: `“${'x'.repeat(40)}…”` },
    { input: '😀'.repeat(50), expected: `“${'😀'.repeat(40)}…”` },
    { input: 'a\u0000b\nc\u202ed', expected: '“a\\u{0}b\\u{a}c\\u{202e}d”' },
  ])('quotes $input safely', ({ input, expected }) => {
    expect(quote(input)).toBe(expected);
  });

  it('never splits a surrogate pair', () => {
    expect(clip(`a${'😀'.repeat(5)}`, 3)).toBe('a😀😀…');
  });

  it('stays short for huge input', () => {
    expect(quote('y'.repeat(10_000_000)).length).toBe(43);
  });

  it('makes invisible characters visible', () => {
    expect(visible('\u200b\ufeff')).toBe('\\u{200b}\\u{feff}');
  });
});

describe('formatInteger', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [2_000_000, '2,000,000'],
    [-1234, '-1,234'],
    [2n ** 64n, '18,446,744,073,709,551,616'],
  ])('writes %s as %s', (value, expected) => {
    expect(formatInteger(value)).toBe(expected);
  });
});

describe('listOf and plural', () => {
  it.each([
    { items: [], expected: '' },
    { items: ['a'], expected: 'a' },
    { items: ['a', 'b'], expected: 'a and b' },
    { items: ['a', 'b', 'c'], expected: 'a, b and c' },
    { items: ['a', 'b', 'c', 'd'], max: 2, expected: 'a, b and 2 more' },
  ])('lists $items as “$expected”', ({ items, max, expected }) => {
    expect(listOf(items, max)).toBe(expected);
  });

  it('counts with the right noun', () => {
    expect([
      plural(1, 'entry', 'entries'),
      plural(2, 'entry', 'entries'),
      plural(1000, 'byte'),
    ]).toEqual(['1 entry', '2 entries', '1,000 bytes']);
  });
});

describe('capitalised', () => {
  it.each([
    ['ipAllowlist', 'IpAllowlist'],
    ['5000000 works, but …', '5000000 works, but …'],
    ['atur nonce window', 'Atur nonce window'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(capitalised(text)).toBe(expected);
  });
});
