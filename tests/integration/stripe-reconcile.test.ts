// Reconciliation: the webhook endpoint refuses every delivery for an hour of emulator time, Stripe's retries give up,
// and reconciling afterwards recovers every payment, subscription and checkout exactly as the webhooks would have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { DatabaseHandle } from '@/db/client';
import { processStripeEvent } from '@/lib/stripe/process-stripe-event';
import { HANDLED_EVENT_TYPES } from '@/lib/stripe/read-stripe-event';
import { reconcileStripeEvents } from '@/lib/stripe/reconcile-stripe-events';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import type { SupportChoice } from '@/lib/support/validate-support-form';
import { createStripeClient } from '@/lib/stripe/get-stripe';
import { startStripeEmulator, type StripeEmulator } from '@/stripe-emulator/index';
import { createTestDatabase, useTestDatabase } from '../helpers/test-database';
import { emulatorControl, payCheckout, setUpTestAccount } from '../helpers/stripe-checkout';

let emulator: StripeEmulator;
let stripe: Stripe;
let reference: DatabaseHandle;

function choice(patch: Partial<SupportChoice>): SupportChoice {
  return { frequency: 'monthly', currency: 'usd', amount: 1000, amountText: '10', placement: 'article-end', articleSlug: null, nonce: null, ...patch };
}

const control = (path: string, body: unknown = {}, method: 'GET' | 'POST' = 'POST') => emulatorControl(emulator, path, body, method);

async function rows(database: DatabaseHandle) {
  const q = async (query: string) => (await database.db.execute(sql.raw(query))).rows;
  return {
    supporters: await q('select email, stripe_customer_id from supporters order by stripe_customer_id'),
    subscriptions: await q('select stripe_subscription_id, status, amount, interval, cancel_at_period_end from subscriptions order by 1'),
    contributions: await q('select stripe_payment_intent_id, stripe_invoice_id, frequency, amount, amount_refunded, status, paid_at from contributions order by 1, 2'),
    adjustments: await q('select stripe_id, kind, amount, status, occurred_at, reversed_at from payment_adjustments order by 1'),
    checkouts: await q('select stripe_checkout_session_id, status, completed_at from checkout_sessions order by 1'),
  };
}

describe('reconciling Stripe events the webhook missed', () => {
  const database = useTestDatabase();

  beforeAll(async () => {
    emulator = await startStripeEmulator({ port: 0, dataFile: null, retryScheduleMs: [5, 5] });
    stripe = createStripeClient('sk_test_reconcile', emulator.url);
    await setUpTestAccount(stripe);
    // The app's endpoint (nothing listens there: every try is refused during the outage anyway).
    await stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:9/api/stripe/webhook', enabled_events: [...HANDLED_EVENT_TYPES] });
    await control('delivery-mode', { outage_seconds: 3600 });
    // Checkouts are started while the site is up (recorded as started); everything after is only at Stripe.
    const sessions = [];
    for (const [c, email] of [[choice({ frequency: 'once', amount: 2500 }), 'ada@example.org'], [choice({ amount: 500 }), 'ben@example.org'], [choice({ frequency: 'annual', amount: 7500 }), 'cy@example.org']] as const) {
      const session = await createCheckoutSession({ stripe, database: database().db, choice: c, appUrl: 'http://news.test', publicationName: 'The Ledger' });
      expect(await payCheckout(session.url, { email })).toContain('/support/thank-you');
      sessions.push(await stripe.checkout.sessions.retrieve(session.id));
    }
    await stripe.refunds.create({ payment_intent: sessions[0].payment_intent as string, amount: 1000 });
    await stripe.subscriptions.update(sessions[2].subscription as string, { cancel_at_period_end: true });
    const firstPayment = await stripe.invoicePayments.list({ invoice: sessions[1].invoice as string, expand: ['data.payment.payment_intent'] });
    await control(`charges/${(firstPayment.data[0].payment.payment_intent as Stripe.PaymentIntent).latest_charge as string}/dispute`);
    await control('advance', { seconds: 1800 });
    await control('flush');
    // The same events delivered to a second database in order: what the webhooks would have made.
    reference = await createTestDatabase();
    const all: Stripe.Event[] = [];
    for await (const event of stripe.events.list({ types: [...HANDLED_EVENT_TYPES], limit: 100 })) all.push(event);
    for (const event of all.reverse()) await processStripeEvent({ event, stripe, database: reference.db });
  });

  afterAll(async () => {
    await emulator.close();
    await reference?.close();
  });

  it('Stripe gave up on every delivery during the outage', async () => {
    const deliveries = (await control('deliveries', {}, 'GET')) as { data: Array<{ delivered: boolean; gave_up: boolean }> };
    expect(deliveries.data.length).toBeGreaterThanOrEqual(10);
    expect(deliveries.data.every((d) => !d.delivered && d.gave_up)).toBe(true);
    expect((await rows(database())).contributions).toEqual([]);
  });

  it('reconciling recovers every row the webhooks would have written, and a second run applies nothing', async () => {
    const first = await reconcileStripeEvents({ stripe, database: database().db });
    expect(first).toMatchObject({ ran: true, failed: 0 });
    if (!first.ran) return;
    expect(first.applied).toBe(first.missing);
    expect(first.missing).toBe(first.listed);
    const recovered = await rows(database());
    expect(recovered).toEqual(await rows(reference));
    expect(recovered.contributions.map((c) => [c.frequency, c.status, c.amount_refunded])).toEqual(expect.arrayContaining([
      ['once', 'partially_refunded', 1000], ['monthly', 'disputed', 0], ['annual', 'paid', 0],
    ]));
    const again = await reconcileStripeEvents({ stripe, database: database().db });
    expect(again).toMatchObject({ ran: true, missing: 0, applied: 0 });
  });

  it('one instance at a time: a second run while the lease is held does nothing', async () => {
    const [a, b] = await Promise.all([
      reconcileStripeEvents({ stripe, database: database().db }),
      reconcileStripeEvents({ stripe, database: database().db }),
    ]);
    expect([a.ran, b.ran].sort()).toEqual([false, true]);
  });

  it('events after the checkpoint are picked up on the next run', async () => {
    await control('delivery-mode', { outage_seconds: 3600 });
    const session = await createCheckoutSession({ stripe, database: database().db, choice: choice({ frequency: 'once', amount: 4200 }), appUrl: 'http://news.test', publicationName: 'The Ledger' });
    expect(await payCheckout(session.url, { email: 'dee@example.org' })).toBeTruthy();
    const run = await reconcileStripeEvents({ stripe, database: database().db });
    expect(run).toMatchObject({ ran: true, missing: 1, applied: 1 });
    const gift = (await database().db.execute(sql`select amount, status from contributions where stripe_checkout_session_id = ${session.id}`)).rows;
    expect(gift).toEqual([{ amount: 4200, status: 'paid' }]);
  });
});
