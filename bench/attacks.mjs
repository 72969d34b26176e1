#!/usr/bin/env node
// The attacks of the second hardening review, against the production server on loopback,
// with the server's memory (VmRSS) before, at its peak and after: pipelined requests never
// read (one connection sending 3,000 GETs for the largest script; ten sending 100 each),
// and the compression cache (3 rounds of 3,000 spellings of one path, 12 KB each; then a
// flood that would fill the cache had each spelling been an entry, and whether a new file
// is still kept). Each attack gets a fresh server; every run is bounded in requests and
// time; KRAKEN_API_URL is a closed loopback port. Nothing leaves 127.0.0.1.
//
//   npm run build && node bench/attacks.mjs
//   node bench/attacks.mjs --before /tmp/before   (also a built checkout of the code before,
//                                                  e.g. `git worktree add /tmp/before af23d12`)
//
// `runAttacks()` returns the figures for bench/run.mjs, which writes BENCHMARKS.md.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closedPort, freePort } from './lib/server.mjs';

const here = fileURLToPath(new URL('../', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rssKb = (pid) =>
  Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
const fds = (pid) => readdirSync(`/proc/${pid}/fd`).length;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** The built site of the checkout at `root`, on a free loopback port. */
async function serve(root) {
  if (!existsSync(join(root, 'dist/server/entry.mjs'))) {
    throw new Error(`No production build in ${root}/dist: build it first.`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      KRAKEN_API_URL: `http://127.0.0.1:${await closedPort()}`,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`the server in ${root} did not start`);
    }
    await sleep(100);
  }
  return {
    port,
    pid: child.pid,
    stop: () =>
      child.exitCode !== null ? null : (child.kill(), new Promise((r) => child.once('exit', r))),
  };
}

function get(port, path, headers, agent) {
  return new Promise((done) => {
    const started = performance.now();
    const req = request(
      { host: '127.0.0.1', port, path, headers, agent: agent ?? false },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () =>
          done({
            status: res.statusCode,
            headers: res.headers,
            bytes,
            ms: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', () =>
      done({ status: 0, headers: {}, bytes: 0, ms: performance.now() - started }),
    );
    req.end();
  });
}

function largestScript(root) {
  const dir = join(root, 'dist/client/_astro');
  const name = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
  return `/_astro/${name}`;
}

/** `connections` connections, each sending `count` pipelined GETs for `path`, reading none. */
async function pipelining(root, connections, count, watchMs = 20_000) {
  const site = await serve(root);
  const path = largestScript(root);
  await get(site.port, path, { 'accept-encoding': 'identity' });
  const before = rssKb(site.pid);
  const openBefore = fds(site.pid);
  const head = `GET ${path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: identity\r\n\r\n`;
  const sockets = Array.from({ length: connections }, () => {
    const socket = connect({ host: '127.0.0.1', port: site.port });
    socket.pause();
    socket.on('error', () => {});
    socket.write(head.repeat(count));
    return socket;
  });
  const started = Date.now();
  await sleep(1_000);
  const health = await get(site.port, '/api/health', {});
  let peak = rssKb(site.pid);
  let closedAfter = null;
  while (Date.now() - started < watchMs) {
    await sleep(250);
    peak = Math.max(peak, rssKb(site.pid));
    if (fds(site.pid) <= openBefore) {
      closedAfter = (Date.now() - started) / 1000;
      break;
    }
  }
  const after = rssKb(site.pid);
  for (const socket of sockets) socket.destroy();
  await site.stop();
  return { connections, count, before, peak, after, closedAfter, watchMs, health };
}

/** Rounds of 3,000 spellings of /favicon.svg (`/./…/N/../favicon.svg`, ~12 KB each), in Brotli. */
async function spellings(root, rounds = 3, perRound = 3_000) {
  const site = await serve(root);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const before = rssKb(site.pid);
  const afterRound = [];
  let n = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < perRound; i += 8) {
      await Promise.all(
        Array.from({ length: 8 }, () =>
          get(
            site.port,
            `/${'./'.repeat(6_000)}${n++}/../favicon.svg`,
            { 'accept-encoding': 'br' },
            agent,
          ),
        ),
      );
    }
    afterRound.push(rssKb(site.pid));
  }
  agent.destroy();
  await site.stop();
  return { before, afterRound, perRound };
}

/** Spellings of the largest script until a cache keyed by spelling would be full; then a new file. */
async function fill(root) {
  const site = await serve(root);
  const agent = new Agent({ keepAlive: true, maxSockets: 8 });
  const path = largestScript(root);
  const br = { 'accept-encoding': 'br' };
  await get(site.port, path, br, agent);
  const size = Number((await get(site.port, path, br, agent)).headers['content-length']);
  const count = Math.ceil((64 * 1024 * 1024) / size) + 50;
  const started = performance.now();
  for (let i = 0; i < count; i += 8) {
    await Promise.all(
      Array.from({ length: 8 }, (_, j) =>
        get(site.port, `/_astro/${i + j}/..${path.slice('/_astro'.length)}`, br, agent),
      ),
    );
  }
  const floodSeconds = (performance.now() - started) / 1000;
  const gzip = { 'accept-encoding': 'gzip' };
  await get(site.port, path, gzip, agent);
  const again = await get(site.port, path, gzip, agent);
  const rss = rssKb(site.pid);
  agent.destroy();
  await site.stop();
  return { count, floodSeconds, keptAfter: again.headers['content-length'] !== undefined, rss };
}

/** Every attack against one checkout. */
async function attack(root) {
  return {
    one: await pipelining(root, 1, 3_000),
    ten: await pipelining(root, 10, 100),
    spellings: await spellings(root),
    fill: await fill(root),
  };
}

/** @param {{ before?: string }} [options] a built checkout of the code before, to compare. */
export async function runAttacks({ before } = {}) {
  const after = await attack(here);
  return { after, before: before ? await attack(resolve(before)) : null };
}

function pipeRow(name, r) {
  if (!r) return '—';
  const closed =
    r.closedAfter === null
      ? `open after ${r.watchMs / 1000} s`
      : `closed after ${r.closedAfter.toFixed(1)} s`;
  return `${mb(r.before)} → peak ${mb(r.peak)} (+${mb(r.peak - r.before)}); ${closed}; /api/health during it: ${r.health.status} in ${r.health.ms.toFixed(0)} ms`;
}

function spellRow(r) {
  if (!r) return '—';
  return `${mb(r.before)} → ${r.afterRound.map(mb).join(' → ')} (+${mb(r.afterRound.at(-1) - r.before)})`;
}

function fillRow(r) {
  if (!r) return '—';
  return `${r.count} spellings in ${r.floodSeconds.toFixed(1)} s; a new file is then ${r.keptAfter ? 'kept' : '**never kept**'}; RSS ${mb(r.rss)}`;
}

export function markdown({ after, before }) {
  const rows = [
    [
      '1 connection, 3,000 pipelined GETs of the largest script, never read',
      (x) => pipeRow('one', x?.one),
    ],
    ['10 connections, 100 pipelined GETs each, never read', (x) => pipeRow('ten', x?.ten)],
    [
      '3 rounds of 3,000 spellings of `/favicon.svg` (12 KB each), RSS after each round',
      (x) => spellRow(x?.spellings),
    ],
    [
      'Spellings of the largest script, enough to fill a 64 MiB cache keyed by spelling',
      (x) => fillRow(x?.fill),
    ],
  ];
  return [
    '| attack | before (af23d12) | after |',
    '| --- | --- | --- |',
    ...rows.map(([name, f]) => `| ${name} | ${f(before)} | ${f(after)} |`),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const i = process.argv.indexOf('--before');
  const figures = await runAttacks({ before: i > 0 ? process.argv[i + 1] : undefined });
  console.log(markdown(figures));
}
