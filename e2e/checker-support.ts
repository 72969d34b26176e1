/** What the checker's end-to-end specs share: its page, the guide's permissions, statuses. */
import { randomBytes } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const CHECKER = '/exchange/kraken/key-checker/';

export type Status = 'pass' | 'fail' | 'warn' | 'skip';
export type Form = 'pro' | 'classic';

/** The guide's permissions, by machine name, with each form's label (src/lib/rules/permissions.ts). */
export const REQUIRED: readonly { name: string; pro: string; classic: string; toggle?: true }[] = [
  { name: 'funds_query', pro: 'Query', classic: 'Query Funds' },
  {
    name: 'trades_query_open',
    pro: 'Query open orders & trades',
    classic: 'Query Open Orders & Trades',
  },
  {
    name: 'trades_query_closed',
    pro: 'Query closed orders & trades',
    classic: 'Query Closed Orders & Trades',
  },
  { name: 'trades_modify', pro: 'Create & modify orders', classic: 'Modify Orders' },
  { name: 'trades_close', pro: 'Cancel & close orders', classic: 'Cancel/Close Orders' },
  { name: 'ledger_query', pro: 'Query ledger entries', classic: 'Query Ledger Entries' },
  { name: 'websocket', pro: 'WebSocket interface', classic: 'Access WebSockets API', toggle: true },
];
export const PERMISSION_IDS = [
  ...REQUIRED.map((p) => `permission.${p.name}`),
  'permission.funds_withdraw',
  'permission.add_withdraw_address',
  'permission.update_withdraw_address',
  'permission.extra',
];

/** A fake key of `bytes` random bytes in base64: 42 bytes make 56 characters, 64 make 88. */
export const fakeKey = (bytes: number): string => randomBytes(bytes).toString('base64');

export const result = (scope: Page | Locator, id: string): Locator =>
  scope.locator(`[data-check="${id}"]`);

export async function expectStatus(scope: Page | Locator, id: string, status: Status, why: string) {
  await expect(result(scope, id), `${id} is ${status}: ${why}`).toHaveAttribute(
    'data-status',
    status,
  );
}

/** Opens the checker page and waits until its island runs (a pointer over the form wakes it). */
export async function openChecker(page: Page): Promise<Locator> {
  await page.goto(CHECKER);
  const checker = page.getByRole('form', { name: 'Key checker' });
  await checker.scrollIntoViewIfNeeded();
  await checker.hover();
  await expect(checker, 'the checker island hydrates').toHaveAttribute('data-hydrated', 'true');
  return checker;
}

export function permissionControl(scope: Page | Locator, form: Form, p: (typeof REQUIRED)[number]) {
  const role = p.toggle && form === 'pro' ? 'switch' : 'checkbox';
  return scope.getByRole(role, { name: p[form], exact: true });
}

export async function chooseForm(scope: Page | Locator, form: Form) {
  const name = form === 'pro' ? 'Kraken Pro' : 'Kraken Classic';
  await scope.getByRole('radio', { name }).check();
}

export async function tickGuideSet(scope: Page | Locator, form: Form) {
  for (const p of REQUIRED) await permissionControl(scope, form, p).check();
}
