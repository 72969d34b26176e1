/**
 * Deterministic demo keys for the fake Kraken: the same values on every run,
 * so e2e tests and a person trying the checker locally can type them in.
 * They are not real keys and only work against the fake.
 */
import { createHash } from 'node:crypto';
import { DOCUMENTED_ERRORS, type FakeKeyConfig, type FakePermission } from './server.ts';

/** What the service needs: seven permissions, nothing else. */
export const REQUIRED: readonly FakePermission[] = [
  'funds_query',
  'trades_query_open',
  'trades_query_closed',
  'trades_modify',
  'trades_close',
  'ledger_query',
  'websocket',
];

export interface DemoKey {
  name: string;
  description: string;
  apiKey: string;
  /** The private key to type into the checker (differs from Kraken's for `wrong-private-key`). */
  privateKey: string;
  /** What the fake holds for this key; null for `unknown` (never registered). */
  config: FakeKeyConfig | null;
}

function bytes(seed: string, length: number): Buffer {
  return createHash('sha512').update(`fake-kraken:${seed}`).digest().subarray(0, length);
}

/** 56 base64 characters (42 bytes) like a Kraken API key, and an 88-character private key. */
export function demoPair(name: string): { apiKey: string; privateKey: string } {
  return {
    apiKey: bytes(`api:${name}`, 42).toString('base64'),
    privateKey: bytes(`private:${name}`, 64).toString('base64'),
  };
}

/** The guide's nonce window: every demo key has it unless it says otherwise. */
export const GUIDE_NONCE_WINDOW = 2_000_000;

function demo(
  name: string,
  description: string,
  config: Omit<FakeKeyConfig, 'apiKey' | 'privateKey'> | null,
  typedPrivateKey?: string,
): DemoKey {
  const pair = demoPair(name);
  return {
    name,
    description,
    apiKey: pair.apiKey,
    privateKey: typedPrivateKey ?? pair.privateKey,
    config: config
      ? { ...pair, name: `demo-${name}`, nonceWindow: GUIDE_NONCE_WINDOW, ...config }
      : null,
  };
}

/** The service's range the e2e tests enter on the page; some allowlists leave half of it out. */
export const DEMO_SERVICE_RANGE = '192.0.2.0/24';

const without = (permission: FakePermission): FakePermission[] =>
  REQUIRED.filter((p) => p !== permission);

export const DEMO_KEYS: readonly DemoKey[] = [
  demo('correct', 'every required permission, no Withdraw', { permissions: REQUIRED }),
  ...REQUIRED.map((permission) =>
    demo(`no-${permission}`, `every required permission but ${permission}`, {
      permissions: without(permission),
    }),
  ),
  demo('withdraw', 'every required permission and Withdraw', {
    permissions: [...REQUIRED, 'funds_withdraw'],
  }),
  demo('add-withdraw-address', 'every required permission and Add withdrawal addresses', {
    permissions: [...REQUIRED, 'add_withdraw_address'],
  }),
  demo('update-withdraw-address', 'every required permission and Update withdrawal addresses', {
    permissions: [...REQUIRED, 'update_withdraw_address'],
  }),
  demo('nonce-window-0', 'correct, but no custom nonce window (0)', {
    permissions: REQUIRED,
    nonceWindow: 0,
  }),
  demo(
    'ip-uncovered',
    `correct, but its allowlist holds this machine and only half of ${DEMO_SERVICE_RANGE}`,
    { permissions: REQUIRED, ipAllowlist: ['127.0.0.1', '::1', '192.0.2.0/25'] },
  ),
  demo('ip-covered', `correct, and its allowlist holds this machine and ${DEMO_SERVICE_RANGE}`, {
    permissions: REQUIRED,
    ipAllowlist: ['127.0.0.1', '::1', DEMO_SERVICE_RANGE],
  }),
  demo('expiring', 'correct, but it expires on 2099-01-01', {
    permissions: REQUIRED,
    validUntil: 4_070_908_800,
  }),
  demo('query-dates', 'correct, but with a query start and end date', {
    permissions: REQUIRED,
    queryFrom: 1_735_689_600,
    queryTo: 1_767_225_600,
  }),
  demo('never-used', 'correct, and never used before', {
    permissions: REQUIRED,
    lastUsed: null,
  }),
  demo('unknown-permission', 'correct, plus a permission this guide does not know', {
    permissions: REQUIRED,
    extraKeyInfoPermissions: ['transfer-to-futures'],
  }),
  demo('no-key-info', 'correct, on a Kraken that does not know GetApiKeyInfo (probes run)', {
    permissions: REQUIRED,
    keyInfo: false,
  }),
  demo('no-permissions', 'no permission at all', { permissions: [] }),
  demo('ip-restricted', 'correct, but restricted to 203.0.113.0/24', {
    permissions: REQUIRED,
    ipAllowlist: ['203.0.113.0/24'],
  }),
  demo('nanosecond-nonce', 'correct, but already used with a nanosecond nonce', {
    permissions: REQUIRED,
    highestNonce: '1700000000000000000',
  }),
  demo(
    'wrong-private-key',
    'a known API key typed with another private key',
    { permissions: REQUIRED },
    demoPair('some-other-key').privateKey,
  ),
  demo('unknown', 'an API key Kraken does not know', null),
  demo('slow', 'correct, but Kraken answers after 15 s', {
    permissions: REQUIRED,
    fault: { mode: 'slow', delayMs: 15_000 },
  }),
  demo('down', 'correct, but Kraken answers 502', {
    permissions: REQUIRED,
    fault: { mode: '5xx' },
  }),
  demo('html', 'correct, but Kraken answers an HTML page', {
    permissions: REQUIRED,
    fault: { mode: 'html' },
  }),
  demo('garbage', 'correct, but Kraken answers garbage', {
    permissions: REQUIRED,
    fault: { mode: 'garbage' },
  }),
  demo('reset', 'correct, but the connection is reset', {
    permissions: REQUIRED,
    fault: { mode: 'reset' },
  }),
  demo('hang', 'correct, but Kraken never answers', {
    permissions: REQUIRED,
    fault: { mode: 'hang' },
  }),
  ...DOCUMENTED_ERRORS.map(({ name, error }) =>
    demo(`error-${name}`, `correct, but Kraken answers every call with ${error}`, {
      permissions: REQUIRED,
      fault: { mode: 'error', error },
    }),
  ),
  demo('partial', 'correct, but GetApiKeyInfo leaves out its nonce window and query end date', {
    permissions: REQUIRED,
    omitKeyInfoFields: ['nonceWindow', 'queryTo'],
  }),
];

export function demoKey(name: string): DemoKey {
  const key = DEMO_KEYS.find((k) => k.name === name);
  if (!key) throw new Error(`No demo key ${name}`);
  return key;
}

export const DEMO_CONFIGS: readonly FakeKeyConfig[] = DEMO_KEYS.flatMap((k) =>
  k.config ? [k.config] : [],
);
