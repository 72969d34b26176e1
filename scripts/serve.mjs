#!/usr/bin/env node
// Serves the production build: the static pages and the on-demand endpoints, in one
// process (@astrojs/node standalone handler), with the site's security headers on every
// response. HOST and PORT choose the address (default 127.0.0.1:4321).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
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

const server = createServer((req, res) => {
  for (const [name, value] of headers) res.setHeader(name, value);
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
