// Writes what Stripe just answered to our row at once, so the account page and staff figures show the change
// before the webhook for it arrives (the webhook then brings the same state).
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';

export async function saveSubscriptionSnapshot(options: { subscription: Stripe.Subscription; now: Date }): Promise<void> {
  const { subscription, now } = options;
  const item = subscription.items.data[0];
  if (!item) return;
  const recurring: string | undefined = item.price.recurring?.interval;
  const interval: 'month' | 'year' | null = recurring === 'month' ? 'month' : recurring === 'year' ? 'year' : null;
  const toDate = (seconds: number | null | undefined) => (seconds ? new Date(seconds * 1000) : null);
  await db
    .update(subscriptions)
    .set({
      status: subscription.status,
      amount: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
      ...(interval ? { interval } : {}),
      currentPeriodEnd: toDate(item.current_period_end),
      cancelAtPeriodEnd: subscription.cancel_at_period_end,
      canceledAt: toDate(subscription.canceled_at),
      endedAt: toDate(subscription.ended_at),
      updatedAt: now,
    })
    .where(eq(subscriptions.stripeSubscriptionId, subscription.id));
}
