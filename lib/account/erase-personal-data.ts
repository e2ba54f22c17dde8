// The database half of deleting an account: personal data erased, gifts kept as anonymous amounts.
import { and, eq, inArray, or, sql, type AnyColumn } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  auditLog, emailOutbox, newsletterSubscribers, rateLimits, reminders, subscriptions, supporters, users, verificationTokens,
} from '@/db/schema';
import { normaliseEmail } from '@/lib/email/normalise-email';
import { RUNNING_SUBSCRIPTION_STATUSES } from '@/lib/memberships/running-support';
import { ADDRESS_LIMITED_FORMS, addressRateLimitKey } from '@/lib/rate-limit/address-rate-limit-key';

export type EraseOptions = {
  userId: string;
  email: string;
  supporterId: number | null;
  /** All the reader's Stripe customers (one per Checkout), deleted at Stripe already. */
  stripeCustomerIds: string[];
  now: Date;
};

/** The address as a whole word of a text (case-insensitive in use): not a part of a longer address such as "a" + it. */
function wholeAddressPattern(email: string): string {
  return `(?<![a-z0-9._%+-])${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9.-])`;
}

export async function erasePersonalData(options: EraseOptions): Promise<void> {
  const { now } = options;
  const email = normaliseEmail(options.email);
  const lower = (column: AnyColumn) => sql`lower(${column})`;
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
    await tx.delete(reminders).where(eq(lower(reminders.email), email));
    await tx.delete(newsletterSubscribers).where(eq(lower(newsletterSubscribers.email), email));
    // The local mailbox is the outbox: messages to the reader go too.
    await tx.delete(emailOutbox).where(or(eq(lower(emailOutbox.to), email), sql`${lower(emailOutbox.to)} like ${`%<${email.replace(/[\\%_]/g, '\\$&')}>`}`));
    await tx.delete(verificationTokens).where(eq(lower(verificationTokens.identifier), email));
    // Exactly the address's own counters: another address that contains this one keeps its limits.
    await tx.delete(rateLimits).where(inArray(lower(rateLimits.key), ADDRESS_LIMITED_FORMS.map((form) => addressRateLimitKey(form, email))));
    // What staff did with the reader's address, or did as this reader, is kept as an event, without the address.
    const pattern = wholeAddressPattern(email);
    await tx
      .update(auditLog)
      .set({ filter: sql`regexp_replace(${auditLog.filter}::text, ${pattern}, '[deleted]', 'gi')::jsonb` })
      .where(sql`${auditLog.filter}::text ~* ${pattern}`);
    await tx.update(auditLog).set({ actorEmail: '[deleted]' }).where(eq(lower(auditLog.actorEmail), email));
    // Sessions and sign-in accounts go with the user (on delete cascade).
    await tx.delete(users).where(eq(users.id, options.userId));
  });
}
