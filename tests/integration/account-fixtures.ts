// Readers with real support at an in-process Stripe emulator, and the rows the webhook sync would have written.
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll } from 'vitest';
import { db } from '@/db/client';
import { contributions, subscriptions, supporters, users } from '@/db/schema';
import { startStripeEmulator, type StripeEmulator } from '@/stripe-emulator/index';
import { payHosted } from '@/stripe-emulator/tests/helpers';

const configKey = Symbol.for('reader-revenue.config');
const stripeKey = Symbol.for('reader-revenue.stripe');

/** Starts an emulator for the file and points the app's getStripe() at it. */
export function useAccountEmulator(): () => { emulator: StripeEmulator; stripe: Stripe } {
  let emulator: StripeEmulator | undefined;
  let stripe: Stripe | undefined;
  beforeAll(async () => {
    emulator = await startStripeEmulator({ port: 0, dataFile: null, retryScheduleMs: [50] });
    process.env.STRIPE_SECRET_KEY = 'sk_test_account';
    process.env.STRIPE_API_URL = emulator.url;
    process.env.APP_URL = 'http://localhost:3999';
    const holder = globalThis as Record<symbol, unknown>;
    delete holder[configKey];
    delete holder[stripeKey];
    stripe = new Stripe('sk_test_account', { ...emulator.stripeConfig, maxNetworkRetries: 0 });
  });
  afterAll(async () => {
    await emulator?.close();
  });
  return () => ({ emulator: emulator!, stripe: stripe! });
}

export type Reader = {
  user: { id: string; email: string; name: string };
  supporterId: number;
  customerId: string;
  subscriptionId: string;
};

export async function createUser(email: string): Promise<{ id: string; email: string; name: string }> {
  const [row] = await db.insert(users).values({ email, name: email.split('@')[0], emailVerified: new Date() }).returning();
  return { id: row.id, email, name: row.name ?? '' };
}

/** Pays a Checkout Session on the emulator's hosted page like a reader without JavaScript. */
export async function startMonthlySupport(stripe: Stripe, email: string, amount = 1000): Promise<Stripe.Subscription> {
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: email,
    success_url: 'http://localhost:3999/support/thank-you?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://localhost:3999/support',
    line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: amount, recurring: { interval: 'month' }, product_data: { name: 'Monthly support' } } }],
  });
  const paid = await payHosted(session.url!, { email });
  if (paid.status !== 303) throw new Error(`checkout failed: ${paid.status}`);
  const done = await stripe.checkout.sessions.retrieve(session.id);
  return stripe.subscriptions.retrieve(done.subscription as string);
}

/** What the webhook sync stores for a subscription and its first payment. */
export async function storeSupport(options: { email: string; userId: string | null; subscription: Stripe.Subscription }): Promise<number> {
  const { subscription } = options;
  const item = subscription.items.data[0];
  const [supporter] = await db
    .insert(supporters)
    .values({ email: options.email, name: 'Ada Reader', stripeCustomerId: subscription.customer as string, userId: options.userId })
    .returning();
  const [sub] = await db
    .insert(subscriptions)
    .values({
      stripeSubscriptionId: subscription.id, supporterId: supporter.id, status: subscription.status,
      amount: item.price.unit_amount!, currency: item.price.currency, interval: 'month',
      currentPeriodEnd: new Date(item.current_period_end * 1000), startedAt: new Date(subscription.start_date * 1000),
    })
    .returning();
  const invoiceId = subscription.latest_invoice as string;
  await db.insert(contributions).values({
    supporterId: supporter.id, subscriptionId: sub.id, stripeInvoiceId: invoiceId, frequency: 'monthly',
    amount: item.price.unit_amount!, currency: item.price.currency, status: 'paid', paidAt: new Date(),
    receiptUrl: `http://emulator.invalid/invoices/${invoiceId}`,
  });
  return supporter.id;
}

export async function createReader(stripe: Stripe, email: string): Promise<Reader> {
  const user = await createUser(email);
  const subscription = await startMonthlySupport(stripe, email);
  const supporterId = await storeSupport({ email, userId: user.id, subscription });
  return { user, supporterId, customerId: subscription.customer as string, subscriptionId: subscription.id };
}

export async function getSubscriptionRow(stripeSubscriptionId: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, stripeSubscriptionId));
  return row;
}
