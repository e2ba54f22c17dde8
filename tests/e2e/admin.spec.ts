// Staff reports in Chromium: readers give through the appeal and the emulator, staff sign in by emailed link and see it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

const ARTICLE_SLUG = 'river-bridge-repairs-delayed';
const ARTICLE_HEADLINE = 'Repairs to the Old River Bridge slip another year as costs climb';
import { ADMIN_EMAIL as ADMIN, flushWebhooks, followEmailedSignInLink, payOnStripe } from './reader-steps';

const unique = (label: string) => `${label}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}@example.org`;

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A staff page → sign-in form → the emailed link. */
async function signIn(page: Page, email: string, path = '/admin') {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin\?/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await followEmailedSignInLink(page, email);
}

/** A reader in a browser of their own: article → appeal → the emulator's checkout → paid; then webhooks delivered. */
async function give(browser: Browser, options: { email: string; frequency: 'Once' | 'Monthly'; amount: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/articles/${ARTICLE_SLUG}`);
  const appeal = page.locator('section#support');
  await appeal.getByRole('radio', { name: options.frequency }).check();
  await appeal.getByRole('radio', { name: options.amount, exact: true }).check();
  await appeal.getByRole('button', { name: 'Continue' }).click();
  await payOnStripe(page, { email: options.email, button: options.frequency === 'Once' ? 'Donate' : 'Subscribe', name: 'Dana Donor' });
  await expect(page).toHaveURL(/\/support\/thank-you\?session_id=cs_/);
  await flushWebhooks(page);
  await context.close();
}

type Summary = { received: number; netRaised: number; oneOff: { count: number; sum: number }; newRecurring: number; activeMonthly: number; mrr: number };

async function usdSummary(page: Page): Promise<Summary> {
  const response = await page.request.get('/api/admin/summary?range=7d&currency=usd');
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { summaries: Summary[] };
  return body.summaries[0] ?? { received: 0, netRaised: 0, oneOff: { count: 0, sum: 0 }, newRecurring: 0, activeMonthly: 0, mrr: 0 };
}

test('an anonymous visitor is sent to sign in, and the staff API answers 401', async ({ page }) => {
  for (const path of ['/admin', '/admin/supporters', '/admin/supporters/1', '/admin/exports', '/admin/audit', '/admin/staff', '/admin/appeal', '/admin/appeal/versions', '/admin/appeal/tests', '/admin/appeal/preview']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/signin\?.*callbackUrl=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);
  const api = await page.request.get('/api/admin/summary?range=30d');
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: { field: null, message: 'Sign in to continue.' } });
});

test('a reader may sign in but is refused the staff area', async ({ page }) => {
  await signIn(page, unique('reader'));
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'You don’t have access to this page' })).toBeVisible();
  for (const path of ['/admin/supporters', '/admin/exports', '/admin/audit', '/admin/appeal', '/admin/appeal/tests']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
  expect((await page.request.get('/api/admin/appeal/preview?version=draft')).status()).toBe(403);
  expect((await page.request.get('/api/admin/summary?range=30d')).status()).toBe(403);
  expect((await page.request.get('/api/admin/exports/supporters')).status()).toBe(403);
});

test('staff see payments made through the appeal, find the supporter and export them as CSV', async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reader revenue' })).toBeVisible();
  const before = await usdSummary(page);

  const onceDonor = unique('once-donor');
  const monthlyDonor = unique('monthly-donor');
  await give(browser, { email: onceDonor, frequency: 'Once', amount: '$50' });
  await give(browser, { email: monthlyDonor, frequency: 'Monthly', amount: '$20' });

  const after = await usdSummary(page);
  expect(after.received - before.received).toBe(7000);
  expect(after.netRaised - before.netRaised).toBe(7000);
  expect(after.oneOff.count - before.oneOff.count).toBe(1);
  expect(after.oneOff.sum - before.oneOff.sum).toBe(5000);
  expect(after.newRecurring - before.newRecurring).toBe(1);
  expect(after.activeMonthly - before.activeMonthly).toBe(1);
  expect(after.mrr - before.mrr).toBe(2000);

  // The dashboard (reloaded: dollars are now among its currencies) shows the same figures the API gives.
  await page.reload();
  await page.getByRole('combobox', { name: 'Range' }).selectOption('7d');
  await page.getByRole('combobox', { name: 'Currency' }).selectOption('usd');
  await page.getByRole('button', { name: 'Show' }).click();
  const dollars = page.getByRole('region', { name: 'US Dollar (USD)' });
  const money = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);
  await expect(dollars.getByRole('definition').filter({ hasText: money(after.netRaised) }).first()).toBeVisible();
  await expect(dollars.getByText('MRR', { exact: true }).locator('..')).toContainText(money(after.mrr));
  await dollars.getByText('Figures as a table').click();
  await expect(dollars.getByRole('table', { name: /Money in by day and frequency/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'By article' }).getByRole('rowheader', { name: ARTICLE_HEADLINE })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Look the one-off donor up, then their page with the $50 gift and its Stripe link.
  await page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Supporters' }).click();
  await page.getByRole('searchbox', { name: 'Search by email or name' }).fill(onceDonor);
  await page.getByRole('button', { name: 'Search' }).click();
  const rows = page.getByRole('table', { name: 'Supporters matching the filters' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expectNoSeriousAxeViolations(page);

  // Export the same selection: the file holds that supporter and the audit log says who took it.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export supporters (CSV)' }).click();
  const file = await (await download).createReadStream();
  let csv = '';
  for await (const chunk of file) csv += chunk.toString();
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^supporter_id,email,name,/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(onceDonor);

  await page.getByRole('link', { name: onceDonor }).click();
  await expect(page.getByRole('heading', { level: 1, name: onceDonor })).toBeVisible();
  const gifts = page.getByRole('table').last();
  await expect(gifts.getByRole('cell', { name: '$50.00' })).toBeVisible();
  await expect(gifts.getByRole('link', { name: /Payment/ })).toHaveAttribute('href', /^https:\/\/dashboard\.stripe\.com\/test\/payments\/pi_/);
  await expectNoSeriousAxeViolations(page);

  await page.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Audit log' }).click();
  const newest = page.getByRole('table').getByRole('row').nth(1);
  await expect(newest).toContainText(ADMIN);
  await expect(newest).toContainText('export:supporters');
  await expect(newest).toContainText(`q=${onceDonor}`);
  await expect(newest.getByRole('cell').last()).toHaveText('1');
});

test('an admin grants staff access; staff see reports but not the audit log', async ({ page, browser }) => {
  await signIn(page, ADMIN);
  await page.goto('/admin/staff');
  const desk = unique('desk');
  await page.getByRole('textbox', { name: 'Email' }).fill(desk);
  await page.getByRole('combobox', { name: 'Access' }).selectOption('staff');
  await page.getByRole('button', { name: 'Save access' }).click();
  await expect(page.getByRole('status')).toHaveText(`Saved access for ${desk}.`);
  await expect(page.getByRole('row', { name: new RegExp(desk) })).toContainText('staff');

  const context = await browser.newContext();
  const staffPage = await context.newPage();
  await signIn(staffPage, desk);
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Reader revenue' })).toBeVisible();
  await expect(staffPage.getByRole('navigation', { name: 'Staff area' }).getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  expect((await staffPage.goto('/admin/audit'))?.status()).toBe(403);
  expect((await staffPage.request.get('/api/admin/summary?from=2026-13-01&to=2026-01-01')).status()).toBe(400);

  // Signing out ends the session.
  await staffPage.goto('/admin');
  await staffPage.getByRole('button', { name: 'Sign out' }).click();
  await staffPage.goto('/admin');
  await expect(staffPage).toHaveURL(/\/signin\?/);
  await context.close();
});

/** The page is no wider than the window, and nothing (such as an off-screen table) hangs below the footer. */
async function expectToFitTheWindow(page: Page) {
  const size = await page.evaluate(() => {
    const footer = document.querySelector('body > footer')!.getBoundingClientRect();
    return { width: document.scrollingElement!.scrollWidth, window: innerWidth, height: document.scrollingElement!.scrollHeight, footerEnd: Math.ceil(footer.bottom + scrollY) };
  });
  expect(size.width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(size.window);
  expect(size.height, `${page.url()} runs past its footer`).toBeLessThanOrEqual(size.footerEnd);
  return size;
}

test('the dashboard leads with four headline figures, names articles by headline, and fits a desktop and a phone', async ({ page, browser }) => {
  // A payment, a sign-in and ten pages through axe at two widths: more than the default 90 s on a busy machine.
  test.setTimeout(240_000);
  const donor = unique('layout-donor');
  await give(browser, { email: donor, frequency: 'Monthly', amount: '$10' });
  await signIn(page, ADMIN);
  // An export whose filter is one long word, for the audit log.
  const longQuery = `${'a-search-without-any-space-'.repeat(4)}${donor}`;
  expect((await page.request.get(`/api/admin/exports/supporters?q=${encodeURIComponent(longQuery)}`)).status()).toBe(200);
  await page.goto('/admin/supporters');
  await page.getByRole('searchbox', { name: 'Search by email or name' }).fill(donor);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('link', { name: donor }).click();
  const supporterPath = new URL(page.url()).pathname;

  await page.goto('/admin?range=90d&currency=usd');
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance.getByRole('term')).toHaveText(['Net raised', 'Running recurring revenue (MRR)', 'New recurring supporters', 'Appeal conversion']);
  await expect(glance.getByRole('definition').last()).toContainText(/payments from [\d,]+ impressions/);
  const byArticle = page.getByRole('table', { name: 'By article' });
  await expect(byArticle.getByRole('rowheader', { name: ARTICLE_HEADLINE })).toBeVisible();
  await expect(byArticle.getByRole('rowheader', { name: ARTICLE_SLUG })).toHaveCount(0);
  // The funnel scrolls inside a frame the keyboard can reach.
  const frame = page.getByRole('region', { name: /^By article/ });
  await expect(frame).toHaveAttribute('tabindex', '0');

  const dollars = page.getByRole('region', { name: 'US Dollar (USD)' });
  const chart = dollars.getByRole('figure');
  await expect(chart.getByRole('img', { name: /^Money in by week, USD: \$[\d,.]+ in total, highest \$[\d,.]+ in one week\.$/ })).toBeVisible();
  await expect(chart.getByText('$0', { exact: true })).toBeVisible();
  await chart.getByText('Figures as a table').click();
  await expect(chart.getByRole('table', { name: /Money in by week and frequency/ }).getByRole('row')).not.toHaveCount(0);

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of ['/admin?range=90d', '/admin?range=90d&currency=usd', '/admin/supporters', supporterPath, '/admin/audit']) {
      await page.goto(path);
      await expectNoSeriousAxeViolations(page);
      const size = await expectToFitTheWindow(page);
      // One currency on a phone: the figures, the chart and the funnel in a few screens, not a long scroll.
      if (width === 390 && path.endsWith('currency=usd')) expect(size.height).toBeLessThan(3400);
    }
    // Chart labels stay readable at any width (they were SVG text scaled down to about 4 px on a phone).
    await page.goto('/admin?range=90d&currency=usd');
    const smallest = await page.getByRole('region', { name: 'US Dollar (USD)' }).getByRole('figure').evaluate((figure) =>
      Math.min(...[...figure.querySelectorAll('*')]
        .filter((e) => e.getClientRects().length && e.getBoundingClientRect().width > 1 && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()))
        .map((e) => parseFloat(getComputedStyle(e).fontSize) * (e instanceof SVGGraphicsElement ? e.getScreenCTM()!.a : 1))));
    expect(smallest).toBeGreaterThanOrEqual(12);
  }
});
