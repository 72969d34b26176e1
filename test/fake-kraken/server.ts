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
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  addressAllowed,
  answerCall,
  DENIED,
  isStateChanging,
  keyInfo,
  krakenSignature,
  nonceOf,
  signatureMatches,
} from './answers.ts';
import { applyFault, readBody, sendJson } from './http.ts';
import {
  DEFAULT_LAST_USED,
  type Fault,
  type FakeKeyConfig,
  type FakeKrakenOptions,
  type KeyState,
  type KrakenAnswer,
  type RecordedRequest,
} from './model.ts';

export * from './model.ts';
export { krakenSignature, nonceOf } from './answers.ts';

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
