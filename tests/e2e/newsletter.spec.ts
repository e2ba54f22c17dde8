// The newsletter signup in Chromium: double opt-in through the local mailbox (the link's page has the button), unsubscribe
// through another link, preview, errors.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ORIGIN } from './reader-steps';

const ARTICLE = '/articles/river-bridge-repairs-delayed';

async function expectNoSeriousA11yIssues(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

async function openNewestMail(page: Page, email: string) {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.getByRole('list', { name: 'Messages, newest first' }).getByRole('link').first().click();
}

test('signing up under an article, confirming through the emailed link, and unsubscribing through another', async ({ page }) => {
  const email = `news-${Date.now()}@example.org`;
  await page.goto(ARTICLE);
  const form = page.getByRole('form', { name: /newsletter/ });
  await expect(page.getByRole('heading', { name: 'Sign up for our free weekly newsletter' })).toBeVisible();
  await expect(form.getByRole('link', { name: 'Privacy Policy' })).toHaveAttribute('href', '/privacy');
  await expect(form.getByRole('link', { name: 'Preview' })).toBeVisible();
  await expectNoSeriousA11yIssues(page);

  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('button', { name: 'Sign up' }).click();
  // The reader stays on the story: the answer is said in place, and focus moves to it.
  const signup = page.getByRole('region', { name: 'Sign up for our free weekly newsletter' });
  await expect(signup.getByRole('status')).toHaveText('Check your inbox: we sent a link to confirm your subscription.');
  await expect(signup.getByRole('status')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await expectNoSeriousA11yIssues(page);

  await openNewestMail(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your subscription to The Millbrook Ledger' })).toBeVisible();
  await expect(page.getByText('List-Unsubscribe', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Confirm my subscription' }).click();
  // The link only asks (mail scanners open links too); the button on its page confirms.
  await expect(page.getByRole('heading', { level: 1, name: 'Confirm your subscription' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`We will send the free weekly newsletter to ${email}.`);
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('button', { name: 'Confirm my subscription' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You’re subscribed' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Thank you. The newsletter from The Millbrook Ledger will arrive once a week.');
  await expect(page.getByRole('main')).not.toContainText('The The');
  await expectNoSeriousA11yIssues(page);

  await openNewestMail(page, email);
  await page.getByRole('link', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Unsubscribe from the newsletter' })).toBeVisible();
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You’re unsubscribed' })).toBeVisible();

  // The confirmation link from before no longer signs them up.
  await openNewestMail(page, email);
  const confirm = await page.getByRole('link', { name: 'Confirm my subscription' }).getAttribute('href');
  const stale = await page.request.get(confirm!, { maxRedirects: 0 });
  expect(stale.status()).toBe(400);
});

test('without JavaScript the signup still posts and leads to "Check your inbox"; with it, a refused address is said at the field', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(ARTICLE);
  await plain.getByRole('form', { name: /newsletter/ }).getByRole('textbox', { name: 'Email' }).fill(`plain-${Date.now()}@example.org`);
  await plain.getByRole('button', { name: 'Sign up' }).click();
  await expect(plain.getByRole('heading', { level: 1, name: 'Check your inbox' })).toBeVisible();
  await context.close();

  await page.goto(ARTICLE);
  const form = page.getByRole('form', { name: /newsletter/ });
  // Valid to the browser's type=email check, refused by the server's.
  await form.getByRole('textbox', { name: 'Email' }).fill('someone@localhost');
  await form.getByRole('button', { name: 'Sign up' }).click();
  await expect(form.getByRole('alert')).not.toBeEmpty();
  await expect(form.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
});

test('Preview opens a sample issue', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('form', { name: /newsletter/ }).getByRole('link', { name: 'Preview' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The week in The Millbrook Ledger/);
  await expect(page.getByRole('heading', { name: 'This week’s stories' })).toBeVisible();
  await expectNoSeriousA11yIssues(page);
});

test('without JavaScript a bad address comes back to the form with the message; a tampered link is a 400', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const form = page.getByRole('form', { name: /newsletter/ });
  await form.getByRole('textbox', { name: 'Email' }).fill('a@b');
  await form.getByRole('button', { name: 'Sign up' }).click();
  await expect(page).toHaveURL(/form=newsletter/);
  await expect(page.getByRole('form', { name: /newsletter/ }).getByRole('alert')).toHaveText('Enter an email address such as name@example.org.');
  await context.close();

  const json = await request.post('/newsletter/subscribe', { form: { email: 'x@example.org\nBcc: y@example.org' }, headers: { accept: 'application/json', origin: ORIGIN } });
  expect(json.status()).toBe(400);
  expect(await json.json()).toEqual({ error: { field: 'email', message: 'An email address cannot contain line breaks.' } });
  const tampered = await request.get('/newsletter/confirm?token=eyJzIjoiYUBiLmMiLCJ4IjowfQ.forged', { maxRedirects: 0 });
  expect(tampered.status()).toBe(400);
  expect(await tampered.text()).toContain('This confirmation link is not valid');
});
