/**
 * The words of the relay's own refusals (POST /api/kraken/probe), one catalogue per language.
 * The relay's policy and limiter return codes and values; the handler words them in the
 * language the page asked for, so that a page shows the relay's message as it comes.
 */
import type { RefusalCode, RefusalValues } from '../kraken/relay-policy';
import type { LimitScope, LimitValues } from '../ratelimit/probe-limits';

export interface RelayWords {
  /** Why the batch is not forwarded (HTTP 400). */
  refusal: { readonly [C in RefusalCode]: (values: RefusalValues) => string };
  /** Why not now (HTTP 429; 503 when busy). */
  limit: { readonly [S in LimitScope]: (values: LimitValues) => string };
  /** The server could not tell the client's address. */
  clientUnknown: string;
  /** Anything unexpected: nothing more is said, the request could hold the key. */
  relayFailed: string;
}
