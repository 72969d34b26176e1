import { describe, expect, test } from 'vitest';
import { adopt, filledSections, initialState, reduce, stateFromFormData } from './state';

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

describe('adopt: what the fields held before the island ran', () => {
  const start = initialState('pro', '203.0.113.0/24');

  test('returns the same state when the page holds what the state says', () => {
    expect(adopt(start, {})).toBe(start);
    expect(
      adopt(start, { form: 'pro', permissions: [], nonceWindow: '', ipRange: '203.0.113.0/24' }),
    ).toBe(start);
  });

  test.each([
    ['a typed nonce window', { nonceWindow: '2M' }, { nonceWindow: '2M' }],
    ['a pasted API key', { apiKey: 'abc' }, { apiKey: 'abc' }],
    ['a private key filled in by the browser', { privateKey: 'xyz' }, { privateKey: 'xyz' }],
    ['a changed service range', { ipRange: '198.51.100.0/24' }, { ipRange: '198.51.100.0/24' }],
    ['a typed allowlist', { ipAllowlist: '203.0.113.0/24' }, { ipAllowlist: '203.0.113.0/24' }],
    [
      'ticked boxes, in catalogue order',
      { permissions: ['websocket', 'funds_query'] },
      { permissions: ['funds_query', 'websocket'] },
    ],
    ['another form', { form: 'classic' }, { form: 'classic' }],
  ] as const)('takes %s', (_name, seen, expected) => {
    expect(adopt(start, seen)).toMatchObject(expected);
  });

  test('drops a box the chosen form does not have (Classic has no Earn)', () => {
    const next = adopt(start, { form: 'classic', permissions: ['funds_earn', 'funds_query'] });
    expect(next).toMatchObject({ form: 'classic', permissions: ['funds_query'] });
  });

  test('an emptied field the state held is taken as emptied', () => {
    const typed = reduce(start, { type: 'text', field: 'apiKey', value: 'abc' });
    expect(adopt(typed, { apiKey: '' }).apiKey).toBe('');
  });

  test('unticked boxes the state held are taken as unticked', () => {
    const ticked = reduce(start, { type: 'permission', name: 'funds_query', on: true });
    expect(adopt(ticked, { permissions: [] }).permissions).toEqual([]);
  });

  test('is what reduce does for an adopt action', () => {
    expect(reduce(start, { type: 'adopt', seen: { nonceWindow: '2000000' } })).toEqual(
      adopt(start, { nonceWindow: '2000000' }),
    );
  });
});

describe('filledSections', () => {
  const start = initialState('pro', '203.0.113.0/24');

  test('nothing is filled at the start, a prefilled range included', () => {
    expect(filledSections(start, start)).toEqual([]);
  });

  test.each([
    ['permissions', { type: 'permission', name: 'funds_query', on: true }],
    ['nonce', { type: 'text', field: 'nonceWindow', value: '2' }],
    ['ip', { type: 'text', field: 'ipAllowlist', value: '203.0.113.1' }],
    ['ip', { type: 'text', field: 'ipRange', value: '198.51.100.0/24' }],
    ['keys', { type: 'text', field: 'apiKey', value: 'a' }],
    ['keys', { type: 'text', field: 'privateKey', value: 'a' }],
  ] as const)('%s once one of its fields is filled', (section, action) => {
    expect(filledSections(reduce(start, action), start)).toEqual([section]);
  });

  test('a field typed into and emptied again still counts: its results stay', () => {
    const emptied = reduce(start, { type: 'text', field: 'nonceWindow', value: '' });
    expect(filledSections(emptied, start)).toEqual(['nonce']);
  });

  test('switching the form alone fills nothing', () => {
    expect(filledSections(reduce(start, { type: 'form', form: 'classic' }), start)).toEqual([]);
  });

  test('ticking and unticking the same box leaves the section filled', () => {
    let state = reduce(start, { type: 'permission', name: 'funds_query', on: true });
    state = reduce(state, { type: 'permission', name: 'funds_query', on: false });
    expect(filledSections(state, start)).toEqual(['permissions']);
  });

  test('only the given sections are considered', () => {
    const state = reduce(start, { type: 'text', field: 'apiKey', value: 'a' });
    expect(filledSections(state, start, ['nonce'])).toEqual([]);
  });
});

describe("reduce: keys another island published ('shared')", () => {
  const typed = reduce(initialState('pro'), { type: 'text', field: 'apiKey', value: 'mine' });

  test.each([
    ['follows a published key', initialState('pro'), false, { apiKey: 'theirs' }, 'theirs'],
    ['follows over its own key later on', typed, false, { apiKey: 'theirs' }, 'theirs'],
    [
      'keeps its own key on hydration: typed before it ran',
      typed,
      true,
      { apiKey: 'theirs' },
      'mine',
    ],
    [
      'takes a published key on hydration when its field is empty',
      initialState('pro'),
      true,
      { apiKey: 'theirs' },
      'theirs',
    ],
    ['ignores a key nobody published', typed, false, {}, 'mine'],
  ] as const)('%s', (_name, state, keepHeld, keys, expected) => {
    expect(reduce(state, { type: 'shared', keepHeld, ...keys }).apiKey).toBe(expected);
  });

  test('returns the same state when nothing changes', () => {
    expect(reduce(typed, { type: 'shared', keepHeld: false, apiKey: 'mine' })).toBe(typed);
  });

  test('each key on its own: the private key follows while the API key stays', () => {
    const next = reduce(typed, { type: 'shared', keepHeld: true, apiKey: 'x', privateKey: 'p' });
    expect(next).toMatchObject({ apiKey: 'mine', privateKey: 'p' });
  });
});
