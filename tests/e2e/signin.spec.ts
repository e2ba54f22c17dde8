// Signing in by emailed link with JavaScript switched off, expired links, and bad addresses.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { uniqueEmail } from './reader-steps';

async function noSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

test('the sign-in pages have no serious accessibility problems', async ({ page }) => {
  await page.goto('/signin');
  await noSeriousViolations(page);
  await page.getByRole('textbox', { name: 'Email' }).fill(uniqueEmail('axe'));
  await page.getByRole('button', { name: 'Send sign-in link' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();
  await noSeriousViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader signs in and out with plain HTML forms; the link works once', async ({ page }) => {
    const email = uniqueEmail('nojs');
    await page.goto('/signin');
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();

    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link', { name: /^Sign in to / }).first().click();
    const link = page.getByRole('region', { name: 'HTML part' }).getByRole('link', { name: 'Sign in', exact: true });
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(/\/account$/); // a reader lands on their account page

    await page.goto('/signout');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto('/signout');
    await expect(page.getByText('You are not signed in.')).toBeVisible();

    // The same link again: used up, explained on the sign-in page.
    await page.goto(href!);
    await expect(page.getByRole('alert')).toContainText('expired or has already been used');
  });

  test('a reader on the Russian pages signs in and out in Russian; the link\'s email is Russian and leads back to /ru', async ({ page }) => {
    const email = uniqueEmail('ru');
    await page.goto('/ru/signin');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Электронная почта' }).fill(email);
    await page.getByRole('button', { name: 'Прислать ссылку для входа' }).click();
    await expect(page).toHaveURL(/\/ru\/signin\/check-email$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Проверьте почту' })).toBeVisible();

    await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
    await page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link', { name: /^Вход на сайт / }).first().click();
    await page.getByRole('region', { name: 'HTML part' }).getByRole('link', { name: 'Войти', exact: true }).click();
    await expect(page).toHaveURL(/\/ru\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Ваша учётная запись' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Ваши платежи' })).toBeVisible();

    await page.goto('/ru/signout');
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.goto('/ru/signout');
    await expect(page.getByText('Вы не вошли.')).toBeVisible();
  });

  test('an address that cannot receive mail is explained on the sign-in page', async ({ page }) => {
    await page.goto('/signin');
    // Passes the browser's own check, but has no domain to deliver to.
    await page.getByRole('textbox', { name: 'Email' }).fill('someone@localhost');
    await page.getByRole('button', { name: 'Send sign-in link' }).click();
    await expect(page.getByRole('alert')).toContainText('complete email address');
    await expect(page.getByRole('textbox', { name: 'Email' })).toBeVisible();
  });
});
