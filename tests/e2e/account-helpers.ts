// Shared steps for the account specs: give through the appeal, sign in through the emailed link, deliver webhooks.
import { expect, type Page } from '@playwright/test';
import { flushWebhooks, followEmailedSignInLink, payOnStripe } from './reader-steps';

export const ARTICLE = '/articles/river-bridge-repairs-delayed';

/** Article → Monthly → an amount → Continue → the emulator's checkout page → paid → thank-you page. */
export async function startMonthlySupport(page: Page, options: { email: string; amount: string; from?: string }): Promise<void> {
  await page.goto(options.from ?? ARTICLE);
  const appeal = page.locator('section#support');
  await appeal.getByRole('radio', { name: 'Monthly' }).check();
  await appeal.getByRole('radio', { name: options.amount, exact: true }).check();
  await appeal.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email: options.email, button: 'Subscribe' });
  await expect(page).toHaveURL(/\/support\/thank-you\?session_id=cs_/);
  await expect(page.getByRole('status')).toContainText(`You are now supporting us with ${options.amount} a month.`);
  await flushWebhooks(page);
}

/** A page that needs sign-in → sign-in form → the newest message in the local mailbox → its sign-in link → back. */
export async function signInByEmail(page: Page, email: string, path = '/account'): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin/);
  await followEmailedSignInLink(page, email);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  if (path === '/account') await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
}

export type StaffFigures = { received: number; mrr: number; activeMonthly: number; activeAnnual: number; cancellations: number; newRecurring: number };

/** The staff dashboard's USD figures for the last 7 days, as GET /api/admin/summary gives them to a signed-in admin. */
export async function staffFigures(staff: Page): Promise<StaffFigures> {
  const response = await staff.request.get('/api/admin/summary?range=7d&currency=usd');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { summaries: StaffFigures[] };
  const s = body.summaries[0];
  return s
    ? { received: s.received, mrr: s.mrr, activeMonthly: s.activeMonthly, activeAnnual: s.activeAnnual, cancellations: s.cancellations, newRecurring: s.newRecurring }
    : { received: 0, mrr: 0, activeMonthly: 0, activeAnnual: 0, cancellations: 0, newRecurring: 0 };
}

/** Form fields posted the way the account page's forms post them, from our own origin. */
export async function postAccountForm(page: Page, path: string, fields: Record<string, string>, baseURL: string) {
  return page.request.post(path, { form: fields, headers: { origin: baseURL }, maxRedirects: 0 });
}
