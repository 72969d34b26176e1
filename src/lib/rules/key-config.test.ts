import { describe, expect, it } from 'vitest';
import { checkExpiry, checkQueryWindow, formatUnixSeconds } from './key-config';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);

describe('checkExpiry', () => {
  it.each([
    { name: 'no expiry', validUntil: null, status: 'pass' },
    { name: 'a date to come', validUntil: 4_070_908_800, status: 'warn' },
    { name: 'a past date', validUntil: 1_700_000_000, status: 'fail' },
    { name: 'this very second', validUntil: NOW / 1000, status: 'fail' },
  ] as const)('$name: $status', ({ validUntil, status }) => {
    expect(checkExpiry(validUntil, NOW).status).toBe(status);
  });

  it('gives the date, in UTC', () => {
    expect(checkExpiry(4_070_908_800, NOW).detail).toContain('2099-01-01 00:00 UTC');
    expect(checkExpiry(1_700_000_000, NOW).detail).toContain('2023-11-14 22:13 UTC');
  });
});

describe('checkQueryWindow', () => {
  it.each([
    { from: null, to: null, status: 'pass' },
    { from: 1_735_689_600, to: null, status: 'fail' },
    { from: null, to: 1_767_225_600, status: 'fail' },
    { from: 1_735_689_600, to: 1_767_225_600, status: 'fail' },
  ] as const)('from $from to $to: $status', ({ from, to, status }) => {
    expect(checkQueryWindow(from, to).status).toBe(status);
  });

  it('says why: the service’s history calls fail with EGeneral:Invalid arguments', () => {
    const finding = checkQueryWindow(1_735_689_600, null);
    expect(finding.detail).toContain('2025-01-01 00:00 UTC');
    expect(finding.detail).toContain('EGeneral:Invalid arguments');
    expect(finding.fix).toContain('new key without query start or end dates');
  });
});

describe('formatUnixSeconds', () => {
  it('is fixed whatever the runtime’s zone', () => {
    expect(formatUnixSeconds(0)).toBe('1970-01-01 00:00 UTC');
  });
});
