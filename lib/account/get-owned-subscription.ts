// A subscription only if it belongs to the signed-in reader; anyone else's id finds nothing.
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions, supporters } from '@/db/schema';
import { fail, type Failure } from '@/lib/http/failure-response';
import type { FormMessageCode } from '@/lib/http/form-messages';
import { isRunningSubscriptionStatus } from '@/lib/memberships/running-support';
import { notFoundResult, type AccountUser } from './account-types';
import { linkSupporterToUser } from './link-supporter-to-user';

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

/** The reader's own running subscription, or the failure to answer with: not theirs (404) or no longer running (409). */
export async function getOwnedRunningSubscription(options: { user: AccountUser; stripeSubscriptionId: string; endedCode: FormMessageCode }): Promise<SubscriptionRow | Failure> {
  await linkSupporterToUser(options.user);
  const owned = await getOwnedSubscription({ userId: options.user.id, stripeSubscriptionId: options.stripeSubscriptionId });
  if (!owned) return notFoundResult;
  if (!isRunningSubscriptionStatus(owned.status)) return fail(409, options.endedCode);
  return owned;
}
