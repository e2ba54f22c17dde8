// A supporter's data in Chromium: download it, delete the account (Stripe first, then our copy), and no reader can
// reach another's support by its ids. Also: the account page passes axe and works without JavaScript.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { ARTICLE, postAccountForm, signInByEmail, startMonthlySupport } from './account-helpers';
import { EMULATOR, payOnStripe, uniqueEmail } from './reader-steps';

type Exported = {
  user: { email: string };
  supporter: { stripeCustomerId: string };
  subscriptions: { stripeSubscriptionId: string; amount: number; currency: string; interval: string; status: string }[];
  contributions: { amount: number; receiptUrl: string | null }[];
  newsletter: { status: string } | null;
};

async function stripeObject(request: APIRequestContext, path: string) {
  const response = await request.get(`${EMULATOR}/v1/${path}`, { headers: { authorization: 'Bearer sk_test_e2e_account' } });
  return response.json();
}

test('a supporter downloads their data, then deletes the account: support cancelled, customer deleted, email gone', async ({ page }) => {
  test.setTimeout(150_000);
  const email = uniqueEmail('leaving');
  await startMonthlySupport(page, { email, amount: '$5' });
  await signInByEmail(page, email);

  const newsletter = page.getByRole('switch', { name: 'Newsletter' });
  await expect(newsletter).toHaveAttribute('aria-checked', 'false');
  await newsletter.click();
  await expect(page.getByRole('switch', { name: 'Newsletter' })).toHaveAttribute('aria-checked', 'true');

  const serious = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as Exported;
  expect(data.user.email).toBe(email);
  expect(data.subscriptions).toEqual([expect.objectContaining({ amount: 500, currency: 'usd', interval: 'month', status: 'active' })]);
  expect(data.contributions).toEqual([expect.objectContaining({ amount: 500 })]);
  expect(data.newsletter?.status).toBe('confirmed');
  const customerId = data.supporter.stripeCustomerId;
  const subscriptionId = data.subscriptions[0].stripeSubscriptionId;

  // The warning is there, and without the typed confirmation nothing happens.
  const form = page.getByRole('form', { name: 'Delete my account' });
  await expect(form).toContainText('This cannot be undone.');
  await form.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('yes');
  await form.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page).toHaveURL(/#delete-account$/);
  await expect(page.getByRole('form', { name: 'Delete my account' }).getByRole('alert')).toHaveText(/Type DELETE to confirm/);
  expect((await stripeObject(page.request, `subscriptions/${subscriptionId}`)).status).toBe('active');

  await page.getByRole('form', { name: 'Delete my account' }).getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
  await page.getByRole('form', { name: 'Delete my account' }).getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account has been deleted');

  expect((await stripeObject(page.request, `subscriptions/${subscriptionId}`)).status).toBe('canceled');
  expect(await stripeObject(page.request, `customers/${customerId}`)).toMatchObject({ id: customerId, deleted: true });
  // Signed out, and the mailbox (our outbox) holds nothing for the address any more.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByText('No messages yet.')).toBeVisible();
  // Late webhooks for the cancelled subscription and deleted customer must not bring anything back.
  await page.request.post(`${EMULATOR}/_emulator/flush`);
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByText('No messages yet.')).toBeVisible();
});

