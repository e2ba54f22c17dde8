// A payment's status from its charge and its disputes: an open or lost dispute beats refunded beats partially refunded
// beats paid. A won dispute no longer counts (Stripe keeps charge.disputed true for good).
import type Stripe from 'stripe';
import type { SyncContext } from './types';

export type ChargeState = {
  status: 'paid' | 'refunded' | 'partially_refunded' | 'disputed';
  amountRefunded: number;
  chargeId: string;
  receiptUrl: string | null;
};

/** A refund that failed or was canceled, or a dispute settled in the newsroom's favour: the money came back. */
export function givesMoneyBack(kind: 'refund' | 'dispute', status: string): boolean {
  return kind === 'refund' ? status === 'failed' || status === 'canceled' : status === 'won' || status === 'warning_closed' || status === 'prevented';
}

/** Refunds are listed only when there are some, or when a refund event asks (a failed one no longer counts in
 * amount_refunded); charge.refunds is not returned at this API version unless expanded. */
export async function loadRefunds(ctx: SyncContext, charge: Stripe.Charge): Promise<Stripe.Refund[]> {
  if (charge.amount_refunded <= 0 && !ctx.refundChanged) return [];
  const list = await ctx.stripe.refunds.list({ charge: charge.id, limit: 100 });
  return list.data;
}

/** Disputes are listed only for a charge that has been disputed. */
export async function loadDisputes(ctx: SyncContext, charge: Stripe.Charge): Promise<Stripe.Dispute[]> {
  if (!charge.disputed) return [];
  const list = await ctx.stripe.disputes.list({ charge: charge.id, limit: 100 });
  return list.data;
}

export function chargeState(charge: Stripe.Charge, disputes: Stripe.Dispute[]): ChargeState {
  let status: ChargeState['status'] = 'paid';
  if (disputes.some((d) => !givesMoneyBack('dispute', d.status))) status = 'disputed';
  else if (charge.amount_refunded >= charge.amount && charge.amount > 0) status = 'refunded';
  else if (charge.amount_refunded > 0) status = 'partially_refunded';
  return { status, amountRefunded: charge.amount_refunded, chargeId: charge.id, receiptUrl: charge.receipt_url ?? null };
}
