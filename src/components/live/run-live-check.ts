/**
 * The live check's one round trip, kept apart from the island so it can be
 * tested without a browser: sign the batch here (GetApiKeyInfo first, then the
 * probes the relay sends only if Kraken cannot describe the key), post the API
 * key and the signatures to this site's relay, and turn whatever comes back (or
 * nothing) into one outcome the island renders. The private key goes only
 * into Web Crypto (buildProbeBatch); it is never put in a request, a URL,
 * storage or the console, and no error message quotes it.
 */
import type { GuideForm } from '../../lib/guide/links';
import type { LiveAbout } from '../../lib/kraken/live-about';
import {
  clockOffset,
  createNonceClock,
  describeSkew,
  serverTimeFromDate,
  SKEW_NOTE_MS,
  type NonceClock,
} from '../../lib/kraken/clock';
import { buildProbeBatch, LIVE_CALLS, PROBES } from '../../lib/kraken/probes';
import { PRIVATE_KEY_BYTES } from '../../lib/profile/kraken';
import { normalizeKey } from '../../lib/rules/keys';
import type { Check } from '../../lib/rules/finding';
import type { LiveUi } from '../../lib/messages/live-types';
import { DEFAULT_LANG } from '../../lib/messages/types';

export const PROBE_PATH = '/api/kraken/probe';
/** The relay gives up after 30 s per batch; the page waits a little longer for its answer. */
export const CLIENT_TIMEOUT_MS = 40_000;
/** How many requests the browser signs: GetApiKeyInfo and the whole read-only probe set. */
export const PROBE_COUNT = LIVE_CALLS.length;
/** How many of them are probes, sent only when GetApiKeyInfo cannot be used. */
export const FALLBACK_PROBE_COUNT = PROBES.length;

export type { LiveAbout } from '../../lib/kraken/live-about';

export type LiveOutcome =
  /** The relay ran the batch: Kraken's answers, as checks. */
  | {
      kind: 'checks';
      checks: Check[];
      egressIps: string[];
      about: LiveAbout | null;
      clockNote?: string;
    }
  /** Nothing was sent: the typed values cannot be used. */
  | { kind: 'input'; message: string }
  /** The relay refused or could not run the check (400–502). */
  | {
      kind: 'refused';
      status: number;
      code: string;
      message: string;
      retryAfterSeconds?: number;
      clockNote?: string;
    }
  /** No answer from this site's server at all. */
  | { kind: 'unreachable'; message: string };

interface RelayError {
  error: { status: number; message: string; code: string; serverTime?: number };
}

/** The relay's refusals that mean only "this device's clock is off": corrected and retried once. */
const CLOCK_CODES = new Set(['nonce-ahead', 'nonce-behind']);

function isRelayError(value: unknown): value is RelayError {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

function isChecksBody(
  value: unknown,
): value is { checks: Check[]; egressIps?: string[]; about?: LiveAbout } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { checks?: unknown }).checks)
  );
}

/** Base64 that decodes to a private key's 64 bytes; anything else cannot sign. */
function privateKeyProblem(privateKey: string, ui: LiveUi): string | null {
  if (privateKey === '') return ui.enterPrivateKey;
  try {
    if (atob(privateKey).length === PRIVATE_KEY_BYTES) return null;
  } catch {
    // Not base64: the message below says so, without quoting the value.
  }
  return ui.notPrivateKey;
}

function retryAfter(header: string | null): number | undefined {
  const seconds = Number(header);
  return header !== null && Number.isFinite(seconds) && seconds >= 0
    ? Math.ceil(seconds)
    : undefined;
}

export interface RunOptions {
  apiKey: string;
  privateKey: string;
  form: GuideForm;
  /** The page's words (its language's catalogue). */
  ui: LiveUi;
  /** The page's language, asked of the relay for the checks' words. */
  lang: string;
  /** The service's range as entered on the page, for the relay to compare Kraken's allowlist with. */
  serviceRange?: string | undefined;
  fetch?: typeof fetch;
  /** The device's clock; the nonces follow it, corrected by the server's time. */
  now?: () => number;
  /** Where the nonces come from; one per page by default, so they increase across checks. */
  clock?: NonceClock;
  timeoutMs?: number;
}

/** One per page: its nonces strictly increase across every check run in the page. */
const pageClock = createNonceClock();

type Posted =
  | { ok: true; response: Response; json: unknown; offsetMs: number | null }
  | { ok: false; outcome: LiveOutcome };

