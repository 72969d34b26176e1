// What the soak (bench/load.mjs) sends: a mix of valid and invalid requests to both endpoints
// and a few pages, and the zero-latency Kraken on loopback that its probe batches reach.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { URLSearchParams } from 'node:url';
import { sign } from './fake.mjs';

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
export async function startZeroLatencyKraken() {
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

/** A batch signed as the page signs it, for a random key. */
function signedBatch() {
  const apiKey = randomBytes(42).toString('base64');
  const privateKey = randomBytes(64).toString('base64');
  let nonce = Date.now();
  const requests = PROBES.map(([method, params]) => {
    nonce += 1;
    const body = new URLSearchParams({ nonce: String(nonce), ...params }).toString();
    const signature = sign(privateKey, `/0/private/${method}`, String(nonce), body);
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
export function requestMix() {
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
