// One contribution row per payment, keyed by PaymentIntent (one-off) or Invoice (recurring); newer reads win.
import { sql } from 'drizzle-orm';
import { contributions } from '@/db/schema';
import type { Transaction } from '@/db/client';
import { queueThankYouEmail } from './queue-thank-you-email';

export type ContributionValues = typeof contributions.$inferInsert;

export async function upsertContribution(tx: Transaction, key: 'invoice' | 'paymentIntent', values: ContributionValues & { updatedAt: Date }): Promise<void> {
  const target = key === 'invoice' ? contributions.stripeInvoiceId : contributions.stripePaymentIntentId;
  const ignore = key === 'invoice' ? 'stripeInvoiceId' : 'stripePaymentIntentId';
  const changes = Object.fromEntries(Object.entries(values).filter(([k]) => k !== ignore));
  const [row] = await tx
    .insert(contributions)
    .values(values)
    .onConflictDoUpdate({
      target,
      set: {
        ...changes,
        // Learnt from one event only (the checkout, the dispute): never forgotten by a later read that lacks them.
        stripeCheckoutSessionId: sql`coalesce(excluded.stripe_checkout_session_id, ${contributions.stripeCheckoutSessionId})`,
        disputedAt: sql`coalesce(${contributions.disputedAt}, excluded.disputed_at)`,
        failedAt: sql`case when excluded.status = 'failed' then greatest(${contributions.failedAt}, excluded.failed_at) else null end`,
        createdAt: sql`${contributions.createdAt}`,
      },
      setWhere: sql`${contributions.updatedAt} <= excluded.updated_at`,
    })
    .returning({ inserted: sql<boolean>`(xmax = 0)` });
  // An older read applied after a newer one changes nothing above, yet what only it knows must still land (order-independence).
  const checkoutSessionId = values.stripeCheckoutSessionId ?? null;
  const disputedAt = values.disputedAt ? values.disputedAt.toISOString() : null;
  if (checkoutSessionId || disputedAt) {
    await tx
      .update(contributions)
      .set({
        stripeCheckoutSessionId: sql`coalesce(${contributions.stripeCheckoutSessionId}, ${checkoutSessionId})`,
        disputedAt: sql`coalesce(${contributions.disputedAt}, ${disputedAt}::timestamptz)`,
      })
      .where(sql`${target} = ${key === 'invoice' ? values.stripeInvoiceId : values.stripePaymentIntentId}
        and ((${contributions.stripeCheckoutSessionId} is null and ${checkoutSessionId}::text is not null)
          or (${contributions.disputedAt} is null and ${disputedAt}::timestamptz is not null))`);
  }
  // A supporter's first paid gift is thanked by email (queued in this transaction; once per supporter).
  if (row?.inserted && values.status === 'paid' && values.supporterId) {
    await queueThankYouEmail(tx, { supporterId: values.supporterId, amount: values.amount, currency: values.currency, frequency: values.frequency });
  }
}
