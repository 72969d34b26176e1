// @ts-check
/**
 * Who the client is, decided in one place for every endpoint that counts clients (the
 * probe relay, and any later endpoint that rate-limits by address). Plain JavaScript with
 * one dependency (ipaddr.js), so the Node server script can call it too.
 *
 * - The socket's peer is the client, unless the peer is a trusted proxy (TRUSTED_PROXIES,
 *   a CIDR list, empty by default): then the right-most X-Forwarded-For entry that is not
 *   itself a trusted proxy. Entries to the left of it were written by the client and can
 *   say anything. On a direct connection forwarding headers are never read, whatever the
 *   Host header says.
 * - IPv6 clients are counted by their /64: one subscriber line gets a whole /64, and can
 *   rotate through it at will.
 * - An address that cannot be known is refused by the caller (503), never counted in a
 *   shared "unknown" bucket that one client could fill for everyone.
 * - On a serverless platform the platform's client address is the peer, with no proxies.
 */
import ipaddr from 'ipaddr.js';

/** @typedef {[ipaddr.IPv4 | ipaddr.IPv6, number]} Range */

/**
 * @param {string} text
 * @returns {ipaddr.IPv4 | ipaddr.IPv6 | null}
 */
function parseAddress(text) {
  let value = text.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:8080": some proxies append the port.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1] ?? '';
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value))
    value = value.slice(0, value.lastIndexOf(':'));
  // A zone index (fe80::1%eth0) names an interface, not a client.
  value = value.replace(/%.*$/, '');
  if (!ipaddr.isValid(value)) return null;
  // Only the canonical forms: "0x7f.1" or "127.1" are valid to ipaddr.js but no proxy writes them.
  if (!ipaddr.IPv6.isValid(value) && !ipaddr.IPv4.isValidFourPartDecimal(value)) return null;
  const parsed = ipaddr.parse(value);
  if (parsed.kind() === 'ipv6') {
    const v6 = /** @type {ipaddr.IPv6} */ (parsed);
    if (v6.isIPv4MappedAddress()) return v6.toIPv4Address();
  }
  return parsed;
}

/**
 * Parses TRUSTED_PROXIES: comma- or space-separated addresses or CIDR blocks, IPv4 or IPv6.
 * @param {string | null | undefined} text
 * @returns {{ ok: true, ranges: Range[] } | { ok: false, message: string }}
 */
export function parseTrustedProxies(text) {
  /** @type {Range[]} */
  const ranges = [];
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [host = '', bits] = entry.split('/');
    const address = parseAddress(host);
    if (address === null) {
      return {
        ok: false,
        message: `TRUSTED_PROXIES: "${entry.slice(0, 50)}" is not an address or CIDR block.`,
      };
    }
    const max = address.kind() === 'ipv4' ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    if (!/^\d{1,3}$/.test(bits ?? String(max)) || prefix > max) {
      return {
        ok: false,
        message: `TRUSTED_PROXIES: "${entry.slice(0, 50)}" has a prefix length out of range (0–${max}).`,
      };
    }
    ranges.push([address, prefix]);
  }
  return { ok: true, ranges };
}

/**
 * @param {ipaddr.IPv4 | ipaddr.IPv6} address
 * @param {readonly Range[]} ranges
 */
function isTrusted(address, ranges) {
  return ranges.some(
    ([range, bits]) =>
      range.kind() === address.kind() && address.match(/** @type {any} */ (range), bits),
  );
}

/**
 * The bucket a client is counted in: the address itself for IPv4, its /64 for IPv6.
 * @param {ipaddr.IPv4 | ipaddr.IPv6} address
 */
function bucketOf(address) {
  if (address.kind() === 'ipv4') return address.toString();
  const parts = /** @type {ipaddr.IPv6} */ (address).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

/**
 * @typedef {{ ok: true, address: string, bucket: string } | { ok: false, reason: string }} ClientAddress
 */

/**
 * Resolves the client of one request.
 * @param {{ peer: string | null | undefined, forwardedFor?: string | null, trustedProxies?: readonly Range[] }} input
 *   `peer`: the socket's remote address (or the platform's client address); `forwardedFor`:
 *   every X-Forwarded-For header, joined with commas.
 * @returns {ClientAddress} `address` to show, `bucket` to count by.
 */
export function resolveClientAddress({ peer, forwardedFor = null, trustedProxies = [] }) {
  const direct = peer ? parseAddress(peer) : null;
  if (direct === null) return { ok: false, reason: 'the connection has no usable peer address' };
  let client = direct;
  if (trustedProxies.length > 0 && isTrusted(direct, trustedProxies)) {
    const hops = (forwardedFor ?? '')
      .split(',')
      .map((hop) => hop.trim())
      .filter(Boolean);
    if (hops.length === 0) {
      return { ok: false, reason: 'a trusted proxy forwarded the request without X-Forwarded-For' };
    }
    /** @type {ipaddr.IPv4 | ipaddr.IPv6 | null} */
    let found = null;
    for (let i = hops.length - 1; i >= 0; i -= 1) {
      const hop = parseAddress(hops[i] ?? '');
      if (hop === null)
        return { ok: false, reason: 'X-Forwarded-For holds something that is not an address' };
      found = hop;
      if (!isTrusted(hop, trustedProxies)) break;
    }
    // Every hop a trusted proxy: the left-most one is the client (the proxy's own request).
    if (found === null) return { ok: false, reason: 'X-Forwarded-For is empty' };
    client = found;
  }
  return { ok: true, address: client.toString(), bucket: bucketOf(client) };
}
