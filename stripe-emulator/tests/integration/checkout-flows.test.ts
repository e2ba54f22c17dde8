// One-off and subscription Checkout paid through the hosted form, declines, expiry, refunds, with verified webhooks.
import type Stripe from 'stripe';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ANNUAL, CARDS, listen, MONTHLY, payHosted, startTestEmulator, type Receiver, type TestEmulator } from '../helpers';

let t: TestEmulator;
let receiver: Receiver;

beforeAll(async () => {
  t = await startTestEmulator();
  ({ receiver } = await listen(t));
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});
beforeEach(() => {
  receiver.received.length = 0;
});

function eventsFor(id: string): string[] {
  return receiver.received.filter((r) => JSON.stringify(r.event.data.object).includes(id)).map((r) => r.event.type);
}

describe('one-off donation through the hosted page', () => {
  it('creates the PaymentIntent only on payment, copies metadata and redirects to success_url', async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: 'payment', submit_type: 'donate', success_url: 'http://app.test/thanks?session_id={CHECKOUT_SESSION_ID}', cancel_url: 'http://app.test/support',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 2500, product_data: { name: 'Donation' } } }],
      metadata: { campaign: 'spring' }, payment_intent_data: { metadata: { kind: 'donation' } }, client_reference_id: 'reader-1',
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.payment_intent).toBeNull();
    expect(session.status).toBe('open');
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain('$25.00');
    expect(page).toContain('>Donate</button>');
    expect(page).toContain('href="http://app.test/support"');

    const paid = await payHosted(session.url!, { email: 'donor@example.org' });
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`http://app.test/thanks?session_id=${session.id}`);

    const done = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge', 'line_items'] });
    expect(done.status).toBe('complete');
    expect(done.payment_status).toBe('paid');
    expect(done.url).toBeNull();
    expect(done.metadata).toEqual({ campaign: 'spring' });
    expect(done.client_reference_id).toBe('reader-1');
    expect(done.customer).toBeNull();
    expect(done.customer_details?.email).toBe('donor@example.org');
    expect(done.line_items?.data[0].description).toBe('Donation');
    const pi = done.payment_intent as Stripe.PaymentIntent;
    expect(pi.status).toBe('succeeded');
    expect(pi.metadata).toEqual({ kind: 'donation' });
    const charge = pi.latest_charge as Stripe.Charge;
    expect(charge.metadata).toEqual({ kind: 'donation' });
    expect(charge.payment_method_details?.card?.last4).toBe('4242');
    expect(charge.payment_method_details?.card?.brand).toBe('visa');
    const receipt = await fetch(charge.receipt_url!);
    expect(receipt.status).toBe(200);
    expect(await receipt.text()).toContain('$25.00');

    await receiver.waitFor(() => eventsFor(session.id).includes('checkout.session.completed'));
    await receiver.waitFor(() => eventsFor(pi.id).includes('payment_intent.succeeded'));
    expect(new Set(eventsFor(pi.id))).toEqual(new Set(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded', 'checkout.session.completed']));
    const completed = receiver.received.find((r) => r.event.type === 'checkout.session.completed')!.event.data.object as Stripe.Checkout.Session;
    expect(completed.payment_status).toBe('paid');
  });

  it('creates a customer when customer_creation=always', async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: 'payment', customer_creation: 'always', success_url: 'http://app.test/ok',
      line_items: [{ quantity: 2, price_data: { currency: 'eur', unit_amount: 1000, product_data: { name: 'Gift' } } }],
    });
    expect(session.amount_total).toBe(2000);
    await payHosted(session.url!, { email: 'new@example.org' });
    const done = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['customer'] });
    expect((done.customer as Stripe.Customer).email).toBe('new@example.org');
  });
});

