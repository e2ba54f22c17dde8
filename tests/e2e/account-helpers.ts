// Shared steps for the account specs: give through the appeal, sign in through the emailed link, deliver webhooks.
import { expect, type Page } from '@playwright/test';
import { E2E_STRIPE_EMULATOR_PORT } from '../../playwright.config';

export const ARTICLE = '/articles/river-bridge-repairs-delayed';
export const EMULATOR = `http://127.0.0.1:${E2E_STRIPE_EMULATOR_PORT}`;

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@example.org`;
}

/** Lets every webhook the emulator has queued reach the app. */
export async function flushWebhooks(page: Page): Promise<void> {
  const response = await page.request.post(`${EMULATOR}/_emulator/flush`);
  expect(response.ok()).toBe(true);
}

/** Fills the emulator's hosted checkout page with the test card that succeeds. */
export async function payOnStripe(page: Page, options: { email: string; button: 'Donate' | 'Subscribe' }): Promise<void> {
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  await page.getByLabel('Email').fill(options.email);
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiration').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByLabel('Cardholder name').fill('Rae Reader');
  await page.getByRole('button', { name: options.button }).click();
}

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
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link', { name: /^Sign in to / }).first().click();
  await page.getByRole('region', { name: 'HTML part' }).getByRole('link', { name: 'Sign in', exact: true }).click();
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
