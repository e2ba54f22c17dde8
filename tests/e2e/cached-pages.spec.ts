// Articles at cache speed: one set of bytes for every reader, the reader's own state (deferred, recently given,
// supporter, currency) decided in the browser before it paints with no layout shift, every form still working without
// JavaScript, and the headers every page carries.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ORIGIN } from './reader-steps';

const ARTICLE = '/articles/river-bridge-repairs-delayed';
const HOST = new URL(ORIGIN).hostname;

/** The page's layout shifts not caused by input, summed from the start (buffered), as Lighthouse counts CLS. */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

async function readerWith(browser: Browser, cookies: Record<string, string>, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  await context.addCookies(Object.entries(cookies).map(([name, value]) => ({ name, value, domain: HOST, path: '/' })));
  return { context, page: await context.newPage() };
}

test('every reader gets the same cacheable bytes for an article and the front page', async ({ request }) => {
  const bodies: string[] = [];
  for (const cookie of ['', `rr_appeal_deferred=${Date.now() + 86_400_000}`, `rr_appeal_gave=recurring:${Date.now()}; rr_currency=eur`]) {
    const response = await request.get(ARTICLE, { headers: { cookie } });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(response.headers()['set-cookie']).toBeUndefined();
    bodies.push(await response.text());
  }
  expect(new Set(bodies).size).toBe(1);
  const again = await request.get(ARTICLE);
  expect(again.headers()['x-cache']).toBe('HIT');
  const front = await request.get('/');
  expect(front.headers()['cache-control']).toMatch(/^public, /);
  // What is personal never is.
  for (const path of ['/support/thank-you?session_id=cs_test_aaaaaaaaaaaa', '/signin', '/account', `${ARTICLE}?appeal=1&error=amount_missing&field=amount`]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()['cache-control'], path).toMatch(/private|no-store/);
  }
});

for (const [who, cookies, shows, hidden] of [
  ['a deferred reader', { rr_appeal_deferred: String(Date.now() + 86_400_000) }, /Thanks for reading The Millbrook Ledger/, 'Continue'],
  ['a reader who gave once last week', { rr_appeal_gave: `once:${Date.now() - 7 * 86_400_000}` }, /Thank you for supporting The Millbrook Ledger/, 'Continue'],
  ['a supporter signed in on this browser', { rr_signed_in: '1', rr_supporter: 'yes', 'next-auth.session-token': 'a-session-the-proxy-only-sees-exists' }, /Thank you for supporting/, 'Continue'],
] as const) {
  test(`${who} sees their own block on the cached article, with no layout shift`, async ({ browser }) => {
    const { context, page } = await readerWith(browser, cookies);
    await page.goto(ARTICLE);
    await expect(page.getByText(shows)).toBeVisible();
    await expect(page.getByRole('button', { name: hidden })).toBeHidden();
    expect(await layoutShift(page)).toBe(0);
    // A script inside the masthead let Chromium paint half of it first, now and then (a shift of 0.003).
    await expect(page.locator('header script')).toHaveCount(0);
    await context.close();
  });
}

test('a new reader sees the full appeal with no layout shift, in their currency, and switching currency changes amounts and letter', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const appeal = page.locator('section#support');
  await appeal.scrollIntoViewIfNeeded();
  await expect(appeal.getByRole('radio', { name: '£7' })).toBeChecked();
  await expect(appeal).toContainText('starting from just £2', { useInnerText: true });
  expect(await layoutShift(page)).toBe(0);
  await appeal.getByRole('combobox', { name: 'Currency' }).selectOption('aud');
  await expect(appeal.getByRole('radio', { name: '$15' })).toBeChecked();
  await expect(appeal).toContainText('starting from just $3', { useInnerText: true });
  await expect(appeal).toContainText('$15 a month', { useInnerText: true });
  await context.close();
});

test('without JavaScript every form still works, and the amounts follow the chosen frequency and currency', async ({ browser }) => {
  const { context, page } = await readerWith(browser, {}, { javaScriptEnabled: false });
  await page.goto(ARTICLE);
  const appeal = page.locator('section#support');
  await appeal.getByRole('radio', { name: 'Annual' }).check();
  const amounts = appeal.getByRole('radiogroup', { name: 'Amount' });
  for (const name of ['$50', '$100', '$200']) await expect(amounts.getByRole('radio', { name, exact: true })).toBeVisible();
  await expect(amounts.getByRole('radio', { name: '$5', exact: true })).toHaveCount(0);
  await expect(amounts.getByRole('radio', { name: '$100', exact: true })).toBeChecked();
  await appeal.getByRole('combobox', { name: 'Currency' }).selectOption('gbp');
  await expect(amounts.getByRole('radio', { name: '£75', exact: true })).toBeChecked();
  await appeal.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  await expect(page.getByText(/£75(\.00)?/).first()).toBeVisible();
  await context.close();
});

test('pages carry the security headers, and a strict policy that the browser never has to enforce', async ({ page, request }) => {
  for (const path of ['/', ARTICLE, '/support', '/privacy', '/signin', '/newsletter/preview', '/nope', '/admin', '/dev/mailbox']) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    if (headers['content-type']?.startsWith('text/html')) {
      const policy = headers['content-security-policy'];
      expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      expect(policy, path).toContain("frame-ancestors 'none'");
      expect(policy, path).not.toMatch(/script-src[^;]*unsafe/);
    }
  }
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) refused.push(message.text());
  });
  for (const path of ['/', ARTICLE, '/support', '/signin', '/newsletter/preview']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.goto(ARTICLE);
  await page.locator('section#support').getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  expect(refused).toEqual([]);
});

test('another address for the site is sent to APP_URL before any cookie is set', async ({ request }) => {
  const elsewhere = await request.get(`http://127.0.0.1:${new URL(ORIGIN).port}${ARTICLE}?utm_source=x`, { maxRedirects: 0 });
  expect(elsewhere.status()).toBe(308);
  expect(elsewhere.headers().location).toBe(`${ORIGIN}${ARTICLE}?utm_source=x`);
  expect(elsewhere.headers()['set-cookie']).toBeUndefined();
  const health = await request.get(`http://127.0.0.1:${new URL(ORIGIN).port}/api/health`);
  expect(health.status()).toBe(200);
});

test('the article page has no serious axe violation for a deferred reader either', async ({ browser }) => {
  const { context, page } = await readerWith(browser, { rr_appeal_deferred: String(Date.now() + 86_400_000) });
  await page.goto(ARTICLE);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await context.close();
});
