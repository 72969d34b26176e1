#!/usr/bin/env node
// The probe relay's overhead per probe: against a zero-latency fake Kraken on
// loopback, the time for (a) a single-probe batch posted through /api/kraken/probe and
// (b) the same kind of signed request sent to the fake directly. Overhead = a − b, at p50
// and p99. Each request uses an API key of its own, registered with the fake before the
// clock starts, so the relay's per-key limit never refuses; the per-address limit is raised
// with PROBE_CLIENT_LIMIT and the relay-wide one with PROBE_GLOBAL_LIMIT, for the
// benchmark's site only. Nothing leaves 127.0.0.1.
//
//   npm run build && node bench/relay.mjs [--iterations 1000]
//
// Needs Node 24 (the pinned one in node_modules/.bin, used by npm run and npx).
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { machine } from './lib/machine.mjs';
import { sign, startFake } from './lib/fake.mjs';
import { startSite } from './lib/server.mjs';

let lastNonce = 0;
function nextNonce() {
  lastNonce = Math.max(Date.now(), lastNonce + 1);
  return String(lastNonce);
}

/** A fresh key on the fake with Query Funds, and a Balance call signed with it. */
async function signedBalance(fakeUrl) {
  const apiKey = randomBytes(42).toString('base64');
  const privateKey = randomBytes(64).toString('base64');
  const res = await fetch(`${fakeUrl}/__control/keys`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ apiKey, privateKey, permissions: ['funds_query'] }),
  });
  if (!res.ok) throw new Error(`could not add a key to the fake: HTTP ${res.status}`);
  await res.arrayBuffer();
  const nonce = nextNonce();
  const body = `nonce=${nonce}`;
  return { apiKey, nonce, body, signature: sign(privateKey, '/0/private/Balance', nonce, body) };
}

async function timed(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function viaRelay(siteUrl, probe) {
  const res = await fetch(`${siteUrl}/api/kraken/probe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      apiKey: probe.apiKey,
      requests: [
        { method: 'Balance', nonce: probe.nonce, body: probe.body, signature: probe.signature },
      ],
    }),
  });
  const json = await res.json();
  if (
    res.status !== 200 ||
    json.checks?.find((c) => c.id === 'live.funds_query')?.status !== 'pass'
  ) {
    throw new Error(
      `the relay did not pass the probe: HTTP ${res.status} ${JSON.stringify(json).slice(0, 200)}`,
    );
  }
}

/** The site's cheapest on-demand answer: what any endpoint costs before its own work. */
async function floor(siteUrl) {
  const res = await fetch(`${siteUrl}/api/health`);
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`/api/health answered HTTP ${res.status}`);
}

async function direct(fakeUrl, probe) {
  const res = await fetch(`${fakeUrl}/0/private/Balance`, {
    method: 'POST',
    headers: {
      'API-Key': probe.apiKey,
      'API-Sign': probe.signature,
      'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8',
      Accept: 'application/json',
    },
    body: probe.body,
  });
  const json = await res.json();
  if (!res.ok || json.error?.length)
    throw new Error(`the fake refused the direct call: ${JSON.stringify(json)}`);
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean };
}

/**
 * Runs the benchmark and returns its figures in milliseconds. Needs a production build
 * (`npm run build`).
 */
export async function runRelayBench({ iterations = 1000, warmup = 100 } = {}) {
  const fake = await startFake();
  let site;
  try {
    site = await startSite({
      krakenApiUrl: fake.url,
      env: {
        PROBE_CLIENT_LIMIT: String((iterations + warmup) * 2 + 100),
        PROBE_GLOBAL_LIMIT: String((iterations + warmup) * 2 + 100),
        PROBE_EGRESS_IPS: '',
      },
    });
    const relay = [];
    const straight = [];
    const floors = [];
    for (let i = 0; i < warmup + iterations; i++) {
      // Keys and signatures are made before the clock starts; the two paths alternate so
      // that drift (GC, CPU frequency) falls on both alike.
      const a = await signedBalance(fake.url);
      const b = await signedBalance(fake.url);
      const first = i % 2 === 0;
      const ta = first ? await timed(() => viaRelay(site.url, a)) : null;
      const tb = await timed(() => direct(fake.url, b));
      const ta2 = first ? ta : await timed(() => viaRelay(site.url, a));
      const tf = await timed(() => floor(site.url));
      if (i >= warmup) {
        relay.push(ta2);
        straight.push(tb);
        floors.push(tf);
      }
      if (i % 200 === 199) {
        await (await fetch(`${fake.url}/__control/requests`, { method: 'DELETE' })).arrayBuffer();
      }
    }
    const r = stats(relay);
    const d = stats(straight);
    const overhead = { p50: r.p50 - d.p50, p99: r.p99 - d.p99 };
    return {
      iterations,
      relay: r,
      direct: d,
      floor: stats(floors),
      overhead,
      machine: machine(),
    };
  } finally {
    await site?.stop();
    await fake.stop();
  }
}

const ms = (x) => `${x.toFixed(2)} ms`;

export function markdown(result) {
  const { relay, direct: d, floor: f, overhead, iterations, machine: m } = result;
  return [
    `Relay overhead per probe (${iterations} single-probe batches each way, zero-latency fake Kraken on loopback)`,
    '',
    '| | p50 | p99 | mean |',
    '|---|---:|---:|---:|',
    `| through /api/kraken/probe | ${ms(relay.p50)} | ${ms(relay.p99)} | ${ms(relay.mean)} |`,
    `| straight to the fake | ${ms(d.p50)} | ${ms(d.p99)} | ${ms(d.mean)} |`,
    `| **overhead** | **${ms(overhead.p50)}** | **${ms(overhead.p99)}** | ${ms(relay.mean - d.mean)} |`,
    `| for scale: GET /api/health on the same server | ${ms(f.p50)} | ${ms(f.p99)} | ${ms(f.mean)} |`,
    '',
    'The overhead includes what every on-demand request to this server costs (HTTP, the Astro pipeline, ' +
      'security headers: the last row), plus the relay’s own work: reading and validating the batch, the ' +
      'per-key and per-address limits, the upstream call and the interpretation.',
    'No target here: the relay’s own work is held in process instead (`handleProbe` p50 ≤ 0.5 ms, under Handlers), since the round trips above are mostly this machine’s loopback and HTTP.',
    `${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}, ${m.date}.`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      iterations: { type: 'string', default: '1000' },
      json: { type: 'boolean', default: false },
    },
  });
  const result = await runRelayBench({ iterations: Number(values.iterations) });
  console.log(values.json ? JSON.stringify(result, null, 2) : markdown(result));
}
