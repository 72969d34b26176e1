/**
 * The read-only probe set (issue 4, kraken-api.md §4): one private call per
 * permission, each with the exact parameters it may carry. The relay policy
 * refuses anything that does not match a template here, so this table is
 * the whole of what the server will ever forward to Kraken.
 */
import type { GuideForm } from '../guide/links';
import { encodeFormBody, signRequest } from './sign';

/** Kraken's machine names (§3), plus the separate WebSocket flag. */
export const LIVE_PERMISSIONS = [
  'funds_query',
  'trades_query_open',
  'trades_query_closed',
  'ledger_query',
  'websocket',
  'trades_modify',
  'trades_close',
  'funds_withdraw',
] as const;
export type LivePermission = (typeof LIVE_PERMISSIONS)[number];

export const PROBE_METHODS = [
  'Balance',
  'OpenOrders',
  'ClosedOrders',
  'Ledgers',
  'GetWebSocketsToken',
  'AddOrder',
  'CancelOrder',
  'WithdrawMethods',
] as const;
export type ProbeMethod = (typeof PROBE_METHODS)[number];

export interface Probe {
  method: ProbeMethod;
  /** The permission this probe's answer proves. */
  permission: LivePermission;
  /** Whether the service needs the permission (true) or it must stay off (false). */
  wanted: boolean;
  /** The exact parameters besides `nonce`, in the order they are sent. */
  params: Readonly<Record<string, string>>;
}

/**
 * AddOrder only validates (`validate=true`: Kraken checks the order and
 * answers with `descr`, never a `txid`). Even so the template is chosen so
 * that it could not fill if it were ever placed: a buy of 0.01 BTC at
 * 100 USD, far below the market price for years. 0.01 BTC is meant to be at
 * or above XBTUSD's `ordermin` (public AssetPairs call); whether validate
 * mode checks minimums or balance is not documented, and any `EOrder:` answer
 * comes after the permission check, so it still proves the permission (§4).
 * A fixed template, rather than one built from a live AssetPairs call, keeps
 * the relay's check a plain comparison and the probe reproducible.
 */
export const ADD_ORDER_TEMPLATE = {
  ordertype: 'limit',
  pair: 'XBTUSD',
  price: '100',
  type: 'buy',
  validate: 'true',
  volume: '0.01',
} as const;

/**
 * An order id in Kraken's shape (`O` + 5, 5 and 6 characters) that no order
 * can have: the ids in every public sample use only A–Z and 2–7 (base32),
 * never `0`, and it spells what it is in any log. Kraken answers `EOrder:Unknown order` or `EOrder:Invalid order`, both
 * of which mean the call was allowed (§4).
 */
export const IMPOSSIBLE_TXID = 'OCHECK-PROBE-000000';

export const PROBES: readonly Probe[] = [
  { method: 'Balance', permission: 'funds_query', wanted: true, params: {} },
  { method: 'OpenOrders', permission: 'trades_query_open', wanted: true, params: {} },
  { method: 'ClosedOrders', permission: 'trades_query_closed', wanted: true, params: {} },
  { method: 'Ledgers', permission: 'ledger_query', wanted: true, params: {} },
  { method: 'GetWebSocketsToken', permission: 'websocket', wanted: true, params: {} },
  { method: 'AddOrder', permission: 'trades_modify', wanted: true, params: ADD_ORDER_TEMPLATE },
  {
    method: 'CancelOrder',
    permission: 'trades_close',
    wanted: true,
    params: { txid: IMPOSSIBLE_TXID },
  },
  { method: 'WithdrawMethods', permission: 'funds_withdraw', wanted: false, params: {} },
];

export function probeFor(method: string): Probe | undefined {
  return PROBES.find((probe) => probe.method === method);
}

export function privatePath(method: string): string {
  return `/0/private/${method}`;
}

/** The next millisecond nonce: the clock, or one more than the last one when the clock has not moved on. */
export function nextNonce(nowMs: number, last: number): number {
  return Math.max(Math.floor(nowMs), last + 1);
}

export interface SignedProbeRequest {
  method: ProbeMethod;
  /** Millisecond nonce, decimal. */
  nonce: string;
  /** The exact urlencoded body that was signed and will be sent. */
  body: string;
  /** API-Sign, base64. */
  signature: string;
}

export interface ProbeBatch {
  apiKey: string;
  /** Which guide the fixes link to; the server assumes `pro` when absent. */
  form?: GuideForm;
  requests: SignedProbeRequest[];
}

let lastNonce = 0;

/**
 * Signs the whole probe set in the browser. The private key is used here and
 * goes nowhere else: the result holds only the API key and signatures.
 * Nonces are milliseconds and strictly increase, also across batches built
 * in the same page.
 */
export async function buildProbeBatch({
  apiKey,
  privateKey,
  now = Date.now,
  nonces,
  probes = PROBES,
  form,
}: {
  apiKey: string;
  privateKey: string;
  now?: () => number;
  /** The page's corrected nonce source (clock.ts); when absent, `now` and this module's own. */
  nonces?: () => number;
  probes?: readonly Probe[];
  form?: GuideForm;
}): Promise<ProbeBatch> {
  const requests: SignedProbeRequest[] = [];
  for (const probe of probes) {
    const nonce = String(nonces ? nonces() : (lastNonce = nextNonce(now(), lastNonce)));
    const body = encodeFormBody(nonce, probe.params);
    const signature = await signRequest({
      privateKey,
      path: privatePath(probe.method),
      nonce,
      body,
    });
    requests.push({ method: probe.method, nonce, body, signature });
  }
  const trimmed = apiKey.trim();
  return form ? { apiKey: trimmed, form, requests } : { apiKey: trimmed, requests };
}
