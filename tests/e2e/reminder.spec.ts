// "Remind me later" in Chromium: the appeal collapses to its line of thanks (in view, focused), stays away on the next
// article and after a reload, comes back after the period; a reminder reaches the mailbox in the chosen month and its
// cancel link works.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ORIGIN } from './reader-steps';

const ARTICLE = '/articles/river-bridge-repairs-delayed';

async function otherArticle(page: Page): Promise<string> {
  await page.goto('/');
  const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((href) => href.startsWith('/articles/') && href !== ARTICLE)!;
}

async function expectNoSeriousA11yIssues(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

for (const width of [1280, 390]) {
  test(`at ${width} px, Remind me later collapses the appeal to its line of thanks, in view and focused, not an empty frame`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto(ARTICLE);
    const appeal = page.locator('section#support');
    const tall = (await appeal.boundingBox())!.height;
    await appeal.getByRole('button', { name: 'Remind me later' }).click();
    const thanks = page.getByText(/Thanks for reading The Millbrook Ledger/);
    await expect(thanks).toBeFocused();
    await expect(thanks).toBeInViewport({ ratio: 1 });
    await expect(appeal).toBeHidden();
    // What is left is the line and the optional reminder form: a fraction of the appeal's height, all of it on screen.
    const left = page.locator('.rr-deferred-thanks');
    const box = (await left.boundingBox())!;
    expect(box.height).toBeLessThan(Math.min(tall / 2, 420));
    await expect(left).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('form', { name: 'Get a reminder' }).getByRole('textbox', { name: 'Email' })).toBeInViewport();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('Remind me later collapses the appeal in place, hides it on the next article and after a reload, and it returns after the period', async ({ page, context }) => {
  await page.goto(ARTICLE);
  const appeal = page.locator('section#support');
  await expect(appeal.getByRole('button', { name: 'Continue' })).toBeVisible();

  await appeal.getByRole('button', { name: 'Remind me later' }).click();
  await expect(page.getByText(/Thanks for reading The Millbrook Ledger/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeHidden();
  await expect(page.getByRole('form', { name: 'Get a reminder' }).getByRole('textbox', { name: 'Email' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Month' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remind me' })).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  // The deferral is a first-party cookie that expires with the 30-day period.
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === 'rr_appeal_deferred')?.expires ?? 0).toBeGreaterThan(0);
  const cookie = (await context.cookies()).find((c) => c.name === 'rr_appeal_deferred')!;
  expect(cookie.expires * 1000 - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
  expect(cookie.expires * 1000 - Date.now()).toBeLessThan(30.1 * 86_400_000);

  await page.reload();
  await expect(page.getByText(/Thanks for reading The Millbrook Ledger/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Remind me later' })).toHaveCount(0);
  // Later pages thank the reader without offering the reminder again.
  await expect(page.getByRole('form', { name: 'Get a reminder' })).toHaveCount(0);

  await page.goto(await otherArticle(page));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Thanks for reading The Millbrook Ledger/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: /newsletter/ })).toBeVisible();

  // Thirty days later: the period is over (the cookie's time has passed), and the appeal is back.
  await context.addCookies([{ ...cookie, value: String(Date.now() - 1000) }]);
  await page.reload();
  await expect(page.locator('section#support').getByRole('button', { name: 'Continue' })).toBeVisible();
});

test('without JavaScript, Remind me later and the reminder form work as plain forms', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await page.getByRole('button', { name: 'Remind me later' }).click();
  await expect(page).toHaveURL(/appeal=deferred/);
  await expect(page.getByText(/Thanks for reading The Millbrook Ledger/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue' })).toHaveCount(0);

  const form = page.getByRole('form', { name: 'Get a reminder' });
  await form.getByRole('textbox', { name: 'Email' }).fill('a@b');
  await form.getByRole('button', { name: 'Remind me' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter an email address');

  const month = await page.getByRole('combobox', { name: 'Month' }).inputValue();
  await page.getByRole('form', { name: 'Get a reminder' }).getByRole('textbox', { name: 'Email' }).fill('no-js-reader@example.org');
  await page.getByRole('button', { name: 'Remind me' }).click();
  const label = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T00:00:00Z`));
  await expect(page.getByRole('status')).toHaveText(`Done. We’ll send you one reminder in ${label}.`);

  // The support page always shows the appeal to those who came for it, and does not offer to put it off.
  await page.goto('/support');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remind me later' })).toHaveCount(0);
  await context.close();
});

test('a reminder reaches the mailbox when the job runs in the chosen month, links back to the frequency, and its cancel link works', async ({ page, request }) => {
  const email = `reminder-${Date.now()}@example.org`;
  await page.goto(ARTICLE);
  await page.locator('section#support').getByRole('radio', { name: 'Annual' }).check();
  await page.getByRole('button', { name: 'Remind me later' }).click();
  const form = page.getByRole('form', { name: 'Get a reminder' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  const month = await form.getByRole('combobox', { name: 'Month' }).inputValue();
  await form.getByRole('button', { name: 'Remind me' }).click();
  await expect(page.getByRole('status')).toContainText('Done. We’ll send you one reminder in');

  // The month before: nothing. In the chosen month: one email, and only one however often the job runs.
  const [year, m] = month.split('-').map(Number);
  const monthBefore = new Date(Date.UTC(year, m - 2, 15, 12)).toISOString();
  const inMonth = new Date(Date.UTC(year, m - 1, 2, 12)).toISOString();
  expect(await (await request.post('/dev/jobs/reminders', { data: { now: monthBefore }, headers: { origin: ORIGIN } })).json()).toMatchObject({ sent: 0 });
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByText('No messages yet.')).toBeVisible();
  const run = await (await request.post('/dev/jobs/reminders', { data: { now: inMonth }, headers: { origin: ORIGIN } })).json();
  expect(run.sent).toBeGreaterThanOrEqual(1);
  await request.post('/dev/jobs/reminders', { data: { now: inMonth }, headers: { origin: ORIGIN } });

  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const messages = page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link');
  await expect(messages).toHaveCount(1);
  await expect(messages).toHaveText('Your reminder to support The Millbrook Ledger');
  await expectNoSeriousA11yIssues(page);
  await messages.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your reminder to support The Millbrook Ledger' })).toBeVisible();
  await expect(page.locator('pre')).toContainText('/support?frequency=annual');
  await expectNoSeriousA11yIssues(page);
  const messageUrl = page.url();

  await page.getByRole('link', { name: 'Support The Millbrook Ledger' }).click();
  await expect(page).toHaveURL(/\/support\?frequency=annual$/);
  await expect(page.getByRole('radiogroup', { name: 'Frequency' }).getByRole('radio', { name: 'Annual' })).toBeChecked();

  await page.goto(messageUrl);
  await page.getByRole('link', { name: 'Cancel reminders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cancel reminders' })).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('button', { name: 'Cancel reminders' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reminders cancelled' })).toBeVisible();

  const tampered = await request.get('/support/reminder/cancel?token=not-a-real-token-at-all', { maxRedirects: 0 });
  expect(tampered.status()).toBe(400);
  expect(await tampered.text()).toContain('This cancel link is not valid');
});

test('the reminder endpoint refuses bad input with JSON errors', async ({ request }) => {
  const post = (form: Record<string, string>) => request.post('/support/reminder', { form, headers: { accept: 'application/json', origin: ORIGIN }, maxRedirects: 0 });
  const past = await post({ email: 'x@example.org', month: '2020-01', frequency: 'monthly' });
  expect(past.status()).toBe(400);
  expect(await past.json()).toEqual({ error: { field: 'month', message: 'That month has passed. Choose a month from the list.' } });
  const injected = await post({ email: 'x@example.org\r\nBcc: y@example.org', month: '2030-01' });
  expect(injected.status()).toBe(400);
  expect((await injected.json()).error.field).toBe('email');
});
