// The supporter's current recurring support (active, trialing or past due), newest first, or null.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions } from '@/db/schema';

// Past due still counts: Stripe is retrying the card and the reader has not stopped.
export const ACTIVE_SUBSCRIPTION_STATUSES = ['active', 'trialing', 'past_due'];

export async function getActiveSubscriptionForSupporter(supporterId: number) {
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.supporterId, supporterId), inArray(subscriptions.status, ACTIVE_SUBSCRIPTION_STATUSES)))
    .orderBy(desc(subscriptions.startedAt))
    .limit(1);
  return row ?? null;
}
