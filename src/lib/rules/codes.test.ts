/** What each rule answers as data: its id, status, message code and values, before any words. */
import { describe, expect, it } from 'vitest';
import type { CodedFinding } from '../messages/types';
import { assessIpAllowlist } from './ip-check';
import { assessApiKey, assessPrivateKey, assessSwapped } from './key-checks';
import { assessExpiry, assessQueryWindow } from './key-config';
import { assessNonceWindow } from './nonce';
import { assessPermission, assessPermissions } from './permission-checks';

const API = 'A'.repeat(56);
const PRIVATE = `${'B'.repeat(86)}==`;

const pick = (f: CodedFinding) => ({ status: f.status, code: f.code, values: f.values });

describe('rules answer codes and values', () => {
  it.each<[string, () => CodedFinding, Partial<CodedFinding>]>([
    [
      'nonce: not given',
      () => assessNonceWindow(undefined, 'pro'),
      { status: 'skip', code: 'nonce.skip', values: { form: 'pro' } },
    ],
    [
      'nonce: empty',
      () => assessNonceWindow(' ', 'classic'),
      { status: 'fail', code: 'nonce.empty', values: { form: 'classic' } },
    ],
    [
      'nonce: 2M',
      () => assessNonceWindow('2M', 'pro'),
      { status: 'pass', code: 'nonce.pass', values: { value: 2000000, readFrom: '2M' } },
    ],
    [
      'nonce: digits',
      () => assessNonceWindow(2000000, 'pro'),
      { status: 'pass', code: 'nonce.pass', values: { value: 2000000, readFrom: null } },
    ],
    [
      'nonce: zero',
      () => assessNonceWindow('0', 'pro'),
      { status: 'fail', code: 'nonce.low', values: { form: 'pro', value: 0, readFrom: null } },
    ],
    [
      'nonce: more',
      () => assessNonceWindow('5 000 000', 'classic'),
      {
        status: 'warn',
        code: 'nonce.high',
        values: { form: 'classic', value: 5000000, readFrom: null },
      },
    ],
    [
      'nonce: ambiguous',
      () => assessNonceWindow('2,000', 'pro'),
      {
        status: 'fail',
        code: 'nonce.invalid',
        values: { form: 'pro', problem: 'ambiguous', typed: '2,000' },
      },
    ],
    [
      'nonce: typed text is clipped',
      () => assessNonceWindow('x'.repeat(50), 'pro'),
      {
        status: 'fail',
        code: 'nonce.invalid',
        values: { form: 'pro', problem: 'not-a-number', typed: `${'x'.repeat(40)}…` },
      },
    ],
    [
      'ip: no range',
      () => assessIpAllowlist('', '192.0.2.0/24', 'pro'),
      { status: 'skip', code: 'ip.skip', values: {} },
    ],
    [
      'ip: covered',
      () => assessIpAllowlist('192.0.2.0/24', '192.0.2.0/24', 'pro'),
      { status: 'pass', code: 'ip.pass', values: { form: 'pro' } },
    ],
    [
      'ip: empty field',
      () => assessIpAllowlist('192.0.2.0/24', '', 'classic'),
      { status: 'warn', code: 'ip.empty', values: { form: 'classic', range: ['192.0.2.0/24'] } },
    ],
    [
      'ip: broad',
      () => assessIpAllowlist('192.0.2.0/24', '0.0.0.0/0', 'pro'),
      {
        status: 'warn',
        code: 'ip.broad',
        values: {
          form: 'pro',
          range: ['192.0.2.0/24'],
          broad: [{ block: '0.0.0.0/0', family: 'ipv4', prefix: 0 }],
        },
      },
    ],
    [
      'ip: half missing, one invalid',
      () => assessIpAllowlist('192.0.2.0/24', '192.0.2.0/25, 10.1', 'pro'),
      {
        status: 'fail',
        code: 'ip.fail',
        values: {
          form: 'pro',
          service: { errors: [], truncated: false, max: 1000 },
          allowlist: {
            errors: [{ entry: '10.1', problem: { kind: 'not-four-decimals' } }],
            truncated: false,
            max: 1000,
          },
          missing: ['192.0.2.128/25'],
        },
      },
    ],
    ['api key: none', () => assessApiKey(''), { status: 'skip', code: 'key.api.skip', values: {} }],
    ['api key: 56', () => assessApiKey(API), { status: 'pass', code: 'key.api.pass', values: {} }],
    [
      'api key: 88',
      () => assessApiKey(PRIVATE),
      { status: 'warn', code: 'key.api.length', values: { length: 88, privateLength: true } },
    ],
    [
      'api key: a dash',
      () => assessApiKey(`${API.slice(1)}-`),
      {
        status: 'fail',
        code: 'key.api.invalid',
        values: { problem: { kind: 'foreign', chars: ['“-” (U+002D)'], more: false, count: 1 } },
      },
    ],
    [
      'private key: on a server',
      () => assessPrivateKey(PRIVATE, 'server'),
      { status: 'skip', code: 'key.private.server', values: {} },
    ],
    [
      'private key: 88',
      () => assessPrivateKey(PRIVATE),
      { status: 'pass', code: 'key.private.pass', values: {} },
    ],
    [
      'private key: no padding',
      () => assessPrivateKey('B'.repeat(86)),
      {
        status: 'fail',
        code: 'key.private.length',
        values: { length: 86, bytes: 64, hint: 'padding' },
      },
    ],
    [
      'private key: bad padding',
      () => assessPrivateKey(`B=${'B'.repeat(86)}`),
      { status: 'fail', code: 'key.private.invalid', values: { problem: { kind: 'padding' } } },
    ],
    [
      'swapped: both',
      () => assessSwapped(PRIVATE, API),
      { status: 'fail', code: 'key.swapped.both', values: {} },
    ],
    [
      'swapped: same',
      () => assessSwapped(API, API),
      { status: 'fail', code: 'key.swapped.same', values: {} },
    ],
    [
      'swapped: private key sent to a server',
      () => assessSwapped(PRIVATE, undefined, 'server'),
      { status: 'fail', code: 'key.swapped.api-private', values: { server: true } },
    ],
    [
      'swapped: fine on a server',
      () => assessSwapped(API, undefined, 'server'),
      { status: 'pass', code: 'key.swapped.pass', values: { server: true, apiLength: 56 } },
    ],
    [
      'expiry: past',
      () => assessExpiry(100, 200_000),
      { status: 'fail', code: 'expiry.fail', values: { date: 100 } },
    ],
    [
      'expiry: to come',
      () => assessExpiry(1000, 200_000),
      { status: 'warn', code: 'expiry.warn', values: { date: 1000 } },
    ],
    [
      'query window: end only',
      () => assessQueryWindow(null, 5),
      { status: 'fail', code: 'query-window.fail', values: { from: null, to: 5 } },
    ],
    [
      'permission: Withdraw reported by Kraken',
      () =>
        assessPermission('funds_withdraw', true, {
          form: 'pro',
          prefix: 'live.',
          source: 'kraken',
        }),
      {
        status: 'fail',
        code: 'permission.forbidden.fail',
        values: { name: 'funds_withdraw', form: 'pro', source: 'kraken' },
      },
    ],
    [
      'permission: Earn on',
      () =>
        assessPermission('funds_earn', true, {
          form: 'pro',
          prefix: 'permission.',
          source: 'typed',
        }),
      {
        status: 'warn',
        code: 'permission.extra-one.warn',
        values: { name: 'funds_earn', form: 'pro', source: 'typed' },
      },
    ],
  ])('%s', (_name, run, expected) => {
    expect(pick(run())).toEqual(expected);
  });

  it('names the extra permissions that are on, and skips every id when nothing was given', () => {
    const on = assessPermissions(['funds_add', 'export_data', 'funds_query'], 'classic').at(-1);
    expect(on && pick(on)).toEqual({
      status: 'warn',
      code: 'permission.extra.warn',
      values: { form: 'classic', on: ['funds_add', 'export_data'] },
    });
    const skipped = assessPermissions(undefined, 'pro');
    expect(new Set(skipped.map((f) => f.code))).toEqual(
      new Set(['permission.skip', 'permission.extra.skip']),
    );
  });
});
