// A Stripe account shared with other products: their customers, subscriptions and one-off payments (with their
// renewals, refunds and disputes) reach the webhook and the thank-you page, and leave no row, figure or email here.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { handleStripeWebhook } from '@/lib/stripe/handle-stripe-webhook';
import { syncCheckoutSession } from '@/lib/memberships/sync-checkout-session';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import { getLogger } from '@/lib/log/logger';
import { getRevenueSummary } from '@/lib/reports/get-revenue-summary';
import { useTestDatabase } from '../helpers/test-database';
import { emulatorControl, eventCollector, payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

const SECRET = 'whsec_shared_account';
let t: TestStripe;
const foreignSessions: string[] = [];
let ourSession = '';
const events: Stripe.Event[] = [];

const control = (path: string, body: unknown = {}) => emulatorControl(t.emulator, path, body);

function deliver(event: Stripe.Event, database: ReturnType<typeof useTestDatabase>) {
  const payload = JSON.stringify(event);
  const signature = t.stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  const request = new Request('http://news.test/api/stripe/webhook', { method: 'POST', headers: { 'stripe-signature': signature, 'content-type': 'application/json' }, body: payload });
  return handleStripeWebhook(request, { stripe: t.stripe, database: database().db, secret: SECRET });
}

describe('a Stripe account shared with other products', () => {
  const database = useTestDatabase();

  beforeAll(async () => {
    t = await startTestStripe();
    // The newsroom's other products, sold on the same account outside the app.
    const crossword = await t.stripe.products.create({ name: 'Crossword Pro' });
    const tote = await t.stripe.products.create({ name: 'Tote bag' });
    await t.stripe.customers.create({ email: 'shopper@example.org', name: 'Shop Per' });
    const foreignMonthly = await t.stripe.checkout.sessions.create({
      mode: 'subscription', success_url: 'https://shop.test/ok', cancel_url: 'https://shop.test/no',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 900, product: crossword.id, recurring: { interval: 'month' } } }],
    });
    // Metadata that happens to look like ours (the old filter's only test) does not make it ours.
    const foreignOnce = await t.stripe.checkout.sessions.create({
      mode: 'payment', success_url: 'https://shop.test/ok', cancel_url: 'https://shop.test/no', customer_creation: 'always',
      metadata: { frequency: 'once' }, payment_intent_data: { metadata: { frequency: 'once' } },
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 2000, product: tote.id } }],
    });
    const foreignAnnual = await t.stripe.checkout.sessions.create({
      mode: 'subscription', success_url: 'https://shop.test/ok', cancel_url: 'https://shop.test/no',
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 9900, product: crossword.id, recurring: { interval: 'year' } } }],
    });
    for (const [session, email] of [[foreignMonthly, 'puzzler@example.org'], [foreignOnce, 'shopper@example.org'], [foreignAnnual, 'annual.puzzler@example.org']] as const) {
      expect(await payCheckout(session.url!, { email })).toBe('https://shop.test/ok');
      foreignSessions.push(session.id);
    }
    // One gift through the appeal, so the test also shows what is recorded.
    const ours = await createCheckoutSession({
      stripe: t.stripe, database: database().db, appUrl: 'http://news.test', publicationName: 'The Ledger',
      choice: { frequency: 'once', currency: 'usd', amount: 2500, amountText: '25', placement: 'article-end', articleSlug: null, nonce: null },
    });
    ourSession = ours.id;
    expect(await payCheckout(ours.url, { email: 'reader@example.org' })).toContain('/support/thank-you');

    const once = await t.stripe.checkout.sessions.retrieve(foreignOnce.id);
    await t.stripe.refunds.create({ payment_intent: once.payment_intent as string, amount: 500 });
    const monthly = await t.stripe.checkout.sessions.retrieve(foreignMonthly.id);
    const collect = eventCollector(t.stripe, events);
    await collect();
    // A renewal, a dispute on the first payment, and a cancellation of the other products' plans.
    await control('advance', { seconds: 32 * 86_400 });
    const payments = await t.stripe.invoicePayments.list({ invoice: monthly.invoice as string, expand: ['data.payment.payment_intent'] });
    await control(`charges/${(payments.data[0].payment.payment_intent as Stripe.PaymentIntent).latest_charge as string}/dispute`);
    await t.stripe.subscriptions.cancel((await t.stripe.checkout.sessions.retrieve(foreignAnnual.id)).subscription as string);
    await collect();
  });

  afterAll(async () => {
    await t.emulator.close();
  });

  it('every webhook is acknowledged, and only the appeal\'s gift is recorded', async () => {
    const info = vi.spyOn(getLogger(), 'info');
    const outcomes: string[] = [];
    for (const event of events) {
      const response = await deliver(event, database);
      expect(response.status).toBe(200);
      outcomes.push((await response.json()).outcome);
    }
    const rows = async (query: string) => (await database().db.execute(sql.raw(query))).rows;
    expect(await rows('select email from supporters')).toEqual([{ email: 'reader@example.org' }]);
    expect(await rows('select count(*)::int as n from subscriptions')).toEqual([{ n: 0 }]);
    expect(await rows('select frequency, amount, status from contributions')).toEqual([{ frequency: 'once', amount: 2500, status: 'paid' }]);
    expect(await rows('select stripe_checkout_session_id as id from checkout_sessions')).toEqual([{ id: ourSession }]);
    expect((await rows('select "to" from email_outbox')).map((r) => r.to)).toEqual(['reader@example.org']);
    // Each foreign object is named as ignored, with why, and no address reaches the log.
    const ignored = outcomes.filter((o) => o.includes('ignored'));
    expect(ignored.some((o) => /ignored subscription sub_\w+: its product prod_\w+ is not one of the app's/.test(o))).toBe(true);
    expect(ignored.some((o) => /ignored invoice in_\w+: its subscription/.test(o))).toBe(true);
    expect(ignored.some((o) => /ignored payment pi_\w+: it was not made by the app's Checkout/.test(o))).toBe(true);
    expect(ignored.some((o) => /ignored checkout cs_\w+: it was not made by the app/.test(o))).toBe(true);
    const logged = JSON.stringify(info.mock.calls);
    expect(logged).toContain('not the app\'s');
    expect(logged).not.toMatch(/@example\.org/);
    info.mockRestore();
  });

  it('the figures count only the appeal\'s gift', async () => {
    const now = new Date();
    const summary = await getRevenueSummary({ start: new Date(now.getTime() - 400 * 86_400_000), end: new Date(now.getTime() + 400 * 86_400_000), currency: null, now });
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({
      currency: 'usd', received: 2500, refunds: { count: 0, amount: 0 }, disputes: { count: 0, amount: 0 }, failed: { count: 0, amount: 0 },
      recurring: { count: 0, sum: 0 }, activeMonthly: 0, activeAnnual: 0, mrr: 0, newRecurring: 0, cancellations: 0,
    });
  });

  it('the thank-you page shows nothing for another product\'s Checkout', async () => {
    for (const id of foreignSessions) expect(await syncCheckoutSession({ stripe: t.stripe, database: database().db, sessionId: id })).toBeNull();
    const rows = (await database().db.execute(sql.raw('select count(*)::int as n from checkout_sessions'))).rows;
    expect(rows).toEqual([{ n: 1 }]);
  });
});
