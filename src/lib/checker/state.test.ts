import { describe, expect, test } from 'vitest';
import { initialState, reduce, stateFromFormData } from './state';

const form = (entries: [string, string][]): FormData => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('reduce', () => {
  test('keeps ticked permissions in the catalogue order', () => {
    let state = initialState('pro');
    state = reduce(state, { type: 'permission', name: 'websocket', on: true });
    state = reduce(state, { type: 'permission', name: 'funds_query', on: true });
    expect(state.permissions).toEqual(['funds_query', 'websocket']);
    state = reduce(state, { type: 'permission', name: 'websocket', on: false });
    expect(state.permissions).toEqual(['funds_query']);
  });

  test('drops Earn when switching to the Classic form, which has none', () => {
    let state = initialState('pro');
    state = reduce(state, { type: 'permission', name: 'funds_earn', on: true });
    state = reduce(state, { type: 'permission', name: 'funds_query', on: true });
    state = reduce(state, { type: 'form', form: 'classic' });
    expect(state).toMatchObject({ form: 'classic', permissions: ['funds_query'] });
  });

  test('leaves untouched permissions unset when switching forms', () => {
    const state = reduce(initialState('pro'), { type: 'form', form: 'classic' });
    expect(state.permissions).toBeUndefined();
  });

  test('sets a text field, and an emptied one stays given', () => {
    const state = reduce(initialState('pro'), { type: 'text', field: 'nonceWindow', value: '' });
    expect(state.nonceWindow).toBe('');
  });
});

describe('initialState', () => {
  test.each([
    { ipRange: '203.0.113.0/24', expected: '203.0.113.0/24' },
    { ipRange: '', expected: undefined },
    { ipRange: undefined, expected: undefined },
  ])('prefills the service range from $ipRange', ({ ipRange, expected }) => {
    expect(initialState('pro', ipRange).ipRange).toBe(expected);
  });
});

describe('stateFromFormData', () => {
  test('reads every field of the posted form', () => {
    const state = stateFromFormData(
      form([
        ['form', 'classic'],
        ['permissions', 'funds_query'],
        ['permissions', 'websocket'],
        ['nonceWindow', '2M'],
        ['serviceRange', '203.0.113.0/24'],
        ['ipAllowlist', '203.0.113.0/25'],
        ['apiKey', 'abc'],
      ]),
      'pro',
    );
    expect(state).toEqual({
      form: 'classic',
      permissions: ['funds_query', 'websocket'],
      nonceWindow: '2M',
      ipRange: '203.0.113.0/24',
      ipAllowlist: '203.0.113.0/25',
      apiKey: 'abc',
      privateKey: undefined,
    });
  });

  test('ignores a posted private key, unknown permissions and an unknown form', () => {
    const state = stateFromFormData(
      form([
        ['form', 'futures'],
        ['permissions', 'funds_query'],
        ['permissions', 'launch_rockets'],
        ['privateKey', 'secret'],
      ]),
      'pro',
    );
    expect(state.form).toBe('pro');
    expect(state.permissions).toEqual(['funds_query']);
    expect(state.privateKey).toBeUndefined();
    expect(JSON.stringify(state)).not.toContain('secret');
  });

  test('counts an empty form as given: nothing ticked, empty fields', () => {
    expect(stateFromFormData(form([]), 'pro')).toMatchObject({
      permissions: [],
      nonceWindow: '',
      ipAllowlist: '',
      apiKey: '',
    });
  });

  test('cuts over-long fields', () => {
    const state = stateFromFormData(form([['apiKey', 'a'.repeat(10_000)]]), 'pro');
    expect(state.apiKey).toHaveLength(4096);
  });
});
