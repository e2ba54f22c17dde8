// Newer read wins, for every object the app syncs from Stripe: an older read that commits after a fresher one (a
// webhook retried behind the thank-you page, two instances racing) leaves the fresher state in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { transactWithRetry } from '@/db/transact-with-retry';
import { applyCheckoutSession, loadCheckoutSession } from '@/lib/memberships/sync-checkout-session';
import { applyInvoice, loadInvoice } from '@/lib/memberships/sync-invoice';
import { applyPaymentIntent, loadPaymentIntent } from '@/lib/memberships/sync-payment-intent';
import { applySubscription, loadSubscription } from '@/lib/memberships/sync-subscription';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import type { SupportChoice } from '@/lib/support/validate-support-form';
import { useTestDatabase } from '../helpers/test-database';
import { payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

let t: TestStripe;
const older = new Date('2026-12-01T10:00:00Z');
const newer = new Date('2026-12-01T10:00:05Z');

function choice(patch: Partial<SupportChoice>): SupportChoice {
  return { frequency: 'monthly', currency: 'usd', amount: 1000, amountText: '10', placement: 'article-end', articleSlug: null, nonce: null, ...patch };
}

describe('a stale read applied after a fresh one changes nothing', () => {
  const database = useTestDatabase();
  const apply = (fn: Parameters<typeof transactWithRetry>[1]) => transactWithRetry(database().db, fn);
  const row = async (query: string) => (await database().db.execute(sql.raw(query))).rows[0];
  const start = (c: SupportChoice) => createCheckoutSession({ stripe: t.stripe, database: database().db, choice: c, appUrl: 'http://news.test', publicationName: 'The Ledger' });

  beforeAll(async () => {
    t = await startTestStripe();
  });
  afterAll(async () => {
    await t.emulator.close();
  });

  it('checkout session: an "open" read after the "paid" one leaves it complete', async () => {
    const session = await start(choice({ frequency: 'once', amount: 1500 }));
    const stale = await loadCheckoutSession({ stripe: t.stripe, fetchedAt: older }, session.id);
    expect(await payCheckout(session.url, { email: 'sam@example.org' })).toBeTruthy();
    const fresh = await loadCheckoutSession({ stripe: t.stripe, fetchedAt: newer }, session.id);
    await apply((tx) => applyCheckoutSession(tx, fresh));
    await apply((tx) => applyCheckoutSession(tx, stale));
    const stored = await row(`select status, completed_at from checkout_sessions where stripe_checkout_session_id = '${session.id}'`);
    expect(stored.status).toBe('complete');
    expect(stored.completed_at).not.toBeNull();
  });

  it('subscription: an older read does not undo "cancel at period end"', async () => {
    const session = await start(choice({}));
    expect(await payCheckout(session.url, { email: 'sub@example.org' })).toBeTruthy();
    const subscriptionId = (await t.stripe.checkout.sessions.retrieve(session.id)).subscription as string;
    const stale = await loadSubscription({ stripe: t.stripe, fetchedAt: older }, subscriptionId);
    await t.stripe.subscriptions.update(subscriptionId, { cancel_at_period_end: true });
    const fresh = await loadSubscription({ stripe: t.stripe, fetchedAt: newer }, subscriptionId);
    await apply((tx) => applySubscription(tx, fresh));
    await apply((tx) => applySubscription(tx, stale));
    expect(await row(`select cancel_at_period_end from subscriptions where stripe_subscription_id = '${subscriptionId}'`)).toEqual({ cancel_at_period_end: true });
  });

  it('invoice: an older read does not take back a refund', async () => {
    const session = await start(choice({ amount: 2000 }));
    expect(await payCheckout(session.url, { email: 'inv@example.org' })).toBeTruthy();
    const invoiceId = (await t.stripe.checkout.sessions.retrieve(session.id)).invoice as string;
    const stale = await loadInvoice({ stripe: t.stripe, fetchedAt: older }, invoiceId);
    const payments = await t.stripe.invoicePayments.list({ invoice: invoiceId, expand: ['data.payment.payment_intent'] });
    await t.stripe.refunds.create({ payment_intent: (payments.data[0].payment.payment_intent as Stripe.PaymentIntent).id, amount: 700 });
    const fresh = await loadInvoice({ stripe: t.stripe, fetchedAt: newer }, invoiceId);
    await apply((tx) => applyInvoice(tx, fresh));
    await apply((tx) => applyInvoice(tx, stale));
    expect(await row(`select status, amount_refunded from contributions where stripe_invoice_id = '${invoiceId}'`)).toEqual({ status: 'partially_refunded', amount_refunded: 700 });
  });

  it('one-off payment: an older read does not take back a refund', async () => {
    const session = await start(choice({ frequency: 'once', amount: 3000 }));
    expect(await payCheckout(session.url, { email: 'pi@example.org' })).toBeTruthy();
    const intentId = (await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    const stale = await loadPaymentIntent({ stripe: t.stripe, fetchedAt: older }, intentId);
    await t.stripe.refunds.create({ payment_intent: intentId });
    const fresh = await loadPaymentIntent({ stripe: t.stripe, fetchedAt: newer }, intentId);
    await apply((tx) => applyPaymentIntent(tx, fresh));
    await apply((tx) => applyPaymentIntent(tx, stale));
    expect(await row(`select status, amount_refunded from contributions where stripe_payment_intent_id = '${intentId}'`)).toEqual({ status: 'refunded', amount_refunded: 3000 });
  });
});
