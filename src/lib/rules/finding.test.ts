import { describe, expect, it } from 'vitest';
import { toCheck, type Finding } from './finding';

const finding = (over: Partial<Finding> = {}): Finding => ({
  id: 'x',
  status: 'fail',
  title: 't',
  detail: 'd',
  fix: null,
  stepKey: 'nonce',
  ...over,
});

describe('toCheck links in the result’s language, with that language’s anchors', () => {
  it.each([
    ['en', 'pro', '/exchange/kraken/pro/#enable-custom-nonce-window'],
    ['id', 'pro', '/id/exchange/kraken/pro/#aktifkan-custom-nonce-window'],
    ['en', 'classic', '/exchange/kraken/classic/#name-your-key'],
    ['id', 'classic', '/id/exchange/kraken/classic/#beri-nama-kunci-anda'],
  ] as const)('%s %s step', (lang, form, step) => {
    expect(toCheck(finding(), form, 'nonce', lang).step).toBe(step);
  });

  it.each([
    ['en', '/exchange/kraken/troubleshooting/#rate-limits'],
    ['id', '/id/exchange/kraken/troubleshooting/#batas-panggilan-rate-limit'],
  ] as const)('%s troubleshooting entry', (lang, help) => {
    const check = toCheck(finding({ trouble: 'rate-limits' }), 'pro', 'live', lang);
    expect(check.help).toBe(help);
  });

  it('has no step or help when the finding has none', () => {
    const check = toCheck(finding({ stepKey: null }), 'pro', 'ip', 'id');
    expect(check.step).toBeNull();
    expect(check).not.toHaveProperty('help');
  });
});
