// One contribution row per payment, keyed by PaymentIntent (one-off) or Invoice (recurring); newer reads win.
import { eq, sql } from 'drizzle-orm';
import { contributions } from '@/db/schema';
import type { Transaction } from '@/db/client';
import { queueThankYouEmail } from './queue-thank-you-email';

export type ContributionValues = typeof contributions.$inferInsert;

/** The statuses of a payment whose money arrived (whatever happened to it since). */
const RECEIVED = ['paid', 'refunded', 'partially_refunded', 'disputed'];

/** Writes the row; returns its id. */
/** `extra.locale`: the checkout's language from the payment's Stripe metadata, for the thank-you email. */
export async function upsertContribution(tx: Transaction, key: 'invoice' | 'paymentIntent', values: ContributionValues & { updatedAt: Date }, extra: { locale?: string | null } = {}): Promise<number> {
  const target = key === 'invoice' ? contributions.stripeInvoiceId : contributions.stripePaymentIntentId;
  const keyValue = (key === 'invoice' ? values.stripeInvoiceId : values.stripePaymentIntentId)!;
  const ignore = key === 'invoice' ? 'stripeInvoiceId' : 'stripePaymentIntentId';
  const changes = Object.fromEntries(Object.entries(values).filter(([k]) => k !== ignore));
  // Whether the money has just arrived (a bank debit that was processing, a failed payment paid after all).
  const [before] = values.status === 'paid' ? await tx.select({ status: contributions.status }).from(contributions).where(eq(target, keyValue)).limit(1) : [];
  const [row] = await tx
    .insert(contributions)
    .values(values)
    .onConflictDoUpdate({
      target,
      set: {
        ...changes,
        // Learnt from one event only (the checkout, the failure): never forgotten by a later read that lacks them.
        stripeCheckoutSessionId: sql`coalesce(excluded.stripe_checkout_session_id, ${contributions.stripeCheckoutSessionId})`,
        // The first failure, kept once the payment succeeds: a closed month's failures never move.
        failedAt: sql`least(${contributions.failedAt}, excluded.failed_at)`,
        createdAt: sql`${contributions.createdAt}`,
      },
      setWhere: sql`${contributions.updatedAt} <= excluded.updated_at`,
    })
    .returning({ id: contributions.id });
  // An older read applied after a newer one changes nothing above, yet what only it knows must still land (order-independence).
  const checkoutSessionId = values.stripeCheckoutSessionId ?? null;
  const failedAt = values.failedAt ? values.failedAt.toISOString() : null;
  if (!row && (checkoutSessionId || failedAt)) {
    await tx
      .update(contributions)
      .set({
        stripeCheckoutSessionId: sql`coalesce(${contributions.stripeCheckoutSessionId}, ${checkoutSessionId})`,
        failedAt: sql`least(${contributions.failedAt}, ${failedAt}::timestamptz)`,
      })
      .where(sql`${target} = ${keyValue}
        and ((${contributions.stripeCheckoutSessionId} is null and ${checkoutSessionId}::text is not null)
          or (${failedAt}::timestamptz < coalesce(${contributions.failedAt}, 'infinity')))`);
  }
  // A supporter's first gift is thanked by email when its money arrives (queued in this transaction; once per supporter).
  if (values.status === 'paid' && values.supporterId && !RECEIVED.includes(before?.status ?? '')) {
    await queueThankYouEmail(tx, {
      supporterId: values.supporterId, amount: values.amount, currency: values.currency, frequency: values.frequency,
      locale: extra.locale, checkoutSessionId: values.stripeCheckoutSessionId ?? null,
    });
  }
  if (row) return row.id;
  const [current] = await tx.select({ id: contributions.id }).from(contributions).where(eq(target, keyValue)).limit(1);
  return current.id;
}
