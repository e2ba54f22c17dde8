// The emulator's hosted pages in Chromium: donate, subscribe monthly and yearly, a declined card, SEPA Direct Debit,
// portal cancel.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { startStripeEmulator, type StripeEmulator } from '../../stripe-emulator/index';

let emulator: StripeEmulator;
let stripe: Stripe;

test.beforeAll(async () => {
  emulator = await startStripeEmulator({ port: 0, dataFile: null });
  stripe = new Stripe('sk_test_e2e', { ...emulator.stripeConfig, maxNetworkRetries: 0 });
});
test.afterAll(async () => {
  await emulator?.close();
});

const monthly = { currency: 'usd', unit_amount: 800, recurring: { interval: 'month' as const }, product_data: { name: 'Monthly membership' } };
const yearly = { currency: 'usd', unit_amount: 8000, recurring: { interval: 'year' as const }, product_data: { name: 'Annual membership' } };

async function fillCard(page: Page, card: string, email?: string): Promise<void> {
  if (email) await page.getByLabel('Email').fill(email);
  await page.getByLabel('Card number').fill(card);
  await page.getByLabel('Expiration').fill('12 / 34');
  await page.getByLabel('CVC').fill('123');
  await page.getByLabel('Cardholder name').fill('Ada Reader');
}

function urls() {
  return { success_url: `${emulator.url}/?paid={CHECKOUT_SESSION_ID}`, cancel_url: `${emulator.url}/?canceled=1` };
}

test('a one-off donation is paid on the hosted page and redirects with the session id', async ({ page }) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment', submit_type: 'donate', ...urls(),
    line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: 'Donation' } } }],
  });
  await page.goto(session.url!);
  await expect(page.getByText('$25.00').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Cancel and return/ })).toHaveAttribute('href', `${emulator.url}/?canceled=1`);
  const a11y = await new AxeBuilder({ page }).analyze();
  expect(a11y.violations.map((v) => v.id)).toEqual([]);
  await fillCard(page, '4242 4242 4242 4242', 'donor@example.org');
  await page.getByRole('button', { name: 'Donate' }).click();
  await expect(page).toHaveURL(`${emulator.url}/?paid=${session.id}`);
  const done = await stripe.checkout.sessions.retrieve(session.id);
  expect(done.payment_status).toBe('paid');
  expect(done.customer_details?.email).toBe('donor@example.org');
});

for (const [label, priceData, every] of [['monthly', monthly, 'per month'], ['annual', yearly, 'per year']] as const) {
  test(`the ${label} membership is started with Subscribe`, async ({ page }) => {
    const session = await stripe.checkout.sessions.create({ mode: 'subscription', customer_email: `${label}@example.org`, ...urls(), line_items: [{ quantity: 1, price_data: priceData }] });
    await page.goto(session.url!);
    await expect(page.getByTestId('total')).toContainText(every);
    await expect(page.getByLabel('Email')).toHaveValue(`${label}@example.org`);
    await fillCard(page, '4242424242424242');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await expect(page).toHaveURL(new RegExp(`paid=${session.id}`));
    const sub = await stripe.subscriptions.retrieve((await stripe.checkout.sessions.retrieve(session.id)).subscription as string);
    expect(sub.status).toBe('active');
    expect(sub.items.data[0].price.recurring?.interval).toBe(priceData.recurring.interval);
  });
}

test('a declined card shows Stripe\'s message and the session stays open', async ({ page }) => {
  const session = await stripe.checkout.sessions.create({ mode: 'payment', ...urls(), line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 1000, product_data: { name: 'Gift' } } }] });
  await page.goto(session.url!);
  await fillCard(page, '4000 0000 0000 0002', 'declined@example.org');
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('alert')).toHaveText('Your card was declined.');
  expect(page.url()).toContain('/c/pay/');
  expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page).toHaveURL(new RegExp(`paid=${session.id}`));
});

test('the billing portal cancels at period end, resumes, switches the card, and returns to the site', async ({ page }) => {
  const session = await stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'portal@example.org', ...urls(), line_items: [{ quantity: 1, price_data: monthly }] });
  await page.goto(session.url!);
  await fillCard(page, '4242 4242 4242 4242');
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page).toHaveURL(/paid=/);
  const done = await stripe.checkout.sessions.retrieve(session.id);
  const configuration = await stripe.billingPortal.configurations.create({ features: { subscription_cancel: { enabled: true }, payment_method_update: { enabled: true } } });
  const portal = await stripe.billingPortal.sessions.create({ customer: done.customer as string, configuration: configuration.id, return_url: `${emulator.url}/?from=portal` });

  await page.goto(portal.url);
  const membership = page.getByRole('article', { name: 'Monthly membership' });
  await expect(membership).toContainText('$8.00 per month');
  await expect(membership).toContainText('Active');
  await expect(membership).toContainText('Renews on');
  const a11y = await new AxeBuilder({ page }).analyze();
  expect(a11y.violations.map((v) => v.id)).toEqual([]);
  await membership.getByRole('button', { name: 'Cancel subscription' }).click();
  await expect(page.getByRole('status')).toContainText('canceled');
  await expect(membership).toContainText('Cancels');
  expect((await stripe.subscriptions.retrieve(done.subscription as string)).cancel_at_period_end).toBe(true);

  await membership.getByRole('button', { name: 'Renew subscription' }).click();
  await expect(membership).toContainText('Active');
  expect((await stripe.subscriptions.retrieve(done.subscription as string)).cancel_at_period_end).toBe(false);
  await membership.getByRole('button', { name: 'Cancel subscription' }).click();

  // Switch to a card that can be saved but whose charges fail
  await page.getByLabel('Card number').fill('4000 0000 0000 0341');
  await page.getByLabel('Expiration').fill('11 / 33');
  await page.getByLabel('CVC').fill('321');
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByRole('status')).toContainText('card was saved');
  await expect(page.getByText('ending in 0341')).toBeVisible();
  const switched = await stripe.subscriptions.retrieve(done.subscription as string, { expand: ['default_payment_method'] });
  expect((switched.default_payment_method as Stripe.PaymentMethod).card?.last4).toBe('0341');

  await page.getByRole('link', { name: /Return to/ }).click();
  await expect(page).toHaveURL(`${emulator.url}/?from=portal`);
  expect((await stripe.subscriptions.retrieve(done.subscription as string)).cancel_at_period_end).toBe(true);
});

test('a euro gift can be paid by SEPA Direct Debit: the method is a labelled radio, the session completes unpaid', async ({ page }) => {
  const session = await stripe.checkout.sessions.create({
    mode: 'payment', submit_type: 'donate', ...urls(),
    line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 1200, product_data: { name: 'Gift' } } }],
  });
  await page.goto(session.url!);
  await expect(page.getByRole('radio', { name: 'Card' })).toBeChecked();
  await page.getByRole('radio', { name: 'SEPA Direct Debit' }).check();
  await page.getByLabel('Email').fill('sepa@example.org');
  await page.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
  await page.getByLabel('Account holder name').fill('Ada Reader');
  const a11y = await new AxeBuilder({ page }).analyze();
  expect(a11y.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Donate' }).click();
  await expect(page).toHaveURL(new RegExp(`paid=${session.id}`));
  const done = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
  expect(done.payment_status).toBe('unpaid');
  expect((done.payment_intent as Stripe.PaymentIntent).status).toBe('processing');
});
