/**
 * Values for every message code, for the catalogue tests and the build's
 * language scan: typed over every code, so a new code without samples fails
 * the typecheck. `shown` lists text each language must show as it is
 * (Kraken's labels, what the user typed, addresses); numbers are checked
 * in each language's own format by the tests.
 */
import type { MessageCode, MessageValues } from './types';

export interface Sample<C extends MessageCode> {
  values: MessageValues[C];
  shown: readonly string[];
}
export type Samples = { readonly [C in MessageCode]: readonly Sample<C>[] };

const perm = (
  name: MessageValues['permission.skip']['name'],
  form: 'pro' | 'classic',
  source: 'typed' | 'kraken' = 'typed',
) => ({ name, form, source });
const none = { values: {}, shown: [] } as const;
const lists = (over: Partial<MessageValues['ip.fail']['service']> = {}) => ({
  errors: [],
  truncated: false,
  max: 1000,
  ...over,
});

export const SAMPLES: Samples = {
  'permission.required.pass': [
    { values: perm('funds_query', 'classic'), shown: ['“Query Funds”'] },
    { values: perm('websocket', 'pro', 'kraken'), shown: ['“WebSocket interface”', 'Kraken'] },
  ],
  'permission.required.fail': [
    {
      values: perm('funds_query', 'pro'),
      shown: ['“Query”', '“Funds permissions”', '“Not enough permission for API keys”'],
    },
    { values: perm('websocket', 'classic'), shown: ['“Access WebSockets API”', '“Other”'] },
    { values: perm('websocket', 'pro'), shown: ['“WebSocket interface”'] },
  ],
  'permission.forbidden.pass': [
    { values: perm('funds_withdraw', 'classic'), shown: ['“Withdraw Funds”'] },
  ],
  'permission.forbidden.fail': [
    { values: perm('add_withdraw_address', 'pro'), shown: ['“Add withdrawal addresses”'] },
    {
      values: perm('update_withdraw_address', 'pro', 'kraken'),
      shown: ['“Update withdrawal addresses”'],
    },
  ],
  'permission.extra-one.pass': [{ values: perm('export_data', 'pro'), shown: ['“Export data”'] }],
  'permission.extra-one.warn': [
    { values: perm('funds_earn', 'classic', 'kraken'), shown: ['“Earn'] },
  ],
  'permission.skip': [
    { values: { name: 'ledger_query', form: 'classic' }, shown: ['Query Ledger Entries'] },
  ],
  'permission.extra.pass': [
    { values: { form: 'pro' }, shown: ['“Deposit”', '“Earn”', '“Export data”'] },
    { values: { form: 'classic' }, shown: ['“Deposit Funds”', '“Export Data”'] },
  ],
  'permission.extra.warn': [
    { values: { form: 'classic', on: ['funds_add'] }, shown: ['“Deposit Funds”'] },
    {
      values: { form: 'pro', on: ['funds_add', 'export_data'] },
      shown: ['“Deposit”', '“Export data”'],
    },
  ],
  'permission.extra.skip': [none],
  'ip.skip': [none],
  'ip.fail': [
    {
      values: {
        form: 'pro',
        service: lists(),
        allowlist: lists({
          errors: [
            {
              entry: '198.51.100.7/33',
              problem: { kind: 'prefix-too-long', prefix: 33, family: 'ipv4' },
            },
            { entry: 'fe80::1%eth0', problem: { kind: 'zone' } },
            { entry: 'localhost', problem: { kind: 'not-an-address' } },
            { entry: '10.1', problem: { kind: 'not-four-decimals' } },
            { entry: '1111', problem: { kind: 'too-long' } },
            { entry: '1/2/3', problem: { kind: 'not-cidr' } },
            { entry: '192.0.2.1-192.0.2.9', problem: { kind: 'range' } },
            { entry: '192.0.2.0/', problem: { kind: 'no-prefix' } },
          ],
        }),
        missing: ['192.0.2.128/25'],
      },
      shown: [
        '“IP address restriction”',
        '“198.51.100.7/33”',
        '/33',
        '“fe80::1%eth0”',
        '“192.0.2.1-192.0.2.9”',
        '192.0.2.0/24',
        '192.0.2.128/25',
        'EGeneral:Permission denied',
      ],
    },
    {
      values: {
        form: 'classic',
        service: lists({
          truncated: true,
          errors: [{ entry: 'x', problem: { kind: 'not-an-address' } }],
        }),
        allowlist: lists({ truncated: true }),
        missing: [],
      },
      shown: ['“IP whitelisting”', '“x”'],
    },
  ],
  'ip.empty': [
    {
      values: { form: 'pro', range: ['192.0.2.0/24', '2001:db8::/48'] },
      shown: ['“IP address restriction”', '192.0.2.0/24', '2001:db8::/48'],
    },
  ],
  'ip.broad': [
    {
      values: {
        form: 'classic',
        range: ['192.0.2.0/24'],
        broad: [
          { block: '0.0.0.0/0', family: 'ipv4', prefix: 0 },
          { block: '10.0.0.0/8', family: 'ipv4', prefix: 8 },
          { block: '2001:db8::/16', family: 'ipv6', prefix: 16 },
        ],
      },
      shown: ['“IP whitelisting”', '“0.0.0.0/0”', '“10.0.0.0/8”', '2^112', '192.0.2.0/24'],
    },
  ],
  'ip.pass': [{ values: { form: 'pro' }, shown: ['“IP address restriction”'] }],
  'nonce.skip': [{ values: { form: 'classic' }, shown: ['“Nonce Window”', '2000000'] }],
  'nonce.empty': [
    { values: { form: 'pro' }, shown: ['“Custom nonce window”', '2000000', 'EAPI:Invalid nonce'] },
  ],
  'nonce.invalid': [
    {
      values: { form: 'pro', problem: 'ambiguous', typed: '2,000' },
      shown: ['“2,000”', '2000000'],
    },
    { values: { form: 'pro', problem: 'not-a-number', typed: 'banyak' }, shown: ['“banyak”'] },
    { values: { form: 'pro', problem: 'negative', typed: '-5' }, shown: ['“-5”'] },
    { values: { form: 'pro', problem: 'fraction', typed: '2.5' }, shown: ['“2.5”'] },
    {
      values: { form: 'classic', problem: 'too-large', typed: '9e99' },
      shown: ['“9e99”', '“Nonce Window”'],
    },
  ],
  'nonce.pass': [
    { values: { value: 2000000, readFrom: null }, shown: [] },
    { values: { value: 2000000, readFrom: '2 million' }, shown: ['“2 million”'] },
  ],
  'nonce.low': [
    { values: { form: 'pro', value: 0, readFrom: null }, shown: ['EAPI:Invalid nonce', '2000000'] },
    {
      values: { form: 'classic', value: 1500, readFrom: '1.5k' },
      shown: ['“1.5k”', '“Nonce Window”'],
    },
  ],
  'nonce.high': [{ values: { form: 'pro', value: 5000000, readFrom: null }, shown: ['2000000'] }],
  'key.api.skip': [{ values: {}, shown: ['“API key”'] }],
  'key.api.invalid': [
    {
      values: {
        problem: { kind: 'foreign', chars: ['“-” (U+002D)', 'U+00E9'], more: true, count: 5 },
      },
      shown: ['“-” (U+002D)', 'U+00E9'],
    },
    { values: { problem: { kind: 'padding' } }, shown: ['“=”'] },
    { values: { problem: { kind: 'length' } }, shown: [] },
  ],
  'key.api.pass': [{ values: {}, shown: ['56'] }],
  'key.api.length': [
    { values: { length: 88, privateLength: true }, shown: ['88'] },
    { values: { length: 1, privateLength: false }, shown: [] },
  ],
  'key.private.server': [none],
  'key.private.skip': [{ values: {}, shown: ['“Private key”'] }],
  'key.private.invalid': [
    {
      values: { problem: { kind: 'foreign', chars: ['“!” (U+0021)'], more: false, count: 1 } },
      shown: ['“!” (U+0021)'],
    },
  ],
  'key.private.pass': [{ values: {}, shown: ['88', '64'] }],
  'key.private.length': [
    { values: { length: 86, bytes: 64, hint: 'padding' }, shown: ['“==”'] },
    { values: { length: 56, bytes: 42, hint: 'api-length' }, shown: [] },
    { values: { length: 40, bytes: 30, hint: 'short' }, shown: [] },
    { values: { length: 92, bytes: 69, hint: null }, shown: [] },
  ],
  'key.swapped.skip': [{ values: {}, shown: ['“API key”', '“Private key”'] }],
  'key.swapped.same': [{ values: {}, shown: ['“API Secret”'] }],
  'key.swapped.both': [{ values: {}, shown: ['88', '56'] }],
  'key.swapped.api-private': [
    { values: { server: true }, shown: ['88'] },
    { values: { server: false }, shown: ['88'] },
  ],
  'key.swapped.private-api': [{ values: {}, shown: ['56'] }],
  'key.swapped.pass': [
    { values: { server: true, apiLength: 56 }, shown: ['56', '88'] },
    { values: { server: false, apiLength: 56 }, shown: [] },
  ],
  'expiry.pass': [none],
  'expiry.fail': [{ values: { date: 1_700_000_000 }, shown: ['2023', '“Key expiration”'] }],
  'expiry.warn': [{ values: { date: 1_900_000_000 }, shown: ['2030', '“Key expiration”'] }],
  'query-window.pass': [none],
  'query-window.fail': [
    { values: { from: 1_700_000_000, to: null }, shown: ['2023', 'EGeneral:Invalid arguments'] },
    { values: { from: 1_700_000_000, to: 1_900_000_000 }, shown: ['2023', '2030'] },
  ],
};
