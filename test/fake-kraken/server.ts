/**
 * A fake Kraken spot REST API for tests and local demos, on loopback only.
 *
 * It verifies API-Sign with node:crypto (independently of src/lib/kraken/sign.ts,
 * so a signer bug cannot hide) over the exact bytes of a form or a JSON body,
 * keeps per-key permissions, highest nonce and nonce window, answers
 * GetApiKeyInfo with every field Kraken sends (the key's configuration, plus
 * `iban` and the API key, which the relay must drop), applies an IP allowlist,
 * locks a key out after repeated failures, answers with Kraken's JSON shapes
 * and error strings, can be made to misbehave (slow, 5xx, HTML, garbage, reset,
 * hang), to answer with any of Kraken's documented errors, to leave fields out
 * of GetApiKeyInfo's answer or not know it at all, and records every request it
 * receives.
 *
 * Plain erasable TypeScript: Node 24 runs it directly (`node test/fake-kraken/cli.ts`).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { BlockList, isIP, type AddressInfo } from 'node:net';

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

interface KeyState {
  config: FakeKeyConfig;
  highestNonce: bigint;
  failures: number;
  lockedUntil: number;
  /** Unix seconds of the last accepted call before this one; null: never. */
  lastUsed: number | null;
}

/** The demo keys' default "last used": 2026-11-01 12:00 UTC. */
const DEFAULT_LAST_USED = 1_793_534_400;

type KrakenAnswer = { error: string[]; result?: unknown };

