// Every reader and staff page at a desktop's and a phone's width: no serious axe violation and no sideways scroll.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADMIN_EMAIL, signInThroughMailbox, uniqueEmail } from './reader-steps';

const READER_PAGES = [
  '/',
  '/articles/river-bridge-repairs-delayed',
  '/support',
  '/privacy',
  '/signin',
  '/signin/check-email',
  '/newsletter/preview',
  '/newsletter/check-email',
  '/newsletter/confirmed',
  '/newsletter/unsubscribed',
  '/support/reminder/cancelled',
  '/account/deleted',
  '/no-such-page',
];
const STAFF_PAGES = ['/admin/appeal', '/admin/appeal/tests', '/admin/appeal/versions', '/admin/staff', '/admin/exports'];

async function expectFitsAndPasses(page: Page, path: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 844 });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${path} at ${width}`).toEqual([]);
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), `${path} at ${width} scrolls sideways`).toBeLessThanOrEqual(width);
}

for (const width of [1280, 390]) {
  test(`reader pages at ${width} px`, async ({ page }) => {
    test.setTimeout(240_000);
    for (const path of READER_PAGES) await expectFitsAndPasses(page, path, width);
    // And a signed-in reader's account.
    await signInThroughMailbox(page, uniqueEmail(`every-page-${width}`), '/account');
    await expectFitsAndPasses(page, '/account', width);
  });

  test(`staff pages at ${width} px`, async ({ page }) => {
    test.setTimeout(240_000);
    await signInThroughMailbox(page, ADMIN_EMAIL, '/admin');
    for (const path of STAFF_PAGES) await expectFitsAndPasses(page, path, width);
  });
}

test('the tab shows the publication\'s icon, in its accent colour', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /\/favicon\.svg/);
  const icon = await request.get('/favicon.svg');
  expect(icon.headers()['content-type']).toBe('image/svg+xml');
  expect(await icon.text()).toContain('fill="#9b1c1c"');
});

test('the staff area has its own masthead, without the readers\' "Support us"', async ({ page }) => {
  await signInThroughMailbox(page, ADMIN_EMAIL, '/admin');
  await expect(page.getByRole('link', { name: 'Support us' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Staff/ }).first()).toBeVisible();
});
