// A reader gives through the appeal and Stripe Checkout (the emulator) in Chromium, and the thank-you page shows it once.
import { expect, test, type Page } from '@playwright/test';
import { EMULATOR, flushWebhooks, payOnStripe } from './reader-steps';

const ARTICLE = '/articles/river-bridge-repairs-delayed';

function appeal(page: Page) {
  return page.locator('section#support');
}

/** Lets every webhook the emulator has queued reach the app, then reloads what the reader sees. */
async function flushWebhooksAndReload(page: Page) {
  await flushWebhooks(page);
  await page.reload();
}

test('a reader gives once from the end of an article and is thanked for it, recorded once', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = appeal(page);
  await section.getByRole('radio', { name: 'Once' }).check();
  await section.getByRole('radio', { name: '$50' }).check();
  await section.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email: 'once@example.org', button: 'Donate' });

  await expect(page).toHaveURL(/\/support\/thank-you\?session_id=cs_/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Thank you for supporting/);
  await expect(page.getByRole('status')).toContainText('You gave $50 once.');
  // The masthead thanks them too, on this very page.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Thank you for your support' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Support us' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Could you make it monthly?' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Manage your support' })).toHaveAttribute('href', '/account');
  await expect(page.getByRole('form', { name: /newsletter/ }).getByRole('button', { name: 'Sign up' })).toBeVisible();
  await flushWebhooksAndReload(page);
  await expect(page.getByRole('link', { name: /^Receipt for \$50$/ })).toHaveCount(1);

  // Back on an article, the reader is thanked rather than asked again.
  await page.goto(ARTICLE);
  await expect(page.getByText(/^Thank you for supporting The Millbrook Ledger/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
});

test('a reader who already gives monthly and gives once more is thanked for both, not asked to make it monthly', async ({ page }) => {
  const email = `regular-${Date.now()}@example.org`;
  await page.goto(ARTICLE);
  await appeal(page).getByRole('radio', { name: '$10', exact: true }).check();
  await appeal(page).getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email, button: 'Subscribe' });
  await expect(page.getByRole('status')).toContainText('You are now supporting us with $10 a month.');
  await expect(page.getByRole('link', { name: 'Manage your support' })).toHaveAttribute('href', '/account');
  await flushWebhooks(page);

  // A fresh browser, as on another device: only the address ties the two gifts together.
  await page.context().clearCookies();
  await page.goto('/support');
  await appeal(page).getByRole('radio', { name: 'Once' }).check();
  await appeal(page).getByRole('radio', { name: '$25', exact: true }).check();
  await appeal(page).getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email, button: 'Donate' });
  await expect(page.getByRole('status')).toContainText('You gave $25 once.');
  await expect(page.getByText('This gift comes on top of your regular support.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Could you make it monthly?' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Manage your support' })).toBeVisible();
});

test('a reader starts monthly support at a preset amount', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = appeal(page);
  await expect(section.getByRole('radio', { name: 'Monthly' })).toBeChecked();
  await section.getByRole('radio', { name: '$20' }).check();
  await section.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email: 'monthly@example.org', button: 'Subscribe' });

  await expect(page.getByRole('status')).toContainText('You are now supporting us with $20 a month.');
  await expect(page.getByRole('heading', { name: 'Could you make it monthly?' })).toHaveCount(0);
  await flushWebhooksAndReload(page);
  await expect(page.getByRole('link', { name: /^Receipt for \$20$/ })).toHaveCount(1);
});

test('a reader starts annual support at an "Other amount" from the support page', async ({ page }) => {
  await page.goto('/support');
  const section = appeal(page);
  await section.getByRole('radio', { name: 'Annual' }).check();
  await section.getByRole('textbox', { name: 'Other amount' }).fill('75.50');
  await section.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email: 'annual@example.org', button: 'Subscribe' });

  await expect(page.getByRole('status')).toContainText('You are now supporting us with $75.50 a year.');
  await flushWebhooksAndReload(page);
  await expect(page.getByRole('link', { name: /^Receipt for \$75\.50$/ })).toHaveCount(1);
});

test('a declined card leaves nothing recorded', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = appeal(page);
  await section.getByRole('radio', { name: 'Once' }).check();
  await section.getByRole('radio', { name: '$10', exact: true }).check();
  await section.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email: 'declined@example.org', card: '4000 0000 0000 0002', button: 'Donate' });
  await expect(page.getByRole('alert')).toHaveText('Your card was declined.');
  const sessionId = new URL(page.url()).pathname.split('/').pop();

  await page.request.post(`${EMULATOR}/_emulator/flush`);
  await page.goto(`/support/thank-you?session_id=${sessionId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your payment has not gone through');
  await expect(page.getByRole('link', { name: /Receipt/ })).toHaveCount(0);
});

test('cancel on Stripe returns to the appeal with the choice kept', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = appeal(page);
  await section.getByRole('radio', { name: 'Annual' }).check();
  await section.getByRole('textbox', { name: 'Other amount' }).fill('60');
  await section.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  await page.getByRole('link', { name: /Cancel and return/ }).click();

  await expect(page).toHaveURL(new RegExp(`${ARTICLE}\\?.*frequency=annual.*#support$`));
  await expect(section.getByRole('radio', { name: 'Annual' })).toBeChecked();
  await expect(section.getByRole('textbox', { name: 'Other amount' })).toHaveValue('60');
  await expect(section).toBeInViewport();
});

test('an unknown thank-you link is a clear 404, and Stripe is not asked about it', async ({ page }) => {
  const stripeCalls = async () => ((await (await page.request.get(`${EMULATOR}/_emulator/requests`)).json()) as { total: number }).total;
  const before = await stripeCalls();
  const response = await page.goto('/support/thank-you?session_id=cs_test_doesnotexist123');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that payment');
  expect(await stripeCalls()).toBe(before);
});
