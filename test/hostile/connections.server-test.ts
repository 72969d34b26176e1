/**
 * What one connection or one client address can make the production server hold, on
 * loopback: thousands of pipelined requests never read, requests per connection,
 * connections per address, many spellings of one path against the compression cache,
 * Accept-Encoding's quality values, and Astro's on-demand image endpoint. Each case is
 * bounded in requests and time; memory is the server process's resident set.
 */
import { readdirSync, statSync } from 'node:fs';
import { Agent } from 'node:http';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHealthy, rawRequest, requestHead } from './support/raw-http';
import { openFds, rssKb, startSiteWithFake, type SiteWithFake } from './support/site';
import { nodeRequest } from '../support/node-http';

const ASSETS = fileURLToPath(new URL('../../dist/client/_astro/', import.meta.url));
/** The largest built script: the costliest static file to answer again and again. */
const SCRIPT = `/_astro/${
  readdirSync(ASSETS)
    .filter((name) => name.endsWith('.js'))
    .sort((a, b) => statSync(join(ASSETS, b)).size - statSync(join(ASSETS, a)).size)[0]
}`;
const FIGURE = `/_astro/${readdirSync(ASSETS).find((name) => name.endsWith('.png'))}`;
/** The server script's stall timeout, and how long a check may take to notice it. */
const STALL_MS = 10_000;
const MB = 1024;

let site: SiteWithFake;
let crowded: SiteWithFake;
/** Its own server: the pipelining attack leaves a heap in which growth would not show. */
let cached: SiteWithFake;
beforeAll(async () => {
  [site, crowded, cached] = await Promise.all([
    startSiteWithFake(),
    startSiteWithFake({ env: { MAX_CONNECTIONS_PER_CLIENT: '4' } }),
    startSiteWithFake(),
  ]);
});
afterAll(async () => {
  await Promise.all([site?.stop(), crowded?.stop(), cached?.stop()]);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection that sends `count` pipelined GETs for `path` at once and reads nothing. */
function pipelineUnread(port: number, path: string, count: number): Socket {
  const socket = connect({ host: '127.0.0.1', port });
  socket.pause();
  socket.on('error', () => {});
  const head = requestHead('GET', path, [
    ['Host', 'x'],
    ['Accept-Encoding', 'identity'],
  ]);
  socket.write(head.repeat(count));
  return socket;
}

/** Samples the server's memory until its open descriptors are back to `fds`, or `withinMs`. */
async function watch(pid: number, fds: number, withinMs: number) {
  const deadline = Date.now() + withinMs;
  let peakKb = rssKb(pid);
  let closed = false;
  while (Date.now() < deadline) {
    await sleep(250);
    peakKb = Math.max(peakKb, rssKb(pid));
    if (openFds(pid) <= fds) {
      closed = true;
      break;
    }
  }
  return { peakKb, closed };
}

/** One GET with node:http, the body as sent (never decompressed). */
const get = (port: number, path: string, headers: Record<string, string> = {}, agent?: Agent) =>
  nodeRequest({ port, path }, { headers, ...(agent ? { agent } : {}) });

describe('pipelined requests that are never read', () => {
  it('3,000 for a large script: memory stays bounded and the connection is cut', async () => {
    const { pid, port } = site.site;
    await get(port, SCRIPT); // the file server's own first-use costs are not the attack's
    const fds = openFds(pid);
    const before = rssKb(pid);
    const attack = pipelineUnread(port, SCRIPT, 3_000);
    await sleep(500);
    expect(await expectHealthy(port), 'others are served meanwhile').toBe(200);
    const { peakKb, closed } = await watch(pid, fds, STALL_MS + 8_000);
    attack.destroy();
    // Before: 280–450 MB, and the connection held for over a minute.
    expect(peakKb - before, `grew by ${Math.round((peakKb - before) / MB)} MB`).toBeLessThan(
      64 * MB,
    );
    expect(closed, 'the stalled connection was closed by the server').toBe(true);
  }, 40_000);

  it('a connection is answered at most 100 requests, then closed', async () => {
    const answer = await new Promise<{ data: string; closed: boolean }>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: site.site.port });
      const chunks: Buffer[] = [];
      const done = (closed: boolean) => {
        clearTimeout(timer);
        socket.destroy();
        resolve({ data: Buffer.concat(chunks).toString('latin1'), closed });
      };
      // Past keepAliveTimeout (5 s), so a close must come from the request limit.
      const timer = setTimeout(() => done(false), 4_000);
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('close', () => done(true));
      socket.on('error', () => done(true));
      socket.write(requestHead('GET', '/favicon.svg', [['Host', 'x']]).repeat(150));
    });
    const answered = answer.data.match(/HTTP\/1\.1 200 /g) ?? [];
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.length).toBeLessThanOrEqual(100);
    expect(answer.closed).toBe(true);
  });
});

