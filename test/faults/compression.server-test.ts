/**
 * The server script compresses pages, styles and scripts, and keeps each static file's
 * compressed body so that it is compressed once per process. Against the production
 * server on loopback (its Kraken is the fake, never called here).
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSiteWithFake, type SiteWithFake } from '../hostile/support/site';
import { nodeRequest } from '../support/node-http';

let running: SiteWithFake;
let base: string;

beforeAll(async () => {
  running = await startSiteWithFake();
  base = running.site.url;
});
afterAll(async () => {
  await running.stop();
});

/** The raw bytes as sent: undici's fetch would decompress them behind our back. */
const raw = (path: string, headers: Record<string, string>) =>
  nodeRequest(`${base}${path}`, { headers });

const PAGE = '/exchange/kraken/pro/';

describe('compression by the server script', () => {
  it.each([
    { encoding: 'br', decode: brotliDecompressSync },
    { encoding: 'gzip', decode: gunzipSync },
  ])(
    'a page asked twice in $encoding decodes to the same page both times',
    async ({ encoding, decode }) => {
      const plain = await raw(PAGE, {});
      expect(plain.headers['content-encoding']).toBeUndefined();
      const first = await raw(PAGE, { 'accept-encoding': encoding });
      const second = await raw(PAGE, { 'accept-encoding': encoding });
      for (const answer of [first, second]) {
        expect(answer.status).toBe(200);
        expect(answer.headers['content-encoding']).toBe(encoding);
        expect(answer.headers['vary']).toMatch(/Accept-Encoding/i);
        expect(decode(answer.body).equals(plain.body)).toBe(true);
      }
      // The second answer comes from the kept body, with its exact length.
      expect(Number(second.headers['content-length'])).toBe(second.body.byteLength);
    },
  );

  it('a conditional request still gets 304 with no body', async () => {
    const first = await raw(PAGE, { 'accept-encoding': 'br' });
    const etag = String(first.headers['etag']);
    const again = await raw(PAGE, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
  });

  it('the JSON API is not compressed', async () => {
    const health = await raw('/api/health', { 'accept-encoding': 'br, gzip' });
    expect(health.status).toBe(200);
    expect(health.headers['content-encoding']).toBeUndefined();
  });
});
