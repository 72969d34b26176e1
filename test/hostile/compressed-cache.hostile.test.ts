/**
 * The server script's cache of compressed files against the attack that filled it: many
 * spellings of one path are one entry, the cap counts keys as well as bodies, and a full
 * cache makes room for a new file by dropping the least recently used one.
 */
import { describe, expect, it } from 'vitest';
import {
  canonicalPath,
  createCompressedCache,
  ENTRY_OVERHEAD_BYTES,
} from '../../scripts/server/compressed-cache.mjs';

describe('canonicalPath', () => {
  it.each([
    ['/favicon.svg', '/favicon.svg'],
    ['/./favicon.svg', '/favicon.svg'],
    ['/././././favicon.svg', '/favicon.svg'],
    ['/a/b/../../favicon.svg', '/favicon.svg'],
    ['/17/../favicon.svg?x=1#y', '/favicon.svg'],
    ['//favicon.svg', '/favicon.svg'],
    ['/%66avicon.svg', '/favicon.svg'],
    ['/exchange/kraken/pro/', '/exchange/kraken/pro'],
    ['/exchange/kraken/pro', '/exchange/kraken/pro'],
    ['/exchange/kraken/pro/index.html', '/exchange/kraken/pro'],
    ['/exchange//kraken/./pro/', '/exchange/kraken/pro'],
    ['/', '/'],
    ['/index.html', '/'],
    ['', '/'],
    // Decoded once, as the static file server does: `%2566` names a file called `%66…`.
    ['/%2566avicon.svg', '/%66avicon.svg'],
    // Case matters on the server's file system.
    ['/Favicon.svg', '/Favicon.svg'],
  ])('%s is the file %s', (url, path) => {
    expect(canonicalPath(url)).toBe(path);
  });

  it.each(['/%', '/%zz', '/a%e0%80', '/%00favicon.svg'])('%s names no file', (url) => {
    expect(canonicalPath(url)).toBeNull();
  });
});

const body = (bytes: number, fill = 1) => Buffer.alloc(bytes, fill);

describe('createCompressedCache', () => {
  it('keeps 3,000 spellings of one file as one entry', () => {
    const cache = createCompressedCache({ maxBytes: 1 << 20, maxEntryBytes: 1 << 20 });
    for (let i = 0; i < 3_000; i += 1) {
      const key = cache.keyFor('br', `/${'./'.repeat(i % 50)}${i}/../favicon.svg`, 'W/"1-2"');
      if (cache.get(key!) === null) cache.set(key!, body(500));
    }
    expect(cache.size).toBe(1);
    expect(cache.keyFor('br', '/favicon.svg', 'W/"1-2"')).toBe(
      cache.keyFor('br', '/x/../favicon.svg', 'W/"1-2"'),
    );
  });

  it.each([
    ['another encoding', 'gzip', '/favicon.svg', 'W/"1-2"'],
    ['another version of the file', 'br', '/favicon.svg', 'W/"1-3"'],
    ['another file', 'br', '/favicon.ico', 'W/"1-2"'],
  ])('keeps %s apart', (_name, encoding, url, etag) => {
    const cache = createCompressedCache({ maxBytes: 1 << 20, maxEntryBytes: 1 << 20 });
    expect(cache.keyFor(encoding, url, etag)).not.toBe(
      cache.keyFor('br', '/favicon.svg', 'W/"1-2"'),
    );
  });

  it.each([
    ['no ETag', '/favicon.svg', ''],
    ['an undecodable path', '/%', 'W/"1-2"'],
  ])('has no key for %s', (_name, url, etag) => {
    const cache = createCompressedCache({ maxBytes: 1 << 20, maxEntryBytes: 1 << 20 });
    expect(cache.keyFor('br', url, etag)).toBeNull();
  });

  it('counts keys, bodies and each entry’s overhead against its cap', () => {
    const cache = createCompressedCache({ maxBytes: 10_000, maxEntryBytes: 10_000 });
    const key = `br W/"1-2" /${'k'.repeat(1_000)}`;
    cache.set(key, body(10));
    expect(cache.bytes).toBe(Buffer.byteLength(key) + 10 + ENTRY_OVERHEAD_BYTES);
    // Long keys with empty bodies still fill it: it never holds more than its cap.
    for (let i = 0; i < 1_000; i += 1) cache.set(`${key}${i}`, body(0));
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.size).toBeLessThan(10);
  });

  it('when full, drops the least recently used entries for a new one', () => {
    const entry = 1_000;
    // Room for three entries with three-character keys.
    const cache = createCompressedCache({
      maxBytes: 3 * (entry + 3 + ENTRY_OVERHEAD_BYTES),
      maxEntryBytes: 10_000,
    });
    for (const key of ['aaa', 'bbb', 'ccc']) expect(cache.set(key, body(entry))).toBe(true);
    expect(cache.get('aaa')).not.toBeNull(); // now the most recently used
    expect(cache.set('ddd', body(entry))).toBe(true);
    expect(cache.get('bbb')).toBeNull();
    for (const key of ['aaa', 'ccc', 'ddd']) expect(cache.get(key)).not.toBeNull();
    // Filled once, it still takes each new file: it never fills for good.
    for (let i = 100; i < 200; i += 1) {
      expect(cache.set(`${i}`, body(entry))).toBe(true);
      expect(cache.get(`${i}`)).not.toBeNull();
    }
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBe(3 * (entry + 3 + ENTRY_OVERHEAD_BYTES));
  });

  it.each([
    ['larger than one file may be', 2_001, { maxBytes: 100_000, maxEntryBytes: 2_000 }],
    ['larger than the whole cache', 900, { maxBytes: 1_000, maxEntryBytes: 2_000 }],
  ])('refuses a body %s, keeping what it holds', (_name, size, limits) => {
    const cache = createCompressedCache(limits);
    cache.set('kept', body(10));
    expect(cache.set('big', body(size))).toBe(false);
    expect(cache.get('kept')).not.toBeNull();
    expect(cache.get('big')).toBeNull();
  });

  it('replacing an entry counts it once', () => {
    const cache = createCompressedCache({ maxBytes: 100_000, maxEntryBytes: 100_000 });
    cache.set('a', body(100));
    cache.set('a', body(300));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(1 + 300 + ENTRY_OVERHEAD_BYTES);
  });
});
