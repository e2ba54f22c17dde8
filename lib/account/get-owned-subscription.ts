// A subscription only if it belongs to the signed-in reader; anyone else's id finds nothing.
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions, supporters } from '@/db/schema';

export type SubscriptionRow = typeof subscriptions.$inferSelect;

export async function getOwnedSubscription(options: { userId: string; stripeSubscriptionId: string }): Promise<SubscriptionRow | null> {
  const [row] = await db
    .select({ subscription: subscriptions })
    .from(subscriptions)
    .innerJoin(supporters, eq(subscriptions.supporterId, supporters.id))
    .where(and(eq(subscriptions.stripeSubscriptionId, options.stripeSubscriptionId), eq(supporters.userId, options.userId)))
    .limit(1);
  return row?.subscription ?? null;
}
