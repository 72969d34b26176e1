/**
 * What the fake Kraken knows: the permissions and GetApiKeyInfo's names for them, the keys'
 * configuration, the faults it can be made to show, Kraken's documented errors and what it
 * records of each request.
 */
export type FakePermission =
  | 'funds_query'
  | 'funds_add'
  | 'funds_withdraw'
  | 'funds_earn'
  | 'add_withdraw_address'
  | 'update_withdraw_address'
  | 'trades_query_open'
  | 'trades_query_closed'
  | 'trades_modify'
  | 'trades_close'
  | 'ledger_query'
  | 'export_data'
  | 'websocket';

/** GetApiKeyInfo's names for the permissions (written here independently of the app's profile). */
export const KEY_INFO_NAMES: Readonly<Record<FakePermission, string>> = {
  funds_query: 'query-funds',
  funds_add: 'add-funds',
  funds_withdraw: 'withdraw-funds',
  funds_earn: 'earn-funds',
  add_withdraw_address: 'add-withdraw-address',
  update_withdraw_address: 'update-withdraw-address',
  trades_query_open: 'query-open-trades',
  trades_query_closed: 'query-closed-trades',
  trades_modify: 'modify-trades',
  trades_close: 'close-trades',
  ledger_query: 'query-ledger',
  export_data: 'export-data',
  websocket: 'create-ws-token',
};

export type FaultMode = 'none' | 'slow' | '5xx' | 'html' | 'garbage' | 'reset' | 'hang' | 'error';

export interface Fault {
  mode: FaultMode;
  /** For `slow`: how long to wait before answering normally. */
  delayMs?: number;
  /** For `error`: the error string every call is answered with (HTTP 200, Kraken's shape). */
  error?: string;
}

/**
 * Every error of Kraken's "Errors" and "REST rate limits" guides that stops a check
 * at its first call, exactly as those guides print them (the throttle in both of its
 * spellings), each with the name of its demo key. Written here independently of the
 * app's error table.
 */
export const DOCUMENTED_ERRORS: readonly { name: string; error: string }[] = [
  { name: 'account-disabled', error: 'EAuth:Account temporary disabled' },
  { name: 'account-unconfirmed', error: 'EAuth:Account unconfirmed' },
  { name: 'auth-rate-limit', error: 'EAuth:Rate limit exceeded' },
  { name: 'auth-too-many', error: 'EAuth:Too many requests' },
  { name: 'api-rate-limit', error: 'EAPI:Rate limit exceeded' },
  { name: 'too-many-requests', error: 'EGeneral:Too many requests' },
  { name: 'throttled', error: 'EService:Throttled: 4070908800' },
  { name: 'throttled-spaced', error: 'EService: Throttled: 4070908800' },
  { name: 'lockout', error: 'EGeneral:Temporary lockout' },
  { name: 'unavailable', error: 'EService:Unavailable' },
  { name: 'busy', error: 'EService:Busy' },
  { name: 'deadline', error: 'EService:Deadline elapsed' },
  { name: 'internal-error', error: 'EGeneral:Internal error' },
];

/** The fields of GetApiKeyInfo's result a key may have left out (Kraken's schema requires none). */
export type KeyInfoField =
  | 'apiKeyName'
  | 'nonce'
  | 'nonceWindow'
  | 'permissions'
  | 'validUntil'
  | 'queryFrom'
  | 'queryTo'
  | 'createdTime'
  | 'modifiedTime'
  | 'ipAllowlist'
  | 'lastUsed';

export interface FakeKeyConfig {
  apiKey: string;
  /** The private key Kraken holds for this API key, base64. */
  privateKey: string;
  permissions: readonly FakePermission[];
  /** Nonce window in nonce units (Kraken's default is 0). */
  nonceWindow?: number;
  /** Addresses or CIDR blocks; empty or absent means any address. */
  ipAllowlist?: readonly string[];
  /** The highest nonce already seen, e.g. a nanosecond nonce from another client. */
  highestNonce?: string;
  /** A fault that applies to requests carrying this API key. */
  fault?: Fault;
  /** CancelOrder's answer for an unknown id (Kraken has been seen to give both). */
  unknownOrderError?: 'EOrder:Unknown order' | 'EOrder:Invalid order';
  /** The key's name, as GetApiKeyInfo reports it. */
  name?: string;
  /** Unix seconds; absent or 0: not set. */
  validUntil?: number;
  queryFrom?: number;
  queryTo?: number;
  createdTime?: number;
  /** When the key was last used, unix seconds; null: never. Default: a fixed past time. */
  lastUsed?: number | null;
  /** false: this key's Kraken does not know GetApiKeyInfo (the check falls back to probes). */
  keyInfo?: boolean;
  /** Names GetApiKeyInfo lists besides the key's permissions (e.g. ones the app does not know). */
  extraKeyInfoPermissions?: readonly string[];
  /** Replaces GetApiKeyInfo's whole `result`, to test malformed answers. */
  keyInfoResult?: unknown;
  /** Fields GetApiKeyInfo leaves out of its answer for this key. */
  omitKeyInfoFields?: readonly KeyInfoField[];
}

export interface RecordedRequest {
  at: number;
  httpMethod: string;
  path: string;
  /** Kraken method from the path, e.g. `Balance`; null for other paths. */
  method: string | null;
  headers: Record<string, string>;
  body: string;
  /** The body's nonce field, as sent. */
  nonce: string | null;
  /** A call that would change the account on the real Kraken. */
  stateChanging: boolean;
}

export interface FakeKrakenOptions {
  host?: string;
  port?: number;
  keys?: readonly FakeKeyConfig[];
  /** The address the IP allowlist is checked against; default: the socket's peer address. */
  clientAddress?: string | null;
  /** Consecutive signature/nonce failures before a lockout. */
  lockoutAfter?: number;
  /** false: the whole fake does not know GetApiKeyInfo. */
  keyInfo?: boolean;
  lockoutMs?: number;
  now?: () => number;
}

export interface KeyState {
  config: FakeKeyConfig;
  highestNonce: bigint;
  failures: number;
  lockedUntil: number;
  /** Unix seconds of the last accepted call before this one; null: never. */
  lastUsed: number | null;
}

/** The demo keys' default "last used": 2026-11-01 12:00 UTC. */
export const DEFAULT_LAST_USED = 1_793_534_400;

export type KrakenAnswer = { error: string[]; result?: unknown };
