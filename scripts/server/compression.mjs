// Compression of pages, styles and scripts for clients that accept it (a CDN does this in
// front of the Netlify build). Uncompressed, a guide page and its stylesheet are ~150 KB,
// which a phone on a slow network waits for before anything is drawn; compressing a guide
// page on every request cost ~8 times what serving it does, hence the cache.
import Negotiator from 'negotiator';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { createCompressedCache } from './compressed-cache.mjs';

/** Text worth compressing; the JSON API's answers are small and stay as they are. */
const COMPRESSIBLE =
  /^(text\/(html|css|javascript|plain|markdown|xml)|application\/(javascript|xml)|image\/svg\+xml)\b/i;

export const COMPRESSED_CACHE_BYTES = 64 * 1024 * 1024;
const COMPRESSED_FILE_BYTES = 4 * 1024 * 1024;
const cache = createCompressedCache({
  maxBytes: COMPRESSED_CACHE_BYTES,
  maxEntryBytes: COMPRESSED_FILE_BYTES,
});

/**
 * The encoding to answer in, from Accept-Encoding with its quality values (`br;q=0` refuses
 * Brotli); Brotli first where the client ranks both alike; null for the body as it is.
 * @param {string | string[] | undefined} header
 */
export function chooseEncoding(header) {
  if (header === undefined) return null;
  const chosen = new Negotiator({ headers: { 'accept-encoding': header } }).encoding(
    ['br', 'gzip', 'identity'],
    { preferred: ['br', 'gzip', 'identity'] },
  );
  return chosen === 'br' || chosen === 'gzip' ? chosen : null;
}

/**
 * Wraps the response in place: the choice is made when the headers go out, from the content
 * type Astro or its static file server set.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function compress(req, res) {
  const encoding = chooseEncoding(req.headers['accept-encoding']);
  if (encoding === null || req.method === 'HEAD' || req.headers.range) return;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const writeHead = res.writeHead.bind(res);
  let zip = null;
  /** The whole compressed body, already at hand: what the file server writes is dropped. */
  let cached = null;
  let decided = false;
  const decide = () => {
    if (decided) return;
    decided = true;
    const type = String(res.getHeader('content-type') ?? '');
    if (res.getHeader('content-encoding') || !COMPRESSIBLE.test(type)) return;
    if (res.statusCode < 200 || res.statusCode === 204 || res.statusCode === 206) return;
    if (res.statusCode === 304) return;
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.removeHeader('Content-Length');
    // Only the static file server sets an ETag: on-demand answers are never cached here.
    const etag = res.getHeader('etag');
    const key =
      req.method === 'GET' && res.statusCode === 200 && etag
        ? cache.keyFor(encoding, req.url ?? '', String(etag))
        : null;
    cached = key === null ? null : cache.get(key);
    if (cached !== null) {
      res.setHeader('Content-Length', cached.byteLength);
      return;
    }
    zip =
      encoding === 'br'
        ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
        : createGzip({ level: 6 });
    const chunks = [];
    let size = 0;
    zip.on('data', (chunk) => {
      if (key !== null && size <= COMPRESSED_FILE_BYTES) {
        chunks.push(chunk);
        size += chunk.byteLength;
      }
      write(chunk);
    });
    zip.on('end', () => {
      if (key !== null && size <= COMPRESSED_FILE_BYTES) cache.set(key, Buffer.concat(chunks));
      end();
    });
    // A stream piped into the response waits for its 'drain' when a write returns false.
    zip.on('drain', () => res.emit('drain'));
    zip.on('error', () => res.destroy());
  };
  res.writeHead = (status, ...rest) => {
    res.statusCode = status;
    const fields = rest.find((r) => typeof r === 'object' && r !== null);
    const message = rest.find((r) => typeof r === 'string');
    if (fields) for (const [name, value] of Object.entries(fields)) res.setHeader(name, value);
    decide();
    return message === undefined ? writeHead(status) : writeHead(status, message);
  };
  res.write = (chunk, ...rest) => {
    decide();
    const cb = rest.find((r) => typeof r === 'function');
    if (cached !== null) {
      if (cb) process.nextTick(cb);
      return true;
    }
    if (!zip) return write(chunk, ...rest);
    const enc = rest.find((r) => typeof r === 'string');
    return zip.write(chunk, enc, cb);
  };
  res.end = (chunk, ...rest) => {
    if (typeof chunk === 'function') return res.end(undefined, undefined, chunk);
    decide();
    const cb = rest.find((r) => typeof r === 'function');
    if (cached !== null) {
      if (cb) res.once('finish', cb);
      return end(cached);
    }
    if (!zip) return end(chunk, ...rest);
    const enc = rest.find((r) => typeof r === 'string');
    if (cb) res.once('finish', cb);
    if (chunk !== undefined && chunk !== null) zip.end(chunk, enc);
    else zip.end();
    return res;
  };
}
