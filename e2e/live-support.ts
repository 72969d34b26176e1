/**
 * What the live check's end-to-end specs share: the fake Kraken's control API,
 * fresh keys, and reading the live check's outcome on a page.
 */
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { REQUIRED } from '../test/fake-kraken/demo-keys.ts';
import type { FakeKeyConfig, FakePermission, RecordedRequest } from '../test/fake-kraken/server.ts';
import { LIVE_PERMISSIONS } from '../src/lib/kraken/probes';
import { PERMISSION_NAMES } from '../src/lib/profile/kraken';
import { LIVE, livePermissionId } from '../src/lib/rules/live-registry';

export const FAKE = `http://127.0.0.1:${Number(process.env['E2E_KRAKEN_PORT'] ?? 4392)}`;
/** What playwright.config.ts sets as PROBE_EGRESS_IPS for the site. */
export const EGRESS_IP = '198.51.100.7';
export const CHECKER = '/exchange/kraken/key-checker/';
export const PRO = '/exchange/kraken/pro/';
export const CLASSIC = '/exchange/kraken/classic/';
export const DAY_MS = 24 * 60 * 60 * 1000;

export type Status = 'pass' | 'fail' | 'warn' | 'skip';
/** The permissions a probe proves, in the order the probes run (the live registry's ids). */
export const PERMISSION_CHECKS = LIVE_PERMISSIONS.map(livePermissionId);

export interface Keys {
  apiKey: string;
  privateKey: string;
}

export async function control<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${FAKE}/__control/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    ...(body === undefined
      ? {}
      : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
  });
  expect(response.ok, `fake Kraken /__control/${path} answers`).toBe(true);
  return (await response.json()) as T;
}

/** A key of the fake's that no other test uses, so the relay's per-key limit never meets it twice. */
export async function freshKey(
  permissions: readonly FakePermission[] = REQUIRED,
  config: Partial<FakeKeyConfig> = {},
): Promise<Keys> {
  const keys = {
    apiKey: randomBytes(42).toString('base64'),
    privateKey: randomBytes(64).toString('base64'),
  };
  await control('keys', { ...keys, permissions, ...config });
  return keys;
}

export async function openLive(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const live = page.locator('[data-live-check]');
  await live.scrollIntoViewIfNeeded();
  // A pointer over the island wakes it, as a reader's would.
  await live.hover();
  await expect(live, 'the live check hydrates').toHaveAttribute('data-hydrated', 'true');
  return live;
}

export async function fill(live: Locator, keys: Keys, typed: Set<string>) {
  typed.add(keys.privateKey);
  await live.getByLabel('API key', { exact: true }).fill(keys.apiKey);
  await live.getByLabel('Private key', { exact: true }).fill(keys.privateKey);
}

/** Presses the button and waits for the outcome; returns its kind. */
export async function run(live: Locator): Promise<string> {
  const results = live.locator('.kc-live-results');
  await live.getByRole('button', { name: 'Check my key on Kraken' }).click();
  await expect(results, 'the check runs').not.toHaveAttribute('data-live-outcome', 'none');
  await expect(results, 'the check finishes').not.toHaveAttribute('data-live-outcome', 'busy', {
    timeout: 40_000,
  });
  return (await results.getAttribute('data-live-outcome')) ?? '';
}

export async function check(live: Locator, keys: Keys, typed: Set<string>): Promise<string> {
  await fill(live, keys, typed);
  return run(live);
}

export async function expectStatus(live: Locator, id: string, status: Status, why: string) {
  await expect(live.locator(`[data-check="${id}"]`), `${id} is ${status}: ${why}`).toHaveAttribute(
    'data-status',
    status,
  );
}

export async function statuses(live: Locator): Promise<Record<string, string>> {
  const items = live.locator('[data-check]');
  const out: Record<string, string> = {};
  for (const item of await items.all()) {
    out[(await item.getAttribute('data-check')) ?? ''] =
      (await item.getAttribute('data-status')) ?? '';
  }
  return out;
}

/** What the fake received for this API key: read-only calls with millisecond nonces. */
export async function expectFakeLog(
  apiKey: string,
  { calls }: { calls: 'some' | 'none' } = { calls: 'some' },
) {
  const log = await control<RecordedRequest[]>('requests');
  const mine = log.filter((r) => r.headers['api-key'] === apiKey);
  if (calls === 'some') expect(mine.length, 'Kraken was called').toBeGreaterThan(0);
  else expect(mine, 'Kraken was not called').toEqual([]);
  expectSafe(mine);
}

export function expectSafe(log: readonly RecordedRequest[]) {
  const now = Date.now();
  for (const r of log) {
    expect(r.stateChanging, `${r.method} does not change the account`).toBe(false);
    expect(r.nonce, `${r.method}'s nonce is 13-digit milliseconds`).toMatch(/^\d{13}$/);
    expect(Math.abs(Number(r.nonce) - now), `${r.method}'s nonce is within a day`).toBeLessThan(
      DAY_MS,
    );
  }
}

/** Every catalogue permission, as the live check names it. */
export const ALL_PERMISSIONS = PERMISSION_NAMES;

/** What a key set up as the guide says shows after GetApiKeyInfo; `live.ip` skips without a range. */
export function described(changes: Record<string, Status> = {}, ip: Status = 'skip') {
  return {
    [LIVE.auth.id]: 'pass',
    [LIVE.nonce.id]: 'pass',
    ...Object.fromEntries(ALL_PERMISSIONS.map((p) => [livePermissionId(p), 'pass'])),
    [LIVE.nonceWindow.id]: 'pass',
    [LIVE.ip.id]: ip,
    [LIVE.expiry.id]: 'pass',
    [LIVE.queryWindow.id]: 'pass',
    ...changes,
  };
}

/** When Kraken stopped at GetApiKeyInfo: the probes' permission checks were never sent. */
export function stopped(changes: Record<string, Status>) {
  return {
    [LIVE.auth.id]: 'skip',
    [LIVE.nonce.id]: 'skip',
    ...changes,
    ...Object.fromEntries(PERMISSION_CHECKS.map((id) => [id, 'skip'])),
  };
}

/** The calls the fake received for a key: exactly the GetApiKeyInfo call, or the fallback's nine. */
export async function callsFor(apiKey: string): Promise<(string | null)[]> {
  const log = await control<RecordedRequest[]>('requests');
  return log.filter((r) => r.headers['api-key'] === apiKey).map((r) => r.method);
}

/** The checker page's service range field: what the live check compares Kraken's allowlist with. */
export async function enterServiceRange(page: Page, range: string) {
  const checker = page.getByRole('form', { name: 'Key checker' });
  await checker.scrollIntoViewIfNeeded();
  await expect(checker, 'the checker hydrates').toHaveAttribute('data-hydrated', 'true');
  await checker.getByLabel('Service’s IP range (from its connection page)').fill(range);
}

/** After a spec: no state-changing call reached the fake Kraken, and its log is safe. */
export async function expectFakeUntouched() {
  expect(
    await control<RecordedRequest[]>('state-changing'),
    'no state-changing call reached Kraken',
  ).toEqual([]);
  expectSafe(await control<RecordedRequest[]>('requests'));
}
