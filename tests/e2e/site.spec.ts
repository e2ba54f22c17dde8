import { expect, test } from '@playwright/test';

test('the front page lists the latest stories and leads to an article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'The Millbrook Ledger' })).toBeVisible();
  const stories = page.getByRole('main').getByRole('link');
  expect(await stories.count()).toBeGreaterThanOrEqual(6);
  await page.getByRole('link', { name: /Old River Bridge/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Old River Bridge/);
  await expect(page.getByText('By Dana Whitcombe')).toBeVisible();
  await expect(page.locator('time').first()).toBeVisible();
});

test('the masthead leads to the support page and the footer to the privacy policy', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Support us' }).click();
  await expect(page).toHaveURL(/\/support$/);
  await page.getByRole('link', { name: 'Privacy policy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy policy' })).toBeVisible();
});

test('an unknown article is a 404 page', async ({ page }) => {
  const response = await page.goto('/articles/no-such-story');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('health answers ok', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});
