#!/usr/bin/env node
// `npm run bench`: builds the site (timed), then runs every benchmark against the
// production build on loopback and writes BENCHMARKS.md with the machine it ran on.
// Timings are reported here, never asserted in tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdown as apiMd, runApiBench } from './api.mjs';
import { markdown as attacksMd, runAttacks } from './attacks.mjs';
import { markdown as interactionMd, runInteractionBench } from './interaction.mjs';
import { markdown as askMd, runAskBench } from './ask.mjs';
import { markdown as bundlesMd, runBundlesBench } from './bundles.mjs';
import { machine } from './lib/machine.mjs';
import { toMarkdown as loadMd, runLoad } from './load.mjs';
import { markdown as pagesMd, runPagesBench } from './pages.mjs';
import { markdown as relayMd, runRelayBench } from './relay.mjs';
import { markdown as redisMd, REDIS_NOTE, runRedisBench } from './redis.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
// Read before anything starts: what else the machine was doing when the run began.
const loadAtStart = machine().load;

function size(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      const s = size(p);
      bytes += s.bytes;
      files += s.files;
    } else {
      bytes += statSync(p).size;
      files += 1;
    }
  }
  return { bytes, files };
}

function build() {
  const started = process.hrtime.bigint();
  const r = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('astro build failed');
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** bench/handlers.bench.ts through Vitest: microseconds per call inside the handlers. */
function handlers() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-handlers-'));
  const out = join(dir, 'handlers.json');
  try {
    const r = spawnSync(
      join(root, 'node_modules/.bin/vitest'),
      ['bench', '--run', 'bench/handlers.bench.ts'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, BENCH_OUT: out },
      },
    );
    if (r.status !== 0) throw new Error('bench/handlers.bench.ts failed');
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** p50 targets in microseconds, by the start of the figure's name. */
const HANDLER_TARGETS = { handleCheck: 300, handleProbe: 500 };

function handlersMd(figures) {
  const us = (x) => `${x.toFixed(1)} µs`;
  const target = (f) => {
    const key = Object.keys(HANDLER_TARGETS).find((k) => f.name.startsWith(`${k}:`));
    if (!key) return '—';
    const limit = HANDLER_TARGETS[key];
    return `p50 ≤ ${limit / 1000} ms, ${f.p50 <= limit ? '**met**' : '**not met**'}`;
  };
  return [
    'In process, without HTTP or the Astro pipeline (`npm run bench:handlers`, Tinybench): the part of ' +
      'each request that is this project’s own code.',
    '',
    '| call | p50 | p99 | mean | target |',
    '| --- | ---: | ---: | ---: | --- |',
    ...figures.map(
      (f) => `| ${f.name} | ${us(f.p50)} | ${us(f.p99)} | ${us(f.mean)} | ${target(f)} |`,
    ),
  ].join('\n');
}

const log = (s) => process.stderr.write(`[bench] ${s}\n`);
const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;

log('building…');
const buildSeconds = build();
const client = size(join(root, 'dist/client'));
const server = size(join(root, 'dist/server'));
log('pages, search, Lighthouse…');
const pages = await runPagesBench({ runs: Number(process.env.LIGHTHOUSE_RUNS ?? 5) });
log("islands' code…");
const bundles = await runBundlesBench();
log('key checker at 4× CPU slowdown…');
const interaction = await runInteractionBench({ runs: 5 });
log('handlers, in process…');
const inProcess = handlers();
log('check API…');
const api = await runApiBench({});
log('probe relay…');
const relay = await runRelayBench({});
log('limits on Redis vs memory, two instances…');
const redis = await runRedisBench({});
log('asking the docs…');
const askFigures = await runAskBench({});
log(`load (${process.env.LOAD_SECONDS ?? 60} s)…`);
const load = await runLoad({});
log('attacks on connections and the compression cache…');
const attacks = await runAttacks({ before: process.env.BENCH_BEFORE });

const m = machine();
const report = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${m.date}. Machine: ${m.cpu}, ${m.memory}, ${m.os}, Node ${m.node}. ` +
    `Load average (1 min) when the run started: ${loadAtStart} (2 cores; near 0 means nothing else ran). ` +
    'Everything runs on loopback on the same machine (server, load generator, browser), so absolute figures are ' +
    'pessimistic; the ratios and sizes are what to compare.',
  '',
  '## Build',
  '',
  `| build time | client output | server output |`,
  '| ---: | ---: | ---: |',
  `| ${buildSeconds.toFixed(1)} s | ${mb(client.bytes)} in ${client.files} files | ${mb(server.bytes)} in ${server.files} files |`,
  '',
  '## Pages',
  '',
  pagesMd(pages),
  '',
  "### Islands' code (bundle sizes)",
  '',
  bundlesMd(bundles),
  '',
  '### Key checker on a slow phone',
  '',
  interactionMd(interaction),
  '',
  '## Handlers in process',
  '',
  handlersMd(inProcess),
  '',
  '## Check API',
  '',
  apiMd(api),
  '',
  '## Probe relay',
  '',
  relayMd(relay),
  '',
  '## Shared limits: Redis vs memory, two instances',
  '',
  redisMd(redis),
  '',
  REDIS_NOTE,
  '',
  '## Asking the docs',
  '',
  askMd(askFigures),
  '',
  '## Load',
  '',
  loadMd(load),
  '',
  '## Hardening: attacks on connections and the compression cache',
  '',
  attacksMd(attacks),
  '',
].join('\n');
writeFileSync(join(root, 'BENCHMARKS.md'), report);
log('wrote BENCHMARKS.md');
console.log(report);
