// Steps that many browser tests take as a reader would: pay on the emulator's checkout page, let webhooks land,
// and sign in through the emailed link in the local mailbox.
import { expect, type Page } from '@playwright/test';
import { E2E_PORT, E2E_STRIPE_EMULATOR_PORT } from '../../playwright.config';

/** The site's own origin: requests made outside a page (APIRequestContext sends none) state it, as a browser does. */
export const ORIGIN = `http://localhost:${E2E_PORT}`;

export const EMULATOR = `http://127.0.0.1:${E2E_STRIPE_EMULATOR_PORT}`;
export const ADMIN_EMAIL = 'editor@example.org'; // an admin through STAFF_EMAILS in playwright.config.ts

export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@example.org`;
}

/** Lets every webhook the emulator has queued reach the app. */
export async function flushWebhooks(page: Page): Promise<void> {
  const response = await page.request.post(`${EMULATOR}/_emulator/flush`);
  expect(response.ok()).toBe(true);
}

/** Fills the emulator's hosted checkout page (the test card that succeeds unless another is given) and submits it. */
export async function payOnStripe(page: Page, options: { email: string; button: 'Donate' | 'Subscribe'; card?: string; name?: string }): Promise<void> {
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  // A signed-in reader's Checkout reuses their Stripe customer, whose email Stripe shows fixed.
  const email = page.getByLabel('Email');
  if (await email.isEditable()) await email.fill(options.email);
  else await expect(email).toHaveValue(options.email);
  await page.getByLabel('Card number').fill(options.card ?? '4242 4242 4242 4242');
  await page.getByLabel('Expiration').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByLabel('Cardholder name').fill(options.name ?? 'Rae Reader');
  await page.getByRole('button', { name: options.button }).click();
}

/** On the sign-in form: ask for a link, open the newest one in the local mailbox, and follow it. */
export async function followEmailedSignInLink(page: Page, email: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link', { name: /^Sign in to / }).first().click();
  await page.getByRole('region', { name: 'HTML part' }).getByRole('link', { name: 'Sign in', exact: true }).click();
}

/** /signin?callbackUrl=… → the emailed link → back at callbackPath, signed in. */
export async function signInThroughMailbox(page: Page, email: string, callbackPath = '/'): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await followEmailedSignInLink(page, email);
  await expect(page).toHaveURL(new RegExp(`${callbackPath.replace(/[/?]/g, '\\$&')}$`));
}
