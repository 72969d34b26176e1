/**
 * Forwards a validated batch to Kraken, one call at a time in nonce order.
 * Runtime-agnostic (fetch, AbortController, timers). Returns only what the checks need:
 * the method and Kraken's error strings, never a probe's result payload (balances,
 * ledger entries, WebSocket tokens stay on the server and are dropped). GetApiKeyInfo's
 * result is parsed and cut down to the key's configuration (no `iban`, no API key); when
 * it arrives, the probes after it are not sent. Nothing here logs the API key or a signature.
 */
import { z } from 'astro/zod';
import { readBodyBytes } from '../http/body';
import { decidingError, explainKrakenError, isKrakenError } from './errors';
import { KeyInfoSchema, parseKeyInfo, type KeyInfo } from './key-info';
import { KEY_INFO_METHOD, RELAY_METHODS, privatePath } from './probes';
import type { ValidBatch } from './relay-policy';
import type { NoAnswerReason, NotSentReason } from './reasons';

export const CALL_TIMEOUT_MS = 10_000;
export const BATCH_TIMEOUT_MS = 30_000;
/** Kraken's answers to the probes are a few KB; anything past this is not Kraken. */
export const ANSWER_LIMIT_BYTES = 1024 * 1024;

const MethodSchema = z.enum(RELAY_METHODS);

const Status = z.number().int();
/** Why a call has no answer, as a code and values (reasons.ts); the page words it. */
const NoAnswerSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('http-status'), status: Status }),
  z.object({ code: z.literal('too-large'), status: Status }),
  z.object({ code: z.literal('html'), status: Status }),
  z.object({ code: z.literal('not-json'), status: Status }),
  z.object({ code: z.literal('not-kraken'), status: Status }),
  z.object({ code: z.literal('timeout'), seconds: z.number() }),
  z.object({ code: z.literal('out-of-time') }),
  z.object({ code: z.literal('connection') }),
  z.object({ code: z.literal('page-closed') }),
]) satisfies z.ZodType<NoAnswerReason>;
const NotSentSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('page-closed') }),
  z.object({ code: z.literal('out-of-time') }),
  z.object({ code: z.literal('described') }),
  z.object({ code: z.literal('earlier-no-answer') }),
  z.object({ code: z.literal('kraken-stopped'), error: z.string() }),
]) satisfies z.ZodType<NotSentReason>;

export const CallOutcomeSchema = z.discriminatedUnion('outcome', [
  /** Kraken answered with an empty error list; for GetApiKeyInfo, with the key's configuration. */
  z.object({ method: MethodSchema, outcome: z.literal('ok'), info: KeyInfoSchema.optional() }),
  /** GetApiKeyInfo answered with none of the settings the checks read: the probes run instead. */
  z.object({ method: MethodSchema, outcome: z.literal('unusable') }),
  /** Kraken answered with one or more error strings. */
  z.object({ method: MethodSchema, outcome: z.literal('error'), errors: z.array(z.string()) }),
  /** No usable answer: timeout, reset, 5xx, HTML or garbage. */
  z.object({ method: MethodSchema, outcome: z.literal('unavailable'), reason: NoAnswerSchema }),
  /** Not sent, because an earlier answer stopped the batch. */
  z.object({ method: MethodSchema, outcome: z.literal('skipped'), reason: NotSentSchema }),
]);
export type CallOutcome = z.infer<typeof CallOutcomeSchema>;

export interface RelayOptions {
  /** e.g. `https://api.kraken.com`, no trailing path. */
  baseUrl: string;
  fetch?: typeof fetch;
  callTimeoutMs?: number;
  batchTimeoutMs?: number;
  /** The client's request: when it goes away, nothing more is sent for it. */
  signal?: AbortSignal;
}

const KrakenAnswerSchema = z.object({ error: z.array(z.string()), result: z.unknown().optional() });

type Answer =
  | { outcome: 'ok'; result?: unknown }
  | { outcome: 'error'; errors: string[] }
  | { outcome: 'unavailable'; reason: NoAnswerReason };

async function readAnswer(response: Response): Promise<Answer> {
  const body = await readBodyBytes(response, { limit: ANSWER_LIMIT_BYTES });
  if (!body.ok) {
    return { outcome: 'unavailable', reason: { code: 'too-large', status: response.status } };
  }
  const text = new TextDecoder().decode(body.bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const code = /^\s*</.test(text) ? 'html' : 'not-json';
    return { outcome: 'unavailable', reason: { code, status: response.status } };
  }
  const parsed = KrakenAnswerSchema.safeParse(json);
  if (!parsed.success) {
    return { outcome: 'unavailable', reason: { code: 'not-kraken', status: response.status } };
  }
  const errors = parsed.data.error.filter(isKrakenError);
  if (errors.length > 0) return { outcome: 'error', errors };
  if (!response.ok) {
    return { outcome: 'unavailable', reason: { code: 'http-status', status: response.status } };
  }
  return { outcome: 'ok', result: parsed.data.result };
}

type KeyInfoOutcome =
  { outcome: 'ok'; info: KeyInfo } | { outcome: 'unusable' } | Exclude<Answer, { outcome: 'ok' }>;

