#!/usr/bin/env node
// Throughput and latency of POST /api/kraken/check under autocannon, beside the same
// server's cheapest endpoint (GET /api/health) as the floor. Loopback only; the site's
// KRAKEN_API_URL points at a closed loopback port.
//
//   npm run build && node bench/api.mjs [--seconds 10] [--connections 50]
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { startSite } from './lib/server.mjs';

export const TARGET_RATIO = 0.8;

const GUIDE_BODY = JSON.stringify({
  form: 'pro',
  permissions: [
    'funds_query',
    'trades_query_open',
    'trades_query_closed',
    'trades_modify',
    'trades_close',
    'ledger_query',
    'websocket',
  ],
  nonceWindow: '2 000 000',
  serviceRange: '192.0.2.0/24, 2001:db8::/48',
  ipAllowlist: '192.0.2.0/25, 192.0.2.128/25, 2001:db8::/48',
  apiKey: 'EXAMPLEkey'.padEnd(56, 'A'),
});

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function figures(result) {
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

export async function runApiBench({ seconds = 10, connections = 50 } = {}) {
  const site = await startSite();
  try {
    const warm = { connections, duration: 2 };
    await run({ ...warm, url: `${site.url}/api/health` });
    await run({
      ...warm,
      url: `${site.url}/api/kraken/check`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: GUIDE_BODY,
    });
    const floor = figures(
      await run({ url: `${site.url}/api/health`, connections, duration: seconds }),
    );
    const check = figures(
      await run({
        url: `${site.url}/api/kraken/check`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: GUIDE_BODY,
        connections,
        duration: seconds,
      }),
    );
    return { seconds, connections, floor, check, ratio: check.rps / floor.rps };
  } finally {
    await site.stop();
  }
}

export function markdown(r) {
  const row = (name, f) =>
    `| ${name} | ${f.rps.toLocaleString('en')} | ${f.p50} | ${f.p99} | ${f.non2xx} |`;
  return [
    `autocannon, ${r.connections} connections, ${r.seconds} s each, loopback.`,
    '',
    '| endpoint | requests/s | p50 ms | p99 ms | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('`GET /api/health` (floor)', r.floor),
    row('`POST /api/kraken/check` (all 14 checks)', r.check),
    '',
    `The check endpoint keeps **${Math.round(r.ratio * 100)} %** of the floor's throughput (target: at least ${TARGET_RATIO * 100} %).`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { seconds: { type: 'string' }, connections: { type: 'string' } },
  });
  const r = await runApiBench({
    seconds: Number(values.seconds ?? 10),
    connections: Number(values.connections ?? 50),
  });
  console.log(markdown(r));
}
