/**
 * The probe relay's limits. Kraken counts calls per key (a full probe run nearly fills a
 * key's counter) and may lock out the address calls come from, so:
 *
 * - one batch per API key per 30 s, shared by every client;
 * - a budget per client address (its /64 for IPv6), where a batch that Kraken answers
 *   "invalid key" or "invalid signature" costs several times a good one: guessing keys
 *   through the relay would get the relay's own address locked out;
 * - caps on batches per minute and on relays running at once for the whole relay;
 * - after Kraken answers a key with a lockout or rate limit, a 30-second pause for that
 *   key, and the address that caused it has spent its whole budget: someone who knows just
 *   an API key can hold the owner's check off for 30 s at most, and the key's fingerprint
 *   is still never held for longer than 30 s.
 *
 * Key windows live in their own store, never evicted while they run; client counters in
 * another, which may drop its oldest entries when full. The API key is never stored: the
 * limiter keys on its SHA-256.
 */
import type { KrakenErrorCategory } from '../kraken/errors';
import { explainKrakenError, HALTING_CATEGORIES } from '../kraken/errors';
import type { CallOutcome } from '../kraken/relay';
import { createMemoryStore } from './memory';
import type { RateLimitStore } from './store';

export interface Limit {
  limit: number;
  windowMs: number;
}

export const PER_KEY: Limit = { limit: 1, windowMs: 30_000 };
export const PER_CLIENT: Limit = { limit: 10, windowMs: 10 * 60_000 };
/** All batches, all clients. Kraken sees every call come from the relay's address. */
export const GLOBAL: Limit = { limit: 120, windowMs: 60_000 };
export const MAX_CONCURRENT = 16;
/** What a batch answered "invalid key" or "invalid signature" costs a client, in batches. */
export const INVALID_CREDENTIALS_COST = 3;
/** Kraken answered a lockout or rate limit: nobody runs this key for this long. */
export const KEY_PAUSE_MS = 30_000;

/** A client told "busy" may try again this soon: a batch takes a few seconds at most. */
const BUSY_RETRY_SECONDS = 5;

export type LimitScope = 'key' | 'client' | 'global' | 'busy';

/** What a refusal's words may name: the limit that was reached, its window, when to retry. */
export interface LimitValues {
  limit: number;
  windowMs: number;
  retryAfterSeconds: number;
}

export type LimitDecision =
  | { allowed: true; ticket: Ticket }
  | {
      allowed: false;
      scope: LimitScope;
      retryAfterSeconds: number;
      values: LimitValues;
    };

/** What the limiter needs back after the relay ran. */
export interface Ticket {
  keyHash: string;
  client: string;
  done: boolean;
}

export interface ProbeLimiter {
  /** Before relaying: may this client run a batch for this key now? */
  admit(apiKey: string, client: string, nowMs: number): Promise<LimitDecision>;
  /** After relaying (or failing to): Kraken's answers adjust the limits. Call exactly once. */
  settle(ticket: Ticket, outcomes: readonly CallOutcome[], nowMs: number): Promise<void>;
}

/** The limiter this module makes, which says how many slots are taken. */
export interface SlotLimiter extends ProbeLimiter {
  /** Batches admitted and not yet settled (or being admitted): never above `maxConcurrent`. */
  readonly running: number;
}

/** Hex SHA-256 of the API key, with Web Crypto. */
export async function hashApiKey(apiKey: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(apiKey));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Answers that prove only that the signer lacks the key. */
const INVALID_CREDENTIALS: ReadonlySet<KrakenErrorCategory> = new Set([
  'invalid-key',
  'invalid-signature',
]);

/** The categories of every error Kraken answered in the batch, read by Kraken's error table. */
function categories(outcomes: readonly CallOutcome[]): Set<KrakenErrorCategory> {
  const found = new Set<KrakenErrorCategory>();
  for (const outcome of outcomes) {
    if (outcome.outcome !== 'error') continue;
    for (const error of outcome.errors) found.add(explainKrakenError(error).category);
  }
  return found;
}

export interface ProbeLimiterOptions {
  /** Client counters (may drop the oldest when full). */
  clients?: RateLimitStore;
  /** Key windows, pauses and the global counter (never dropped while live). */
  keys?: RateLimitStore;
  perKey?: Limit;
  perClient?: Limit;
  global?: Limit;
  maxConcurrent?: number;
}

