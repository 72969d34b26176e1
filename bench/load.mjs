#!/usr/bin/env node
// A sustained load on the production server: 200 connections for 60 s (LOAD_SECONDS,
// LOAD_CONNECTIONS), mixing valid and invalid requests to both endpoints and a few pages,
// three times in a row on the same server (LOAD_ROUNDS): a soak, where a leak would show
// as RSS growing from one round to the next. The probe relay calls a zero-latency fake
// Kraken in this process, on loopback; its rate limiter answers most probe batches 429,
// which is expected, as are its 503 "busy" answers when more than PROBE_MAX_CONCURRENT batches
// are being admitted at once. Reports the count per status, the server's RSS (/proc/<pid>/status
// VmRSS) before, at its peak, and after each round, and whether the RSS after the last
// round is within 10 % of the RSS after the first. Then a short comparison: the check API
// with a normal body against one of 8,000 one-character address entries (refused by the
// 256-entry cap), which must cost no more. Exits 1 on any other 5xx or transport error, or on a
// failed soak. Nothing leaves 127.0.0.1.
//
//   npm run build && node bench/load.mjs          (LOAD_SECONDS=10 for a quick run)
//
// `runLoad()` returns the figures for a caller (bench/run.mjs) that writes BENCHMARKS.md.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { setInterval, clearInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { requestMix, startZeroLatencyKraken } from './lib/load-mix.mjs';
import { startSite } from './lib/server.mjs';

function rssKb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const SETTLE_MS = Number(process.env.LOAD_SETTLE_MS ?? 15_000);

/** One round of load on a running server: the figures of that round. */
async function loadRound(site, kraken, { seconds, connections }) {
  const before = rssKb(site.pid);
  let peak = before;
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, rssKb(site.pid));
    } catch {
      /* the process is gone: reported below */
    }
  }, 250);
  const calls = kraken.calls();
  const result = await autocannon({
    url: site.url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: requestMix(),
  });
  clearInterval(sampler);
  // Idle for a while before reading "after": V8's memory reducer collects and shrinks the
  // heap a few seconds after allocation stops, so this is what the process keeps, not
  // garbage of the last second.
  await sleep(SETTLE_MS);
  const health = await fetch(`${site.url}/api/health`).then(
    (r) => r.status,
    () => null,
  );
  const after = rssKb(site.pid);
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
  );
  // 503 is the relay's documented answer when more than PROBE_MAX_CONCURRENT batches are
  // being admitted or relayed at once (no other endpoint answers it): under 200 connections it
  // is expected. Any other 5xx is a failure.
  const busy = statuses['503'] ?? 0;
  const fiveXx = Object.entries(statuses)
    .filter(([code]) => Number(code) >= 500 && code !== '503')
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    statuses,
    fiveXx,
    busy,
    errors: result.errors,
    timeouts: result.timeouts,
    upstreamCalls: kraken.calls() - calls,
    health,
    rssKb: { before, peak, after },
  };
}

/** Requests per second for one fixed POST to the check API, for `seconds`. */
async function checkRate(site, body, seconds) {
  const result = await autocannon({
    url: `${site.url}/api/kraken/check`,
    connections: 20,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, { count }]) => [code, count]),
    ),
  };
}

/** The 8,000-entry body against a normal one, alternating, median of `rounds` each. */
async function entriesComparison(site, { seconds = 5, rounds = 3 } = {}) {
  const normal = JSON.stringify({
    form: 'pro',
    nonceWindow: '2000000',
    serviceRange: '192.0.2.0/24',
    ipAllowlist: '192.0.2.0/25, 192.0.2.128/25',
    apiKey: 'A'.repeat(56),
  });
  const crafted = JSON.stringify({ ipAllowlist: 'a,'.repeat(8000) });
  const runs = { normal: [], crafted: [] };
  for (let i = 0; i < rounds; i += 1) {
    runs.normal.push(await checkRate(site, normal, seconds));
    runs.crafted.push(await checkRate(site, crafted, seconds));
  }
  const median = (list) => {
    const sorted = [...list].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
    return sorted[Math.floor(sorted.length / 2)];
  };
  return {
    bytes: { normal: Buffer.byteLength(normal), crafted: Buffer.byteLength(crafted) },
    normal: median(runs.normal),
    crafted: median(runs.crafted),
  };
}