/** Signs a batch with the clock as corrected so far, posts it, reads the answer and the server's time. */
async function signAndPost(
  options: RunOptions & { apiKey: string; privateKey: string; clock: NonceClock },
): Promise<Posted & { mark: number }> {
  const { clock } = options;
  const now = options.now ?? Date.now;
  const mark = clock.mark();
  let body: string;
  try {
    const batch = await buildProbeBatch({
      apiKey: options.apiKey,
      privateKey: options.privateKey,
      form: options.form,
      serviceRange: options.serviceRange,
      nonces: () => clock.next(),
    });
    body = JSON.stringify(batch);
  } catch {
    clock.rollback(mark);
    return { ok: false, outcome: { kind: 'input', message: options.ui.cannotSign }, mark };
  }

  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  const sentAtMs = now();
  try {
    response = await doFetch(PROBE_PATH, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        'Accept-Language': options.lang,
      },
      body,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? CLIENT_TIMEOUT_MS),
    });
  } catch (error) {
    const late = error instanceof Error && error.name === 'TimeoutError';
    return {
      ok: false,
      mark,
      outcome: {
        kind: 'unreachable',
        message: late ? options.ui.late : options.ui.unreachable,
      },
    };
  }
  const receivedAtMs = now();
  const json: unknown = await response.json().catch(() => null);
  // The relay's nonce refusals carry its clock in milliseconds; every answer has a Date.
  const exact = isRelayError(json) ? json.error.serverTime : undefined;
  const serverTimeMs =
    typeof exact === 'number' && Number.isFinite(exact)
      ? exact
      : serverTimeFromDate(response.headers.get('Date'));
  const offsetMs =
    serverTimeMs === null ? null : clockOffset({ serverTimeMs, sentAtMs, receivedAtMs });
  return { ok: true, response, json, offsetMs, mark };
}

/**
 * Signs, posts and reads the answer. Never throws. When the relay refuses the nonces
 * because this device's clock is off, the page learns the server's time from that
 * refusal, signs again with the corrected clock and retries once; the outcome then
 * carries a note saying by how much the clock is off.
 */
export async function runLiveCheck(options: RunOptions): Promise<LiveOutcome> {
  const apiKey = normalizeKey(options.apiKey);
  const privateKey = normalizeKey(options.privateKey);
  const { ui } = options;
  if (apiKey === '') return { kind: 'input', message: ui.enterApiKey };
  const problem = privateKeyProblem(privateKey, ui);
  if (problem) return { kind: 'input', message: problem };

  const clock = options.clock ?? pageClock;
  const run = { ...options, apiKey, privateKey, clock };
  // An earlier check in this page may have corrected the clock already.
  let corrected = Math.abs(clock.offsetMs) >= SKEW_NOTE_MS;
  let posted = await signAndPost(run);
  if (
    posted.ok &&
    isRelayError(posted.json) &&
    CLOCK_CODES.has(posted.json.error.code) &&
    posted.offsetMs !== null
  ) {
    // Nothing reached Kraken: the refused nonces may be handed out again, corrected.
    clock.rollback(posted.mark);
    clock.correct(posted.offsetMs);
    corrected = true;
    posted = await signAndPost(run);
  } else if (posted.ok && posted.offsetMs !== null && Math.abs(posted.offsetMs) >= SKEW_NOTE_MS) {
    // Accepted, but the clock is off: sign the next checks in this page with the server's time.
    clock.correct(posted.offsetMs);
  }
  if (!posted.ok) return posted.outcome;
  const { response, json } = posted;
  const skew = corrected ? clock.offsetMs : (posted.offsetMs ?? 0);
  const note = describeSkew(skew, corrected, ui);
  const clockNote = note === null ? {} : { clockNote: note };

  if (response.ok && isChecksBody(json)) {
    return {
      kind: 'checks',
      checks: json.checks,
      egressIps: json.egressIps ?? [],
      about: json.about ?? null,
      ...clockNote,
    };
  }
  const status = response.status;
  const seconds = status === 429 ? retryAfter(response.headers.get('Retry-After')) : undefined;
  // The relay words its refusals in the language asked for and names it; the site's edge (a
  // cross-site request, a wrong content type) answers in the server's default, English. A
  // message in another language than the page's is left out: the page words its status.
  const answeredIn = response.headers.get('Content-Language') ?? DEFAULT_LANG;
  const relayMessage = isRelayError(json) && answeredIn === options.lang ? json.error.message : '';
  const code = isRelayError(json) ? json.error.code : 'unexpected';
  if (response.ok || (!isRelayError(json) && status < 500)) {
    return {
      kind: 'refused',
      status,
      code,
      message: ui.notUnderstood(status),
    };
  }
  if (status >= 500 && !isRelayError(json)) {
    return {
      kind: 'refused',
      status,
      code,
      message: ui.serverFailed(status),
    };
  }
  return {
    kind: 'refused',
    status,
    code,
    message: ui.refusal(status, code, relayMessage),
    ...(seconds !== undefined ? { retryAfterSeconds: seconds } : {}),
    ...clockNote,
  };
}
