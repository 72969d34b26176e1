#!/usr/bin/env node
// The limits' cost with two instances: throughput of POST /api/kraken/check and of the probe
// relay (POST /api/kraken/probe, one Balance probe per batch, each with a key of its own)
// through two Node server processes at once, first with each counting in its own memory, then
// both sharing one redis-server (RATE_LIMIT_REDIS_URL), in the same run. The check API counts
// nothing (its figure shows the Redis client costs the other endpoints nothing); the relay
// counts every batch in three windows (client, relay-wide, key). The limits are raised so that
// none refuses. Everything on loopback: redis-server on a free port with a temporary
// directory, the fake Kraken as a child process.
//
//   npm run build && node bench/redis.mjs [--seconds 10] [--connections 16] [--rounds 3]
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startRedis } from '../test/redis/support/redis-server.ts';
import { machine } from './lib/machine.mjs';
import { signedBatch, startFake } from './lib/fake.mjs';
import { startSite } from './lib/server.mjs';
import guideBody from './guide-body.json' with { type: 'json' };

const GUIDE_BODY = JSON.stringify(guideBody);
const LIMITS = {
  PROBE_CLIENT_LIMIT: '1000000000',
  PROBE_GLOBAL_LIMIT: '1000000000',
  PROBE_MAX_CONCURRENT: '1024',
  ASK_CLIENT_LIMIT: '1000000000',
};

/**
 * A closed loop: `connections` workers per site, each posting its next body as soon as the
 * last answer is in, for `seconds`; `next()` gives the body (null: the pool is spent).
 */
async function load(urls, path, next, { seconds, connections }) {
  const deadline = Date.now() + seconds * 1000;
  const statuses = new Map();
  let done = 0;
  let spent = false;
  const worker = async (url) => {
    while (Date.now() < deadline) {
      const body = next();
      if (body === null) {
        spent = true;
        return;
      }
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      done += 1;
    }
  };
  const started = Date.now();
  await Promise.all(urls.flatMap((url) => Array.from({ length: connections }, () => worker(url))));
  const elapsed = (Date.now() - started) / 1000;
  return { rps: done / elapsed, statuses: Object.fromEntries(statuses), spent };
}

async function twoSites(fakeUrl, env) {
  const sites = await Promise.all([
    startSite({ krakenApiUrl: fakeUrl, env }),
    startSite({ krakenApiUrl: fakeUrl, env }),
  ]);
  return { urls: sites.map((s) => s.url), stop: () => Promise.all(sites.map((s) => s.stop())) };
}

export async function runRedisBench({ seconds = 10, connections = 16, rounds = 3 } = {}) {
  const [redis, fake] = await Promise.all([startRedis(), startFake()]);
  try {
    const results = { memory: { check: [], relay: [] }, redis: { check: [], relay: [] } };
    for (let round = 0; round < rounds; round++) {
      for (const store of ['memory', 'redis']) {
        const env = store === 'redis' ? { ...LIMITS, RATE_LIMIT_REDIS_URL: redis.url } : LIMITS;
        const sites = await twoSites(fake.url, env);
        try {
          const check = await load(sites.urls, '/api/kraken/check', () => GUIDE_BODY, {
            seconds,
            connections,
          });
          // Signed before the clock starts, each with a key of its own (so a nonce of now is
          // always the key's first): enough batches for a generous rate.
          const pool = [];
          for (let i = 0; i < Math.max(2_000, seconds * 1_500); i++)
            pool.push(await signedBatch(fake.url, Date.now()));
          const relay = await load(sites.urls, '/api/kraken/probe', () => pool.pop() ?? null, {
            seconds,
            connections,
          });
          results[store].check.push(check);
          results[store].relay.push(relay);
        } finally {
          await sites.stop();
        }
      }
    }
    return { results, seconds, connections, rounds, machine: machine() };
  } finally {
    await Promise.all([redis.stop(), fake.stop()]);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const statuses = (runs) => {
  const all = {};
  for (const run of runs)
    for (const [s, n] of Object.entries(run.statuses)) all[s] = (all[s] ?? 0) + n;
  return Object.entries(all)
    .map(([s, n]) => `${n} × ${s}`)
    .join(', ');
};

/** What the figures mean, under the table in BENCHMARKS.md. */
export const REDIS_NOTE =
  'With Redis, each relayed batch makes about four round trips to it (client budget, relay-wide cap, the key’s pause and window), each one Lua script; ' +
  'the check API counts nothing, so its two figures differ by the machine’s noise only. ' +
  'Both instances, Redis, the fake Kraken and the load generator share the machine. ' +
  'Measured by `npm run build && npm run bench:redis` (or within `npm run bench`).';

export function markdown({ results, seconds, connections, rounds, machine: m }) {
  const row = (label, key) => {
    const mem = median(results.memory[key].map((r) => r.rps));
    const red = median(results.redis[key].map((r) => r.rps));
    const spent = [...results.memory[key], ...results.redis[key]].some((r) => r.spent);
    return `| ${label} | ${fmt(mem)} | ${fmt(red)} | ${Math.round((red / mem) * 100)} % | ${statuses(results.memory[key])} / ${statuses(results.redis[key])}${spent ? ' (pool spent early)' : ''} |`;
  };
  return [
    `Two server processes at once, ${connections} connections each, ${seconds} s per run, median of ${rounds} rounds (memory, then Redis, in each round); requests/s for both together.`,
    '',
    '| endpoint | memory store | Redis store | Redis / memory | answers (memory / Redis) |',
    '|---|---:|---:|---:|---|',
    row('`POST /api/kraken/check` (guide body; counts nothing)', 'check'),
    row('`POST /api/kraken/probe` (one Balance probe, a fresh key each)', 'relay'),
    '',
    `${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}, ${m.date}.`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '16' },
      rounds: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
    },
  });
  const result = await runRedisBench({
    seconds: Number(values.seconds),
    connections: Number(values.connections),
    rounds: Number(values.rounds),
  });
  console.log(values.json ? JSON.stringify(result, null, 2) : markdown(result));
}
