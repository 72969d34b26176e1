/**
 * What the live check sends, and the exact parameters each call may carry:
 * GetApiKeyInfo first (it needs no permission and reports the key's whole
 * configuration), then the read-only probe set, one private call per
 * permission, which runs only when GetApiKeyInfo cannot be used. The relay
 * policy refuses anything that does not match a template here, so this table
 * is the whole of what the server will ever forward to Kraken.
 */
import type { GuideForm } from '../guide/links';
import type { PermissionName, ProbeMethod } from '../profile/kraken';
import { KEY_INFO_METHOD, PERMISSIONS, PROBE_METHODS } from '../profile/kraken';
import { encodeFormBody, signRequest } from './sign';

export { KEY_INFO_METHOD, PROBE_METHODS, type ProbeMethod } from '../profile/kraken';

/** Every method the relay forwards, in the order they are sent. */
export const RELAY_METHODS = [KEY_INFO_METHOD, ...PROBE_METHODS] as const;
export type RelayMethod = (typeof RELAY_METHODS)[number];

/** The permissions a probe can prove, in the order the probes run. */
export const LIVE_PERMISSIONS = PROBE_METHODS.map((method) => {
  const permission = PERMISSIONS.find((p) => p.probe === method);
  if (!permission) throw new TypeError(`No permission for ${method}`);
  return permission.name;
});
export type LivePermission = PermissionName;

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
 * comes after the permission check, so it still proves the permission.
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
 * of which mean the call was allowed.
 */
export const IMPOSSIBLE_TXID = 'OCHECK-PROBE-000000';

/** Each probe's exact parameters besides `nonce`. */
const PROBE_PARAMS: Readonly<Record<ProbeMethod, Readonly<Record<string, string>>>> = {
  Balance: {},
  OpenOrders: {},
  ClosedOrders: {},
  Ledgers: {},
  GetWebSocketsToken: {},
  AddOrder: ADD_ORDER_TEMPLATE,
  CancelOrder: { txid: IMPOSSIBLE_TXID },
  WithdrawMethods: {},
};

/** The probe set, from the profile's permission → probe table. */
export const PROBES: readonly Probe[] = PROBE_METHODS.map((method, index) => {
  const permission = LIVE_PERMISSIONS[index] as PermissionName;
  const wanted = PERMISSIONS.find((p) => p.name === permission)?.requirement === 'required';
  return { method, permission, wanted, params: PROBE_PARAMS[method] };
});

export function probeFor(method: string): Probe | undefined {
  return PROBES.find((probe) => probe.method === method);
}

/** A call the relay forwards: GetApiKeyInfo (only `nonce`) or a probe. */
export interface RelayCall {
  method: RelayMethod;
  params: Readonly<Record<string, string>>;
}

export const KEY_INFO_CALL: RelayCall = { method: KEY_INFO_METHOD, params: {} };

/** Every call of a live check, in order: GetApiKeyInfo, then the probes as a fallback. */
export const LIVE_CALLS: readonly RelayCall[] = [KEY_INFO_CALL, ...PROBES];

/** The exact parameters a forwarded method may carry; undefined for any other method. */
export function templateFor(method: string): Readonly<Record<string, string>> | undefined {
  return LIVE_CALLS.find((call) => call.method === method)?.params;
}

export function privatePath(method: string): string {
  return `/0/private/${method}`;
}

/** The next millisecond nonce: the clock, or one more than the last one when the clock has not moved on. */
export function nextNonce(nowMs: number, last: number): number {
  return Math.max(Math.floor(nowMs), last + 1);
}

export interface SignedProbeRequest {
  method: RelayMethod;
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
  /** The service's IP range as the page knows it (not secret), for `live.ip` and `live.access`. */
  serviceRange?: string;
  requests: SignedProbeRequest[];
}

let lastNonce = 0;

/**
 * Signs GetApiKeyInfo and the whole probe set in the browser, all as form
 * bodies (as every private call is signed). The private key is used here and
 * goes nowhere else: the result holds only the API key and signatures.
 * Nonces are milliseconds and strictly increase, also across batches built
 * in the same page. The relay sends the probes only when GetApiKeyInfo cannot
 * be used, so a check normally costs the key one call.
 */
export async function buildProbeBatch({
  apiKey,
  privateKey,
  now = Date.now,
  probes = LIVE_CALLS,
  form,
  serviceRange,
}: {
  apiKey: string;
  privateKey: string;
  now?: () => number;
  probes?: readonly RelayCall[];
  form?: GuideForm;
  serviceRange?: string | undefined;
}): Promise<ProbeBatch> {
  const requests: SignedProbeRequest[] = [];
  for (const probe of probes) {
    lastNonce = nextNonce(now(), lastNonce);
    const nonce = String(lastNonce);
    const body = encodeFormBody(nonce, probe.params);
    const signature = await signRequest({
      privateKey,
      path: privatePath(probe.method),
      nonce,
      body,
    });
    requests.push({ method: probe.method, nonce, body, signature });
  }
  const batch: ProbeBatch = { apiKey: apiKey.trim(), requests };
  if (form) batch.form = form;
  const range = serviceRange?.trim();
  if (range) batch.serviceRange = range;
  return batch;
}
