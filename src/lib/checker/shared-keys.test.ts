import { describe, expect, it, vi } from 'vitest';
import type { SharedKeys } from './shared-keys';
import { getSharedKeys, keysSetBy, publishKeys, subscribeKeys } from './shared-keys';
import type { CheckerAction } from './state';
import { initialState, reduce } from './state';

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

describe('keysSetBy: what an island publishes', () => {
  const none = { apiKey: undefined, privateKey: undefined };
  it.each([
    [
      'an API key edit',
      { type: 'text', field: 'apiKey', value: 'abc' },
      { ...none, apiKey: 'abc' },
    ],
    [
      'a private key edit',
      { type: 'text', field: 'privateKey', value: 'p' },
      { ...none, privateKey: 'p' },
    ],
    ['a key field emptied', { type: 'text', field: 'apiKey', value: '' }, { ...none, apiKey: '' }],
    [
      'keys found typed at hydration',
      { type: 'adopt', seen: { apiKey: 'a', privateKey: 'p' } },
      { apiKey: 'a', privateKey: 'p' },
    ],
    [
      'one key found typed at hydration',
      { type: 'adopt', seen: { apiKey: '', privateKey: 'p' } },
      { ...none, privateKey: 'p' },
    ],
    [
      'empty fields at hydration',
      { type: 'adopt', seen: { apiKey: '', privateKey: '' } },
      undefined,
    ],
    ['another field edited', { type: 'text', field: 'nonceWindow', value: '2000000' }, undefined],
    ['a permission ticked', { type: 'permission', name: 'funds_query', on: true }, undefined],
    [
      'keys received from another island',
      { type: 'shared', apiKey: 'a', privateKey: 'p', keepHeld: false },
      undefined,
    ],
  ] satisfies [string, CheckerAction, SharedKeys | undefined][])('%s', (_, action, expected) => {
    expect(keysSetBy(action)).toEqual(expected);
  });

  it('a slow island never sends an older key back to the one being typed in', () => {
    // Island B applies what it hears late, as a busy page renders late; A is typed in.
    let a = initialState('pro');
    let b = initialState('pro');
    const heard: CheckerAction[] = [];
    const stopA = subscribeKeys((keys) => {
      a = reduce(a, { type: 'shared', ...keys, keepHeld: false });
    });
    const stopB = subscribeKeys((keys) => heard.push({ type: 'shared', ...keys, keepHeld: false }));
    const act = (island: 'a' | 'b', action: CheckerAction) => {
      if (island === 'a') a = reduce(a, action);
      else b = reduce(b, action);
      const keys = keysSetBy(action);
      if (keys) publishKeys(keys);
    };
    for (const typed of ['K', 'KE', 'KEY']) {
      act('a', { type: 'text', field: 'apiKey', value: typed });
      // B runs one keystroke behind: it applies what it heard before A's latest edit.
      if (heard.length > 1) act('b', heard.shift() as CheckerAction);
    }
    for (const late of heard.splice(0)) act('b', late);
    expect(a.apiKey).toBe('KEY');
    expect(b.apiKey).toBe('KEY');
    expect(getSharedKeys().apiKey).toBe('KEY');
    stopA();
    stopB();
  });
});
