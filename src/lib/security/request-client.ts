/**
 * The client of an Astro request, for every endpoint that counts clients: the adapter's
 * peer address through resolveClientAddress, with the configured trusted proxies.
 */
import {
  parseTrustedProxies,
  resolveClientAddress,
  type ClientAddress,
  type Range,
} from './client-address.js';

const parsed = new Map<string, Range[]>();

/** TRUSTED_PROXIES parsed once; an invalid value throws with a message naming it. */
export function trustedProxyRanges(text: string | undefined): Range[] {
  const source = text ?? '';
  const cached = parsed.get(source);
  if (cached) return cached;
  const result = parseTrustedProxies(source);
  if (!result.ok) throw new Error(result.message);
  parsed.set(source, result.ranges);
  return result.ranges;
}

interface AstroLike {
  request: Request;
  /** Throws when the adapter cannot tell. */
  readonly clientAddress: string;
  locals: object;
}

/**
 * On Node, Astro's `clientAddress` is the socket's peer (this site sets no allowed domains,
 * so Astro reads no forwarding header): the proxies, if any, are resolved here. On Netlify,
 * it is the platform's own client address, which no client can forge: no proxy applies.
 */
export function clientOf(context: AstroLike, trustedProxies: string | undefined): ClientAddress {
  let peer: string | undefined;
  try {
    peer = context.clientAddress;
  } catch {
    peer = undefined;
  }
  const platform = 'netlify' in context.locals;
  let ranges: Range[] = [];
  if (!platform) {
    try {
      ranges = trustedProxyRanges(trustedProxies);
    } catch (error) {
      // The server script refuses to start with such a value; any other host gets a 503
      // that says why in its log, never a guess at who the client is.
      console.error(error instanceof Error ? error.message : 'TRUSTED_PROXIES is invalid.');
      return { ok: false, reason: 'TRUSTED_PROXIES is invalid' };
    }
  }
  return resolveClientAddress({
    peer,
    forwardedFor: platform ? null : context.request.headers.get('x-forwarded-for'),
    trustedProxies: ranges,
  });
}
