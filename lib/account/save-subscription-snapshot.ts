// Writes what Stripe just answered through the same sync the webhooks use, so the account page and staff figures
// show the change at once; the webhook for it later re-reads the same state.
import type Stripe from 'stripe';
import { db } from '@/db/client';
import { applySubscription } from '@/lib/memberships/sync-subscription';

export async function saveSubscriptionSnapshot(options: { subscription: Stripe.Subscription; fetchedAt: Date }): Promise<void> {
  await db.transaction((tx) => applySubscription(tx, { subscription: options.subscription, fetchedAt: options.fetchedAt }));
}
