// Renewals, failed renewals with retries, and cancellation at period end, on test clocks and the global clock.
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNUAL, CARDS, listen, MONTHLY, payHosted, postForm, startTestEmulator, waitUntil, type Receiver, type TestEmulator } from '../helpers';

const DAY = 86_400;
let t: TestEmulator;
let receiver: Receiver;

beforeAll(async () => {
  t = await startTestEmulator();
  ({ receiver } = await listen(t));
  await t.control('portal-default', {});
});
afterAll(async () => {
  await receiver.close();
  await t.close();
});

async function subscribeOnClock(priceData: typeof MONTHLY | typeof ANNUAL, frozen: number): Promise<{ clock: Stripe.TestHelpers.TestClock; sub: Stripe.Subscription; customer: Stripe.Customer }> {
  const clock = await t.stripe.testHelpers.testClocks.create({ frozen_time: frozen, name: 'renewals' });
  const customer = await t.stripe.customers.create({ email: 'clock@example.org', test_clock: clock.id });
  const session = await t.stripe.checkout.sessions.create({ mode: 'subscription', customer: customer.id, success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: priceData }] });
  await payHosted(session.url!);
  const sub = await t.stripe.subscriptions.retrieve((await t.stripe.checkout.sessions.retrieve(session.id)).subscription as string);
  return { clock, sub, customer };
}

async function advanceClock(id: string, to: number): Promise<void> {
  const res = await t.stripe.testHelpers.testClocks.advance(id, { frozen_time: to });
  expect(res.status).toBe('advancing');
  await waitUntil(async () => (await t.stripe.testHelpers.testClocks.retrieve(id)).status === 'ready');
}

function subEvents(subId: string): Stripe.Event[] {
  return receiver.received.map((r) => r.event).filter((e) => JSON.stringify(e.data.object).includes(subId));
}