describe('connections per client address (MAX_CONNECTIONS_PER_CLIENT=4)', () => {
  it('closes a fifth and sixth connection from one address, and takes new ones once others close', async () => {
    const port = crowded.site.port;
    const held = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<Socket>((resolve) => {
            const socket = connect({ host: '127.0.0.1', port }, () => resolve(socket));
            socket.on('error', () => {});
          }),
      ),
    );
    await sleep(200);
    const get = (): Promise<number | null> =>
      rawRequest({
        port,
        parts: [
          requestHead('GET', '/api/health', [
            ['Host', 'x'],
            ['Connection', 'close'],
          ]),
        ],
        timeoutMs: 3_000,
      }).then((answer) => answer.status);
    expect(await Promise.all([get(), get()])).toEqual([null, null]);
    for (const socket of held) socket.destroy();
    await sleep(300);
    expect(await get()).toBe(200);
  });
});

describe('the compression cache against many spellings of one path', () => {
  /** `/./././…/N/../favicon.svg`, about 12 KB each: the same file every time. */
  const spelling = (n: number) => `/${'./'.repeat(6_000)}${n}/../favicon.svg`;

  /** Asks for `count` spellings from `first` on, eight at a time over keep-alive. */
  async function flood(first: number, count: number) {
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    for (let i = first; i < first + count; i += 8) {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, j) =>
          get(cached.site.port, spelling(i + j), { 'accept-encoding': 'br' }, agent),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    }
    agent.destroy();
  }

  it('6,000 spellings of one file, after 3,000 more, hold no more memory', async () => {
    const { pid } = cached.site;
    // The first flood sizes the heap for parsing 12 KB URLs; what stays after it is the cache's.
    await flood(0, 3_000);
    const before = rssKb(pid);
    await flood(3_000, 6_000);
    const grown = rssKb(pid) - before;
    // Before: each spelling was an entry, its 12 KB key uncounted: ~115 MB more here.
    expect(grown, `grew by ${Math.round(grown / MB)} MB`).toBeLessThan(64 * MB);
  }, 90_000);

  it('after a cache-sized flood of spellings, a file never asked before is still kept', async () => {
    const port = cached.site.port;
    const agent = new Agent({ keepAlive: true, maxSockets: 8 });
    const br = { 'accept-encoding': 'br' };
    await get(port, SCRIPT, br, agent);
    const kept = await get(port, SCRIPT, br, agent);
    const size = Number(kept.headers['content-length']);
    expect(size, 'the script is kept compressed').toBeGreaterThan(0);
    // Enough spellings to fill the 64 MiB cap had each been an entry of its own.
    const count = Math.ceil((64 * 1024 * 1024) / size) + 50;
    for (let i = 0; i < count; i += 8) {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, j) =>
          get(port, `/_astro/${i + j}/..${SCRIPT.slice('/_astro'.length)}`, br, agent),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    }
    // The same script in gzip is a new entry, larger than any room a full cache has left.
    const gzip = { 'accept-encoding': 'gzip' };
    await get(port, SCRIPT, gzip, agent);
    const again = await get(port, SCRIPT, gzip, agent);
    agent.destroy();
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(again.body.byteLength).toBeGreaterThan(size);
    expect(
      Number(again.headers['content-length']),
      'answered from the cache, with its length',
    ).toBe(again.body.byteLength);
  }, 90_000);
});

describe('Accept-Encoding, with its quality values', () => {
  it.each([
    ['br;q=0, gzip;q=0, identity', undefined],
    ['gzip;q=0, br;q=0', undefined],
    ['identity', undefined],
    ['*;q=0, identity', undefined],
    ['x-br, x-gzip', undefined],
    ['gzip, br;q=0', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['gzip;q=0.5, br', 'br'],
    ['br, gzip', 'br'],
    ['gzip, br', 'br'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['*', 'br'],
    ['br;q=0, *', 'gzip'],
  ])('%s gets %s', async (accept, encoding) => {
    const answer = await get(site.site.port, '/', { 'accept-encoding': accept });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(encoding);
  });
});

describe("Astro's on-demand image endpoint", () => {
  it.each([
    ['GET', `/_image?href=${encodeURIComponent(FIGURE)}&w=64&h=64&f=webp`],
    ['GET', `/_image?href=${encodeURIComponent(FIGURE)}&w=2000&f=avif&q=100`],
    ['HEAD', `/_image?href=${encodeURIComponent(FIGURE)}&w=64&f=webp`],
    ['POST', `/_image?href=${encodeURIComponent(FIGURE)}&w=64&f=webp`],
    ['GET', `/_image/?href=${encodeURIComponent(FIGURE)}&w=64&f=webp`],
    ['GET', `/%5Fimage?href=${encodeURIComponent(FIGURE)}&w=64&f=webp`],
    ['GET', `/./x/../_IMAGE?href=${encodeURIComponent(FIGURE)}&w=64&f=webp`],
  ])('%s %s is refused, uncached, without transforming anything', async (method, path) => {
    const answer = await rawRequest({
      port: site.site.port,
      parts: [
        requestHead(method, path, [
          ['Host', 'x'],
          ['Connection', 'close'],
          ['Content-Length', '0'],
        ]),
      ],
      timeoutMs: 10_000,
    });
    expect(answer.status).toBe(404);
    expect(answer.head).toMatch(/\r\ncache-control: no-store/i);
    expect(answer.head).not.toMatch(/\r\ncontent-type: image\//i);
  });
});
