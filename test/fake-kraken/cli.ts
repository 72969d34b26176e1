/**
 * Starts the fake Kraken with the demo keys, for a local demo or e2e runs:
 *
 *   node test/fake-kraken/cli.ts [--port 8787] [--host 127.0.0.1] [--client-address 198.51.100.7]
 *
 * then, in another shell, build and serve the site against it:
 *
 *   KRAKEN_API_URL=http://127.0.0.1:8787 npm start
 *
 * Control API (JSON, same server): GET/DELETE /__control/requests,
 * GET /__control/state-changing, POST /__control/keys {FakeKeyConfig},
 * POST /__control/fault {mode, delayMs?, apiKey?}, POST /__control/key-info {known},
 * POST /__control/client-address
 * {address}, POST /__control/reset.
 */
import { parseArgs } from 'node:util';
import { DEMO_CONFIGS, DEMO_KEYS } from './demo-keys.ts';
import { startFakeKraken } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'client-address': { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const fake = await startFakeKraken({
  host: values.host,
  port: Number(values.port),
  keys: DEMO_CONFIGS,
  clientAddress: values['client-address'] ?? null,
});

if (values.json) {
  console.log(JSON.stringify({ url: fake.url, keys: DEMO_KEYS }, null, 2));
} else {
  console.log(`Fake Kraken listening on ${fake.url}`);
  console.log(`Point the site at it: KRAKEN_API_URL=${fake.url} npm start\n`);
  console.log('Demo keys (API key / private key):');
  for (const key of DEMO_KEYS) {
    console.log(`\n  ${key.name}: ${key.description}`);
    console.log(`    API key:     ${key.apiKey}`);
    console.log(`    Private key: ${key.privateKey}`);
  }
}

const stop = (): void => {
  void fake.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
