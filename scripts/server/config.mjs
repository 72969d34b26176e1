// The server script's settings, read once at start from the environment and the build. A
// mistyped value stops the server with a message naming it, never at the first request.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseTrustedProxies } from '../../src/lib/security/client-address.js';

export const ENTRY = new URL('../../dist/server/entry.mjs', import.meta.url);
const HEADERS_FILE = new URL('../../dist/client/_headers', import.meta.url);

/** Requests one connection may make before it is closed (browsers open new ones freely). */
export const MAX_REQUESTS_PER_SOCKET = 100;
/** A response whose bytes have not moved for this long is cut, with its connection. */
export const RESPONSE_STALL_MS = 10_000;
/** Node checks header and request timeouts on this interval (default 30 s). */
export const CHECK_INTERVAL_MS = 1_000;
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;

/** The `/*` block of a Netlify-style _headers file, as [name, value] pairs. */
export function readHeaders(text) {
  const headers = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ') && line.trim() !== '') inBlock = line.trim() === '/*';
    else if (inBlock && line.includes(':')) {
      const i = line.indexOf(':');
      headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return headers;
}

/** A positive whole number from the environment, or the default. */
function positive(env, name, fallback) {
  const value = Number(env[name] ?? fallback);
  return Number.isInteger(value) && value >= 1
    ? { ok: true, value }
    : { ok: false, message: `${name} must be a positive whole number.` };
}

/**
 * Everything the server needs, or the message that stops it.
 * @param {Record<string, string | undefined>} env
 */
export function readConfig(env) {
  if (!existsSync(fileURLToPath(ENTRY)) || !existsSync(fileURLToPath(HEADERS_FILE))) {
    return {
      ok: false,
      message:
        'No complete production build in dist/. Run `npm run build` first (or `npm start`, which builds).',
    };
  }
  // Checked here too, so a mistyped proxy list stops the server at start, not at a request.
  const proxies = parseTrustedProxies(env.TRUSTED_PROXIES);
  if (!proxies.ok) return proxies;
  const maxConnections = positive(env, 'MAX_CONNECTIONS', 1024);
  if (!maxConnections.ok) return maxConnections;
  const perClient = positive(env, 'MAX_CONNECTIONS_PER_CLIENT', 32);
  if (!perClient.ok) return perClient;
  const headers = readHeaders(readFileSync(HEADERS_FILE, 'utf8'));
  // Behind TLS (the README's setup), browsers should never try plain HTTP again.
  if ((env.SITE_URL ?? '').toLowerCase().startsWith('https://')) {
    headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
  }
  return {
    ok: true,
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 4321),
    maxConnections: maxConnections.value,
    maxConnectionsPerClient: perClient.value,
    trustedProxies: proxies.ranges,
    headers,
  };
}
