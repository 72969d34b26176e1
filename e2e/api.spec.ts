import { expect, test } from '@playwright/test';
import { REQUIRED_PERMISSIONS } from '../src/lib/rules/permissions';

/** The JSON API of the offline checks, against the running production server. */
const GUIDE = {
  form: 'pro',
  permissions: [...REQUIRED_PERMISSIONS],
  nonceWindow: '2 000 000',
  serviceRange: '192.0.2.0/24',
  ipAllowlist: '192.0.2.0/25, 192.0.2.128/25',
  apiKey: 'EXAMPLEkey'.padEnd(56, 'A'),
};
const PRIVATE = 'EXAMPLEprivate'.padEnd(86, 'B') + '==';

test.describe('POST /api/kraken/check', () => {
  test('answers the same checks as the page, and passes the guide configuration', async ({
    request,
  }) => {
    const res = await request.post('/api/kraken/check', { data: GUIDE });
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control'], 'no-store').toBe('no-store');
    const { checks } = (await res.json()) as { checks: { id: string; status: string }[] };
    const status = Object.fromEntries(checks.map((c) => [c.id, c.status]));
    for (const name of GUIDE.permissions) expect(status[`permission.${name}`], name).toBe('pass');
    expect(status['permission.funds_withdraw']).toBe('pass');
    expect(status['permission.add_withdraw_address']).toBe('pass');
    expect(status['permission.update_withdraw_address']).toBe('pass');
    expect(status['nonce-window']).toBe('pass');
    expect(status['ip.allowlist']).toBe('pass');
    expect(status['key.api-key']).toBe('pass');
    expect(status['key.private-key'], 'only checked in the browser').toBe('skip');
  });

  test('refuses a private key with 400 and never echoes it', async ({ request }) => {
    for (const field of ['privateKey', 'private_key', 'apiSecret']) {
      const res = await request.post('/api/kraken/check', { data: { ...GUIDE, [field]: PRIVATE } });
      expect(res.status(), field).toBe(400);
      const text = await res.text();
      expect(text, `${field}: says why`).toContain(
        'A private key must never be sent to any server',
      );
      expect(text, `${field}: not echoed`).not.toContain(PRIVATE.slice(0, 20));
    }
  });

  for (const { name, body, fields } of [
    { name: 'malformed JSON', body: '{"form": ', fields: false },
    {
      name: 'an unknown form and an unknown field',
      body: '{"form":"new","colour":"red"}',
      fields: true,
    },
  ]) {
    test(`answers 400 naming what to change for ${name}`, async ({ request }) => {
      const res = await request.post('/api/kraken/check', {
        headers: { 'Content-Type': 'application/json' },
        data: body,
      });
      expect(res.status()).toBe(400);
      const json = (await res.json()) as {
        error: { status: number; message: string; fields?: object };
      };
      expect(json.error.status).toBe(400);
      expect(json.error.message.length, 'a sentence').toBeGreaterThan(10);
      if (fields)
        expect(Object.keys(json.error.fields ?? {}).length, 'field-level messages').toBeGreaterThan(
          0,
        );
    });
  }

  test('answers 405 with Allow: POST for other methods', async ({ request }) => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await request.fetch('/api/kraken/check', { method });
      expect(res.status(), method).toBe(405);
      expect(res.headers()['allow'], method).toBe('POST');
    }
  });

  test('answers 413 for a body over 16 KB', async ({ request }) => {
    const res = await request.post('/api/kraken/check', {
      headers: { 'Content-Type': 'application/json' },
      data: JSON.stringify({ ...GUIDE, ipAllowlist: '192.0.2.1, '.repeat(2000) }),
    });
    expect(res.status()).toBe(413);
  });

  test('answers 415 for anything but JSON', async ({ request }) => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await request.post('/api/kraken/check', {
        headers: { 'Content-Type': type },
        data: 'form=pro',
      });
      expect(res.status(), type).toBe(415);
      expect(res.headers()['cache-control'], type).toBe('no-store');
    }
  });

  test('serves its JSON Schema next to it', async ({ request }) => {
    const res = await request.get('/api/kraken/check.schema.json');
    expect(res.status()).toBe(200);
    expect(JSON.stringify(await res.json())).toContain('nonceWindow');
  });
});