describe('test clocks', () => {
  it('renews a monthly subscription on the clock with a new paid invoice and period', async () => {
    const start = Date.UTC(2030, 0, 15, 12) / 1000;
    const { clock, sub, customer } = await subscribeOnClock(MONTHLY, start);
    expect(sub.test_clock).toBe(clock.id);
    expect(sub.start_date).toBe(start);
    const firstEnd = sub.items.data[0].current_period_end;
    expect(firstEnd).toBe(Date.UTC(2030, 1, 15, 12) / 1000);
    await advanceClock(clock.id, firstEnd + 3600);
    const renewed = await t.stripe.subscriptions.retrieve(sub.id);
    expect(renewed.status).toBe('active');
    expect(renewed.items.data[0].current_period_start).toBe(firstEnd);
    expect(renewed.items.data[0].current_period_end).toBe(Date.UTC(2030, 2, 15, 12) / 1000);
    const invoices = await t.stripe.invoices.list({ subscription: sub.id });
    expect(invoices.data.map((i) => i.billing_reason)).toEqual(['subscription_cycle', 'subscription_create']);
    expect(invoices.data[0].status).toBe('paid');
    expect(invoices.data[0].created).toBe(firstEnd);
    expect(renewed.latest_invoice).toBe(invoices.data[0].id);
    expect((await t.stripe.charges.list({ customer: customer.id })).data).toHaveLength(2);
    await receiver.waitFor(() => subEvents(sub.id).some((e) => e.type === 'invoice.payment_succeeded' && (e.data.object as Stripe.Invoice).billing_reason === 'subscription_cycle'));
    const updated = subEvents(sub.id).find((e) => e.type === 'customer.subscription.updated')!;
    expect(updated.data.previous_attributes).toHaveProperty('items');
    // Several periods at once renew one after the other
    // Feb 15 + 70 days = Apr 26: the Mar 15 and Apr 15 renewals both happen
    await advanceClock(clock.id, firstEnd + 70 * DAY);
    expect((await t.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(4);
  });

  it('renews an annual subscription after a year', async () => {
    const start = Date.UTC(2031, 2, 1) / 1000;
    const { clock, sub } = await subscribeOnClock(ANNUAL, start);
    const end = sub.items.data[0].current_period_end;
    expect(end).toBe(Date.UTC(2032, 2, 1) / 1000);
    await advanceClock(clock.id, end - DAY);
    expect((await t.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(1);
    await advanceClock(clock.id, end + 1);
    const invoices = await t.stripe.invoices.list({ subscription: sub.id });
    expect(invoices.data).toHaveLength(2);
    expect(invoices.data[0].amount_paid).toBe(5000);
  });

  it('fails a renewal on a card switched in the portal: past_due, retries, then deleted', async () => {
    const start = Date.UTC(2030, 5, 1) / 1000;
    const { clock, sub, customer } = await subscribeOnClock(MONTHLY, start);
    const portal = await t.stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'http://app.test/account' });
    const switched = await postForm(`${portal.url}/payment-method`, { cardnumber: CARDS.chargesFail, exp: '12 / 34', cvc: '123', name: 'Clock' });
    expect(switched.status).toBe(303);
    const withNewCard = await t.stripe.subscriptions.retrieve(sub.id, { expand: ['default_payment_method'] });
    expect((withNewCard.default_payment_method as Stripe.PaymentMethod).card?.last4).toBe('0341');

    const end = sub.items.data[0].current_period_end;
    await advanceClock(clock.id, end + 60);
    const pastDue = await t.stripe.subscriptions.retrieve(sub.id);
    expect(pastDue.status).toBe('past_due');
    const [renewal] = (await t.stripe.invoices.list({ subscription: sub.id, status: 'open' })).data;
    expect(renewal.attempt_count).toBe(1);
    expect(renewal.next_payment_attempt).toBe(end + 3 * DAY);

    await advanceClock(clock.id, end + 4 * DAY);
    expect((await t.stripe.invoices.retrieve(renewal.id)).attempt_count).toBe(2);
    await advanceClock(clock.id, end + 20 * DAY);
    const ended = await t.stripe.subscriptions.retrieve(sub.id);
    expect(ended.status).toBe('canceled');
    expect(ended.cancellation_details?.reason).toBe('payment_failed');
    await receiver.waitFor(() => subEvents(sub.id).some((e) => e.type === 'customer.subscription.deleted'));
    const types = subEvents(sub.id).map((e) => e.type);
    expect(types.filter((x) => x === 'invoice.payment_failed')).toHaveLength(4);
    expect(types).toContain('customer.subscription.updated');
    const failedCharges = (await t.stripe.charges.list({ customer: customer.id })).data.filter((c) => c.status === 'failed');
    expect(failedCharges).toHaveLength(4);
    expect(failedCharges[0].failure_code).toBe('card_declined');
    expect(receiver.types()).toContain('charge.failed');
    const pastDueEvent = subEvents(sub.id).find((e) => e.type === 'customer.subscription.updated' && (e.data.object as Stripe.Subscription).status === 'past_due')!;
    expect(pastDueEvent.data.previous_attributes).toEqual({ status: 'active' });
  });

  it('deleting a clock deletes its customers and cancels their subscriptions', async () => {
    const { clock, sub, customer } = await subscribeOnClock(MONTHLY, Date.UTC(2033, 0, 1) / 1000);
    const deleted = await t.stripe.testHelpers.testClocks.del(clock.id);
    expect(deleted.deleted).toBe(true);
    expect((await t.stripe.customers.retrieve(customer.id)).deleted).toBe(true);
    expect((await t.stripe.subscriptions.retrieve(sub.id)).status).toBe('canceled');
    await expect(t.stripe.testHelpers.testClocks.retrieve(clock.id)).rejects.toMatchObject({ statusCode: 404 });
  });
});

describe('portal cancellation and the global clock (/_emulator/advance)', () => {
  it('cancels at period end in the portal, resumes, cancels again, and ends when the period passes', async () => {
    const session = await t.stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'portal@example.org', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    await payHosted(session.url!);
    const done = await t.stripe.checkout.sessions.retrieve(session.id);
    const portal = await t.stripe.billingPortal.sessions.create({ customer: done.customer as string, return_url: 'http://app.test/account' });
    expect(portal.url).toMatch(/\/p\/session\/bps_/);
    const page = await (await fetch(portal.url)).text();
    expect(page).toContain('€5.00 per month');
    expect(page).toContain('Renews on');
    expect(page).toContain('href="http://app.test/account"');

    const cancel = await postForm(`${portal.url}/subscriptions/${done.subscription}/cancel`);
    expect(cancel.status).toBe(303);
    let sub = await t.stripe.subscriptions.retrieve(done.subscription as string);
    expect(sub.cancel_at_period_end).toBe(true);
    expect(sub.cancel_at).toBe(sub.items.data[0].current_period_end);
    expect(await (await fetch(new URL(cancel.location!, portal.url))).text()).toContain('Renew subscription');

    await postForm(`${portal.url}/subscriptions/${sub.id}/resume`);
    expect((await t.stripe.subscriptions.retrieve(sub.id)).cancel_at_period_end).toBe(false);
    await postForm(`${portal.url}/subscriptions/${sub.id}/cancel`);

    await t.control('advance', { seconds: 10 * DAY });
    expect((await t.stripe.subscriptions.retrieve(sub.id)).status).toBe('active');
    await t.control('advance', { seconds: 25 * DAY });
    sub = await t.stripe.subscriptions.retrieve(sub.id);
    expect(sub.status).toBe('canceled');
    expect(sub.ended_at).toBe(sub.items.data[0].current_period_end);
    expect((await t.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(1);
    await receiver.waitFor(() => subEvents(sub.id).some((e) => e.type === 'customer.subscription.deleted'));
    const updates = subEvents(sub.id).filter((e) => e.type === 'customer.subscription.updated');
    expect(updates[0].data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
  });

  it('renews subscriptions not on a test clock when the global clock moves', async () => {
    const session = await t.stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'global@example.org', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    await payHosted(session.url!);
    const subId = (await t.stripe.checkout.sessions.retrieve(session.id)).subscription as string;
    const before = await t.stripe.subscriptions.retrieve(subId);
    const res = await t.control('advance', { to: before.items.data[0].current_period_end + 60 });
    expect(res.now).toBeGreaterThanOrEqual(before.items.data[0].current_period_end + 60);
    const after = await t.stripe.subscriptions.retrieve(subId);
    expect(after.items.data[0].current_period_start).toBe(before.items.data[0].current_period_end);
    expect((await t.stripe.invoices.list({ subscription: subId })).data[0].billing_reason).toBe('subscription_cycle');
    expect((await t.control('advance', { seconds: -5 })).error).toBeDefined();
  });

  it('cancels immediately through the API', async () => {
    const session = await t.stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'now@example.org', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    await payHosted(session.url!);
    const subId = (await t.stripe.checkout.sessions.retrieve(session.id)).subscription as string;
    const canceled = await t.stripe.subscriptions.cancel(subId);
    expect(canceled.status).toBe('canceled');
    await expect(t.stripe.subscriptions.cancel(subId)).rejects.toMatchObject({ statusCode: 400 });
    expect((await t.stripe.subscriptions.list({ customer: canceled.customer as string })).data).toHaveLength(0);
    expect((await t.stripe.subscriptions.list({ customer: canceled.customer as string, status: 'canceled' })).data).toHaveLength(1);
  });
});
