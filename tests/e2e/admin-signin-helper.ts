// Signs a browser in through the real flow: /signin, the local mailbox, the emailed link.
import { expect, type Page } from '@playwright/test';

export const ADMIN_EMAIL = 'editor@example.org'; // an admin through STAFF_EMAILS in playwright.config.ts

export const uniqueEmail = (label: string) => `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@example.org`;

export async function signInThroughMailbox(page: Page, email: string, callbackPath = '/'): Promise<void> {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeVisible();
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link', { name: /^Sign in to / }).first().click();
  await page.getByRole('region', { name: 'HTML part' }).getByRole('link', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackPath.replace(/[/?]/g, '\\$&')}$`));
}
