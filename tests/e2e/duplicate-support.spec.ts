// A reader who paid monthly from two browsers has two subscriptions, both charged: their account lists each with its own
// controls, staff see the duplicate, and pressing Continue for a third first says what they already give.
import { expect, test } from '@playwright/test';
import { signInByEmail, startMonthlySupport } from './account-helpers';
import { ADMIN_EMAIL, uniqueEmail } from './reader-steps';

test('two subscriptions of one reader: each listed with its own controls, flagged to staff, and a third asked about first', async ({ browser }) => {
  test.setTimeout(180_000);
  const email = uniqueEmail('twice');
  const first = await (await browser.newContext()).newPage();
  await startMonthlySupport(first, { email, amount: '$10' });
  const second = await (await browser.newContext()).newPage();
  await startMonthlySupport(second, { email, amount: '$5' });

  await signInByEmail(first, email);
  const section = first.getByRole('region', { name: 'Your support' });
  await expect(section).toContainText('You have 2 recurring supports running, and each one is charged: $5 monthly and $10 monthly.');
  const five = section.getByRole('region', { name: /^\$5 monthly, since / });
  const ten = section.getByRole('region', { name: /^\$10 monthly, since / });
  await expect(five.getByRole('button', { name: 'Cancel support' })).toHaveCount(1);
  await expect(ten.getByRole('button', { name: 'Change support' })).toHaveCount(1);
  await five.getByRole('button', { name: 'Cancel support' }).click();
  await expect(first.getByRole('status')).toContainText('Your support will end on');
  await expect(five.locator('dt:text-is("Status") + dd')).toHaveText('Ending');
  await expect(ten.locator('dt:text-is("Status") + dd')).toHaveText('Active');

  const staff = await (await browser.newContext()).newPage();
  await signInByEmail(staff, ADMIN_EMAIL, '/admin');
  await staff.goto(`/admin/supporters?q=${encodeURIComponent(email)}`);
  await expect(staff.getByRole('row', { name: new RegExp(email.replace(/[.+]/g, '\\$&')) })).toContainText('Duplicate: 2 running subscriptions');
  await staff.getByRole('link', { name: email }).click();
  await expect(staff.getByText('Duplicate: 2 running subscriptions')).toBeVisible();

  // Signed in, the reader presses Continue for more monthly support: told first, then free to go ahead.
  await first.goto('/support');
  const appeal = first.locator('section#support');
  await appeal.getByRole('radio', { name: 'Monthly' }).check();
  await appeal.getByRole('radio', { name: '$20', exact: true }).check();
  await appeal.getByRole('button', { name: 'Continue' }).click();
  await expect(first).toHaveURL(/\/support\/give-again\?/);
  await expect(first.getByRole('heading', { level: 1, name: 'You already support us' })).toBeVisible();
  await expect(first.getByText('You already give $5 monthly and $10 monthly. This would start $20 monthly as well, charged separately.')).toBeVisible();
  await first.getByRole('button', { name: 'Give $20 monthly as well' }).click();
  await expect(first).toHaveURL(/\/c\/pay\/cs_/);
});
