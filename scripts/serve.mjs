#!/usr/bin/env node
// Serves the production build: the static pages and the on-demand endpoints, in one
// process (@astrojs/node standalone handler), with the security headers the build wrote to
// dist/client/_headers on every response. HOST and PORT choose the address
// (default 127.0.0.1:4321); MAX_CONNECTIONS caps open connections (default 1024).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BODY_LIMIT_BYTES,
  declaresTooMuch,
  errorBodyJson,
  readBounded,
  tooLargeMessage,
} from '../src/lib/http/read-bounded.js';
import { parseTrustedProxies } from '../src/lib/security/client-address.js';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const entry = new URL('../dist/server/entry.mjs', import.meta.url);
const headersFile = new URL('../dist/client/_headers', import.meta.url);
if (!existsSync(fileURLToPath(entry)) || !existsSync(fileURLToPath(headersFile))) {
  console.error(
    'No complete production build in dist/. Run `npm run build` first (or `npm start`, which builds).',
  );
  process.exit(1);
}

// Checked here too, so a mistyped proxy list stops the server at start, not at a request.
const proxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
if (!proxies.ok) {
  console.error(proxies.message);
  process.exit(1);
}
const maxConnections = Number(process.env.MAX_CONNECTIONS ?? 1024);
if (!Number.isInteger(maxConnections) || maxConnections < 1) {
  console.error('MAX_CONNECTIONS must be a positive whole number.');
  process.exit(1);
}

/** The `/*` block of a Netlify-style _headers file, as [name, value] pairs. */
function readHeaders(file) {
  const headers = [];
  let inBlock = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ') && line.trim() !== '') inBlock = line.trim() === '/*';
    else if (inBlock && line.includes(':')) {
      const i = line.indexOf(':');
      headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return headers;
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(entry.href);

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
const headers = readHeaders(headersFile);
// Behind TLS (the README's setup), browsers should never try plain HTTP again.
if ((process.env.SITE_URL ?? '').toLowerCase().startsWith('https://')) {
  headers.push(['Strict-Transport-Security', 'max-age=31536000; includeSubDomains']);
}

/**
 * The path as a file server would resolve it: percent-decoded (repeatedly, so `%255f` is
 * caught too), backslashes as slashes, dot segments and repeated slashes collapsed, lower
 * case (a case-insensitive file system serves `/_HEADERS` too). Null when it cannot be
 * decoded: such a path names no file.
 */
export function normalisedPath(url) {
  let path = (url ?? '').split(/[?#]/)[0] ?? '';
  for (let i = 0; i < 4 && path.includes('%'); i += 1) {
    try {
      path = decodeURIComponent(path);
    } catch {
      return null;
    }
  }
  path = path.replace(/\\/g, '/').replace(/\0/g, '');
  return posix.normalize(`/${path}`).replace(/\/+$/, '').toLowerCase() || '/';
}

/** The headers file is build metadata, not content, under any spelling of its path. */
function isHeadersFile(url) {
  const path = normalisedPath(url);
  return path === null || posix.basename(path) === '_headers';
}

/** Text worth compressing; the JSON API's answers are small and stay as they are. */
const COMPRESSIBLE =
  /^(text\/(html|css|javascript|plain|markdown|xml)|application\/(javascript|xml)|image\/svg\+xml)\b/i;

/**
 * Compressed static files, by encoding, path and ETag (which changes with the file): each
 * is compressed once per process, not on every request. Compressing a guide page on every
 * request cost ~8 times what serving it does. Bounded: once full, further files are
 * compressed per request as before.
 */
const compressedFiles = new Map();
const COMPRESSED_CACHE_BYTES = 64 * 1024 * 1024;
const COMPRESSED_FILE_BYTES = 4 * 1024 * 1024;
let compressedBytes = 0;

/**
 * Compresses pages, styles and scripts for clients that accept it (a CDN does this in front
 * of the Netlify build). Uncompressed, a guide page and its stylesheet are ~150 KB, which a
 * phone on a slow network waits for before anything is drawn. Wraps the response in place:
 * the choice is made when the headers go out, from the content type Astro or its static
 * file server set.
 */
function compress(req, res) {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
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
        ? `${encoding} ${(req.url ?? '').split('?')[0]} ${etag}`
        : null;
    cached = key === null ? null : (compressedFiles.get(key) ?? null);
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
      if (
        key !== null &&
        size <= COMPRESSED_FILE_BYTES &&
        compressedBytes + size <= COMPRESSED_CACHE_BYTES &&
        !compressedFiles.has(key)
      ) {
        compressedFiles.set(key, Buffer.concat(chunks));
        compressedBytes += size;
      }
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

/**
 * A Markdown twin asked a question (`/exchange/kraken.md?ask=…`) is answered by the
 * endpoint under /api/ask/; without `ask`, or with it empty, the twin file is served.
 */
function askTarget(url) {
  const query = url.indexOf('?');
  if (query < 0 || !url.slice(0, query).endsWith('.md')) return null;
  if (!new URLSearchParams(url.slice(query + 1)).get('ask')) return null;
  return `/api/ask${url}`;
}

function refuse(res, status, code, message, extra = {}) {
  res
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...extra,
    })
    .end(errorBodyJson(status, code, message));
}

const server = createServer(
  {
    // Node checks header and request timeouts on this interval (default 30 s): at 1 s, a
    // client that stalls its headers is closed within a second of headersTimeout.
    connectionsCheckingInterval: 1_000,
    headersTimeout: 10_000,
    requestTimeout: 30_000,
  },
  (req, res) => {
    compress(req, res);
    for (const [name, value] of headers) res.setHeader(name, value);
    if (isHeadersFile(req.url)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    if (req.method === 'GET' || req.method === 'HEAD') {
      const asked = askTarget(req.url ?? '');
      if (asked) req.url = asked;
      handler(req, res);
      return;
    }
    if (declaresTooMuch(req.headers['content-length'], BODY_LIMIT_BYTES)) {
      refuse(res, 413, 'too-large', tooLargeMessage(BODY_LIMIT_BYTES), { Connection: 'close' });
      return;
    }
    // Read the body here, with the same reader and limit as the endpoints, and hand it over
    // whole: Astro then builds the Request from a Buffer instead of wrapping this stream
    // in an async generator and a ReadableStream, which cost more than the checks.
    readBounded(req, BODY_LIMIT_BYTES).then(
      (read) => {
        if (!read.ok) {
          refuse(res, 413, 'too-large', tooLargeMessage(BODY_LIMIT_BYTES), {
            Connection: 'close',
          });
          return;
        }
        req.body = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
        handler(req, res);
      },
      () => res.destroy(),
    );
  },
);
server.keepAliveTimeout = 5_000;
server.maxConnections = maxConnections;

server.listen(port, host, () => {
  const shown = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(host) ? 'localhost' : host;
  console.log(`Serving the site and its endpoints on http://${shown}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
