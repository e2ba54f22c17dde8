// "Download my data": everything the product holds about the reader, as one JSON document.
import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { accounts, emailOutbox, newsletterSubscribers, paymentAdjustments, reminders, users } from '@/db/schema';
import type { AccountUser } from './account-types';
import { getContributionsForSupporter, getSubscriptionsForSupporter } from './get-account-overview';
import { linkSupporterToUser } from './link-supporter-to-user';
import { normaliseEmail } from '@/lib/email/normalise-email';

export async function getUserById(id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function getRemindersByEmail(email: string) {
  return db.select().from(reminders).where(eq(reminders.email, email));
}

export async function getNewsletterRowByEmail(email: string) {
  const [row] = await db.select().from(newsletterSubscribers).where(eq(newsletterSubscribers.email, email)).limit(1);
  return row ?? null;
}

/** Messages we sent the reader: when and what about (not the bodies, which hold one-time links). */
export async function getEmailsSentTo(email: string) {
  return db
    .select({ subject: emailOutbox.subject, status: emailOutbox.status, createdAt: emailOutbox.createdAt, sentAt: emailOutbox.sentAt })
    .from(emailOutbox)
    .where(or(eq(sql`lower(${emailOutbox.to})`, email), sql`lower(${emailOutbox.to}) like ${`%<${email}>`}`));
}

export async function getSignInMethods(userId: string) {
  return db.select({ type: accounts.type, provider: accounts.provider }).from(accounts).where(eq(accounts.userId, userId));
}

/** The refunds and disputes of the reader's payments. */
export async function getAdjustmentsOf(contributionIds: number[]) {
  if (contributionIds.length === 0) return [];
  return db.select().from(paymentAdjustments).where(inArray(paymentAdjustments.contributionId, contributionIds)).orderBy(asc(paymentAdjustments.occurredAt));
}

export async function exportAccountData(options: { user: AccountUser; now: Date }) {
  const email = normaliseEmail(options.user.email);
  const user = await getUserById(options.user.id);
  const supporter = await linkSupporterToUser(options.user);
  const [subs, gifts, reminderRows, newsletter, emails, signIn] = await Promise.all([
    supporter ? getSubscriptionsForSupporter(supporter.id) : [],
    supporter ? getContributionsForSupporter(supporter.id) : [],
    getRemindersByEmail(email),
    getNewsletterRowByEmail(email),
    getEmailsSentTo(email),
    getSignInMethods(options.user.id),
  ]);
  const adjustments = await getAdjustmentsOf(gifts.map((c) => c.id));
  return {
    exportedAt: options.now.toISOString(),
    note: 'Amounts are in minor units (cents) of the currency shown. Card details are held by Stripe, not by us.',
    user: user && { id: user.id, email: user.email, name: user.name, role: user.role, emailVerified: user.emailVerified, createdAt: user.createdAt, appealDeferredUntil: user.appealDeferredUntil },
    signInMethods: signIn,
    supporter: supporter && { id: supporter.id, email: supporter.email, name: supporter.name, stripeCustomerId: supporter.stripeCustomerId, createdAt: supporter.createdAt },
    subscriptions: subs.map((s) => ({
      stripeSubscriptionId: s.stripeSubscriptionId, status: s.status, amount: s.amount, currency: s.currency, interval: s.interval,
      startedAt: s.startedAt, currentPeriodEnd: s.currentPeriodEnd, cancelAtPeriodEnd: s.cancelAtPeriodEnd, canceledAt: s.canceledAt, endedAt: s.endedAt,
    })),
    contributions: gifts.map((c) => ({
      frequency: c.frequency, amount: c.amount, currency: c.currency, amountRefunded: c.amountRefunded, status: c.status,
      paidAt: c.paidAt, receiptUrl: c.receiptUrl, articleSlug: c.articleSlug,
      refundsAndDisputes: adjustments.filter((a) => a.contributionId === c.id)
        .map((a) => ({ kind: a.kind, amount: a.amount, status: a.status, at: a.occurredAt, reversedAt: a.reversedAt })),
    })),
    reminders: reminderRows.map((r) => ({ month: r.month, frequency: r.frequency, createdAt: r.createdAt, sentAt: r.sentAt, cancelledAt: r.cancelledAt })),
    newsletter: newsletter && { email: newsletter.email, status: newsletter.status, consentAt: newsletter.consentAt, confirmedAt: newsletter.confirmedAt, unsubscribedAt: newsletter.unsubscribedAt, sourcePage: newsletter.sourcePage },
    emails,
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;
