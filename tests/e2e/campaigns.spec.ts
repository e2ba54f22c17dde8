// Campaigns in Chromium: staff edit, preview and publish the appeal; readers see it and the server holds them to it; an
// A/B test splits fresh browsers, keeps each on its variant, and files payments under it; old versions come back.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ADMIN_EMAIL, flushWebhooks, payOnStripe, signInThroughMailbox, uniqueEmail } from './reader-steps';

const SLUG = 'river-bridge-repairs-delayed';
const ARTICLE = `/articles/${SLUG}`;
const token = Date.now().toString(36);

test.describe.configure({ mode: 'serial' });

async function expectNoSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A reader in a browser of their own whose language makes euros their currency. */
async function euroReader(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page.locator('section#support')).toBeVisible();
  return { context, page };
}

let staff: Page;
let original: { letter: string; presets: string; default: string; min: string; russianLetter: string };

test.beforeAll(async ({ browser }) => {
  staff = await (await browser.newContext()).newPage();
  await signInThroughMailbox(staff, ADMIN_EMAIL, '/admin/appeal');
  const form = staff.locator('form[action="/admin/appeal/settings"]');
  original = {
    letter: await form.getByRole('textbox', { name: 'Letter', exact: true }).inputValue(),
    presets: await form.getByRole('textbox', { name: 'Monthly amounts (EUR)' }).inputValue(),
    default: await form.getByRole('textbox', { name: 'Monthly default (EUR)' }).inputValue(),
    min: await form.getByRole('textbox', { name: 'Monthly minimum (EUR)' }).inputValue(),
    russianLetter: await form.getByRole('group', { name: 'Russian copy' }).getByRole('textbox', { name: 'Письмо' }).inputValue(),
  };
});

test.afterAll(async () => {
  // Later specs expect the built-in appeal: put its letter and amounts back, and publish.
  await staff.goto('/admin/appeal');
  await staff.getByRole('textbox', { name: 'Letter', exact: true }).fill(original.letter);
  await staff.getByRole('textbox', { name: 'Monthly minimum (EUR)' }).fill(original.min);
  await staff.getByRole('textbox', { name: 'Monthly amounts (EUR)' }).fill(original.presets);
  await staff.getByRole('textbox', { name: 'Monthly default (EUR)' }).fill(original.default);
  await staff.getByRole('group', { name: 'Russian copy' }).getByRole('textbox', { name: 'Письмо' }).fill(original.russianLetter);
  await staff.getByRole('button', { name: 'Publish' }).click();
  await expect(staff.getByRole('status').filter({ hasText: /Published version \d+/ })).toBeVisible();
  await staff.context().close();
});

