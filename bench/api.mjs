#!/usr/bin/env node
// Throughput and latency of POST /api/kraken/check under autocannon, against the same POST
// with an empty JSON body on the same server (every check skips: the request path alone,
// body reading, validation and a short answer). The target compares the two, so it measures
// what the rules add to a JSON POST; GET /api/health is shown for scale. Loopback only; the
// site's KRAKEN_API_URL points at a closed loopback port.
//
//   npm run build && node bench/api.mjs [--seconds 5] [--connections 50] [--rounds 6]
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { startSite } from './lib/server.mjs';
import guideBody from './guide-body.json' with { type: 'json' };

/** The check with the guide body keeps at least this share of the empty-body POST's throughput. */
export const TARGET_RATIO = 0.9;

/** The guide's own settings, every check passing; shared with bench/handlers.bench.ts. */
const GUIDE_BODY = JSON.stringify(guideBody);

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function figures(result) {
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median of each figure over the rounds; non-2xx and errors summed. */
function combine(rounds) {
  return {
    rps: Math.round(median(rounds.map((r) => r.rps))),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

/**
 * `rounds` rounds of three runs back to back: the floor, the check with the guide body, the
 * check with an empty body. On a shared machine whose speed drifts (other tenants, CPU
 * steal), each round sees about the same machine, so the check's ratio to the empty-body POST
 * is taken per round and the median reported, with the lowest and highest round beside the main one.
 */
export async function runApiBench({ seconds = 5, connections = 50, rounds = 6 } = {}) {
  const site = await startSite();
  const floorRun = (duration) => run({ url: `${site.url}/api/health`, connections, duration });
  const checkRun = (duration, body = GUIDE_BODY) =>
    run({
      url: `${site.url}/api/kraken/check`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      connections,
      duration,
    });
  try {
    await floorRun(2);
    await checkRun(2);
    const floors = [];
    const checks = [];
    const empties = [];
    for (let i = 0; i < rounds; i++) {
      floors.push(figures(await floorRun(seconds)));
      checks.push(figures(await checkRun(seconds)));
      empties.push(figures(await checkRun(seconds, '{}')));
    }
    const ratios = checks.map((c, i) => c.rps / empties[i].rps);
    return {
      seconds,
      connections,
      rounds,
      floor: combine(floors),
      check: combine(checks),
      empty: combine(empties),
      emptyToFloor: median(empties.map((e, i) => e.rps / floors[i].rps)),
      checkToFloor: median(checks.map((c, i) => c.rps / floors[i].rps)),
      ratio: median(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    };
  } finally {
    await site.stop();
  }
}

const pct = (x) => `${Math.round(x * 100)} %`;

export function markdown(r) {
  const row = (name, f) =>
    `| ${name} | ${f.rps.toLocaleString('en')} | ${f.p50} | ${f.p99} | ${f.non2xx} |`;
  return [
    `autocannon, ${r.connections} connections, loopback; ${r.rounds} rounds of ${r.seconds} s on each endpoint, alternating, medians shown.`,
    '',
    '| endpoint | requests/s | p50 ms | p99 ms | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('`POST /api/kraken/check` with `{}` (every check skips: the baseline)', r.empty),
    row('`POST /api/kraken/check` (the guide body, every check)', r.check),
    row('`GET /api/health` (for scale)', r.floor),
    '',
    `The check with the guide body keeps **${pct(r.ratio)}** of the empty-body POST's throughput (median of the rounds; lowest ${pct(r.ratioRange[0])}, highest ${pct(r.ratioRange[1])}). Target: at least ${pct(TARGET_RATIO)}, ${r.ratio >= TARGET_RATIO ? '**met**' : '**not met**'}.`,
    '',
    `For scale, against \`GET /api/health\`: the empty-body POST keeps ${pct(r.emptyToFloor)}, the full check ${pct(r.checkToFloor)}.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
    },
  });
  const r = await runApiBench({
    seconds: Number(values.seconds ?? 5),
    connections: Number(values.connections ?? 50),
    rounds: Number(values.rounds ?? 6),
  });
  console.log(markdown(r));
}
