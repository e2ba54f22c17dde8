// The database half of deleting an account: personal data erased, gifts kept as anonymous amounts.
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  auditLog, emailOutbox, newsletterSubscribers, rateLimits, reminders, subscriptions, supporters, users, verificationTokens,
} from '@/db/schema';
import { RUNNING_SUBSCRIPTION_STATUSES } from '@/lib/memberships/running-support';

export type EraseOptions = {
  userId: string;
  email: string;
  supporterId: number | null;
  /** All the reader's Stripe customers (one per Checkout), deleted at Stripe already. */
  stripeCustomerIds: string[];
  now: Date;
};

export async function erasePersonalData(options: EraseOptions): Promise<void> {
  const { email, now } = options;
  await db.transaction(async (tx) => {
    if (options.supporterId !== null) {
      // Stripe has cancelled it; its webhook may come later and finds the same state.
      await tx
        .update(subscriptions)
        .set({ status: 'canceled', canceledAt: now, endedAt: now, cancelAtPeriodEnd: false, updatedAt: now })
        .where(and(eq(subscriptions.supporterId, options.supporterId), inArray(subscriptions.status, RUNNING_SUBSCRIPTION_STATUSES)));
      await tx
        .update(supporters)
        .set({ email: null, name: null, userId: null, anonymisedAt: now, updatedAt: now })
        .where(eq(supporters.id, options.supporterId));
    }
    // A customer other than the supporter's own gets an anonymous record of its own, so that a late webhook
    // (whose invoice or checkout still names the email) finds it anonymised instead of making a new supporter.
    for (const customer of options.stripeCustomerIds) {
      await tx
        .insert(supporters)
        .values({ stripeCustomerId: customer, anonymisedAt: now })
        .onConflictDoUpdate({ target: supporters.stripeCustomerId, set: { email: null, name: null, userId: null, anonymisedAt: now, updatedAt: now } });
    }
    await tx.delete(reminders).where(eq(reminders.email, email));
    await tx.delete(newsletterSubscribers).where(eq(newsletterSubscribers.email, email));
    // The local mailbox is the outbox: messages to the reader go too.
    await tx.delete(emailOutbox).where(or(eq(sql`lower(${emailOutbox.to})`, email), sql`lower(${emailOutbox.to}) like ${`%<${email}>`}`));
    await tx.delete(verificationTokens).where(eq(sql`lower(${verificationTokens.identifier})`, email));
    await tx.delete(rateLimits).where(sql`position(${email} in lower(${rateLimits.key})) > 0`);
    // A staff search for the reader's address is kept as an event, without the address.
    await tx
      .update(auditLog)
      .set({ filter: sql`replace(${auditLog.filter}::text, ${email}, '[deleted]')::jsonb` })
      .where(sql`position(${email} in lower(${auditLog.filter}::text)) > 0`);
    // Sessions and sign-in accounts go with the user (on delete cascade).
    await tx.delete(users).where(eq(users.id, options.userId));
  });
}
