// Every Stripe customer that is the reader's: Checkout makes a new customer for each one-off gift and each
// subscription, so one reader often has several. Found through their support and their verified email.
import type Stripe from 'stripe';
import type { Supporter } from './link-supporter-to-user';
import type { SubscriptionRow } from './get-owned-subscription';
import { isStripeMissing } from './is-stripe-missing';
import { normaliseEmail } from '@/lib/email/normalise-email';

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
  email: string;
  supporter: Supporter | null;
  subscriptions: SubscriptionRow[];
}): Promise<string[]> {
  const ids = new Set<string>();
  if (options.supporter?.stripeCustomerId) ids.add(options.supporter.stripeCustomerId);
  for (const sub of options.subscriptions) {
    const customer = await getSubscriptionCustomerId(options.stripe, sub.stripeSubscriptionId);
    if (customer) ids.add(customer);
  }
  // The address was proven by the sign-in link, so customers under it are this reader's.
  for await (const customer of options.stripe.customers.list({ email: normaliseEmail(options.email), limit: 100 })) ids.add(customer.id);
  return [...ids];
}
