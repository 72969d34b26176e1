import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const CHECKER = '/exchange/kraken/key-checker/';

type Status = 'pass' | 'fail' | 'warn' | 'skip';
type Form = 'pro' | 'classic';

/** The guide's permissions, by machine name, with each form's label (src/lib/rules/permissions.ts). */
const REQUIRED: readonly { name: string; pro: string; classic: string; toggle?: true }[] = [
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
const PERMISSION_IDS = [
  ...REQUIRED.map((p) => `permission.${p.name}`),
  'permission.funds_withdraw',
  'permission.add_withdraw_address',
  'permission.update_withdraw_address',
  'permission.extra',
];

/** A fake key of `bytes` random bytes in base64: 42 bytes make 56 characters, 64 make 88. */
const fakeKey = (bytes: number): string => randomBytes(bytes).toString('base64');

const result = (scope: Page | Locator, id: string): Locator =>
  scope.locator(`[data-check="${id}"]`);

async function expectStatus(scope: Page | Locator, id: string, status: Status, why: string) {
  await expect(result(scope, id), `${id} is ${status}: ${why}`).toHaveAttribute(
    'data-status',
    status,
  );
}

/** Opens the checker page and waits until its island runs (a pointer over the form wakes it). */
async function openChecker(page: Page): Promise<Locator> {
  await page.goto(CHECKER);
  const checker = page.getByRole('form', { name: 'Key checker' });
  await checker.scrollIntoViewIfNeeded();
  await checker.hover();
  await expect(checker, 'the checker island hydrates').toHaveAttribute('data-hydrated', 'true');
  return checker;
}

function permissionControl(scope: Page | Locator, form: Form, p: (typeof REQUIRED)[number]) {
  const role = p.toggle && form === 'pro' ? 'switch' : 'checkbox';
  return scope.getByRole(role, { name: p[form], exact: true });
}

async function chooseForm(scope: Page | Locator, form: Form) {
  const name = form === 'pro' ? 'Kraken Pro' : 'Kraken Classic';
  await scope.getByRole('radio', { name }).check();
}

async function tickGuideSet(scope: Page | Locator, form: Form) {
  for (const p of REQUIRED) await permissionControl(scope, form, p).check();
}

test.describe('permission replica', () => {
  for (const form of ['pro', 'classic'] as const) {
    test(`ticking exactly the guide's set in the ${form} replica passes every permission check`, async ({
      page,
    }) => {
      const checker = await openChecker(page);
      await chooseForm(checker, form);
      await tickGuideSet(checker, form);
      for (const id of PERMISSION_IDS)
        await expectStatus(page, id, 'pass', `the ${form} guide set`);
    });
  }

  test('the Pro replica shows the WebSocket interface as a switch, Classic as a checkbox', async ({
    page,
  }) => {
    const checker = await openChecker(page);
    await expect(
      checker.getByRole('switch', { name: 'WebSocket interface' }),
      'Pro has a WebSocket switch',
    ).toBeVisible();
    await chooseForm(checker, 'classic');
    await expect(
      checker.getByRole('checkbox', { name: 'Access WebSockets API' }),
      'Classic has a WebSockets checkbox',
    ).toBeVisible();
    await expect(checker.getByRole('switch'), 'Classic has no switch').toHaveCount(0);
    await expect(
      checker.getByRole('checkbox', { name: 'Earn', exact: true }),
      'Classic has no Earn',
    ).toHaveCount(0);
  });

  test('unticking any one required permission fails just that check', async ({ page }) => {
    const checker = await openChecker(page);
    await tickGuideSet(checker, 'pro');
    for (const p of REQUIRED) {
      await permissionControl(checker, 'pro', p).uncheck();
      for (const id of PERMISSION_IDS) {
        const expected = id === `permission.${p.name}` ? 'fail' : 'pass';
        await expectStatus(page, id, expected, `only “${p.pro}” is off`);
      }
      await permissionControl(checker, 'pro', p).check();
    }
  });

  test('ticking Withdraw fails permission.funds_withdraw', async ({ page }) => {
    const checker = await openChecker(page);
    await tickGuideSet(checker, 'pro');
    await checker.getByRole('checkbox', { name: 'Withdraw', exact: true }).check();
    await expectStatus(page, 'permission.funds_withdraw', 'fail', 'Withdraw is on');
    await expect(
      page.getByRole('heading', { name: '1 thing to fix before you connect' }),
      'the summary lists the one fix',
    ).toBeVisible();
  });

  for (const [label, id] of [
    ['Add withdrawal addresses', 'permission.add_withdraw_address'],
    ['Update withdrawal addresses', 'permission.update_withdraw_address'],
  ] as const) {
    test(`ticking ${label} fails ${id}, saying why`, async ({ page }) => {
      const checker = await openChecker(page);
      await tickGuideSet(checker, 'pro');
      await checker.getByRole('checkbox', { name: label, exact: true }).check();
      await expectStatus(page, id, 'fail', `${label} is on`);
      await expect(result(page, id), 'the danger is named').toContainText('withdrawal');
      await expectStatus(page, 'permission.funds_withdraw', 'pass', 'Withdraw is still off');
      await chooseForm(checker, 'classic');
      await expect(
        checker.getByRole('checkbox', { name: label, exact: true }),
        'Classic’s form has no such box',
      ).toHaveCount(0);
    });
  }

  for (const extra of ['Deposit', 'Earn', 'Export data']) {
    test(`ticking ${extra} warns with permission.extra`, async ({ page }) => {
      const checker = await openChecker(page);
      await tickGuideSet(checker, 'pro');
      await checker.getByRole('checkbox', { name: extra, exact: true }).check();
      await expectStatus(page, 'permission.extra', 'warn', `${extra} is on`);
      await expect(result(page, 'permission.extra'), 'the warning names it').toContainText(extra);
      await expectStatus(page, 'permission.funds_query', 'pass', 'the required set is still on');
    });
  }

  test('the replica works with the keyboard alone (Tab and Space)', async ({ page }) => {
    const checker = await openChecker(page);
    const pro = checker.getByRole('radio', { name: 'Kraken Pro' });
    await pro.focus();
    await expect(pro, 'the form switch takes focus').toBeFocused();
    // Tab order: the radio group, then the boxes in the form's order, then the switch.
    const order = [
      'Query',
      'Deposit',
      'Withdraw',
      'Earn',
      'Add withdrawal addresses',
      'Update withdrawal addresses',
      'Query open orders & trades',
      'Query closed orders & trades',
      'Create & modify orders',
      'Cancel & close orders',
      'Query ledger entries',
      'Export data',
      'WebSocket interface',
    ];
    const wanted = new Set(REQUIRED.map((p) => p.pro));
    for (const label of order) {
      await page.keyboard.press('Tab');
      const role = label === 'WebSocket interface' ? 'switch' : 'checkbox';
      const control = checker.getByRole(role, { name: label, exact: true });
      await expect(control, `Tab reaches “${label}”`).toBeFocused();
      if (wanted.has(label)) await page.keyboard.press('Space');
    }
    for (const id of PERMISSION_IDS) await expectStatus(page, id, 'pass', 'ticked by keyboard');

    await pro.focus();
    await page.keyboard.press('ArrowRight');
    await expect(
      checker.getByRole('radio', { name: 'Kraken Classic' }),
      'an arrow key switches the form',
    ).toBeChecked();
    await expect(
      checker.getByRole('checkbox', { name: 'Query Funds' }),
      'the ticks carry over to the Classic layout',
    ).toBeChecked();
  });
});

test.describe('nonce window', () => {
  const cases: { typed: string; status: Status; says?: string }[] = [
    { typed: '2000000', status: 'pass' },
    { typed: '2 000 000', status: 'pass' },
    { typed: '2M', status: 'pass' },
    { typed: '1000000', status: 'fail', says: 'EAPI:Invalid nonce' },
    { typed: '5000000', status: 'warn' },
    { typed: 'abc', status: 'fail', says: '“abc”' },
  ];
  for (const { typed, status, says } of cases) {
    test(`“${typed}” is ${status}`, async ({ page }) => {
      const checker = await openChecker(page);
      await checker.getByLabel('Nonce window on your key').fill(typed);
      await expectStatus(page, 'nonce-window', status, `typed “${typed}”`);
      if (says) {
        await expect(result(page, 'nonce-window'), `the message says ${says}`).toContainText(says);
      }
    });
  }
});

test.describe('IP restriction', () => {
  const RANGE = '203.0.113.0/24, 2001:db8:1::/48';
  const cases: { name: string; allowlist: string; status: Status; says?: string }[] = [
    {
      name: 'a range covered by split entries passes',
      allowlist: '203.0.113.0/25\n203.0.113.128/25\n2001:db8:1::/48',
      status: 'pass',
    },
    {
      name: 'an uncovered part fails and is listed',
      allowlist: '203.0.113.0/25, 2001:db8:1::/48',
      status: 'fail',
      says: '203.0.113.128/25',
    },
    {
      name: 'an invalid entry fails and is named',
      allowlist: '203.0.113.0/24, 2001:db8:1::/48, 300.1.2.3',
      status: 'fail',
      says: '300.1.2.3',
    },
    { name: '0.0.0.0/0 warns', allowlist: '0.0.0.0/0, 2001:db8:1::/48', status: 'warn' },
  ];
  for (const { name, allowlist, status, says } of cases) {
    test(name, async ({ page }) => {
      const checker = await openChecker(page);
      await checker.getByLabel('Service’s IP range (from its connection page)').fill(RANGE);
      await checker.getByLabel('What you entered in Kraken’s IP restriction field').fill(allowlist);
      await expectStatus(page, 'ip.allowlist', status, name);
      if (says) await expect(result(page, 'ip.allowlist'), `names ${says}`).toContainText(says);
    });
  }

  test('an empty restriction field warns', async ({ page }) => {
    const checker = await openChecker(page);
    await checker.getByLabel('Service’s IP range (from its connection page)').fill(RANGE);
    const field = checker.getByLabel('What you entered in Kraken’s IP restriction field');
    await field.fill('203.0.113.0/24');
    await field.fill('');
    await expectStatus(page, 'ip.allowlist', 'warn', 'no restriction at all');
  });
});

test.describe('keys', () => {
  test('key-shaped values in the right fields pass; swapped ones fail key.swapped', async ({
    page,
  }) => {
    const checker = await openChecker(page);
    const apiKey = fakeKey(42);
    const privateKey = fakeKey(64);
    expect(apiKey, 'the fake API key has 56 characters').toHaveLength(56);
    expect(privateKey, 'the fake private key has 88 characters').toHaveLength(88);

    const api = checker.getByLabel('API key', { exact: true });
    const secret = checker.getByLabel('Private key', { exact: true });
    await expect(api, 'the API key field is a password field').toHaveAttribute('type', 'password');
    await expect(secret, 'the private key field is a password field').toHaveAttribute(
      'type',
      'password',
    );
    for (const [attribute, value] of [
      ['autocomplete', 'off'],
      ['spellcheck', 'false'],
      ['autocapitalize', 'off'],
    ]) {
      await expect(secret, `the private key field has ${attribute}=${value}`).toHaveAttribute(
        attribute!,
        value!,
      );
    }

    await api.fill(apiKey);
    await secret.fill(` ${privateKey}\n`);
    await expectStatus(page, 'key.api-key', 'pass', '56 base64 characters');
    await expectStatus(page, 'key.private-key', 'pass', '88 base64 characters, whitespace trimmed');
    await expectStatus(page, 'key.swapped', 'pass', 'each key in its own field');

    await api.fill(privateKey);
    await secret.fill(apiKey);
    await expectStatus(page, 'key.swapped', 'fail', 'the keys are exchanged');

    const show = checker.getByRole('button', { name: 'Show Private key' });
    await expect(show, 'the show toggle starts off').toHaveAttribute('aria-pressed', 'false');
    await show.click();
    await expect(show, 'the show toggle is pressed').toHaveAttribute('aria-pressed', 'true');
    await expect(secret, 'the private key is shown as text').toHaveAttribute('type', 'text');
  });

  test('nothing of the private key leaves the page or is stored', async ({ page }) => {
    test.slow(); // Types the key one key press at a time.
    const privateKey = fakeKey(64);
    const seen: string[] = [];
    page.on('request', (request) => {
      seen.push(
        [request.url(), JSON.stringify(request.headers()), request.postData() ?? ''].join('\n'),
      );
    });
    const checker = await openChecker(page);
    await checker.getByLabel('API key', { exact: true }).fill(fakeKey(42));
    await checker.getByLabel('Private key', { exact: true }).pressSequentially(privateKey);
    await checker.getByLabel('Private key', { exact: true }).press('Enter');
    await expectStatus(page, 'key.private-key', 'pass', 'the key was typed');
    await page.waitForTimeout(1500); // Let anything delayed (a debounce, a beacon) happen.
    await page.waitForLoadState('networkidle');

    expect(seen.length, 'the requests were recorded').toBeGreaterThan(0);
    const carrying = seen.filter((text) => text.includes(privateKey));
    expect(carrying, 'no request carries the private key').toEqual([]);
    expect(page.url(), 'the address has no private key').not.toContain(privateKey.slice(0, 20));
    const stored = await page.evaluate(() =>
      JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
    );
    expect(stored, 'no storage holds the private key').not.toContain(privateKey.slice(0, 20));
    await expect(page, 'Enter does not submit the form').toHaveURL(new RegExp(`${CHECKER}$`));
  });
});

test.describe('the checker page', () => {
  test('its summary says “Ready to connect” when every check passes', async ({ page }) => {
    const checker = await openChecker(page);
    await tickGuideSet(checker, 'pro');
    await checker.getByLabel('Nonce window on your key').fill('2000000');
    await checker
      .getByLabel('Service’s IP range (from its connection page)')
      .fill('203.0.113.0/24');
    await checker
      .getByLabel('What you entered in Kraken’s IP restriction field')
      .fill('203.0.113.0/24');
    await checker.getByLabel('API key', { exact: true }).fill(fakeKey(42));
    await checker.getByLabel('Private key', { exact: true }).fill(fakeKey(64));
    await expect(
      page.getByRole('heading', { name: 'Ready to connect' }),
      'the summary says ready',
    ).toBeVisible();
    await expect(
      checker.getByRole('status'),
      'the live region announces a short summary',
    ).toHaveText(/^Key check: \d+ passed\.$/);
  });

  test('its summary lists each fix with a link to its step', async ({ page }) => {
    const checker = await openChecker(page);
    await tickGuideSet(checker, 'pro');
    await checker.getByLabel('Nonce window on your key').fill('1000000');
    const fix = page.locator('[data-fix="nonce-window"]');
    await expect(fix, 'the nonce window fix is listed').toBeVisible();
    await expect(fix.getByRole('link'), 'it links to the nonce step').toHaveAttribute(
      'href',
      '/exchange/kraken/pro/#enable-custom-nonce-window',
    );
  });

  for (const theme of ['dark', 'light'] as const) {
    test(`has no axe violation after use, in the ${theme} theme`, async ({ page }) => {
      test.slow(); // axe over a long page.
      const checker = await openChecker(page);
      await page.evaluate((t) => {
        localStorage.setItem('starlight-theme', t);
        document.documentElement.dataset['theme'] = t;
      }, theme);
      await checker.getByRole('checkbox', { name: 'Query', exact: true }).check();
      await checker.getByRole('checkbox', { name: 'Withdraw', exact: true }).check();
      await checker.getByRole('checkbox', { name: 'Export data', exact: true }).check();
      await checker.getByLabel('Nonce window on your key').fill('2M');
      await checker
        .getByLabel('Service’s IP range (from its connection page)')
        .fill('203.0.113.0/24');
      await checker.getByLabel('API key', { exact: true }).fill('not a key');
      await checker.getByRole('button', { name: 'Show API key' }).click();
      await expect(result(page, 'key.api-key'), 'the API key is judged').not.toHaveAttribute(
        'data-status',
        /pass|skip/,
      );
      // The live check (src/components/live) is its own island, tested in its own spec.
      const { violations } = await new AxeBuilder({ page }).exclude('.kc-live').analyze();
      const report = violations.map(
        (v) => `${v.id} — ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      );
      expect(report.join('\n'), `axe violations (${theme})`).toBe('');
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the checker form posts to the server, which renders the results and keeps the fields', async ({
    page,
  }) => {
    await page.goto(CHECKER);
    const form = page.getByRole('form', { name: 'Key checker' });
    await expect(form, 'the island does not run').toHaveAttribute('data-hydrated', 'false');
    await expect(
      form.getByLabel('Private key', { exact: true }),
      'the no-JavaScript form has no private key field',
    ).toHaveCount(0);

    const apiKey = fakeKey(42);
    for (const p of REQUIRED) await permissionControl(form, 'pro', p).check();
    await form.getByRole('checkbox', { name: 'Withdraw', exact: true }).check();
    await form.getByRole('checkbox', { name: 'Update withdrawal addresses', exact: true }).check();
    await form.getByLabel('Nonce window on your key').fill('2 000 000');
    await form.getByLabel('Service’s IP range (from its connection page)').fill('203.0.113.0/24');
    await form
      .getByLabel('What you entered in Kraken’s IP restriction field')
      .fill('203.0.113.0/25');
    await form.getByLabel('API key', { exact: true }).fill(apiKey);
    await form.getByRole('button', { name: 'Check my key' }).click();

    await expect(page, 'the form posts to the result page').toHaveURL(/\/key-checker\/result\/$/);
    await expect(page.locator('main h1'), 'the result page has its title').toHaveText(
      'Key checker results',
    );
    await expectStatus(page, 'permission.funds_query', 'pass', 'ticked');
    await expectStatus(page, 'permission.websocket', 'pass', 'switched on');
    await expectStatus(page, 'permission.funds_withdraw', 'fail', 'Withdraw was ticked');
    await expectStatus(page, 'permission.update_withdraw_address', 'fail', 'it was ticked');
    await expectStatus(page, 'permission.add_withdraw_address', 'pass', 'it was not');
    await expectStatus(page, 'nonce-window', 'pass', '“2 000 000”');
    await expectStatus(page, 'ip.allowlist', 'fail', 'half the range is uncovered');
    await expect(result(page, 'ip.allowlist'), 'the gap is listed').toContainText(
      '203.0.113.128/25',
    );
    await expectStatus(page, 'key.api-key', 'pass', '56 base64 characters');
    await expectStatus(page, 'key.private-key', 'skip', 'never sent to the server');

    const kept = page.getByRole('form', { name: 'Key checker' });
    await expect(
      kept.getByRole('checkbox', { name: 'Withdraw', exact: true }),
      'ticks are kept',
    ).toBeChecked();
    await expect(
      kept.getByRole('checkbox', { name: 'Update withdrawal addresses', exact: true }),
      'the new permissions’ ticks too',
    ).toBeChecked();
    await expect(
      kept.getByRole('switch', { name: 'WebSocket interface' }),
      'the switch is kept',
    ).toBeChecked();
    await expect(kept.getByLabel('Nonce window on your key'), 'the nonce is kept').toHaveValue(
      '2 000 000',
    );
    await expect(
      kept.getByLabel('What you entered in Kraken’s IP restriction field'),
      'the IP field is kept',
    ).toHaveValue('203.0.113.0/25');
    await expect(kept.getByLabel('API key', { exact: true }), 'the API key is kept').toHaveValue(
      apiKey,
    );
    await expect(
      page.getByRole('heading', { name: '3 things to fix before you connect' }),
      'the summary is rendered by the server',
    ).toBeVisible();
  });

  test('the result page sends a plain visit back to the checker', async ({ page }) => {
    await page.goto(`${CHECKER}result/`);
    await expect(page, 'a GET lands on the checker page').toHaveURL(new RegExp(`${CHECKER}$`));
  });

  test('a guide page says where to check without JavaScript', async ({ page }) => {
    await page.goto('/exchange/kraken/pro/');
    const panel = page.getByRole('region', { name: 'Check your key’s permissions' });
    await expect(panel, 'the permission check is rendered by the server').toBeVisible();
    await expect(
      panel.getByRole('link', { name: 'key checker page' }),
      'it points to the checker page',
    ).toHaveAttribute('href', CHECKER);
  });
});

test.describe('guide pages', () => {
  const steps: { form: Form; step: string; region: string; check: string }[] = [
    {
      form: 'pro',
      step: 'select-permissions',
      region: 'permissions',
      check: 'permission.funds_query',
    },
    {
      form: 'pro',
      step: 'enable-the-option-for-ip-whitelisting-and-add-whitelisted-ip-addresses',
      region: 'IP restriction',
      check: 'ip.allowlist',
    },
    {
      form: 'pro',
      step: 'enable-custom-nonce-window',
      region: 'nonce window',
      check: 'nonce-window',
    },
    {
      form: 'pro',
      step: 'connect-kraken-with-created-api-keys',
      region: 'API keys',
      check: 'key.swapped',
    },
    { form: 'classic', step: 'name-your-key', region: 'nonce window', check: 'nonce-window' },
    {
      form: 'classic',
      step: 'select-permissions',
      region: 'permissions',
      check: 'permission.websocket',
    },
    {
      form: 'classic',
      step: 'enable-the-option-for-ip-whitelisting',
      region: 'IP restriction',
      check: 'ip.allowlist',
    },
    {
      form: 'classic',
      step: 'connect-kraken-with-created-api-keys',
      region: 'API keys',
      check: 'key.api-key',
    },
  ];
  for (const { form, step, region, check } of steps) {
    test(`the ${form} guide checks the ${region} at #${step}`, async ({ page }) => {
      await page.goto(`/exchange/kraken/${form}/`);
      const item = page.locator('li').filter({ has: page.locator(`:is(h2, h3)#${step}`) });
      const panel = item.getByRole('region', { name: `Check your key’s ${region}` });
      await panel.scrollIntoViewIfNeeded();
      await expect(panel, `${region} check hydrates`).toHaveAttribute('data-hydrated', 'true');
      // Results appear once something in the panel is filled in.
      const text = panel.locator('[data-field]').first();
      if ((await text.count()) > 0) await text.fill('1');
      else await panel.getByRole('checkbox').first().check();
      await expect(result(panel, check), `${check} is shown in that step`).toBeVisible();
    });
  }

  test('the Classic guide starts its replica in the Classic layout and its nonce check passes “2M”', async ({
    page,
  }) => {
    await page.goto('/exchange/kraken/classic/');
    const panel = page.getByRole('region', { name: 'Check your key’s permissions' });
    await panel.scrollIntoViewIfNeeded();
    await expect(panel, 'hydrates').toHaveAttribute('data-hydrated', 'true');
    await expect(
      panel.getByRole('radio', { name: 'Kraken Classic' }),
      'the page’s form is chosen',
    ).toBeChecked();
    await tickGuideSet(panel, 'classic');
    for (const id of PERMISSION_IDS) await expectStatus(panel, id, 'pass', 'the Classic guide set');

    const nonce = page.getByRole('region', { name: 'Check your key’s nonce window' });
    await nonce.scrollIntoViewIfNeeded();
    await expect(nonce, 'hydrates').toHaveAttribute('data-hydrated', 'true');
    await nonce.getByLabel('Nonce window on your key').fill('2M');
    await expectStatus(nonce, 'nonce-window', 'pass', '“2M”');
  });
});
