/** The key checker's rules as a reader meets them: the permission replica, nonce, IP, keys. */
import { expect, test } from '@playwright/test';
import {
  CHECKER,
  PERMISSION_IDS,
  REQUIRED,
  chooseForm,
  expectStatus,
  fakeKey,
  openChecker,
  permissionControl,
  result,
  tickGuideSet,
  type Status,
} from './checker-support';

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