test('another reader\'s subscription and customer ids answer 404 and change nothing; the page, its card change through the Billing Portal, all work without JavaScript', async ({ browser, baseURL }) => {
  test.setTimeout(150_000);
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  const ownerEmail = uniqueEmail('owner');
  await startMonthlySupport(ownerPage, { email: ownerEmail, amount: '$20' });
  await signInByEmail(ownerPage, ownerEmail);
  const exported = (await (await ownerPage.request.get('/api/account/export')).json()) as Exported;
  const theirSubscription = exported.subscriptions[0].stripeSubscriptionId;
  const theirCustomer = exported.supporter.stripeCustomerId;

  // The other reader uses a browser with JavaScript off.
  const intruder = await browser.newContext({ javaScriptEnabled: false });
  const page = await intruder.newPage();
  const email = uniqueEmail('intruder');
  await startMonthlySupport(page, { email, amount: '$5' });
  await signInByEmail(page, email);

  const attempts: [string, Record<string, string>][] = [
    ['/api/account/subscription', { subscription: theirSubscription, amount: '100', frequency: 'annual' }],
    ['/api/account/subscription/cancel', { subscription: theirSubscription }],
    ['/api/account/subscription/resume', { subscription: theirSubscription }],
    ['/api/account/portal', { customer: theirCustomer }],
  ];
  for (const [path, fields] of attempts) {
    const response = await postAccountForm(page, path, fields, baseURL!);
    expect(response.status(), path).toBe(404);
  }
  const remote = await stripeObject(page.request, `subscriptions/${theirSubscription}`);
  expect(remote).toMatchObject({ status: 'active', cancel_at_period_end: false });
  expect(remote.items.data[0].price.unit_amount).toBe(2000);
  await ownerPage.goto('/account');
  await expect(ownerPage.getByRole('region', { name: 'Your support' }).locator('dt:text-is("Amount") + dd')).toHaveText('$20');
  await expect(ownerPage.getByRole('region', { name: 'Your support' }).locator('dt:text-is("Status") + dd')).toHaveText('Active');

  // Without JavaScript the reader still changes and stops their own support with the plain forms.
  const section = page.getByRole('region', { name: 'Your support' });
  await section.getByRole('textbox', { name: /^Amount/ }).fill('7.50');
  await section.getByRole('button', { name: 'Change support' }).click();
  await expect(page.getByRole('status')).toContainText('Your support is now $7.50 monthly');
  await section.getByRole('textbox', { name: /^Amount/ }).fill('1');
  await section.getByRole('button', { name: 'Change support' }).click();
  await expect(section.getByRole('alert')).toContainText('Monthly support starts at $2');
  await expect(section.getByRole('textbox', { name: /^Amount/ })).toHaveValue('1');
  // "Manage card" opens Stripe's Billing Portal for this reader's own customer; a new card shows on return.
  await section.getByRole('button', { name: 'Manage card' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Manage your billing' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await page.getByLabel('Card number').fill('5555 5555 5555 4444');
  await page.getByLabel('Expiration').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('status')).toContainText('Your card was saved.');
  await page.getByRole('link', { name: /^Return to / }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(section.locator('dt:text-is("Card") + dd')).toHaveText('Mastercard ending in 4444');

  await section.getByRole('button', { name: 'Cancel support' }).click();
  await expect(section.locator('dt:text-is("Status") + dd')).toHaveText('Ending');
  await owner.close();
  await intruder.close();
});

test('a one-off gift made before signing up, and the same reader on two devices, all land in one account', async ({ browser }) => {
  test.setTimeout(150_000);
  const email = uniqueEmail('two-devices');
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await phonePage.goto(ARTICLE);
  const appeal = phonePage.locator('section#support');
  await appeal.getByRole('radio', { name: 'Once' }).check();
  await appeal.getByRole('radio', { name: '$25', exact: true }).check();
  await appeal.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(phonePage, { email, button: 'Donate' });
  await expect(phonePage).toHaveURL(/\/support\/thank-you\?session_id=cs_/);
  await phonePage.request.post(`${EMULATOR}/_emulator/flush`);

  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  for (const page of [phonePage, laptopPage]) {
    await signInByEmail(page, email);
    await expect(page.getByRole('region', { name: 'Your support' })).toContainText('You have no recurring support at the moment.');
    await expect(page.getByRole('link', { name: /^Receipt for \$25 on / })).toHaveCount(1);
  }
  // Recurring support started later from one device shows on the other (the article rests its appeal after a gift).
  await startMonthlySupport(laptopPage, { email, amount: '$10', from: '/support' });
  await phonePage.goto('/account');
  await expect(phonePage.getByRole('region', { name: 'Your support' }).locator('dt:text-is("Amount") + dd')).toHaveText('$10');
  await expect(phonePage.getByRole('link', { name: /^Receipt for / })).toHaveCount(2);
  await phone.close();
  await laptop.close();
});
