// Which requests the server script answers itself and how the rest reach Astro's handler:
// build metadata and the image endpoint are refused before Astro sees them, a Markdown
// twin asked a question goes to the ask endpoint, and a body is read whole, under the
// site's one limit, before it is handed over.
import { posix } from 'node:path';
import {
  BODY_LIMIT_BYTES,
  declaresTooMuch,
  errorBodyJson,
  readBounded,
  tooLargeMessage,
} from '../../src/lib/http/read-bounded.js';

/**
 * The path as a file server would resolve it: percent-decoded (repeatedly, so `%255f` is
 * caught too), backslashes as slashes, dot segments and repeated slashes collapsed, lower
 * case (a case-insensitive file system serves `/_HEADERS` too). Null when it cannot be
 * decoded: such a path names no file.
 * @param {string | undefined} url
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

/**
 * What is never served, under any spelling: the headers file (build metadata, not
 * content) and Astro's on-demand image endpoint (every figure is built; one AVIF at full
 * quality cost seconds of the CPU every other request shares).
 */
function isRefusedPath(url) {
  const path = normalisedPath(url);
  if (path === null) return true;
  return posix.basename(path) === '_headers' || path === '/_image' || path.startsWith('/_image/');
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

/** The server script's own refusals: the shared error body, never quoting the request. */
export function refuse(res, status, code, message, extra = {}) {
  res
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...extra,
    })
    .end(errorBodyJson(status, code, message));
}

/**
 * Every 4xx and 5xx, whoever writes it (Astro's handler, its static file server, this
 * script), goes out with `Cache-Control: no-store`: an error is about one request, and a
 * cache that kept it would serve it to others.
 * @param {import('node:http').ServerResponse} res
 */
export function noStoreOnError(res) {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = (status, ...rest) => {
    if (status < 400) return writeHead(status, ...rest);
    const fields = rest.find((r) => typeof r === 'object' && r !== null);
    const message = rest.find((r) => typeof r === 'string');
    const kept = Object.fromEntries(
      Object.entries(fields ?? {}).filter(([name]) => name.toLowerCase() !== 'cache-control'),
    );
    res.setHeader('Cache-Control', 'no-store');
    return message === undefined ? writeHead(status, kept) : writeHead(status, message, kept);
  };
}

/**
 * Answers the request, or hands it to Astro's handler.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void} handler
 */
export function route(req, res, handler) {
  if (isRefusedPath(req.url)) {
    refuse(res, 404, 'not-found', 'There is nothing to serve at this address.');
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
}
