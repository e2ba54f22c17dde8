// Price changes as Stripe bills them (interval change: anchor reset and an invoice at once; same interval: prorations
// on the next invoice), the invoice preview, the customer's credit balance, and events stamped with their own step.
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { ANNUAL, MONTHLY, payHosted, waitUntil, emulatorForFile } from '../helpers';

const DAY = 86_400;
const env = emulatorForFile();

async function subscribeOnClock(start: number, priceData: typeof MONTHLY | typeof ANNUAL = MONTHLY): Promise<{ clock: string; sub: Stripe.Subscription }> {
  const clock = await env.t.stripe.testHelpers.testClocks.create({ frozen_time: start });
  const customer = await env.t.stripe.customers.create({ email: 'changes@example.org', test_clock: clock.id });
  const session = await env.t.stripe.checkout.sessions.create({ mode: 'subscription', customer: customer.id, success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: priceData }] });
  await payHosted(session.url!);
  const done = await env.t.stripe.checkout.sessions.retrieve(session.id);
  return { clock: clock.id, sub: await env.t.stripe.subscriptions.retrieve(done.subscription as string) };
}

async function advance(clock: string, to: number): Promise<void> {
  await env.t.stripe.testHelpers.testClocks.advance(clock, { frozen_time: to });
  await waitUntil(async () => (await env.t.stripe.testHelpers.testClocks.retrieve(clock)).status === 'ready');
}

function annualPrice(sub: Stripe.Subscription) {
  return { currency: 'eur', product: sub.items.data[0].price.product as string, unit_amount: 5000, recurring: { interval: 'year' as const } };
}

