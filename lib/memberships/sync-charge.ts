// A refund or dispute names a charge: find the payment it belongs to (one-off or invoice) and re-sync that, with its
// refunds and disputes.
import type { ApplySync, EventTimes, SyncContext } from './types';
import { idOf } from './types';
import { syncInvoiceById } from './sync-invoice';
import { syncPaymentIntentById } from './sync-payment-intent';

export async function syncChargeById(ctx: SyncContext, chargeId: string, extras: EventTimes = {}): Promise<ApplySync> {
  const charge = await ctx.stripe.charges.retrieve(chargeId);
  const paymentIntentId = idOf(charge.payment_intent);
  if (!paymentIntentId) return async () => `charge ${chargeId} has no payment intent`;
  const payments = await ctx.stripe.invoicePayments.list({ payment: { type: 'payment_intent', payment_intent: paymentIntentId }, limit: 1 });
  const invoiceId = idOf(payments.data[0]?.invoice ?? null);
  if (invoiceId) return syncInvoiceById(ctx, invoiceId, extras);
  return syncPaymentIntentById(ctx, paymentIntentId, extras);
}
