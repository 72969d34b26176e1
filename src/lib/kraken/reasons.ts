/**
 * Why the relay has no answer to a call, or did not send it: codes and values
 * (an HTTP status, a timeout in seconds, Kraken's error string), which each
 * language's live catalogue turns into words. No zod here: the catalogues
 * import these types.
 */

/** A call that was sent and got no usable answer. */
export type NoAnswerReason =
  /** Kraken answered an HTTP error status with a valid, empty error list. */
  | { code: 'http-status'; status: number }
  /** The body was over the relay's limit. */
  | { code: 'too-large'; status: number }
  | { code: 'html'; status: number }
  | { code: 'not-json'; status: number }
  /** JSON, but not `{ error: [...], result }`. */
  | { code: 'not-kraken'; status: number }
  /** No answer within the call's own timeout. */
  | { code: 'timeout'; seconds: number }
  /** The batch's deadline came first. */
  | { code: 'out-of-time' }
  | { code: 'connection' }
  | { code: 'page-closed' };

/** A call that was not sent, because of what came before it. */
export type NotSentReason =
  | { code: 'page-closed' }
  | { code: 'out-of-time' }
  /** GetApiKeyInfo reported the key's configuration: no probe is needed. */
  | { code: 'described' }
  | { code: 'earlier-no-answer' }
  /** Kraken answered an earlier call with an error that stops the batch. */
  | { code: 'kraken-stopped'; error: string };
