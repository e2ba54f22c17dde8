// The payments a Checkout Session led to: the one-off gift, or the subscription's payments so far.
import { desc, eq, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { contributions, subscriptions } from '@/db/schema';

export async function listContributionsForCheckout(options: { checkoutSessionId: string; stripeSubscriptionId?: string | null }) {
  const [subscription] = options.stripeSubscriptionId
    ? await db.select({ id: subscriptions.id }).from(subscriptions).where(eq(subscriptions.stripeSubscriptionId, options.stripeSubscriptionId)).limit(1)
    : [];
  return db
    .select()
    .from(contributions)
    .where(
      subscription
        ? or(eq(contributions.stripeCheckoutSessionId, options.checkoutSessionId), eq(contributions.subscriptionId, subscription.id))
        : eq(contributions.stripeCheckoutSessionId, options.checkoutSessionId),
    )
    .orderBy(desc(contributions.paidAt), desc(contributions.id));
}
