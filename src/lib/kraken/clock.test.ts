import { describe, expect, it } from 'vitest';
import { formatDuration, skewDirection } from '../messages/en/duration';
import { LIVE_WORDS } from '../messages/en/live-words';
import { ID_LIVE_WORDS } from '../messages/id/live-words';
import { clockOffset, createNonceClock, describeSkew, serverTimeFromDate } from './clock';

const T = 1_750_000_000_000;

describe('serverTimeFromDate', () => {
  it.each([
    { header: new Date(T).toUTCString(), expected: Math.floor(T / 1000) * 1000 + 500 },
    { header: 'Sun, 06 Nov 1994 08:49:37 GMT', expected: 784_111_777_000 + 500 },
    { header: null, expected: null },
    { header: undefined, expected: null },
    { header: '', expected: null },
    { header: 'yesterday-ish', expected: null },
  ])('$header → $expected', ({ header, expected }) => {
    expect(serverTimeFromDate(header)).toBe(expected);
  });
});

describe('clockOffset', () => {
  it.each([
    { name: 'clocks agree', server: T + 50, sent: T, received: T + 100, expected: 0 },
    {
      name: 'local 2 h ahead',
      server: T,
      sent: T + 7_200_000,
      received: T + 7_200_000,
      expected: -7_200_000,
    },
    {
      name: 'local 5 min behind',
      server: T + 300_000,
      sent: T - 100,
      received: T + 100,
      expected: 300_000,
    },
    {
      name: 'a slow round trip is split in the middle',
      server: T + 1_000,
      sent: T,
      received: T + 2_000,
      expected: 0,
    },
  ])('$name → $expected', ({ server, sent, received, expected }) => {
    expect(clockOffset({ serverTimeMs: server, sentAtMs: sent, receivedAtMs: received })).toBe(
      expected,
    );
  });
});

describe('formatDuration and skewDirection', () => {
  it.each([
    { ms: 1_000, text: '1 second' },
    { ms: -45_000, text: '45 seconds' },
    { ms: 89_000, text: '89 seconds' },
    { ms: 90_000, text: '2 minutes' },
    { ms: 330_000, text: '6 minutes' },
    { ms: 7_200_000, text: '2 hours' },
    { ms: -7_260_000, text: '2 hours' },
    { ms: 47 * 3_600_000, text: '47 hours' },
    { ms: 3 * 86_400_000, text: '3 days' },
  ])('$ms ms → $text', ({ ms, text }) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it.each([
    { offset: -7_200_000, direction: 'ahead' },
    { offset: 7_200_000, direction: 'behind' },
  ])('an offset of $offset means the device is $direction', ({ offset, direction }) => {
    expect(skewDirection(offset)).toBe(direction);
  });
});

describe('describeSkew', () => {
  it.each([
    { offset: 0, corrected: false, expected: null },
    { offset: 9_999, corrected: true, expected: null },
    { offset: -9_999, corrected: false, expected: null },
    { offset: Number.NaN, corrected: false, expected: null },
    {
      offset: -7_200_000,
      corrected: true,
      expected: /about 2 hours ahead of this site’s server.*server’s time instead/,
    },
    {
      offset: 600_000,
      corrected: false,
      expected: /about 10 minutes behind.*update automatically/,
    },
  ])('$offset ms (corrected $corrected)', ({ offset, corrected, expected }) => {
    const text = describeSkew(offset, corrected, LIVE_WORDS.ui);
    if (expected === null) expect(text).toBeNull();
    else expect(text).toMatch(expected);
  });

  it.each([
    { offset: 9_999, corrected: true, expected: null },
    {
      offset: -7_200_000,
      corrected: true,
      expected:
        /sekitar 2 jam lebih cepat dari server situs ini.*dengan waktu server.*terdorong maju/,
    },
    { offset: 600_000, corrected: false, expected: /sekitar 10 menit lebih lambat.*otomatis\.$/ },
    { offset: 45_000, corrected: false, expected: /sekitar 45 detik lebih lambat/ },
    { offset: -3 * 86_400_000, corrected: false, expected: /sekitar 3 hari lebih cepat/ },
  ])('in Indonesian: $offset ms (corrected $corrected)', ({ offset, corrected, expected }) => {
    const text = describeSkew(offset, corrected, ID_LIVE_WORDS.ui);
    if (expected === null) expect(text).toBeNull();
    else expect(text).toMatch(expected);
  });
});

describe('createNonceClock', () => {
  it('hands out the clock in milliseconds, strictly increasing when the clock stands still', () => {
    const clock = createNonceClock(() => T + 0.7);
    expect([clock.next(), clock.next(), clock.next()]).toEqual([T, T + 1, T + 2]);
  });

  it('signs with the corrected clock once told the offset', () => {
    let now = T + 7_200_000; // two hours ahead
    const clock = createNonceClock(() => now);
    clock.correct(-7_200_000);
    expect(clock.offsetMs).toBe(-7_200_000);
    expect(clock.next()).toBe(T);
    now += 10;
    expect(clock.next()).toBe(T + 10);
  });

  it('never goes back below a nonce that was sent, even when corrected backwards', () => {
    const clock = createNonceClock(() => T);
    const sent = clock.next();
    clock.correct(-60_000);
    expect(clock.next()).toBe(sent + 1);
  });

  it('forgets the nonces of a refused batch on rollback, and only those', () => {
    const clock = createNonceClock(() => T + 7_200_000);
    const before = clock.mark();
    const refused = [clock.next(), clock.next()];
    expect(refused[0]).toBe(T + 7_200_000);
    clock.rollback(before);
    clock.correct(-7_200_000);
    expect(clock.next()).toBe(T);
    // A rollback to a mark above the current one never raises the clock.
    clock.rollback(T + 99_999_999);
    expect(clock.next()).toBe(T + 1);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('ignores an offset of %s', (offset) => {
    const clock = createNonceClock(() => T);
    clock.correct(offset);
    expect(clock.next()).toBe(T);
  });
});
