// Every Stripe customer that is the reader's: the ones the app's Checkouts made or used for them (recorded as their
// payments synced) and those of their subscriptions. Never an email search: at Stripe it is case-sensitive, and on a
// shared account it finds other products' customers.
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { db } from '@/db/client';
import { stripeCustomers } from '@/db/schema';
import type { Supporter } from './link-supporter-to-user';
import type { SubscriptionRow } from './get-owned-subscription';
import { isStripeMissing } from './is-stripe-missing';

export async function getSubscriptionCustomerId(stripe: Stripe, stripeSubscriptionId: string): Promise<string | null> {
  try {
    const sub = await stripe.subscriptions.retrieve(stripeSubscriptionId);
    return typeof sub.customer === 'string' ? sub.customer : sub.customer.id;
  } catch (error) {
    if (isStripeMissing(error)) return null;
    throw error;
  }
}

export async function getReaderCustomerIds(options: {
  stripe: Stripe;
  supporter: Supporter | null;
  subscriptions: SubscriptionRow[];
}): Promise<string[]> {
  const ids = new Set<string>();
  if (options.supporter?.stripeCustomerId) ids.add(options.supporter.stripeCustomerId);
  if (options.supporter) {
    const recorded = await db.select({ id: stripeCustomers.stripeCustomerId }).from(stripeCustomers).where(eq(stripeCustomers.supporterId, options.supporter.id));
    for (const row of recorded) ids.add(row.id);
  }
  for (const sub of options.subscriptions) {
    const customer = await getSubscriptionCustomerId(options.stripe, sub.stripeSubscriptionId);
    if (customer) ids.add(customer);
  }
  return [...ids];
}