describe('declined cards', () => {
  it.each([
    [CARDS.declined, 'Your card was declined.'],
    [CARDS.insufficient, 'Your card has insufficient funds.'],
    [CARDS.expired, 'Your card has expired.'],
  ])('%s shows Stripe\'s message and leaves the session open', async (card, message) => {
    const session = await t.stripe.checkout.sessions.create({
      mode: 'payment', success_url: 'http://app.test/ok',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 700, product_data: { name: 'One-off' } } }],
    });
    const res = await payHosted(session.url!, { cardnumber: card });
    expect(res.status).toBe(402);
    expect(res.html).toMatch(new RegExp(`role="alert">${message.replace(/'/g, '&#39;').replace('.', '\\.')}`));
    const after = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    expect(after.status).toBe('open');
    const pi = after.payment_intent as Stripe.PaymentIntent;
    expect(pi.status).toBe('requires_payment_method');
    expect(pi.last_payment_error?.message).toBe(message);
    // Paying again on the same session with a good card succeeds on the same PaymentIntent
    const retry = await payHosted(session.url!, { cardnumber: CARDS.ok });
    expect(retry.status).toBe(303);
    const paid = await t.stripe.checkout.sessions.retrieve(session.id);
    expect(paid.payment_intent).toBe(pi.id);
    expect(paid.payment_status).toBe('paid');
  });

  it('rejects malformed card input without creating anything', async () => {
    const session = await t.stripe.checkout.sessions.create({
      mode: 'payment', success_url: 'http://app.test/ok',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 700, product_data: { name: 'One-off' } } }],
    });
    expect((await payHosted(session.url!, { cardnumber: '4242 4242 4242 4241' })).html).toContain('Your card number is invalid.');
    expect((await payHosted(session.url!, { exp: '01 / 20' })).html).toContain('expiration year is in the past');
    expect((await payHosted(session.url!, { email: 'nope' })).html).toContain('Your email address is invalid.');
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBeNull();
  });

  it('a subscription is not created when the first charge fails', async () => {
    const session = await t.stripe.checkout.sessions.create({ mode: 'subscription', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    const res = await payHosted(session.url!, { cardnumber: CARDS.chargesFail });
    expect(res.html).toContain('Your card was declined.');
    const after = await t.stripe.checkout.sessions.retrieve(session.id);
    expect(after.subscription).toBeNull();
    expect(after.status).toBe('open');
  });
});

