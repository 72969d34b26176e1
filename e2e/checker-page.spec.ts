/** The checker page's summary and themes, the form without JavaScript, the islands in the guides. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  CHECKER,
  PERMISSION_IDS,
  REQUIRED,
  expectStatus,
  fakeKey,
  openChecker,
  permissionControl,
  result,
  tickGuideSet,
  type Form,
} from './checker-support';

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
