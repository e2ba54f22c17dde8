// The appeal itself: accessible names, amounts refused in the browser and by the server, and no serious axe findings.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ORIGIN } from './reader-steps';

const ARTICLE = '/articles/river-bridge-repairs-delayed';

test('the appeal at the end of an article has its letter, choices, payment marks and remind-me-later', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = page.getByRole('region', { name: /help keep .* free to read/ });
  await expect(section).toBeVisible();
  await expect(section).toContainText('starting from just $2', { useInnerText: true });
  const frequency = section.getByRole('radiogroup', { name: 'Frequency' });
  for (const name of ['Once', 'Monthly', 'Annual']) await expect(frequency.getByRole('radio', { name, exact: true })).toBeVisible();
  await expect(frequency.getByRole('radio', { name: 'Monthly' })).toBeChecked();
  const amount = section.getByRole('radiogroup', { name: 'Amount' });
  for (const name of ['$5', '$10', '$20']) await expect(amount.getByRole('radio', { name, exact: true })).toBeVisible();
  await section.getByRole('radio', { name: 'Once' }).check();
  for (const name of ['$10', '$25', '$50', '$100']) await expect(amount.getByRole('radio', { name, exact: true })).toBeVisible();
  const methods = section.getByRole('list', { name: 'Accepted payment methods' });
  for (const name of ['Visa', 'Mastercard', 'American Express', 'Apple Pay', 'Google Pay']) await expect(methods.getByRole('img', { name })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Remind me later' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Continue' })).toBeVisible();
});

for (const width of [1280, 390]) {
  test(`at ${width} px the choices are cards of equal width on one row each, the choice is restated, and Continue fills the width`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(ARTICLE);
    const section = page.locator('section#support');
    for (const group of ['Frequency', 'Amount']) {
      const cards = section.getByRole('radiogroup', { name: group }).locator('label');
      const boxes = await cards.evaluateAll((labels) => labels.filter((l) => l.getClientRects().length).map((l) => l.getBoundingClientRect()).map((r) => ({ width: Math.round(r.width), top: Math.round(r.top) })));
      expect(boxes.length, group).toBeGreaterThanOrEqual(3);
      expect(new Set(boxes.map((b) => b.width)).size, `${group} card widths`).toBe(1);
      expect(new Set(boxes.map((b) => b.top)).size, `${group} on one row`).toBe(1);
    }
    // Choosing a card does not change its width (nothing turns bold and wider).
    const monthly = section.getByRole('radiogroup', { name: 'Frequency' }).locator('label').filter({ hasText: 'Annual' });
    const before = (await monthly.boundingBox())!.width;
    await section.getByRole('radio', { name: 'Annual' }).check();
    expect((await monthly.boundingBox())!.width).toBe(before);
    await expect(section.getByText('$100 a year', { exact: true })).toBeVisible();
    const button = (await section.getByRole('button', { name: 'Continue' }).boundingBox())!;
    const form = (await section.locator('form.rr-form').boundingBox())!;
    expect(Math.round(button.width)).toBe(Math.round(form.width));
  });
}

test('the payment marks are the methods Checkout offers in the chosen currency: SEPA Direct Debit with euros only', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = page.locator('section#support');
  const marks = section.getByRole('list', { name: 'Accepted payment methods' });
  await expect(marks.getByRole('img', { name: 'SEPA Direct Debit' })).toHaveCount(0);
  await section.getByRole('combobox', { name: 'Currency' }).selectOption('eur');
  await expect(marks.getByRole('img', { name: 'SEPA Direct Debit' })).toBeVisible();
  for (const name of ['Visa', 'Mastercard', 'American Express', 'Apple Pay', 'Google Pay']) await expect(marks.getByRole('img', { name })).toBeVisible();
});

test('out-of-range and malformed amounts are refused in the browser, next to the field, before anything is sent', async ({ page }) => {
  await page.goto(ARTICLE);
  const section = page.locator('section#support');
  const other = section.getByRole('textbox', { name: 'Other amount' });
  await other.fill('1');
  await section.getByRole('button', { name: 'Continue' }).click();
  await expect(section.getByRole('alert')).toHaveText('Monthly support starts at $2. Enter $2 or more.');
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(other).toBeFocused();
  // Said at the field itself (right under it, before the range hint), and the field is marked in the error colour.
  await expect(other.locator('xpath=following-sibling::*[1]')).toHaveAttribute('role', 'alert');
  expect(await other.evaluate((e) => getComputedStyle(e).borderTopColor)).toBe('rgb(185, 28, 28)');
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));

  await other.fill('5000');
  await section.getByRole('button', { name: 'Continue' }).click();
  await expect(section.getByRole('alert')).toContainText('The most we can accept online for monthly support is $1,000');
  await other.fill('7.505');
  await other.press('Enter');
  await expect(section.getByRole('alert')).toContainText('at most 2 decimal places');
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
});

