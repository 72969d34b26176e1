// The compressed bodies of static files, kept so that a page is compressed once per
// process. Keyed by the file served (its canonical path, the encoding and the ETag, which
// changes with the file), never by how the URL spelled it: 3,000 spellings of one path
// once made 3,000 entries. Bounded by everything it keeps, keys and bodies, and it drops
// the least recently used entries to make room, so it never fills for good.
import { posix } from 'node:path';

/** What one entry costs beyond its key and body (the Map slot, the Buffer object). */
export const ENTRY_OVERHEAD_BYTES = 256;

/**
 * The file a URL path names, as the static file server resolves it: percent-decoded once,
 * dot segments and repeated slashes collapsed, and `dir/`, `dir` and `dir/index.html` as one
 * (a directory is served by its index). Null when it cannot be decoded: no file is served.
 * @param {string} url
 */
export function canonicalPath(url) {
  const raw = (url ?? '').split(/[?#]/)[0] ?? '';
  let path;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const normal = posix.normalize(`/${path}`).replace(/\/index\.html$/, '/');
  return normal.length > 1 ? normal.replace(/\/+$/, '') : '/';
}

/**
 * A least-recently-used map of Buffers under a byte budget.
 * @param {{ maxBytes: number, maxEntryBytes: number }} limits
 */
export function createCompressedCache({ maxBytes, maxEntryBytes }) {
  /** @type {Map<string, Buffer>} Insertion order is use order: the first is the oldest. */
  const entries = new Map();
  let bytes = 0;
  const cost = (key, body) => Buffer.byteLength(key) + body.byteLength + ENTRY_OVERHEAD_BYTES;

  return {
    /** The key for a file's body in one encoding; null when the path names no file. */
    keyFor(encoding, url, etag) {
      const path = canonicalPath(url);
      return path === null || !etag ? null : `${encoding} ${etag} ${path}`;
    },
    get(key) {
      const body = entries.get(key);
      if (body === undefined) return null;
      entries.delete(key);
      entries.set(key, body);
      return body;
    },
    /** Keeps `body`, dropping the least recently used entries to make room for it. */
    set(key, body) {
      const size = cost(key, body);
      if (body.byteLength > maxEntryBytes || size > maxBytes) return false;
      const old = entries.get(key);
      if (old !== undefined) {
        entries.delete(key);
        bytes -= cost(key, old);
      }
      for (const [oldest, kept] of entries) {
        if (bytes + size <= maxBytes) break;
        entries.delete(oldest);
        bytes -= cost(oldest, kept);
      }
      entries.set(key, body);
      bytes += size;
      return true;
    },
    get size() {
      return entries.size;
    },
    /** Everything kept, keys and bodies and per-entry overhead, in bytes. */
    get bytes() {
      return bytes;
    },
  };
}