/**
 * Runs the load `rounds` times on one server and returns the figures: per-round status
 * counts, request rate, latency and RSS in kB (before, peak, after), the soak verdict, the
 * 8,000-entry comparison, and `ok` (no 5xx, no transport error, the server still healthy,
 * the last round's RSS within 10 % of the first's).
 */
export async function runLoad({
  seconds = Number(process.env.LOAD_SECONDS ?? 60),
  connections = Number(process.env.LOAD_CONNECTIONS ?? 200),
  rounds = Number(process.env.LOAD_ROUNDS ?? 3),
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
    const idle = rssKb(site.pid);
    const perRound = [];
    for (let i = 0; i < rounds; i += 1) {
      perRound.push(await loadRound(site, kraken, { seconds, connections }));
    }
    const first = perRound[0];
    const last = perRound.at(-1);
    const growth = last.rssKb.after / first.rssKb.after - 1;
    const soak = {
      rounds,
      rssAfterKb: perRound.map((r) => r.rssKb.after),
      growth,
      withinTenPercent: growth <= 0.1,
    };
    const entries = await entriesComparison(site);
    const fiveXx = perRound.reduce((sum, r) => sum + r.fiveXx, 0);
    const errors = perRound.reduce((sum, r) => sum + r.errors + r.timeouts, 0);
    return {
      seconds,
      connections,
      // The first round's figures at the top level, as before (bench/run.mjs reads them).
      ...first,
      rssKb: {
        before: idle,
        peak: Math.max(...perRound.map((r) => r.rssKb.peak)),
        after: last.rssKb.after,
      },
      perRound,
      soak,
      entries,
      ok:
        fiveXx === 0 &&
        errors === 0 &&
        perRound.every((r) => r.health === 200) &&
        (rounds < 2 || soak.withinTenPercent),
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
      'Latency p50 / p99 / max (the whole mix)',
      `${figures.latencyMs.p50} / ${figures.latencyMs.p99} / ${figures.latencyMs.max} ms: the oversized POSTs are answered 413 and their connection closed before their body is read, and the load generator's reconnections dominate these figures (the request rate is the one to compare)`,
    ],
    ...Object.entries(figures.statuses).map(([code, count]) => [`HTTP ${code}`, String(count)]),
    ['5xx other than the relay\'s 503 "busy"', String(figures.fiveXx)],
    ['Transport errors / timeouts', `${figures.errors} / ${figures.timeouts}`],
    ['Calls reaching the fake Kraken', String(figures.upstreamCalls)],
    [
      'RSS before / peak / after',
      `${mb(figures.rssKb.before)} / ${mb(figures.rssKb.peak)} / ${mb(figures.rssKb.after)}`,
    ],
    ['Health check after', String(figures.health)],
    ...(figures.perRound ?? []).map((round, i) => [
      `Round ${i + 1} of ${figures.perRound.length}: requests, other 5xx, 503 busy, RSS before / peak / after`,
      `${round.requests} (${Math.round(round.requestsPerSecond)}/s), ${round.fiveXx}, ${round.busy ?? 0}, ${mb(round.rssKb.before)} / ${mb(round.rssKb.peak)} / ${mb(round.rssKb.after)}`,
    ]),
    ...(figures.soak && figures.soak.rounds > 1
      ? [
          [
            `Soak: RSS after round ${figures.soak.rounds} vs round 1`,
            `${figures.soak.growth >= 0 ? '+' : ''}${(figures.soak.growth * 100).toFixed(1)} % (${figures.soak.withinTenPercent ? 'within' : 'not within'} 10 %)`,
          ],
        ]
      : []),
    ...(figures.entries
      ? [
          [
            `Check API, normal body (${figures.entries.bytes.normal} B) vs 8,000 one-character entries (${figures.entries.bytes.crafted} B)`,
            `${Math.round(figures.entries.normal.requestsPerSecond)} vs ${Math.round(figures.entries.crafted.requestsPerSecond)} requests/s (p50 ${figures.entries.normal.p50} vs ${figures.entries.crafted.p50} ms; the crafted body answers ${Object.keys(figures.entries.crafted.statuses).join(', ')})`,
          ],
        ]
      : []),
  ];
  return ['| Figure | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const figures = await runLoad();
  console.log(toMarkdown(figures));
  if (!figures.ok) {
    console.error(
      'FAILED: a 5xx other than the relay\'s 503 "busy", a transport error or timeout, no health answer after the load, or RSS after the last round more than 10 % above the first.',
    );
    process.exit(1);
  }
}
