/**
 * Kraken's side of an authenticated call: which calls change an account, the signature
 * (computed here with node:crypto, independently of the app's signer, so a signer bug cannot
 * hide), the IP allowlist, GetApiKeyInfo's answer and every other call's.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';
import {
  KEY_INFO_NAMES,
  type FakeKeyConfig,
  type FakePermission,
  type KeyState,
  type KrakenAnswer,
} from './model.ts';

/** Calls that change an account on the real Kraken; the probe must never send one. */
export const STATE_CHANGING = new Set([
  'AddOrderBatch',
  'EditOrder',
  'AmendOrder',
  'CancelAll',
  'CancelAllOrdersAfter',
  'CancelOrderBatch',
  'Withdraw',
  'WithdrawCancel',
  'WalletTransfer',
  'DepositAddresses',
  'Stake',
  'Unstake',
  'Earn/Allocate',
  'Earn/Deallocate',
  'CreateSubaccount',
  'AccountTransfer',
]);

export function isStateChanging(method: string | null, form: URLSearchParams): boolean {
  if (method === null) return false;
  if (method === 'AddOrder') return form.get('validate') !== 'true';
  return STATE_CHANGING.has(method);
}

/** The nonce of a form body or a JSON body (GetApiKeyInfo's reference shows JSON). */
export function nonceOf(body: string, json: boolean): string {
  if (!json) return new URLSearchParams(body).get('nonce') ?? '';
  try {
    const value = (JSON.parse(body) as { nonce?: unknown }).nonce;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  } catch {
    return '';
  }
}

/** Kraken's API-Sign over the exact bytes sent, written with node:crypto independently of the app's signer. */
export function krakenSignature(
  privateKey: string,
  path: string,
  body: string,
  json = false,
): string {
  const nonce = nonceOf(body, json);
  const digest = createHash('sha256')
    .update(nonce + body, 'utf8')
    .digest();
  return createHmac('sha512', Buffer.from(privateKey, 'base64'))
    .update(Buffer.concat([Buffer.from(path, 'utf8'), digest]))
    .digest('base64');
}

export function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowlistOf(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.trim().split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

export function addressAllowed(entries: readonly string[] | undefined, address: string): boolean {
  if (!entries || entries.length === 0) return true;
  const plain = address.replace(/^::ffff:/, '');
  const type = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
  return allowlistOf(entries).check(plain, type);
}

export function has(config: FakeKeyConfig, permission: FakePermission): boolean {
  return config.permissions.includes(permission);
}

export const DENIED: KrakenAnswer = { error: ['EGeneral:Permission denied'] };
const ok = (result: unknown): KrakenAnswer => ({ error: [], result });

/** GetApiKeyInfo: every field Kraken sends, `iban` and the API key included. */
export function keyInfo(config: FakeKeyConfig, state: KeyState, nonce: bigint): KrakenAnswer {
  if (config.keyInfoResult !== undefined) return ok(config.keyInfoResult);
  const seconds = (value: number | undefined) => String(value ?? 0);
  const result: Record<string, unknown> = {
    apiKeyName: config.name ?? 'trading-bot',
    apiKey: config.apiKey,
    nonce: nonce.toString(),
    nonceWindow: config.nonceWindow ?? 0,
    permissions: [
      ...config.permissions.map((p) => KEY_INFO_NAMES[p]),
      ...(config.extraKeyInfoPermissions ?? []),
    ],
    iban: 'AA12 3456 7890 1234 5678 90',
    validUntil: seconds(config.validUntil),
    queryFrom: seconds(config.queryFrom),
    queryTo: seconds(config.queryTo),
    createdTime: seconds(config.createdTime ?? 1_790_000_000),
    modifiedTime: seconds(config.createdTime ?? 1_790_000_000),
    ipAllowlist: [...(config.ipAllowlist ?? [])],
    lastUsed: state.lastUsed === null ? null : String(state.lastUsed),
  };
  for (const field of config.omitKeyInfoFields ?? []) delete result[field];
  return ok(result);
}

/** The answer to an authenticated call, after key, signature, nonce and IP checks. */
export function answerCall(
  method: string,
  form: URLSearchParams,
  config: FakeKeyConfig,
): KrakenAnswer {
  switch (method) {
    case 'Balance':
      return has(config, 'funds_query') ? ok({ ZUSD: '1234.5600', XXBT: '0.0100000000' }) : DENIED;
    case 'OpenOrders':
      return has(config, 'trades_query_open') ? ok({ open: {} }) : DENIED;
    case 'ClosedOrders':
      return has(config, 'trades_query_closed') ? ok({ closed: {}, count: 0 }) : DENIED;
    case 'Ledgers':
      return has(config, 'ledger_query') ? ok({ ledger: {}, count: 0 }) : DENIED;
    case 'GetWebSocketsToken':
      return has(config, 'websocket')
        ? ok({ token: randomBytes(24).toString('base64'), expires: 900 })
        : DENIED;
    case 'AddOrder': {
      if (!has(config, 'trades_modify')) return DENIED;
      for (const field of ['pair', 'type', 'ordertype', 'volume']) {
        if (!form.get(field)) return { error: [`EGeneral:Invalid arguments:${field}`] };
      }
      // The fake never places an order: without validate=true it refuses.
      if (form.get('validate') !== 'true') return { error: ['EGeneral:Invalid arguments'] };
      const price = form.get('price');
      return ok({
        descr: {
          order: `${form.get('type')} ${form.get('volume')} ${form.get('pair')} @ ${form.get('ordertype')}${price ? ` ${price}` : ''}`,
        },
      });
    }
    case 'CancelOrder':
      if (!has(config, 'trades_modify') && !has(config, 'trades_close')) return DENIED;
      if (!form.get('txid')) return { error: ['EGeneral:Invalid arguments:txid'] };
      return { error: [config.unknownOrderError ?? 'EOrder:Unknown order'] };
    case 'WithdrawMethods':
      return has(config, 'funds_query') && has(config, 'funds_withdraw')
        ? ok([{ asset: 'XXBT', method: 'Bitcoin', network: 'Bitcoin', minimum: '0.0004' }])
        : DENIED;
    default:
      return STATE_CHANGING.has(method) ? DENIED : { error: ['EGeneral:Unknown method'] };
  }
}
