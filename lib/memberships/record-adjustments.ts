// A payment's refunds and disputes as rows of their own, keyed by Stripe's id and dated by Stripe's own time, so each
// is counted in the month it happened; newer reads win, and a reversal time once learnt is kept.
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Transaction } from '@/db/client';
import { paymentAdjustments } from '@/db/schema';
import { givesMoneyBack } from './charge-state';
import { fromUnix } from './types';

type Adjustment = typeof paymentAdjustments.$inferInsert;

export async function recordAdjustments(tx: Transaction, options: {
  contributionId: number;
  refunds: Stripe.Refund[];
  disputes: Stripe.Dispute[];
  fetchedAt: Date;
  reversedAt?: Record<string, Date>;
}): Promise<void> {
  const { contributionId, fetchedAt } = options;
  const row = (kind: 'refund' | 'dispute', object: Stripe.Refund | Stripe.Dispute): Adjustment => ({
    stripeId: object.id, kind, contributionId, amount: object.amount, currency: object.currency, status: object.status ?? 'unknown',
    occurredAt: fromUnix(object.created)!,
    reversedAt: givesMoneyBack(kind, object.status ?? '') ? (options.reversedAt?.[object.id] ?? null) : null,
    stripeSyncedAt: fetchedAt,
  });
  const rows = [...options.refunds.map((r) => row('refund', r)), ...options.disputes.map((d) => row('dispute', d))];
  if (rows.length === 0) return;
  // Rows carried over from before (one per payment) give way to Stripe's own once those are known.
  const kinds = [...new Set(rows.map((r) => r.kind))];
  await tx.delete(paymentAdjustments).where(and(eq(paymentAdjustments.contributionId, contributionId), inArray(paymentAdjustments.kind, kinds), like(paymentAdjustments.stripeId, 'legacy-%')));
  const newer = sql`${paymentAdjustments.stripeSyncedAt} <= excluded.stripe_synced_at`;
  await tx
    .insert(paymentAdjustments)
    .values(rows)
    .onConflictDoUpdate({
      target: paymentAdjustments.stripeId,
      set: {
        status: sql`case when ${newer} then excluded.status else ${paymentAdjustments.status} end`,
        amount: sql`case when ${newer} then excluded.amount else ${paymentAdjustments.amount} end`,
        stripeSyncedAt: sql`greatest(${paymentAdjustments.stripeSyncedAt}, excluded.stripe_synced_at)`,
        // Learnt from one event only (the refund's failure, the dispute's closing): never forgotten, never moved.
        reversedAt: sql`coalesce(${paymentAdjustments.reversedAt}, excluded.reversed_at)`,
      },
      // No write (and no rollup work) when nothing changes.
      setWhere: sql`(${newer} and (${paymentAdjustments.status} <> excluded.status or ${paymentAdjustments.amount} <> excluded.amount))
        or (${paymentAdjustments.reversedAt} is null and excluded.reversed_at is not null)`,
    });
}
