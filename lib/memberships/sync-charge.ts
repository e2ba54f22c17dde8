// A refund or dispute names a charge: find the payment it belongs to (one-off or invoice) and re-sync that.
import type { ApplySync, SyncContext } from './types';
import { idOf } from './types';
import { syncInvoiceById } from './sync-invoice';
import { syncPaymentIntentById } from './sync-payment-intent';

export async function syncChargeById(ctx: SyncContext, chargeId: string, extras: { disputedAt?: Date | null } = {}): Promise<ApplySync> {
  const charge = await ctx.stripe.charges.retrieve(chargeId);
  const paymentIntentId = idOf(charge.payment_intent);
  if (!paymentIntentId) return async () => `charge ${chargeId} has no payment intent`;
  const payments = await ctx.stripe.invoicePayments.list({ payment: { type: 'payment_intent', payment_intent: paymentIntentId }, limit: 1 });
  const invoiceId = idOf(payments.data[0]?.invoice ?? null);
  if (invoiceId) return syncInvoiceById(ctx, invoiceId, extras);
  return syncPaymentIntentById(ctx, paymentIntentId, extras);
}

/** A dispute: the payment its charge belongs to is marked disputed as of the dispute's creation. */
export async function syncDisputeById(ctx: SyncContext, disputeId: string): Promise<ApplySync> {
  const dispute = await ctx.stripe.disputes.retrieve(disputeId);
  const chargeId = idOf(dispute.charge);
  if (!chargeId) return async () => `dispute ${dispute.id} has no charge`;
  return syncChargeById(ctx, chargeId, { disputedAt: new Date(dispute.created * 1000) });
}
