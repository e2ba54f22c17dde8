// A payment's status from its charge: disputed beats refunded beats partially refunded beats paid.
import type Stripe from 'stripe';
import { fromUnix, type SyncContext } from './types';

export type ChargeState = {
  status: 'paid' | 'refunded' | 'partially_refunded' | 'disputed';
  amountRefunded: number;
  refundedAt: Date | null;
  chargeId: string;
  receiptUrl: string | null;
};

/** Refunds are only listed when there are some (charge.refunds is not returned by this API version unless expanded). */
export async function loadRefunds(ctx: SyncContext, charge: Stripe.Charge): Promise<Stripe.Refund[]> {
  if (charge.amount_refunded <= 0) return [];
  const list = await ctx.stripe.refunds.list({ charge: charge.id, limit: 100 });
  return list.data;
}

export function chargeState(charge: Stripe.Charge, refunds: Stripe.Refund[]): ChargeState {
  const succeeded = refunds.filter((r) => r.status === 'succeeded' || r.status === 'pending');
  const latest = succeeded.reduce<number | null>((max, r) => (max === null || r.created > max ? r.created : max), null);
  let status: ChargeState['status'] = 'paid';
  if (charge.disputed) status = 'disputed';
  else if (charge.amount_refunded >= charge.amount && charge.amount > 0) status = 'refunded';
  else if (charge.amount_refunded > 0) status = 'partially_refunded';
  return {
    status,
    amountRefunded: charge.amount_refunded,
    refundedAt: charge.amount_refunded > 0 ? fromUnix(latest) : null,
    chargeId: charge.id,
    receiptUrl: charge.receipt_url ?? null,
  };
}
