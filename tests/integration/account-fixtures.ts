// Readers with real support at an in-process Stripe emulator, recorded by the same sync the webhooks and thank-you page use.
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { afterAll, beforeAll } from 'vitest';
import { db } from '@/db/client';
import { subscriptions, supporters, users } from '@/db/schema';
import { linkSupporterToUser } from '@/lib/account/link-supporter-to-user';
import { syncCheckoutSession } from '@/lib/memberships/sync-checkout-session';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import type { SupportChoice } from '@/lib/support/validate-support-form';
import { startStripeEmulator, type StripeEmulator } from '@/stripe-emulator/index';
import { payCheckout, setUpTestAccount } from '../helpers/stripe-checkout';

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
    await setUpTestAccount(stripe);
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

/** Starts monthly support the way the appeal does, pays on the emulator's hosted page, and syncs it as the thank-you page does. */
export async function startMonthlySupport(stripe: Stripe, email: string, amount = 1000): Promise<Stripe.Subscription> {
  const choice: SupportChoice = { frequency: 'monthly', currency: 'usd', amount, amountText: String(amount / 100), placement: 'article-end', articleSlug: null, nonce: null };
  const session = await createCheckoutSession({ stripe, database: db, choice, appUrl: 'http://localhost:3999', publicationName: 'The Ledger' });
  if (!(await payCheckout(session.url, { email }))) throw new Error('checkout failed');
  const synced = await syncCheckoutSession({ stripe, database: db, sessionId: session.id });
  return stripe.subscriptions.retrieve(synced!.session.subscription as string);
}

/** A one-off gift through the appeal's checkout (Checkout makes a new Stripe customer for it); returns that customer. */
export async function giveOnce(stripe: Stripe, email: string, amount = 2500): Promise<string> {
  const choice: SupportChoice = { frequency: 'once', currency: 'usd', amount, amountText: String(amount / 100), placement: 'article-end', articleSlug: null, nonce: null };
  const session = await createCheckoutSession({ stripe, database: db, choice, appUrl: 'http://localhost:3999', publicationName: 'The Ledger' });
  if (!(await payCheckout(session.url, { email }))) throw new Error('checkout failed');
  const synced = await syncCheckoutSession({ stripe, database: db, sessionId: session.id });
  return synced!.session.customer as string;
}

export async function getSupporterIdByEmail(email: string): Promise<number> {
  const [row] = await db.select({ id: supporters.id }).from(supporters).where(eq(supporters.email, email));
  return row.id;
}

export async function createReader(stripe: Stripe, email: string): Promise<Reader> {
  const user = await createUser(email);
  const subscription = await startMonthlySupport(stripe, email);
  const supporterId = await getSupporterIdByEmail(email);
  await linkSupporterToUser(user);
  return { user, supporterId, customerId: subscription.customer as string, subscriptionId: subscription.id };
}

export async function getSubscriptionRow(stripeSubscriptionId: string) {
  const [row] = await db.select().from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, stripeSubscriptionId));
  return row;
}