/** GetApiKeyInfo's answer: the key's configuration (whole or in part), or unusable. */
function keyInfoOutcome(answer: Answer): KeyInfoOutcome {
  if (answer.outcome !== 'ok') return answer;
  const parsed = parseKeyInfo(answer.result);
  return parsed.ok ? { outcome: 'ok', info: parsed.info } : { outcome: 'unusable' };
}

/**
 * After GetApiKeyInfo: why the probes need not (or must not) be sent; null to send them.
 * They run only when Kraken does not know the method or its answer holds nothing the
 * checks read: no probe can change a rate limit, a lockout, an account's state, a refused
 * key or an outage, and more calls make the first three worse.
 */
function afterKeyInfo(outcome: KeyInfoOutcome): NotSentReason | null {
  switch (outcome.outcome) {
    case 'ok':
      return { code: 'described' };
    case 'unusable':
      return null;
    case 'unavailable':
      return { code: 'earlier-no-answer' };
    case 'error': {
      const error = decidingError(outcome.errors);
      return error.category === 'unknown-method'
        ? null
        : { code: 'kraken-stopped', error: error.code };
    }
  }
}

/**
 * One abort signal for a call: it fires at the call's own deadline or at the batch's,
 * whichever comes first, with one timer (cheaper than AbortSignal.timeout twice and
 * AbortSignal.any per call, which showed in the relay's per-probe cost). `done()` clears it.
 */
function callDeadline(callTimeoutMs: number, batchDeadline: number, client?: AbortSignal) {
  const controller = new AbortController();
  const onGone = () => controller.abort(new DOMException('The client went away.', 'AbortError'));
  client?.addEventListener('abort', onGone, { once: true });
  const callEnds = Date.now() + callTimeoutMs;
  const batchFirst = batchDeadline <= callEnds;
  const timer = setTimeout(
    () => controller.abort(new DOMException('The call timed out.', 'TimeoutError')),
    Math.max(0, Math.min(callEnds, batchDeadline) - Date.now()),
  );
  return {
    signal: controller.signal,
    batchFirst,
    done: () => {
      clearTimeout(timer);
      client?.removeEventListener('abort', onGone);
    },
  };
}

function failureReason(
  error: unknown,
  deadline: { signal: AbortSignal; batchFirst: boolean },
  callTimeoutMs: number,
  client?: AbortSignal,
): NoAnswerReason {
  if (client?.aborted) return { code: 'page-closed' };
  const late: NoAnswerReason = { code: 'timeout', seconds: callTimeoutMs / 1000 };
  if (deadline.signal.aborted) return deadline.batchFirst ? { code: 'out-of-time' } : late;
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError' || name === 'TimeoutError') return late;
  return { code: 'connection' };
}

/** Sends the batch; stops at the first answer that makes the rest pointless or harmful. */
export async function relayBatch(batch: ValidBatch, options: RelayOptions): Promise<CallOutcome[]> {
  const doFetch = options.fetch ?? globalThis.fetch;
  const callTimeout = options.callTimeoutMs ?? CALL_TIMEOUT_MS;
  const batchDeadline = Date.now() + (options.batchTimeoutMs ?? BATCH_TIMEOUT_MS);
  const base = options.baseUrl.replace(/\/+$/, '');
  const outcomes: CallOutcome[] = [];
  let stopReason: NotSentReason | null = null;

  for (const request of batch.requests) {
    const { method } = request;
    if (stopReason === null && options.signal?.aborted) {
      stopReason = { code: 'page-closed' };
    }
    if (stopReason === null && Date.now() >= batchDeadline) {
      stopReason = { code: 'out-of-time' };
    }
    if (stopReason !== null) {
      outcomes.push({ method, outcome: 'skipped', reason: stopReason });
      continue;
    }

    const deadline = callDeadline(callTimeout, batchDeadline, options.signal);
    let answer: Answer;
    try {
      const response = await doFetch(`${base}${privatePath(method)}`, {
        method: 'POST',
        headers: {
          'API-Key': batch.apiKey,
          'API-Sign': request.signature,
          'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
          Accept: 'application/json',
        },
        body: request.body,
        signal: deadline.signal,
        redirect: 'error',
      });
      answer = await readAnswer(response);
    } catch (error) {
      answer = {
        outcome: 'unavailable',
        reason: failureReason(error, deadline, callTimeout, options.signal),
      };
    } finally {
      deadline.done();
    }
    if (method === KEY_INFO_METHOD) {
      const info = keyInfoOutcome(answer);
      outcomes.push({ method, ...info });
      stopReason = afterKeyInfo(info);
      if (stopReason !== null) continue;
    } else {
      outcomes.push(answer.outcome === 'ok' ? { method, outcome: 'ok' } : { method, ...answer });
    }

    if (answer.outcome === 'unavailable') {
      stopReason = { code: 'earlier-no-answer' };
    } else if (answer.outcome === 'error') {
      const stopping = answer.errors.map(explainKrakenError).find((info) => info.stops);
      if (stopping) stopReason = { code: 'kraken-stopped', error: stopping.code };
    }
  }
  return outcomes;
}
