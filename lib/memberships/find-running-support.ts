// A signed-in reader's running recurring support (their supporter found by user or email, as the account links them):
// what the appeal warns about before they start a second subscription.
import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions, supporters } from '@/db/schema';
import { normaliseEmail } from '@/lib/email/normalise-email';
import { RUNNING_SUBSCRIPTION_STATUSES } from './running-support';

export type RunningSupport = { stripeSubscriptionId: string; amount: number; currency: string; interval: 'month' | 'year' };

export async function findRunningSupport(user: { id: string; email: string }): Promise<RunningSupport[]> {
  return db
    .select({ stripeSubscriptionId: subscriptions.stripeSubscriptionId, amount: subscriptions.amount, currency: subscriptions.currency, interval: subscriptions.interval })
    .from(subscriptions)
    .innerJoin(supporters, eq(subscriptions.supporterId, supporters.id))
    .where(and(
      or(eq(supporters.userId, user.id), eq(supporters.email, normaliseEmail(user.email))),
      isNull(supporters.anonymisedAt),
      inArray(subscriptions.status, [...RUNNING_SUBSCRIPTION_STATUSES]),
    ))
    .orderBy(desc(subscriptions.startedAt));
}
