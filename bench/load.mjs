#!/usr/bin/env node
// A sustained load on the production server (issue 5 item 3): 200 connections for 60 s
// (LOAD_SECONDS, LOAD_CONNECTIONS), mixing valid and invalid requests to both endpoints and
// a few pages. The probe relay calls a zero-latency fake Kraken in this process, on
// loopback; its rate limiter answers most probe batches 429, which is expected. Reports the
// count per status, and the server's RSS (/proc/<pid>/status VmRSS) before, at its peak
// during, and after. Exits 1 on any 5xx or transport error. Nothing leaves 127.0.0.1.
//
//   npm run build && node bench/load.mjs          (LOAD_SECONDS=10 for a quick run)
//
// `runLoad()` returns the figures for a caller (bench/run.mjs) that writes BENCHMARKS.md.
import { Buffer } from 'node:buffer';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { setInterval, clearInterval } from 'node:timers';
import { fileURLToPath, URLSearchParams } from 'node:url';
import autocannon from 'autocannon';
import { startSite } from './lib/server.mjs';

const PROBES = [
  ['Balance', {}],
  ['OpenOrders', {}],
  ['ClosedOrders', {}],
  ['Ledgers', {}],
  ['GetWebSocketsToken', {}],
  [
    'AddOrder',
    {
      ordertype: 'limit',
      pair: 'XBTUSD',
      price: '100',
      type: 'buy',
      validate: 'true',
      volume: '0.01',
    },
  ],
  ['CancelOrder', { txid: 'OCHECK-PROBE-000000' }],
  ['WithdrawMethods', {}],
];

/** A zero-latency Kraken: every private call succeeds at once. */
async function startZeroLatencyKraken() {
  let calls = 0;
  const server = createServer((req, res) => {
    calls += 1;
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"error":[],"result":{}}');
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    calls: () => calls,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}

/** A batch signed as the page signs it (kraken-api.md §1), for a random key. */
function signedBatch() {
  const apiKey = randomBytes(42).toString('base64');
  const privateKey = randomBytes(64);
  let nonce = Date.now();
  const requests = PROBES.map(([method, params]) => {
    nonce += 1;
    const body = new URLSearchParams({ nonce: String(nonce), ...params }).toString();
    const digest = createHash('sha256').update(`${nonce}${body}`).digest();
    const signature = createHmac('sha512', privateKey)
      .update(Buffer.concat([Buffer.from(`/0/private/${method}`), digest]))
      .digest('base64');
    return { method, nonce: String(nonce), body, signature };
  });
  return { apiKey, form: 'pro', requests };
}

const json = (body) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** The mix each connection cycles through, with what each request is. */
function requestMix() {
  const valid = signedBatch();
  const invalid = { ...valid, requests: valid.requests.map((r) => ({ ...r, method: 'Withdraw' })) };
  return [
    {
      kind: 'check valid',
      path: '/api/kraken/check',
      ...json({
        form: 'pro',
        nonceWindow: '2M',
        serviceRange: '192.0.2.0/24',
        ipAllowlist: '192.0.2.0/24',
        apiKey: 'A'.repeat(56),
      }),
    },
    {
      kind: 'check invalid',
      path: '/api/kraken/check',
      ...json({ permissions: 'all', nonceWindow: [] }),
    },
    { kind: 'check oversized', path: '/api/kraken/check', ...json({ apiKey: 'A'.repeat(20_000) }) },
    {
      kind: 'check wrong type',
      path: '/api/kraken/check',
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'nonceWindow=2000000',
    },
    { kind: 'check not JSON', path: '/api/kraken/check', ...json('{"nonceWindow":') },
    { kind: 'probe valid', path: '/api/kraken/probe', ...json(valid) },
    { kind: 'probe invalid', path: '/api/kraken/probe', ...json(invalid) },
    {
      kind: 'probe empty',
      path: '/api/kraken/probe',
      ...json({ apiKey: valid.apiKey, requests: [] }),
    },
    { kind: 'page home', path: '/', method: 'GET' },
    { kind: 'page guide', path: '/exchange/kraken/pro/', method: 'GET' },
    { kind: 'page checker', path: '/exchange/kraken/key-checker/', method: 'GET' },
    { kind: 'health', path: '/api/health', method: 'GET' },
  ];
}

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the load and returns the figures: per-status counts, request rate,
 * latency, RSS in kB before, at the peak and after, and `ok` (no 5xx, no
 * transport error, the server still healthy).
 */
export async function runLoad({
  seconds = Number(process.env.LOAD_SECONDS ?? 60),
  connections = Number(process.env.LOAD_CONNECTIONS ?? 200),
} = {}) {
  const kraken = await startZeroLatencyKraken();
  const site = await startSite({ krakenApiUrl: kraken.url });
  try {
    // Warm up (JIT, page caches) so "before" is the settled idle size.
    for (const request of requestMix()) {
      await fetch(`${site.url}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
    }
    await sleep(500);
    const before = rssKb(site.pid);
    let peak = before;
    const sampler = setInterval(() => {
      try {
        peak = Math.max(peak, rssKb(site.pid));
      } catch {
        /* the process is gone: reported below */
      }
    }, 250);

    const result = await autocannon({
      url: site.url,
      connections,
      duration: seconds,
      timeout: 30,
      requests: requestMix(),
    });
    clearInterval(sampler);
    await sleep(2_000);
    const health = await fetch(`${site.url}/api/health`).then(
      (r) => r.status,
      () => null,
    );
    const after = rssKb(site.pid);

    const statuses = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
    );
    const fiveXx = Object.entries(statuses)
      .filter(([code]) => Number(code) >= 500)
      .reduce((sum, [, count]) => sum + count, 0);
    return {
      seconds,
      connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      statuses,
      fiveXx,
      errors: result.errors,
      timeouts: result.timeouts,
      upstreamCalls: kraken.calls(),
      health,
      rssKb: { before, peak, after },
      ok: fiveXx === 0 && result.errors === 0 && result.timeouts === 0 && health === 200,
    };
  } finally {
    await site.stop();
    await kraken.stop();
  }
}

/** The figures as a Markdown table. */
export function toMarkdown(figures) {
  const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
  const rows = [
    ['Duration', `${figures.seconds} s, ${figures.connections} connections`],
    ['Requests', `${figures.requests} (${Math.round(figures.requestsPerSecond)}/s)`],
    [
      'Latency p50 / p99 / max',
      `${figures.latencyMs.p50} / ${figures.latencyMs.p99} / ${figures.latencyMs.max} ms`,
    ],
    ...Object.entries(figures.statuses).map(([code, count]) => [`HTTP ${code}`, String(count)]),
    ['5xx', String(figures.fiveXx)],
    ['Transport errors / timeouts', `${figures.errors} / ${figures.timeouts}`],
    ['Calls reaching the fake Kraken', String(figures.upstreamCalls)],
    [
      'RSS before / peak / after',
      `${mb(figures.rssKb.before)} / ${mb(figures.rssKb.peak)} / ${mb(figures.rssKb.after)}`,
    ],
    ['Health check after', String(figures.health)],
  ];
  return ['| Figure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await runLoad();
  console.log(toMarkdown(figures));
  if (!figures.ok) {
    console.error(
      'FAILED: a 5xx, a transport error or timeout, or no health answer after the load.',
    );
    process.exit(1);
  }
}