/** Calls that change an account on the real Kraken; the probe must never send one. */
const STATE_CHANGING = new Set([
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

function isStateChanging(method: string | null, form: URLSearchParams): boolean {
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

function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function allowlistOf(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.trim().split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

function addressAllowed(entries: readonly string[] | undefined, address: string): boolean {
  if (!entries || entries.length === 0) return true;
  const plain = address.replace(/^::ffff:/, '');
  const type = isIP(plain) === 6 ? 'ipv6' : 'ipv4';
  return allowlistOf(entries).check(plain, type);
}

function has(config: FakeKeyConfig, permission: FakePermission): boolean {
  return config.permissions.includes(permission);
}

const DENIED: KrakenAnswer = { error: ['EGeneral:Permission denied'] };
const ok = (result: unknown): KrakenAnswer => ({ error: [], result });

/** GetApiKeyInfo: every field Kraken sends, `iban` and the API key included. */
function keyInfo(config: FakeKeyConfig, state: KeyState, nonce: bigint): KrakenAnswer {
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
function answerCall(method: string, form: URLSearchParams, config: FakeKeyConfig): KrakenAnswer {
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

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > 1_000_000) throw new Error('body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface FakeKraken {
  /** e.g. `http://127.0.0.1:53211`: use as KRAKEN_API_URL. */
  readonly url: string;
  readonly port: number;
  /** Every request received, oldest first (control requests excluded). */
  readonly requests: readonly RecordedRequest[];
  /** The recorded requests that would have changed an account. */
  readonly stateChangingCalls: readonly RecordedRequest[];
  addKey(config: FakeKeyConfig): void;
  /** A fault for every request (no apiKey) or for one key's requests. */
  setFault(fault: Fault, apiKey?: string): void;
  setClientAddress(address: string | null): void;
  /** false: answer GetApiKeyInfo with EGeneral:Unknown method, as a Kraken without it would. */
  setKeyInfoKnown(known: boolean): void;
  /** The highest nonce the fake has seen for a key, as a decimal string. */
  highestNonce(apiKey: string): string | null;
  clearRequests(): void;
  /** Back to the configuration it started with: keys, faults, log. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeKraken(options: FakeKrakenOptions = {}): Promise<FakeKraken> {
  const now = options.now ?? Date.now;
  const lockoutAfter = options.lockoutAfter ?? 5;
  const lockoutMs = options.lockoutMs ?? 15 * 60_000;
  const keys = new Map<string, KeyState>();
  const keyFaults = new Map<string, Fault>();
  let globalFault: Fault = { mode: 'none' };
  let clientAddress: string | null = options.clientAddress ?? null;
  let keyInfoKnown = true;
  const requests: RecordedRequest[] = [];

  function addKey(config: FakeKeyConfig): void {
    keys.set(config.apiKey, {
      config,
      highestNonce: BigInt(config.highestNonce ?? '0'),
      failures: 0,
      lockedUntil: 0,
      lastUsed: config.lastUsed === undefined ? DEFAULT_LAST_USED : config.lastUsed,
    });
    if (config.fault) keyFaults.set(config.apiKey, config.fault);
    else keyFaults.delete(config.apiKey);
  }

  function reset(): void {
    keys.clear();
    keyFaults.clear();
    globalFault = { mode: 'none' };
    clientAddress = options.clientAddress ?? null;
    keyInfoKnown = true;
    requests.length = 0;
    for (const config of options.keys ?? []) addKey(config);
  }
  reset();

  function fail(state: KeyState, error: string): KrakenAnswer {
    state.failures += 1;
    if (state.failures >= lockoutAfter) state.lockedUntil = now() + lockoutMs;
    return { error: [error] };
  }

  function authenticate(
    req: IncomingMessage,
    path: string,
    body: string,
    json: boolean,
  ): { answer: KrakenAnswer } | { state: KeyState; nonce: bigint } {
    const apiKey = String(req.headers['api-key'] ?? '');
    const state = keys.get(apiKey);
    if (!state) return { answer: { error: ['EAPI:Invalid key'] } };
    if (state.lockedUntil > now()) return { answer: { error: ['EGeneral:Temporary lockout'] } };
    const expected = krakenSignature(state.config.privateKey, path, body, json);
    if (!signatureMatches(expected, String(req.headers['api-sign'] ?? ''))) {
      return { answer: fail(state, 'EAPI:Invalid signature') };
    }
    const raw = nonceOf(body, json);
    if (!/^\d{1,40}$/.test(raw)) return { answer: fail(state, 'EAPI:Invalid nonce') };
    const nonce = BigInt(raw);
    if (nonce <= state.highestNonce - BigInt(state.config.nonceWindow ?? 0)) {
      return { answer: fail(state, 'EAPI:Invalid nonce') };
    }
    if (nonce > state.highestNonce) state.highestNonce = nonce;
    state.failures = 0;
    return { state, nonce };
  }

  async function applyFault(
    fault: Fault,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<boolean> {
    switch (fault.mode) {
      case 'none':
        return false;
      case 'slow':
        await sleep(fault.delayMs ?? 15_000);
        return false;
      case '5xx':
        res.writeHead(502, { 'Content-Type': 'text/plain' });
        res.end('Bad Gateway');
        return true;
      case 'html':
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<!doctype html><html><body><h1>Scheduled maintenance</h1></body></html>');
        return true;
      case 'garbage':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(Buffer.from([0x7b, 0x22, 0xff, 0x00, 0x13, 0x37, 0x5d]));
        return true;
      case 'reset':
        req.socket.destroy();
        return true;
      case 'hang':
        return true;
      case 'error':
        sendJson(res, 200, { error: [fault.error ?? 'EGeneral:Internal error'] });
        return true;
    }
  }

  async function handleControl(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<void> {
    const text = req.method === 'GET' || req.method === 'DELETE' ? '' : await readBody(req);
    const input = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    const route = `${req.method} ${path}`;
    switch (route) {
      case 'GET /__control/requests':
        return sendJson(res, 200, requests);
      case 'DELETE /__control/requests':
        requests.length = 0;
        return sendJson(res, 200, { ok: true });
      case 'GET /__control/state-changing':
        return sendJson(
          res,
          200,
          requests.filter((r) => r.stateChanging),
        );
      case 'POST /__control/keys':
        addKey(input as unknown as FakeKeyConfig);
        return sendJson(res, 200, { ok: true });
      case 'POST /__control/fault': {
        const { apiKey, ...fault } = input as unknown as { apiKey?: string } & Fault;
        fake.setFault(fault, apiKey);
        return sendJson(res, 200, { ok: true });
      }
      case 'POST /__control/key-info':
        keyInfoKnown = input['known'] !== false;
        return sendJson(res, 200, { ok: true });
      case 'POST /__control/client-address':
        clientAddress = typeof input['address'] === 'string' ? input['address'] : null;
        return sendJson(res, 200, { ok: true });
      case 'POST /__control/reset':
        reset();
        return sendJson(res, 200, { ok: true });
      default:
        return sendJson(res, 404, { error: [`unknown control route ${route}`] });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    if (path.startsWith('/__control/')) return handleControl(req, res, path);

    const body = await readBody(req);
    const json = /^application\/json\b/i.test(String(req.headers['content-type'] ?? ''));
    const form = json ? new URLSearchParams() : new URLSearchParams(body);
    const match = /^\/0\/private\/([A-Za-z/]+)$/.exec(path);
    const method = match?.[1] ?? null;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    requests.push({
      at: now(),
      httpMethod: req.method ?? '',
      path,
      method,
      headers,
      body,
      nonce: nonceOf(body, json) || null,
      stateChanging: isStateChanging(method, form),
    });

    const apiKey = String(req.headers['api-key'] ?? '');
    const fault = keyFaults.get(apiKey) ?? globalFault;
    if (await applyFault(fault, req, res)) return;

    if (req.method !== 'POST' || method === null) {
      return sendJson(res, 404, { error: ['EGeneral:Unknown method'] });
    }
    const auth = authenticate(req, path, body, json);
    if ('answer' in auth) return sendJson(res, 200, auth.answer);
    const peer = clientAddress ?? req.socket.remoteAddress ?? '';
    if (!addressAllowed(auth.state.config.ipAllowlist, peer)) return sendJson(res, 200, DENIED);
    const { state } = auth;
    let answer: KrakenAnswer;
    if (method === 'GetApiKeyInfo') {
      const known = (options.keyInfo ?? true) && state.config.keyInfo !== false && keyInfoKnown;
      answer = known
        ? keyInfo(state.config, state, auth.nonce)
        : { error: ['EGeneral:Unknown method'] };
    } else {
      answer = answerCall(method, form, state.config);
    }
    state.lastUsed = Math.floor(now() / 1000);
    return sendJson(res, 200, answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 400, { error: ['EGeneral:Invalid arguments'] });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;

  const fake: FakeKraken = {
    url: `http://${host}:${port}`,
    port,
    get requests() {
      return requests;
    },
    get stateChangingCalls() {
      return requests.filter((r) => r.stateChanging);
    },
    addKey,
    setFault(fault, apiKey) {
      if (apiKey === undefined) globalFault = fault;
      else keyFaults.set(apiKey, fault);
    },
    setClientAddress(address) {
      clientAddress = address;
    },
    setKeyInfoKnown(known) {
      keyInfoKnown = known;
    },
    highestNonce(apiKey) {
      const state = keys.get(apiKey);
      return state ? state.highestNonce.toString() : null;
    },
    clearRequests() {
      requests.length = 0;
    },
    reset,
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return fake;
}