export function createProbeLimiter({
  clients = createMemoryStore({ whenFull: 'oldest' }),
  keys = createMemoryStore({ whenFull: 'refuse' }),
  perKey = PER_KEY,
  perClient = PER_CLIENT,
  global = GLOBAL,
  maxConcurrent = MAX_CONCURRENT,
}: ProbeLimiterOptions = {}): SlotLimiter {
  let running = 0;
  const keyId = (hash: string) => `key:${hash}`;
  const causerId = (hash: string, client: string) => `pause:${hash}:${client}`;
  const keyRefusal = (retryAfterSeconds: number): LimitDecision => ({
    allowed: false,
    scope: 'key',
    retryAfterSeconds,
    values: { limit: perKey.limit, windowMs: perKey.windowMs, retryAfterSeconds },
  });

  const clientRefusal = (retryAfterSeconds: number): LimitDecision => ({
    allowed: false,
    scope: 'client',
    retryAfterSeconds,
    values: { limit: perClient.limit, windowMs: perClient.windowMs, retryAfterSeconds },
  });
  const clientKey = (client: string) => `client:${client}`;

  /**
   * Every refusal but the client's own is decided before the client is charged: a client
   * told "busy" or "the relay is full" has run nothing and keeps its budget. The client is
   * charged last; only a race with its own other requests can refuse it there, and then the
   * key window it just took is given back.
   */
  async function decide(apiKey: string, client: string, nowMs: number): Promise<LimitDecision> {
    const spent = await clients.peek(clientKey(client), perClient.limit, nowMs);
    if (spent > 0) return clientRefusal(spent);
    const all = await keys.hit('global', global.windowMs, global.limit, nowMs);
    if (!all.allowed) {
      return {
        allowed: false,
        scope: 'global',
        retryAfterSeconds: all.retryAfterSeconds,
        values: {
          limit: global.limit,
          windowMs: global.windowMs,
          retryAfterSeconds: all.retryAfterSeconds,
        },
      };
    }
    const keyHash = await hashApiKey(apiKey);
    const paused = await keys.peek(causerId(keyHash, client), 1, nowMs);
    if (paused > 0) return keyRefusal(paused);
    const window = await keys.hit(keyId(keyHash), perKey.windowMs, perKey.limit, nowMs);
    if (!window.allowed) return keyRefusal(window.retryAfterSeconds);
    const charged = await clients.hit(
      clientKey(client),
      perClient.windowMs,
      perClient.limit,
      nowMs,
    );
    if (!charged.allowed) {
      await keys.release(keyId(keyHash));
      return clientRefusal(charged.retryAfterSeconds);
    }
    return { allowed: true, ticket: { keyHash, client, done: false } };
  }

  return {
    async admit(apiKey, client, nowMs) {
      // The slot is taken before the first await: concurrent admissions cannot all see a
      // free slot and then all take one. It is given back on every path that does not relay.
      if (running >= maxConcurrent) {
        return {
          allowed: false,
          scope: 'busy',
          retryAfterSeconds: BUSY_RETRY_SECONDS,
          values: { limit: maxConcurrent, windowMs: 0, retryAfterSeconds: BUSY_RETRY_SECONDS },
        };
      }
      running += 1;
      let decision: LimitDecision | null = null;
      try {
        decision = await decide(apiKey, client, nowMs);
        return decision;
      } finally {
        if (decision === null || !decision.allowed) running -= 1;
      }
    },

    get running() {
      return running;
    },

    async settle(ticket, outcomes, nowMs) {
      if (ticket.done) return;
      ticket.done = true;
      running = Math.max(0, running - 1);
      const answered = [...categories(outcomes)];
      // The same errors after which the relay sends nothing more for the key (rate limits,
      // throttles, lockouts, account errors) pause it here for everyone.
      if (answered.some((category) => HALTING_CATEGORIES.has(category))) {
        // Everyone waits 30 s for this key; the address that got the answer has spent its
        // budget, so it cannot renew the pause the moment it ends.
        await keys.block(keyId(ticket.keyHash), nowMs + KEY_PAUSE_MS, nowMs);
        await clients.block(clientKey(ticket.client), nowMs + perClient.windowMs, nowMs);
      } else if (answered.some((category) => INVALID_CREDENTIALS.has(category))) {
        // The batch proved only that its signer lacks the key: it must not hold the owner
        // off. The client pays instead.
        await keys.release(keyId(ticket.keyHash));
        await keys.block(causerId(ticket.keyHash, ticket.client), nowMs + perKey.windowMs, nowMs);
        await clients.hit(
          clientKey(ticket.client),
          perClient.windowMs,
          perClient.limit,
          nowMs,
          INVALID_CREDENTIALS_COST - 1,
        );
      }
    },
  };
}