describe('subscriptions through Checkout', () => {
  it.each([
    ['monthly', MONTHLY, 'per month', 1],
    ['annual', ANNUAL, 'per year', 12],
  ])('%s: creates customer, subscription and paid first invoice in the 2026 shape', async (_name, priceData, label, months) => {
    const session = await t.stripe.checkout.sessions.create({
      mode: 'subscription', customer_email: 'member@example.org', success_url: 'http://app.test/welcome?s={CHECKOUT_SESSION_ID}',
      line_items: [{ quantity: 1, price_data: priceData }], subscription_data: { metadata: { tier: _name } }, metadata: { source: 'appeal' },
    });
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain(label);
    expect(page).toContain('>Subscribe</button>');
    expect(page).toMatch(/id="email"[^>]*readonly/);
    expect(session.subscription).toBeNull();
    expect((await payHosted(session.url!)).status).toBe(303);

    const done = await t.stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription', 'invoice', 'customer'] });
    const sub = done.subscription as Stripe.Subscription;
    const invoice = done.invoice as Stripe.Invoice;
    expect((done.customer as Stripe.Customer).email).toBe('member@example.org');
    expect(sub.status).toBe('active');
    expect(sub.metadata).toEqual({ tier: _name });
    expect(done.metadata).toEqual({ source: 'appeal' });
    const item = sub.items.data[0];
    expect(item.current_period_start).toBe(sub.start_date);
    const end = new Date(item.current_period_start * 1000);
    end.setUTCMonth(end.getUTCMonth() + months);
    expect(Math.abs(item.current_period_end - end.getTime() / 1000)).toBeLessThanOrEqual(3 * 86_400);
    expect(sub).not.toHaveProperty('current_period_end');
    expect(invoice.status).toBe('paid');
    expect(invoice.billing_reason).toBe('subscription_create');
    expect(invoice.parent?.subscription_details?.subscription).toBe(sub.id);
    expect(invoice.parent?.subscription_details?.metadata).toEqual({ tier: _name });
    expect(invoice).not.toHaveProperty('payment_intent');
    expect(invoice).not.toHaveProperty('paid');
    expect(invoice.hosted_invoice_url).toMatch(/\/invoices\/in_/);
    expect((await fetch(invoice.hosted_invoice_url!)).status).toBe(200);
    const payments = await t.stripe.invoicePayments.list({ invoice: invoice.id });
    expect(payments.data).toHaveLength(1);
    const pi = await t.stripe.paymentIntents.retrieve(payments.data[0].payment.payment_intent as string);
    expect(pi.status).toBe('succeeded');

    await receiver.waitFor(() => eventsFor(session.id).includes('checkout.session.completed'));
    await receiver.waitFor(() => receiver.types().includes('invoice.payment_succeeded') && receiver.types().includes('charge.succeeded'));
    for (const type of ['customer.created', 'customer.subscription.created', 'invoice.created', 'invoice.finalized', 'invoice.paid', 'invoice.payment_succeeded', 'payment_intent.succeeded', 'charge.succeeded', 'checkout.session.completed']) {
      expect(receiver.types()).toContain(type);
    }
  });

  it('uses a given customer and does not create another', async () => {
    const customer = await t.stripe.customers.create({ email: 'known@example.org', name: 'Known' });
    const session = await t.stripe.checkout.sessions.create({ mode: 'subscription', customer: customer.id, success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain('value="known@example.org"');
    await payHosted(session.url!);
    const subs = await t.stripe.subscriptions.list({ customer: customer.id });
    expect(subs.data).toHaveLength(1);
    expect(subs.data[0].default_payment_method).toMatch(/^pm_/);
    const pms = await t.stripe.customers.listPaymentMethods(customer.id);
    expect(pms.data[0].card?.last4).toBe('4242');
  });
});

describe('expiry and refunds', () => {
  it('expires a session through the API and sends checkout.session.expired', async () => {
    const session = await t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'x' } } }] });
    const expired = await t.stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe('expired');
    await expect(t.stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ statusCode: 400 });
    await receiver.waitFor(() => eventsFor(session.id).includes('checkout.session.expired'));
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain('expired');
  });

  it('expires open sessions when the emulator clock passes expires_at', async () => {
    const now = (await t.control('now')).now as number;
    const session = await t.stripe.checkout.sessions.create({ mode: 'payment', expires_at: now + 3600, success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'x' } } }] });
    await t.control('advance', { seconds: 3601 });
    expect((await t.stripe.checkout.sessions.retrieve(session.id)).status).toBe('expired');
  });

  it('refunds partially then fully, by charge and by payment_intent', async () => {
    const session = await t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 5000, product_data: { name: 'x' } } }] });
    await payHosted(session.url!);
    const pi = await t.stripe.paymentIntents.retrieve((await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string);
    const partial = await t.stripe.refunds.create({ charge: pi.latest_charge as string, amount: 2000 });
    expect(partial.status).toBe('succeeded');
    expect(partial.amount).toBe(2000);
    await expect(t.stripe.refunds.create({ payment_intent: pi.id, amount: 4000 })).rejects.toMatchObject({ statusCode: 400, code: 'amount_too_large' });
    const rest = await t.stripe.refunds.create({ payment_intent: pi.id });
    expect(rest.amount).toBe(3000);
    const charge = await t.stripe.charges.retrieve(pi.latest_charge as string);
    expect(charge.refunded).toBe(true);
    expect(charge.amount_refunded).toBe(5000);
    await expect(t.stripe.refunds.create({ charge: charge.id })).rejects.toMatchObject({ code: 'charge_already_refunded' });
    await receiver.waitFor((r) => r.filter((x) => x.event.type === 'charge.refunded').length >= 2);
    expect(receiver.types()).toContain('refund.created');
    const refunded = receiver.received.filter((r) => r.event.type === 'charge.refunded').at(-1)!.event;
    expect(refunded.data.previous_attributes).toMatchObject({ amount_refunded: 2000, refunded: false });
    const list = await t.stripe.refunds.list({ charge: charge.id });
    expect(list.data.map((r) => r.amount)).toEqual([3000, 2000]);
  });

  it('creates a dispute through the test control', async () => {
    const session = await t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 900, product_data: { name: 'x' } } }] });
    await payHosted(session.url!);
    const pi = await t.stripe.paymentIntents.retrieve((await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string);
    const dispute = await t.control(`charges/${pi.latest_charge}/dispute`, {});
    expect(dispute.id).toMatch(/^dp_/);
    await receiver.waitFor(() => receiver.types().includes('charge.dispute.created'));
    expect((await t.stripe.disputes.retrieve(dispute.id)).status).toBe('needs_response');
  });
});
