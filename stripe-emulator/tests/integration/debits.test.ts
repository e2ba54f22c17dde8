// The delayed test method: SEPA Direct Debit on the hosted page, processing until the clock passes the settlement
// time, then paid or failed with Stripe's async events (one-off, first subscription payment, renewal).
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { SETTLEMENT_SECONDS } from '../../billing/debits';
import { IBANS, MONTHLY, payHostedDebit, waitUntil, emulatorForFile } from '../helpers';

const env = emulatorForFile();

const GIFT = { currency: 'eur', unit_amount: 2500, product_data: { name: 'Gift' } };

function typesFor(id: string): string[] {
  return env.receiver.received.filter((r) => JSON.stringify(r.event.data.object).includes(id)).map((r) => r.event.type);
}

async function settle(): Promise<void> {
  await env.t.control('advance', { seconds: SETTLEMENT_SECONDS + 1 });
  await env.t.control('flush', {});
}

describe('a one-off gift by SEPA Direct Debit', () => {
  it('completes the session unpaid and processing, then settles with async_payment_succeeded', async () => {
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'payment', submit_type: 'donate', success_url: 'http://app.test/ok?s={CHECKOUT_SESSION_ID}', line_items: [{ quantity: 1, price_data: GIFT }], payment_intent_data: { metadata: { frequency: 'once' } } });
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain('SEPA Direct Debit');
    expect(page).toMatch(/<label for="iban">IBAN<\/label>/);
    const paid = await payHostedDebit(session.url!);
    expect(paid.status).toBe(303);
    const done = await env.t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    expect(done).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    const intent = done.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({ status: 'processing', payment_method_types: ['sepa_debit'] });
    expect((intent.latest_charge as Stripe.Charge)).toMatchObject({ status: 'pending', paid: false, payment_method_details: { type: 'sepa_debit' } });
    await env.t.control('flush', {});
    expect(typesFor(session.id)).toEqual(['checkout.session.completed']);
    expect(typesFor(intent.id)).toEqual(expect.arrayContaining(['payment_intent.created', 'payment_intent.processing', 'charge.pending']));

    await settle();
    const settled = await env.t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    expect(settled.payment_status).toBe('paid');
    expect((settled.payment_intent as Stripe.PaymentIntent).status).toBe('succeeded');
    expect(((settled.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge).status).toBe('succeeded');
    expect(typesFor(session.id)).toEqual(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);
    const succeeded = env.receiver.received.find((r) => r.event.type === 'checkout.session.async_payment_succeeded')!.event;
    // Stamped when the debit settled, SETTLEMENT_SECONDS after it was submitted
    expect(succeeded.created).toBeGreaterThanOrEqual(done.created + SETTLEMENT_SECONDS);
  });

  it('fails with async_payment_failed on Stripe\'s failing test IBAN', async () => {
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: GIFT }] });
    await payHostedDebit(session.url!, { iban: IBANS.fails });
    await settle();
    const done = await env.t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    expect(done.payment_status).toBe('unpaid');
    const intent = done.payment_intent as Stripe.PaymentIntent;
    expect(intent.status).toBe('requires_payment_method');
    expect((intent.latest_charge as Stripe.Charge)).toMatchObject({ status: 'failed', failure_code: 'insufficient_funds' });
    expect(typesFor(session.id)).toEqual(['checkout.session.completed', 'checkout.session.async_payment_failed']);
  });

  it('checks the IBAN as Stripe\'s form does and refuses a debit in a non-euro session', async () => {
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: GIFT }] });
    expect((await payHostedDebit(session.url!, { iban: 'DE89 3704' })).html).toContain('Your IBAN is incomplete.');
    expect((await payHostedDebit(session.url!, { iban: 'DE00 3704 0044 0532 0130 00' })).html).toContain('Your IBAN is invalid.');
    const usd = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { ...GIFT, currency: 'usd' } }] });
    expect((await payHostedDebit(usd.url!)).status).not.toBe(303);
    expect((await env.t.stripe.checkout.sessions.retrieve(usd.id)).status).toBe('open');
  });

  it('refunds a debit pending first, succeeded when it settles (refund.updated)', async () => {
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: GIFT }] });
    await payHostedDebit(session.url!);
    await settle();
    const intent = (await env.t.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const refund = await env.t.stripe.refunds.create({ payment_intent: intent, amount: 1000 });
    expect(refund.status).toBe('pending');
    await env.t.control('advance', { seconds: 3601 });
    await env.t.control('flush', {});
    expect((await env.t.stripe.refunds.retrieve(refund.id)).status).toBe('succeeded');
    const updated = env.receiver.received.find((r) => r.event.type === 'refund.updated')!.event;
    expect(updated.data.previous_attributes).toEqual({ status: 'pending' });
    expect(env.receiver.types()).toContain('charge.refund.updated');
  });
});