test('the server refuses out-of-range amounts posted directly, and a plain form post comes back with the message', async ({ page, request }) => {
  const form = { frequency: 'monthly', amount: '5000', currency: 'usd', placement: 'article-end', article: 'river-bridge-repairs-delayed' };
  const json = await request.post('/support/checkout', { form, headers: { accept: 'application/json', origin: ORIGIN }, maxRedirects: 0 });
  expect(json.status()).toBe(400);
  expect(await json.json()).toEqual({ error: { field: 'amount', message: expect.stringContaining('$1,000') } });

  const plain = await request.post('/support/checkout', { form: { ...form, amount: '1' }, headers: { origin: ORIGIN }, maxRedirects: 0 });
  expect(plain.status()).toBe(303);
  await page.goto(plain.headers().location);
  const section = page.locator('section#support');
  await expect(section.getByRole('alert')).toHaveText('Monthly support starts at $2. Enter $2 or more.');
  await expect(section.getByRole('textbox', { name: 'Other amount' })).toHaveValue('1');
});

test('without JavaScript the appeal still posts and leads to Stripe Checkout', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/support');
  await page.getByRole('radio', { name: '$5' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  await expect(page.getByRole('button', { name: 'Subscribe' })).toBeVisible();
  await context.close();
});

test('currency follows the reader\'s language and can be changed', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const section = page.locator('section#support');
  await expect(section.getByRole('radio', { name: '£7' })).toBeVisible();
  // The letter's figures are written once per currency; the reader sees their own (innerText leaves out the hidden ones).
  await expect(section).toContainText('starting from just £2', { useInnerText: true });
  await section.getByRole('combobox', { name: 'Currency' }).selectOption('eur');
  await expect(section.getByRole('radio', { name: '€8' })).toBeVisible();
  await expect(section).toContainText('starting from just €2', { useInnerText: true });
  await expect(section.getByRole('radio', { name: '£7' })).toHaveCount(0);
  // The choice is the reader's from now on, on every page.
  await page.goto('/support');
  await expect(page.locator('section#support').getByRole('radio', { name: '€8' })).toBeVisible();
  await context.close();
});

test('the support page says why support matters and what it pays for, answers the usual questions, and offers no "Remind me later"', async ({ page }) => {
  await page.goto('/support');
  await expect(page.getByRole('heading', { level: 1, name: 'Support The Millbrook Ledger' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What your support pays for' }).getByRole('listitem')).not.toHaveCount(0);
  const questions = page.getByRole('region', { name: 'Questions readers ask' });
  for (const name of ['Can I cancel anytime?', 'Will I get a receipt?', 'Is my support tax-deductible?', 'Who handles my payment?']) {
    await expect(questions.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Manage your support' })).toHaveAttribute('href', '/account');
  const section = page.locator('section#support');
  await expect(section.getByRole('radiogroup', { name: 'Frequency' }).getByRole('radio', { name: 'Monthly' })).toBeChecked();
  await expect(section.getByRole('radiogroup', { name: 'Amount' }).getByRole('radio', { name: '$5', exact: true })).toBeVisible();
  await expect(section.getByRole('textbox', { name: 'Other amount' })).toBeVisible();
  await expect(section.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(section.getByRole('list', { name: 'Accepted payment methods' }).getByRole('img', { name: 'Visa' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remind me later' })).toHaveCount(0);
});

for (const width of [1280, 390]) {
  test(`the support page has no serious axe violation and no sideways scroll at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/support');
    await expect(page.getByRole('region', { name: 'Questions readers ask' })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

for (const path of [ARTICLE, '/support']) {
  test(`axe finds no serious or critical violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('section#support')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('the appeal counts one impression when it scrolls into view and a "continue" on Continue, with no personal data', async ({ page }) => {
  const beacons: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/appeal-events')) beacons.push(request.postData() ?? '');
  });
  await page.goto(ARTICLE);
  const section = page.locator('section#support');
  await section.scrollIntoViewIfNeeded();
  await expect.poll(() => beacons.length).toBe(1);
  expect(JSON.parse(beacons[0])).toEqual({ events: [{ kind: 'impression', placement: 'article-end', article: 'river-bridge-repairs-delayed' }] });
  await page.mouse.wheel(0, -5000);
  await section.scrollIntoViewIfNeeded();
  await section.getByRole('radio', { name: '$5', exact: true }).check();
  await section.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/c\/pay\/cs_/);
  expect(beacons.map((b) => JSON.parse(b).events[0].kind)).toEqual(['impression', 'continue']);
});
