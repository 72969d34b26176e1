import { describe, expect, it } from 'vitest';
import type { Interval } from './intervals';
import { contains, mergeIntervals, size, subtractIntervals, toPrefixBlocks } from './intervals';

const iv = (start: number, end: number): Interval => ({ start: BigInt(start), end: BigInt(end) });
const plain = (list: readonly Interval[]) =>
  list.map(({ start, end }) => [Number(start), Number(end)]);

describe('mergeIntervals', () => {
  it.each([
    { input: [], expected: [] },
    {
      input: [iv(5, 9), iv(0, 3)],
      expected: [
        [0, 3],
        [5, 9],
      ],
    },
    { input: [iv(0, 3), iv(4, 9)], expected: [[0, 9]] },
    { input: [iv(0, 5), iv(3, 9)], expected: [[0, 9]] },
    { input: [iv(0, 9), iv(2, 3)], expected: [[0, 9]] },
    { input: [iv(2, 2), iv(2, 2)], expected: [[2, 2]] },
  ])('merges $input.length intervals into $expected', ({ input, expected }) => {
    expect(plain(mergeIntervals(input))).toEqual(expected);
  });
});

describe('subtractIntervals', () => {
  it.each([
    { from: [iv(0, 9)], minus: [], expected: [[0, 9]] },
    { from: [iv(0, 9)], minus: [iv(0, 9)], expected: [] },
    { from: [iv(0, 9)], minus: [iv(0, 4), iv(5, 9)], expected: [] },
    { from: [iv(0, 9)], minus: [iv(1, 9)], expected: [[0, 0]] },
    { from: [iv(0, 9)], minus: [iv(0, 8)], expected: [[9, 9]] },
    {
      from: [iv(0, 9)],
      minus: [iv(3, 4), iv(7, 7)],
      expected: [
        [0, 2],
        [5, 6],
        [8, 9],
      ],
    },
    {
      from: [iv(0, 3), iv(6, 9)],
      minus: [iv(2, 7)],
      expected: [
        [0, 1],
        [8, 9],
      ],
    },
    { from: [iv(5, 6)], minus: [iv(0, 1), iv(10, 12)], expected: [[5, 6]] },
  ])('leaves $expected of $from minus $minus', ({ from, minus, expected }) => {
    expect(plain(subtractIntervals(from, minus))).toEqual(expected);
  });

  it('tells containment', () => {
    expect(contains([iv(0, 9)], [iv(0, 9)])).toBe(true);
    expect(contains([iv(0, 9)], [iv(0, 10)])).toBe(false);
    expect(size([iv(0, 9), iv(20, 20)])).toBe(11n);
  });
});

describe('toPrefixBlocks', () => {
  it.each([
    { interval: iv(0, 255), expected: [[0, 24]] },
    { interval: iv(0, 0), expected: [[0, 32]] },
    {
      interval: iv(1, 254),
      expected: [
        [1, 32],
        [2, 31],
        [4, 30],
        [8, 29],
        [16, 28],
        [32, 27],
        [64, 26],
        [128, 26],
        [192, 27],
        [224, 28],
        [240, 29],
        [248, 30],
        [252, 31],
        [254, 32],
      ],
    },
    {
      interval: iv(128, 383),
      expected: [
        [128, 25],
        [256, 25],
      ],
    },
  ])('covers $interval exactly with the fewest blocks', ({ interval, expected }) => {
    expect(toPrefixBlocks(interval, 32).map(([s, p]) => [Number(s), p])).toEqual(expected);
  });

  it('covers a whole address space with one /0', () => {
    expect(toPrefixBlocks({ start: 0n, end: (1n << 128n) - 1n }, 128)).toEqual([[0n, 0]]);
  });
});