describe('a subscription by SEPA Direct Debit', () => {
  async function subscribe(iban: string): Promise<Stripe.Checkout.Session> {
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'subscription', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    expect((await payHostedDebit(session.url!, { iban })).status).toBe(303);
    return env.t.stripe.checkout.sessions.retrieve(session.id);
  }

  it('is incomplete with an open invoice while the first payment processes, then active and paid', async () => {
    const session = await subscribe(IBANS.ok);
    expect(session).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
    const sub = await env.t.stripe.subscriptions.retrieve(session.subscription as string);
    expect(sub.status).toBe('incomplete');
    const invoice = await env.t.stripe.invoices.retrieve(session.invoice as string, { expand: ['payments'] });
    expect(invoice).toMatchObject({ status: 'open', attempted: true });
    expect(invoice.payments?.data[0]).toMatchObject({ status: 'open' });
    await settle();
    expect((await env.t.stripe.subscriptions.retrieve(sub.id)).status).toBe('active');
    expect((await env.t.stripe.invoices.retrieve(invoice.id)).status).toBe('paid');
    expect((await env.t.stripe.checkout.sessions.retrieve(session.id)).payment_status).toBe('paid');
    expect(typesFor(session.id)).toContain('checkout.session.async_payment_succeeded');
    const activated = env.receiver.received.map((r) => r.event).find((e) => e.type === 'customer.subscription.updated' && (e.data.object as Stripe.Subscription).id === sub.id)!;
    expect(activated.data.previous_attributes).toEqual({ status: 'incomplete' });

    // The renewal is a debit too: the invoice stays open (the subscription active) until it settles
    await env.t.control('advance', { to: sub.items.data[0].current_period_end + 60 });
    const [renewal] = (await env.t.stripe.invoices.list({ subscription: sub.id, limit: 1 })).data;
    expect(renewal).toMatchObject({ billing_reason: 'subscription_cycle', status: 'open' });
    expect((await env.t.stripe.subscriptions.retrieve(sub.id)).status).toBe('active');
    await settle();
    expect((await env.t.stripe.invoices.retrieve(renewal.id)).status).toBe('paid');
  });

  it('fails: invoice.payment_failed and async_payment_failed, then incomplete_expired after 23 hours with the invoice voided', async () => {
    const session = await subscribe(IBANS.fails);
    await settle();
    const sub = await env.t.stripe.subscriptions.retrieve(session.subscription as string);
    expect(sub.status).toBe('incomplete');
    expect(typesFor(session.id)).toContain('checkout.session.async_payment_failed');
    expect(typesFor(session.invoice as string)).toContain('invoice.payment_failed');
    await env.t.control('advance', { seconds: 23 * 3600 });
    await waitUntil(async () => (await env.t.stripe.subscriptions.retrieve(sub.id)).status === 'incomplete_expired');
    expect((await env.t.stripe.invoices.retrieve(session.invoice as string)).status).toBe('void');
  });
});
