// What one request costs inside the handlers, without HTTP or the Astro pipeline: the
// share of the check endpoint's and the relay's per-request cost that is this project's
// own code. Run with `npm run bench:handlers` (Vitest's bench fixture, Tinybench); with
// BENCH_OUT=file.json the figures are also written there (`npm run bench` does that).
// Nothing leaves the process: the relay's upstream is a stub answering like Kraken.
import { writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { handleCheck } from '../src/lib/http/check-handler';
import { handleProbe } from '../src/lib/http/probe-handler';
import { createProbeLimiter } from '../src/lib/ratelimit/probe-limits';
import { CHECK_IDS, CheckRequestSchema, runChecks } from '../src/lib/rules';
import guideBody from './guide-body.json' with { type: 'json' };

const GUIDE_JSON = JSON.stringify(guideBody);
const parsed = CheckRequestSchema.parse(guideBody);

const post = (url: string, body: string) =>
  new Request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

// A fresh API key per batch, as the relay benchmark does, so the per-key limit never
// refuses; the per-address and relay-wide limits are raised for the same reason.
const limiter = createProbeLimiter({
  perClient: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
  global: { limit: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
});

/** Kraken's answer to GetApiKeyInfo for a key set up as the guide says. */
const KEY_INFO = JSON.stringify({
  error: [],
  result: {
    apiKeyName: 'trading-bot',
    apiKey: 'A'.repeat(56),
    nonce: '1790000000000',
    nonceWindow: 2_000_000,
    permissions: [
      'query-funds',
      'query-open-trades',
      'query-closed-trades',
      'modify-trades',
      'close-trades',
      'query-ledger',
      'create-ws-token',
    ],
    iban: 'AA12 3456 7890 1234 5678 90',
    validUntil: '0',
    queryFrom: '0',
    queryTo: '0',
    createdTime: '1790000000',
    modifiedTime: '1790000000',
    ipAllowlist: [],
    lastUsed: null,
  },
});
const krakenStub: typeof fetch = () =>
  Promise.resolve(new Response(KEY_INFO, { headers: { 'content-type': 'application/json' } }));
let lastNonce = 0;
let serial = 0;

/** The live check's first call, GetApiKeyInfo, signed as the page signs it (the stub does not verify). */
function probeBatch(): string {
  lastNonce = Math.max(Date.now(), lastNonce + 1);
  const apiKey = `bench${String(serial++).padStart(16, '0')}`.padEnd(56, 'A');
  return JSON.stringify({
    apiKey,
    requests: [
      {
        method: 'GetApiKeyInfo',
        nonce: String(lastNonce),
        body: `nonce=${lastNonce}`,
        signature: 'A'.repeat(86) + '==',
      },
    ],
  });
}

async function checkOnce(): Promise<void> {
  const response = await handleCheck(post('http://127.0.0.1/api/kraken/check', GUIDE_JSON));
  if (response.status !== 200) throw new Error(`handleCheck answered ${response.status}`);
  await response.text();
}

/** The same call with an empty JSON body: every check skips (the HTTP benchmark's baseline). */
async function checkEmptyOnce(): Promise<void> {
  const response = await handleCheck(post('http://127.0.0.1/api/kraken/check', '{}'));
  if (response.status !== 200) throw new Error(`handleCheck answered ${response.status}`);
  await response.text();
}

async function probeOnce(): Promise<void> {
  const response = await handleProbe(post('http://127.0.0.1/api/kraken/probe', probeBatch()), {
    client: { ok: true, address: '127.0.0.1', bucket: '127.0.0.1' },
    env: { krakenApiUrl: 'http://127.0.0.1:9', egressIps: [] },
    limiter,
    fetch: krakenStub,
  });
  const text = await response.text();
  if (response.status !== 200 || !text.includes('"live.funds_query","status":"pass"')) {
    throw new Error(`handleProbe did not pass the probe: ${response.status} ${text.slice(0, 200)}`);
  }
}

export interface HandlerFigure {
  name: string;
  /** Microseconds per call. */
  p50: number;
  p99: number;
  mean: number;
}

test('what one request costs in the handlers', async ({ bench }) => {
  const cases: [string, () => unknown][] = [
    [
      'floor: a trivial handler (a Response of 11 bytes, read back)',
      () => new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } }).text(),
    ],
    [`handleCheck: the guide body → ${CHECK_IDS.length} checks → JSON, read back`, checkOnce],
    ['handleCheck with `{}`: every check skips → JSON, read back', checkEmptyOnce],
    [
      `runChecks alone (the ${CHECK_IDS.length} rules)`,
      () => runChecks(parsed, { where: 'server' }),
    ],
    [
      'handleProbe: GetApiKeyInfo, Kraken stubbed (validate, limit, relay, parse, judge)',
      probeOnce,
    ],
  ];
  const figures: HandlerFigure[] = [];
  for (const [name, fn] of cases) {
    const result = await bench(name, fn).run();
    const { latency } = result;
    // Tinybench reports milliseconds.
    figures.push({
      name,
      p50: latency.p50 * 1000,
      p99: latency.p99 * 1000,
      mean: latency.mean * 1000,
    });
  }
  for (const f of figures) {
    console.log(`${f.name}: p50 ${f.p50.toFixed(1)} µs, p99 ${f.p99.toFixed(1)} µs`);
  }
  if (process.env['BENCH_OUT']) writeFileSync(process.env['BENCH_OUT'], JSON.stringify(figures));
}, 120_000);
