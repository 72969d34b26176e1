#!/usr/bin/env node
// Serves the production build: the static pages and the on-demand endpoints, in one
// process (@astrojs/node standalone handler), with the site's security headers on every
// response. HOST and PORT choose the address (default 127.0.0.1:4321).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from './security-headers.mjs';

const entry = new URL('../dist/server/entry.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error('No production build found in dist/. Run `npm run build` first (or `npm start`, which builds).');
  process.exit(1);
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(entry.href);

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4321);
const headers = securityHeaders();
const pageHeaders = readPageHeaders(new URL('../dist/_headers.json', import.meta.url));

/**
 * The per-page headers Astro wrote at build time (each page's Content-Security-Policy with
 * the hashes of its scripts), keyed by path without a trailing slash, so that
 * `/exchange/kraken/pro` and `/exchange/kraken/pro/` get the same policy.
 */
function readPageHeaders(file) {
  const map = new Map();
  if (!existsSync(fileURLToPath(file))) return map;
  for (const { pathname, headers: list } of JSON.parse(readFileSync(file, 'utf8'))) {
    map.set(normalize(pathname), list.map(({ key, value }) => [key, value]));
  }
  return map;
}

function normalize(pathname) {
  const p = pathname.replace(/\/index\.html$/, '').replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

const server = createServer((req, res) => {
  for (const [name, value] of headers) res.setHeader(name, value);
  let pathname = '/';
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    /* a malformed URL gets the default headers; the handler answers it */
  }
  for (const [name, value] of pageHeaders.get(normalize(pathname)) ?? []) res.setHeader(name, value);
  handler(req, res);
});
// Slow or stalled clients may not hold a connection forever.
server.requestTimeout = 30_000;
server.headersTimeout = 10_000;
server.keepAliveTimeout = 5_000;

server.listen(port, host, () => {
  const shown = host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' ? 'localhost' : host;
  console.log(`Serving the site and its endpoints on http://${shown}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
