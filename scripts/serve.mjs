#!/usr/bin/env node
// Serves the production build: the static pages and the on-demand endpoints, in one
// process (@astrojs/node standalone handler), with the security headers the build wrote to
// dist/client/_headers on every response. HOST and PORT choose the address
// (default 127.0.0.1:4321); MAX_CONNECTIONS caps open connections (default 1024) and
// MAX_CONNECTIONS_PER_CLIENT those of one client address (default 32). The parts live in
// scripts/server/: settings, connection limits, compression, routing.
import { createServer } from 'node:http';
import {
  CHECK_INTERVAL_MS,
  ENTRY,
  HEADERS_TIMEOUT_MS,
  KEEP_ALIVE_TIMEOUT_MS,
  MAX_REQUESTS_PER_SOCKET,
  readConfig,
  REQUEST_TIMEOUT_MS,
  RESPONSE_STALL_MS,
} from './server/config.mjs';
import { compress } from './server/compression.mjs';
import { limitConnections } from './server/connections.mjs';
import { noStoreOnError, route } from './server/routing.mjs';

const config = readConfig(process.env);
if (!config.ok) {
  console.error(config.message);
  process.exit(1);
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(ENTRY.href);

const server = createServer({
  // At 1 s, a client that stalls its headers is closed within a second of headersTimeout.
  connectionsCheckingInterval: CHECK_INTERVAL_MS,
  headersTimeout: HEADERS_TIMEOUT_MS,
  requestTimeout: REQUEST_TIMEOUT_MS,
});
server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
server.maxConnections = config.maxConnections;
const { inTurn } = limitConnections(server, {
  perClient: config.maxConnectionsPerClient,
  trustedProxies: config.trustedProxies,
  stallMs: RESPONSE_STALL_MS,
  maxRequestsPerSocket: MAX_REQUESTS_PER_SOCKET,
});
server.on('request', (req, res) =>
  inTurn(req, res, () => {
    compress(req, res);
    noStoreOnError(res);
    for (const [name, value] of config.headers) res.setHeader(name, value);
    route(req, res, handler);
  }),
);

server.listen(config.port, config.host, () => {
  const shown = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(config.host)
    ? 'localhost'
    : config.host;
  console.log(`Serving the site and its endpoints on http://${shown}:${config.port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