describe('an interval change', () => {
  it('restarts the billing period now and invoices at once: the new year less the unused month', async () => {
    const start = Date.UTC(2030, 0, 1) / 1000;
    const { clock, sub } = await subscribeOnClock(start);
    const halfway = start + 15 * DAY;
    await advance(clock, halfway);
    const item = sub.items.data[0];
    const preview = await env.t.stripe.invoices.createPreview({ subscription: sub.id, subscription_details: { items: [{ id: item.id, price_data: annualPrice(sub) }], proration_behavior: 'create_prorations', proration_date: halfway } });
    const credit = -Math.round(500 * ((item.current_period_end - halfway) / (item.current_period_end - start)));
    expect(preview.lines.data.map((l) => l.amount)).toEqual([credit, 5000]);
    expect(preview.amount_due).toBe(5000 + credit);
    expect(preview.id).toMatch(/^upcoming_in_/);
    expect(preview.parent?.subscription_details?.subscription_proration_date).toBe(halfway);
    expect((await env.t.stripe.subscriptions.retrieve(sub.id)).items.data[0].price.recurring?.interval).toBe('month');

    const updated = await env.t.stripe.subscriptions.update(sub.id, { items: [{ id: item.id, price_data: annualPrice(sub) }], proration_behavior: 'create_prorations', proration_date: halfway });
    expect(updated.billing_cycle_anchor).toBe(halfway);
    expect(updated.items.data[0].current_period_start).toBe(halfway);
    expect(updated.items.data[0].current_period_end).toBe(Date.UTC(2031, 0, 16) / 1000);
    const [invoice] = (await env.t.stripe.invoices.list({ subscription: sub.id, limit: 1 })).data;
    expect(invoice).toMatchObject({ billing_reason: 'subscription_update', status: 'paid', amount_paid: 5000 + credit });
    expect(invoice.lines.data.map((l) => [l.amount, l.parent?.subscription_item_details?.proration])).toEqual([[credit, true], [5000, false]]);
    expect(updated.latest_invoice).toBe(invoice.id);
    await env.receiver.waitFor((r) => r.some((x) => x.event.type === 'invoice.paid' && (x.event.data.object as Stripe.Invoice).id === invoice.id));
    const events = env.receiver.received.map((r) => r.event).filter((e) => JSON.stringify(e.data.object).includes(sub.id));
    const types = events.map((e) => e.type);
    expect(types.indexOf('customer.subscription.updated')).toBeLessThan(types.lastIndexOf('invoice.created'));
    const anchorUpdate = events.find((e) => e.type === 'customer.subscription.updated' && e.data.previous_attributes && 'billing_cycle_anchor' in e.data.previous_attributes)!;
    expect(anchorUpdate.data.previous_attributes).toMatchObject({ billing_cycle_anchor: start });
    // The next renewal is a year after the change, not on the old anchor
    await advance(clock, Date.UTC(2030, 1, 2) / 1000);
    expect((await env.t.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(2);
  });

  it('with proration_behavior=none charges the new interval in full; annual to monthly leaves a credit balance', async () => {
    const start = Date.UTC(2031, 0, 1) / 1000;
    const { clock, sub } = await subscribeOnClock(start, ANNUAL);
    await advance(clock, start + 30 * DAY);
    const item = sub.items.data[0];
    const monthly = { ...annualPrice(sub), unit_amount: 500, recurring: { interval: 'month' as const } };
    const updated = await env.t.stripe.subscriptions.update(sub.id, { items: [{ id: item.id, price_data: monthly }] });
    const [invoice] = (await env.t.stripe.invoices.list({ subscription: sub.id, limit: 1 })).data;
    // Eleven months of the year unused: the credit is larger than the month charged, so the rest goes to the balance
    expect(invoice.total).toBeLessThan(0);
    expect(invoice).toMatchObject({ amount_due: 0, status: 'paid' });
    const customer = (await env.t.stripe.customers.retrieve(updated.customer as string)) as Stripe.Customer;
    expect(customer.balance).toBe(invoice.total);
    expect(invoice.ending_balance).toBe(invoice.total);
    // The next month is paid from the balance
    await advance(clock, updated.items.data[0].current_period_end + 60);
    const [renewal] = (await env.t.stripe.invoices.list({ subscription: sub.id, limit: 1 })).data;
    expect(renewal).toMatchObject({ billing_reason: 'subscription_cycle', total: 500, amount_due: 0, starting_balance: invoice.total });

    const other = await subscribeOnClock(start, ANNUAL);
    await env.t.stripe.subscriptions.update(other.sub.id, { items: [{ id: other.sub.items.data[0].id, price_data: { ...monthly, product: other.sub.items.data[0].price.product as string } }], proration_behavior: 'none' });
    const [full] = (await env.t.stripe.invoices.list({ subscription: other.sub.id, limit: 1 })).data;
    expect(full.lines.data.map((l) => l.amount)).toEqual([500]);
  });
});

describe('a change within the interval', () => {
  it('create_prorations puts credit and charge on the next renewal; always_invoice bills them now', async () => {
    const start = Date.UTC(2032, 2, 1) / 1000;
    const { clock, sub } = await subscribeOnClock(start);
    const item = sub.items.data[0];
    const end = item.current_period_end;
    const at = start + 10 * DAY;
    await advance(clock, at);
    const higher = { ...annualPrice(sub), unit_amount: 1000, recurring: { interval: 'month' as const } };
    const updated = await env.t.stripe.subscriptions.update(sub.id, { items: [{ id: item.id, price_data: higher }], proration_date: at });
    expect(updated.billing_cycle_anchor).toBe(start);
    expect((await env.t.stripe.invoices.list({ subscription: sub.id })).data).toHaveLength(1);
    const unused = (end - at) / (end - start);
    const preview = await env.t.stripe.invoices.createPreview({ subscription: sub.id });
    expect(preview.billing_reason).toBe('subscription_cycle');
    expect(preview.lines.data.map((l) => l.amount)).toEqual([-Math.round(500 * unused), Math.round(1000 * unused), 1000]);
    await advance(clock, end + 60);
    const [renewal] = (await env.t.stripe.invoices.list({ subscription: sub.id, limit: 1 })).data;
    expect(renewal.lines.data.map((l) => l.amount)).toEqual([-Math.round(500 * unused), Math.round(1000 * unused), 1000]);

    const again = await subscribeOnClock(start);
    await env.t.stripe.subscriptions.update(again.sub.id, { items: [{ id: again.sub.items.data[0].id, price_data: { ...higher, product: again.sub.items.data[0].price.product as string } }], proration_behavior: 'always_invoice' });
    const [now] = (await env.t.stripe.invoices.list({ subscription: again.sub.id, limit: 1 })).data;
    expect(now.billing_reason).toBe('subscription_update');
    expect(now.lines.data).toHaveLength(2);
  });

  it('refuses a proration_date outside the current period', async () => {
    const { sub } = await subscribeOnClock(Date.UTC(2033, 0, 1) / 1000);
    await expect(env.t.stripe.subscriptions.update(sub.id, { items: [{ id: sub.items.data[0].id, quantity: 2 }], proration_date: Date.UTC(2020, 0, 1) / 1000 })).rejects.toMatchObject({ param: 'proration_date' });
  });
});

describe('events during a clock advance', () => {
  it('carry the time of their own step, not the time the clock was advanced to', async () => {
    const start = Date.UTC(2034, 0, 1) / 1000;
    const { clock, sub } = await subscribeOnClock(start);
    const renewals = [Date.UTC(2034, 1, 1) / 1000, Date.UTC(2034, 2, 1) / 1000, Date.UTC(2034, 3, 1) / 1000];
    await advance(clock, Date.UTC(2034, 3, 10) / 1000);
    await env.receiver.waitFor((r) => r.filter((x) => x.event.type === 'invoice.paid' && JSON.stringify(x.event.data.object).includes(sub.id)).length >= 4);
    const paid = env.receiver.received.map((r) => r.event).filter((e) => e.type === 'invoice.paid' && JSON.stringify(e.data.object).includes(sub.id));
    expect(paid.map((e) => e.created).slice(1)).toEqual(renewals);
    const isReady = (e: Stripe.Event) => e.type === 'test_helpers.test_clock.ready' && (e.data.object as { id: string }).id === clock;
    await env.receiver.waitFor((r) => r.some((x) => isReady(x.event)));
    const ready = env.receiver.received.map((r) => r.event).find(isReady)!;
    expect(ready.created).toBe(Date.UTC(2034, 3, 10) / 1000);
    expect(env.receiver.types()).toContain('test_helpers.test_clock.advancing');
  });

  it('on the global clock too (/_emulator/advance)', async () => {
    const now = (await env.t.control('now')).now as number;
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'global-steps@example.org', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    await payHosted(session.url!);
    const sub = await env.t.stripe.subscriptions.retrieve((await env.t.stripe.checkout.sessions.retrieve(session.id)).subscription as string);
    const firstEnd = sub.items.data[0].current_period_end;
    await env.t.control('advance', { to: now + 70 * DAY });
    const events = (await env.t.stripe.events.list({ type: 'invoice.paid', limit: 100 })).data.filter((e) => JSON.stringify(e.data.object).includes(sub.id));
    const renewalTimes = events.map((e) => e.created).filter((c) => c > now + 60).sort();
    expect(renewalTimes[0]).toBe(firstEnd);
    expect(renewalTimes[1]).toBeLessThan(now + 70 * DAY);
  });
});
