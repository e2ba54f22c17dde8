// A supporter manages their own support in Chromium against the Stripe emulator: change, stop, undo, and the end of the period.
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE, signInByEmail, staffFigures, startMonthlySupport, type StaffFigures } from './account-helpers';
import { EMULATOR, flushWebhooks, uniqueEmail } from './reader-steps';

const STAFF = 'editor@example.org'; // an admin through STAFF_EMAILS in playwright.config.ts

function supportSection(page: Page) {
  return page.getByRole('region', { name: 'Your support' });
}

async function detail(page: Page, term: string) {
  return supportSection(page).locator(`dt:text-is("${term}") + dd`);
}

test('a reader starts monthly support, signs in by email, raises it, goes annual, cancels, undoes, cancels again, and it ends with the period; staff figures follow', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInByEmail(staff, STAFF, '/admin');
  const base = await staffFigures(staff);
  /** What the staff dashboard shows now, minus what it showed before this reader began. */
  const staffDelta = async (): Promise<StaffFigures> => {
    const now = await staffFigures(staff);
    return Object.fromEntries(Object.entries(now).map(([k, v]) => [k, v - base[k as keyof StaffFigures]])) as StaffFigures;
  };

  const email = uniqueEmail('journey');
  await startMonthlySupport(page, { email, amount: '$10' });
  expect(await staffDelta()).toEqual({ received: 1000, mrr: 1000, activeMonthly: 1, activeAnnual: 0, cancellations: 0, newRecurring: 1 });

  // The first gift is thanked by email, with a way into the account.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole('link', { name: /^Thank you for supporting / })).toHaveCount(1);

  await signInByEmail(page, email);
  const section = supportSection(page);
  await expect(await detail(page, 'Amount')).toHaveText('$10');
  await expect(await detail(page, 'Frequency')).toHaveText('Monthly');
  await expect(await detail(page, 'Next payment')).toHaveText(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
  await expect(await detail(page, 'Card')).toHaveText('Visa ending in 4242');
  await expect(page.getByRole('link', { name: /^Receipt for \$10 on / })).toHaveCount(1);
  // Signed in with support running: thanked, not asked.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Thank you for your support' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Support us' })).toHaveCount(0);

  // Raise the amount.
  await section.getByRole('textbox', { name: /^Amount/ }).fill('15');
  await section.getByRole('button', { name: 'Change support' }).click();
  await expect(page.getByRole('status')).toContainText('Your support is now $15 monthly');
  await expect(await detail(page, 'Amount')).toHaveText('$15');
  expect(await staffDelta()).toMatchObject({ received: 1000, mrr: 1500, activeMonthly: 1 });

  // Switch to annual.
  await section.getByRole('radio', { name: 'Annual' }).check();
  await section.getByRole('textbox', { name: /^Amount/ }).fill('150');
  await section.getByRole('button', { name: 'Change support' }).click();
  // Before anything is charged, the reader is told what the switch costs now, from Stripe's preview, and confirms it.
  const confirm = section.getByRole('form', { name: 'Confirm the switch' });
  await expect(confirm.getByText(/^Switching to \$150 annual starts a new year today: \$1[34]\d(\.\d\d)? is charged now \(\$150 for the year, less \$\d+(\.\d\d)? for the unused part of your current payment\)\./)).toBeVisible();
  const pay = confirm.getByRole('button', { name: /^Confirm and pay \$[\d.,]+ now$/ });
  const charged = (await pay.textContent())!.match(/\$[\d.,]+/)![0];
  await pay.click();
  await expect(page.getByRole('status')).toContainText(`Your support is now $150 annual. ${charged} was charged today; your next payment is on`);
  await expect(await detail(page, 'Frequency')).toHaveText('Annual');
  await expect(await detail(page, 'Amount')).toHaveText('$150');
  // Stripe restarts the period on an interval change and charges the year at once, less the unused part of the month.
  await expect.poll(async () => (await staffDelta()).received).toBeGreaterThan(1000 + 15_000 - 1_500 - 1);
  const switched = await staffDelta();
  expect(switched.received).toBeLessThanOrEqual(1000 + 15_000);
  // Annual plans count a twelfth of their amount in MRR.
  expect(switched).toMatchObject({ mrr: 1250, activeMonthly: 0, activeAnnual: 1 });

  // Cancel at the end of the period, undo it, cancel again.
  await section.getByRole('button', { name: 'Cancel support' }).click();
  await expect(page.getByRole('status')).toContainText('Your support will end on');
  await expect(await detail(page, 'Status')).toHaveText('Ending');
  expect(await staffDelta()).toMatchObject({ mrr: 0, activeAnnual: 1, cancellations: 1 });
  await section.getByRole('button', { name: 'Keep my support' }).click();
  await expect(page.getByRole('status')).toContainText('Your support continues');
  await expect(await detail(page, 'Status')).toHaveText('Active');
  expect(await staffDelta()).toMatchObject({ mrr: 1250, cancellations: 0 });
  await section.getByRole('button', { name: 'Cancel support' }).click();
  await expect(await detail(page, 'Status')).toHaveText('Ending');
  expect(await staffDelta()).toMatchObject({ mrr: 0, cancellations: 1 });

  // While it runs, the article thanks instead of appealing.
  await page.goto(ARTICLE);
  await expect(page.getByText(/^Thank you for supporting The Millbrook Ledger/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);

  // Past the end of the period on Stripe's clock (a year from the switch to annual, which restarted it).
  const advanced = await page.request.post(`${EMULATOR}/_emulator/advance`, { data: { seconds: 370 * 86_400 } });
  expect(advanced.ok()).toBe(true);
  await flushWebhooks(page);

  await page.goto('/account');
  await expect(supportSection(page)).toContainText('Your annual support of $150 ended');
  await expect(supportSection(page).getByRole('link', { name: 'Start supporting us' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Receipt for / })).toHaveCount(2);
  await expect(nav.getByRole('link', { name: 'Support us' })).toBeVisible();
  await page.goto(ARTICLE);
  await expect(page.locator('section#support').getByRole('button', { name: 'Continue' })).toBeVisible();
  // Nothing was charged at the end of the period, and nothing counts toward MRR. (Stripe's clock now runs ahead of
  // the app's, so the end itself falls after "today" in the staff ranges.)
  expect(await staffDelta()).toMatchObject({ received: switched.received, mrr: 0 });
  await staffContext.close();
});