test('staff write the Russian letter beside the English one, and readers of the Russian pages see it', async ({ browser }) => {
  await staff.goto('/admin/appeal');
  const russian = staff.getByRole('group', { name: 'Russian copy' });
  const button = russian.getByRole('textbox', { name: 'Текст кнопки' });
  // The same rules in both languages: the Russian button keeps the name Russian readers find it by.
  await button.fill('Continue');
  await staff.getByRole('button', { name: 'Save draft' }).click();
  await expect(staff.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toContainText('Продолжить');
  await expect(button).toHaveAttribute('aria-invalid', 'true');
  await button.fill('Продолжить');
  await russian.getByRole('textbox', { name: 'Письмо' }).fill(`Письмо кампании ${token}: {publication} просит поддержать её от {monthlyMinimum} в месяц.`);
  await staff.getByRole('button', { name: 'Publish' }).click();
  await expect(staff.getByRole('status').filter({ hasText: /Published version \d+/ })).toBeVisible();

  const context = await browser.newContext({ locale: 'ru-RU' });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(page).toHaveURL(new RegExp(`/ru${ARTICLE}$`));
  const appeal = page.locator('section#support');
  await expect(appeal).toContainText(`Письмо кампании ${token}`);
  await expect(appeal.getByRole('button', { name: 'Продолжить' })).toBeVisible();
  // English readers keep the English letter.
  const english = await browser.newContext({ locale: 'en-US' });
  const englishPage = await english.newPage();
  await englishPage.goto(ARTICLE);
  await expect(englishPage.locator('section#support')).not.toContainText('Письмо кампании');
  await Promise.all([context.close(), english.close()]);
});

test('staff edit the letter and the monthly euro amounts, preview them on an article, and publish them for every new reader', async ({ browser }) => {
  await expect(staff.getByRole('heading', { level: 1, name: 'Appeal' })).toBeVisible();
  await expectNoSeriousAxeViolations(staff);
  const letter = staff.getByRole('textbox', { name: 'Letter', exact: true });
  // Both sides check: the editor refuses an unknown placeholder before anything is sent.
  await letter.fill(`Dear reader,\n\nWe report for {town}.`);
  await staff.getByRole('button', { name: 'Save draft' }).click();
  await expect(staff.getByRole('alert').filter({ hasText: 'Nothing was saved' })).toContainText('unknown placeholder {town}');
  await expect(letter).toHaveAttribute('aria-invalid', 'true');

  await letter.fill(`Dear reader,\n\nCampaign letter ${token}: {publication} needs you from {monthlyMinimum} a month.`);
  await staff.getByRole('textbox', { name: 'Monthly minimum (EUR)' }).fill('3');
  await staff.getByRole('textbox', { name: 'Monthly amounts (EUR)' }).fill('3, 6, 9');
  await staff.getByRole('textbox', { name: 'Monthly default (EUR)' }).fill('6');
  await staff.getByRole('button', { name: 'Preview' }).click();

  await expect(staff).toHaveURL(/\/admin\/appeal\/preview\?version=draft/);
  for (const title of ['Desktop preview of the draft', 'Phone preview of the draft']) {
    const frame = staff.frameLocator(`iframe[title="${title}"]`);
    await expect(frame.locator('section#support')).toContainText(`Campaign letter ${token}`);
  }
  // The draft is staff's alone: a reader still sees the published letter.
  const early = await euroReader(browser);
  await expect(early.page.locator('section#support')).not.toContainText(token);
  await early.context.close();

  await staff.goto('/admin/appeal');
  await staff.getByRole('button', { name: 'Publish' }).click();
  await expect(staff.getByRole('status').filter({ hasText: /Published version \d+/ })).toBeVisible();

  const reader = await euroReader(browser);
  const appeal = reader.page.locator('section#support');
  // The letter names the minimum once per currency; the reader sees their own (innerText leaves out the hidden ones).
  await expect(appeal).toContainText(`Campaign letter ${token}: The Millbrook Ledger needs you from €3 a month.`, { useInnerText: true });
  const amount = appeal.getByRole('radiogroup', { name: 'Amount' });
  for (const name of ['€3', '€6', '€9']) await expect(amount.getByRole('radio', { name, exact: true })).toBeVisible();
  await expect(amount.getByRole('radio', { name: '€6', exact: true })).toBeChecked();

  // The server holds the checkout to the same published rules: below the new minimum is refused, the minimum accepted.
  const post = (amountText: string) =>
    reader.page.request.post('/support/checkout', {
      form: { frequency: 'monthly', currency: 'eur', amount: amountText, placement: 'article-end', article: SLUG },
      headers: { accept: 'application/json', origin: new URL(reader.page.url()).origin },
      maxRedirects: 0,
    });
  const below = await post('2.50');
  expect(below.status()).toBe(400);
  expect((await below.json()).error).toEqual({ field: 'amount', message: 'Monthly support starts at €3. Enter €3 or more.' });
  await appeal.getByRole('textbox', { name: 'Other amount' }).fill('3');
  await appeal.getByRole('button', { name: 'Continue' }).click();
  await expect(reader.page).toHaveURL(/\/c\/pay\/cs_/);
  await reader.context.close();

  // The publish is in the audit log, with who did it.
  await staff.goto('/admin/audit');
  await expect(staff.getByRole('row').filter({ hasText: 'appeal:publish' }).filter({ hasText: ADMIN_EMAIL }).first()).toBeVisible();
});

test('an old version is restored by publishing it again, and the audit log says so', async ({ browser }) => {
  await staff.goto('/admin/appeal');
  await staff.getByRole('textbox', { name: 'Heading' }).fill(`A heading that will not last ${token}`);
  await staff.getByRole('button', { name: 'Publish' }).click();
  await expect(staff.getByRole('status').filter({ hasText: /Published version \d+/ })).toBeVisible();
  const reader = await euroReader(browser);
  await expect(reader.page.getByRole('heading', { level: 2, name: `A heading that will not last ${token}` })).toBeVisible();

  await staff.getByRole('navigation', { name: 'Appeal' }).getByRole('link', { name: 'Versions' }).click();
  const rows = staff.getByRole('table', { name: 'Published versions, newest first' }).getByRole('row');
  // Newest first: the heading just published, then the one before it.
  const previous = rows.nth(2);
  const previousId = (await previous.getByRole('rowheader').innerText()).match(/^\d+/)![0];
  await previous.getByRole('link', { name: `Compare version ${previousId}` }).click();
  await expect(staff.getByRole('table', { name: 'Differences, field by field' })).toContainText(`A heading that will not last ${token}`);
  await expectNoSeriousAxeViolations(staff);
  await staff.getByRole('button', { name: `Restore version ${previousId}` }).click();
  await expect(staff.getByRole('status').filter({ hasText: /Published version \d+/ })).toBeVisible();

  await reader.page.reload();
  await expect(reader.page.locator('section#support')).toContainText(`Campaign letter ${token}`);
  await expect(reader.page.getByRole('heading', { level: 2, name: `A heading that will not last ${token}` })).toHaveCount(0);
  await reader.context.close();
  await staff.goto('/admin/audit');
  await expect(staff.getByRole('row').filter({ hasText: 'appeal:restore' }).first()).toContainText(`restoredFrom=${previousId}`);
});

test('a two-variant test splits fresh browsers near its share, keeps each on its variant, and files payments under it', async ({ browser }) => {
  test.setTimeout(300_000);
  await staff.goto('/admin/appeal/tests');
  const form = staff.locator('form[action="/admin/appeal/tests/save"]');
  await form.getByRole('textbox', { name: 'Test name' }).fill(`Heading test ${token}`);
  await form.getByRole('spinbutton', { name: /Traffic share/ }).fill('100');
  await form.getByRole('textbox', { name: 'Variant B name' }).fill('Short heading');
  await form.getByRole('textbox', { name: 'Variant B: Heading' }).fill(`Keep local news going ${token}`);
  await form.getByRole('button', { name: 'Save test' }).click();
  await expect(staff).toHaveURL(/\/admin\/appeal\/tests\/\d+\?saved=1/);
  const testUrl = staff.url().split('?')[0];
  await staff.getByRole('button', { name: 'Start the test' }).click();
  await expect(staff.getByRole('button', { name: 'Stop the test' })).toBeVisible();

  const variantHeading = `Keep local news going ${token}`;
  const readers: { context: BrowserContext; page: Page; variant: 'b' | 'control' }[] = [];
  const BROWSERS = 24;
  for (let i = 0; i < BROWSERS; i++) {
    const reader = await euroReader(browser);
    const heading = await reader.page.locator('section#support h2').innerText();
    const variant = heading === variantHeading ? 'b' : 'control';
    // The browser keeps its id; a reload shows the same variant.
    await expect.poll(async () => (await reader.context.cookies()).some((c) => c.name === 'rr_bid')).toBe(true);
    await reader.page.reload();
    expect(await reader.page.locator('section#support h2').innerText()).toBe(heading);
    readers.push({ ...reader, variant });
  }
  const inB = readers.filter((r) => r.variant === 'b').length;
  // A fair 50/50 split of 24 browsers lies within 12 ± 8 (over 3 standard deviations) all but about 1 time in 700.
  expect(inB).toBeGreaterThanOrEqual(4);
  expect(inB).toBeLessThanOrEqual(20);

  // One reader of each variant gives monthly through the emulator.
  for (const variant of ['control', 'b'] as const) {
    const reader = readers.find((r) => r.variant === variant)!;
    const appeal = reader.page.locator('section#support');
    await appeal.getByRole('radio', { name: '€6', exact: true }).check();
    await appeal.getByRole('button', { name: 'Continue' }).click();
    await payOnStripe(reader.page, { email: uniqueEmail(`variant-${variant}`), button: 'Subscribe' });
    await expect(reader.page).toHaveURL(/\/support\/thank-you\?session_id=cs_/);
    await flushWebhooks(reader.page);
  }
  for (const reader of readers) await reader.context.close();

  await staff.goto(testUrl);
  const report = staff.getByRole('table', { name: 'Results by variant' });
  for (const name of ['Control', 'Short heading']) {
    const row = report.getByRole('row').filter({ has: staff.getByRole('rowheader', { name, exact: true }) });
    // Checkouts started, then payments; money raised and new recurring revenue in euros.
    await expect(row.getByRole('cell').nth(2)).toHaveText('1');
    await expect(row.getByRole('cell').nth(3)).toHaveText('1');
    await expect(row.getByRole('cell').nth(6)).toHaveText('€6');
    await expect(row.getByRole('cell').nth(7)).toHaveText('€6');
  }
  await expectNoSeriousAxeViolations(staff);
  const csv = await staff.request.get(`${testUrl}/report`);
  expect(csv.status()).toBe(200);
  const lines = (await csv.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines.slice(1).map((l) => l.split(',').filter((_, i) => [0, 5, 10, 11].includes(i)))).toEqual([
    ['control', '1', 'eur', '6.00'],
    ['b', '1', 'eur', '6.00'],
  ]);
  await staff.getByRole('button', { name: 'Stop the test' }).click();
  await expect(staff.getByRole('button', { name: 'Start the test again' })).toBeVisible();
});
