// Whether a signed-in reader's recurring support is running: the masthead thanks them and the appeal stays away.
import { and, eq, inArray, isNull, or } from 'drizzle-orm';
import { db } from '@/db/client';
import { subscriptions, supporters } from '@/db/schema';
import type { AccountUser } from './account-types';
import { normaliseEmail } from '@/lib/email/normalise-email';
import { RUNNING_SUBSCRIPTION_STATUSES } from '@/lib/memberships/running-support';

export async function hasActiveSupport(user: AccountUser): Promise<boolean> {
  // Their own supporter, or the not-yet-linked one under their email (linked on their first visit to /account).
  const theirs = or(eq(supporters.userId, user.id), and(eq(supporters.email, normaliseEmail(user.email)), isNull(supporters.userId)));
  const [row] = await db
    .select({ id: subscriptions.id })
    .from(subscriptions)
    .innerJoin(supporters, eq(subscriptions.supporterId, supporters.id))
    .where(and(theirs, inArray(subscriptions.status, RUNNING_SUBSCRIPTION_STATUSES)))
    .limit(1);
  return Boolean(row);
}
