#!/usr/bin/env node
// Asking the docs (`<page>.md?ask=`): the index's size, what an answer costs in process
// (bench/ask.bench.ts), and over HTTP beside the plain Markdown twin of the same page, under
// autocannon, alternating rounds, medians shown. Loopback only; the site's KRAKEN_API_URL
// points at a closed loopback port.
//
//   npm run build && node bench/ask.mjs [--seconds 5] [--connections 10] [--rounds 4]
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { startSite } from './lib/server.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const INDEX = join(root, 'dist/server/ask-index.json');
const TWIN = '/exchange/kraken.md';
const QUESTION = 'What nonce window should I set?';

function run(opts) {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const figures = (r) => ({
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  non2xx: r.non2xx,
});
const combine = (rounds) => ({
  rps: Math.round(median(rounds.map((r) => r.rps))),
  p50: median(rounds.map((r) => r.p50)),
  p99: median(rounds.map((r) => r.p99)),
  non2xx: rounds.reduce((s, r) => s + r.non2xx, 0),
});

/** bench/ask.bench.ts through Vitest: milliseconds per answer in process. */
function inProcess() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-ask-'));
  const out = join(dir, 'ask.json');
  try {
    const r = spawnSync(
      join(root, 'node_modules/.bin/vitest'),
      ['bench', '--run', 'bench/ask.bench.ts'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, BENCH_OUT: out },
      },
    );
    if (r.status !== 0) throw new Error('bench/ask.bench.ts failed');
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runAskBench({ seconds = 5, connections = 10, rounds = 4 } = {}) {
  const raw = readFileSync(INDEX);
  const size = { bytes: statSync(INDEX).size, gzip: gzipSync(raw).length };
  const process_ = inProcess();
  // The question sets' rates, printed as soon as they are known (npm run bench prints them).
  for (const line of ratesLines(process_.rates)) console.log(line);
  // Every request comes from 127.0.0.1: lift the per-address limit for this server only.
  const site = await startSite({ env: { ASK_CLIENT_LIMIT: '100000000' } });
  const asked = `${site.url}${TWIN}?ask=${encodeURIComponent(QUESTION)}`;
  const plain = `${site.url}${TWIN}`;
  try {
    await run({ url: plain, connections, duration: 2 });
    await run({ url: asked, connections, duration: 2 });
    const twins = [];
    const asks = [];
    for (let i = 0; i < rounds; i++) {
      twins.push(figures(await run({ url: plain, connections, duration: seconds })));
      asks.push(figures(await run({ url: asked, connections, duration: seconds })));
    }
    return {
      size,
      inProcess: process_,
      seconds,
      connections,
      rounds,
      twin: combine(twins),
      ask: combine(asks),
    };
  } finally {
    await site.stop();
  }
}

const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const pct = (n) => `${(n * 100).toFixed(0)} %`;

/** The question sets' rates, one line each, with the issue's targets or the rates on arrival. */
export function ratesLines({ answered, declined }) {
  const capital = (name) => name[0].toUpperCase() + name.slice(1);
  return [
    ...answered.map(
      (r) =>
        `${capital(r.name)}: first source ${pct(r.first)}, top-3 ${pct(r.top3)}, value in the answer ${pct(r.value)} (${r.note})`,
    ),
    ...declined.map(
      (r) => `${capital(r.name)}: ${pct(r.declined)} declined (target ≥ ${pct(r.target)})`,
    ),
  ];
}

export function markdown(r) {
  const row = (name, f) =>
    `| ${name} | ${f.rps.toLocaleString('en')} | ${f.p50} | ${f.p99} | ${f.non2xx} |`;
  const p = r.inProcess;
  return [
    `The question index (\`dist/server/ask-index.json\`, every section of every page, one index per language): ${kb(r.size.bytes)} (${kb(r.size.gzip)} gzip), loaded once per process in ${p.loadMs.toFixed(0)} ms.`,
    '',
    `In process (\`handleAsk\` on the built index, the ${p.questions} questions of the three question sets, ${p.answers} answers): p50 ${p.p50.toFixed(2)} ms per question (target ≤ ${p.targetP50} ms: ${p.p50 <= p.targetP50 ? 'met' : '**not met**'}), p99 ${p.p99.toFixed(2)} ms, mean ${p.mean.toFixed(2)} ms.`,
    '',
    ...ratesLines(p.rates).map((line) => `- ${line}`),
    '',
    `Over HTTP, autocannon, ${r.connections} connections, loopback; ${r.rounds} rounds of ${r.seconds} s on each URL, alternating, medians shown.`,
    '',
    '| URL | requests/s | p50 ms | p99 ms | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    row(`\`GET ${TWIN}\` (the twin, a static file)`, r.twin),
    row(`\`GET ${TWIN}?ask=${QUESTION.replace(/ /g, '+').replace('?', '%3F')}\``, r.ask),
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
  const r = await runAskBench({
    seconds: Number(values.seconds ?? 5),
    connections: Number(values.connections ?? 10),
    rounds: Number(values.rounds ?? 4),
  });
  console.log(markdown(r));
}
