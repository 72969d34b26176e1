import { describe, expect, it, vi } from 'vitest';
import { getSharedKeys, publishKeys, subscribeKeys } from './shared-keys';

describe('shared keys', () => {
  it('tells every other listener when the keys change, and nobody when they do not', () => {
    const a = vi.fn();
    const b = vi.fn();
    const stopA = subscribeKeys(a);
    const stopB = subscribeKeys(b);
    publishKeys({ apiKey: 'k', privateKey: undefined });
    publishKeys({ apiKey: 'k', privateKey: undefined });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledWith({ apiKey: 'k', privateKey: undefined });
    stopA();
    publishKeys({ apiKey: 'k', privateKey: 'p' });
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
    expect(getSharedKeys()).toEqual({ apiKey: 'k', privateKey: 'p' });
    stopB();
  });
});
