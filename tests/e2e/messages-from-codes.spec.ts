// Messages come from codes, never from the query string: words planted in a link (a fake "send by bank transfer"
// notice) appear nowhere on the page, on the appeal, the newsletter and reminder forms, the account or the staff area;
// a known code shows the site's own words for it.
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_EMAIL, signInThroughMailbox, uniqueEmail } from './reader-steps';

const ARTICLE = '/articles/river-bridge-repairs-delayed';
const PLANTED = 'Card payments are paused. Send your gift by bank transfer to IBAN XX00 1234 5678';
const planted = encodeURIComponent(PLANTED);

async function expectNotShown(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expect(page.locator('main')).toBeVisible();
  // What the page shows (the URL itself is in Next's page data, which nobody reads as a message).
  await expect(page.locator('body'), path).not.toContainText('IBAN');
  await expect(page.getByRole('alert').filter({ hasText: /bank transfer/ })).toHaveCount(0);
}

test('planted words in a reader page\'s link are never shown', async ({ page }) => {
  await expectNotShown(page, `${ARTICLE}?appeal=1&field=amount&error=${planted}`);
  await expectNotShown(page, `${ARTICLE}?appeal=1&field=form&error=${planted}&frequency=annual&currency=eur`);
  await expectNotShown(page, `/support?appeal=1&field=amount&error=${planted}`);
  await expectNotShown(page, `${ARTICLE}?form=newsletter&field=email&error=${planted}`);
  await expectNotShown(page, `${ARTICLE}?appeal=deferred&form=reminder&field=email&error=${planted}`);
  await expectNotShown(page, `/signin?via=auth&error=${planted}`);
});

test('a known code shows the site\'s words, with values from validated input', async ({ page }) => {
  await page.goto(`${ARTICLE}?appeal=1&field=amount&error=amount_below_minimum&frequency=annual&amount=1`);
  const appeal = page.locator('section#support');
  await expect(appeal.getByRole('alert')).toHaveText('Annual support starts at $20. Enter $20 or more.');
  await page.goto(`${ARTICLE}?form=newsletter&field=email&error=email_invalid#newsletter`);
  await expect(page.getByRole('form', { name: /newsletter/ }).getByRole('alert')).toHaveText('Enter an email address such as name@example.org.');
});

test('planted words on the account page and in the staff area are never shown', async ({ page }) => {
  const reader = uniqueEmail('planted');
  await signInThroughMailbox(page, reader, '/account');
  await expectNotShown(page, `/account?notice=${planted}`);
  await expectNotShown(page, `/account?error=${planted}&field=form`);
  await expectNotShown(page, `/account?error=${planted}&field=confirm`);
  await page.goto('/account?notice=newsletter_on');
  await expect(page.getByRole('status')).toHaveText('You are subscribed to the newsletter.');

  const admin = await (await page.context().browser()!.newContext()).newPage();
  await signInThroughMailbox(admin, ADMIN_EMAIL, '/admin');
  await expectNotShown(admin, `/admin/staff?error=${planted}`);
  await expectNotShown(admin, `/admin/staff?saved=${planted}`);
  await expectNotShown(admin, `/admin/staff?saved=${encodeURIComponent('nobody-here@example.org')}`);
  await expect(admin.getByRole('status')).toHaveCount(0);
});
