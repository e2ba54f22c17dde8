// A refund or dispute names a charge: find the payment it belongs to (one-off or invoice) and re-sync that, with its
// refunds and disputes.
import type { ApplySync, EventTimes, SyncContext } from './types';
import { idOf } from './types';
import { syncInvoiceById } from './sync-invoice';
import { syncPaymentIntentById } from './sync-payment-intent';

/** `paymentIntentId`: the charge's, when the event already names it (a refund, a dispute or a charge names its payment
 * intent, which never changes), sparing a read of the charge. */
export async function syncChargeById(ctx: SyncContext, chargeId: string, extras: EventTimes = {}, paymentIntentId: string | null = null): Promise<ApplySync> {
  paymentIntentId ??= idOf((await ctx.stripe.charges.retrieve(chargeId)).payment_intent);
  if (!paymentIntentId) return async () => `charge ${chargeId} has no payment intent`;
  const payments = await ctx.stripe.invoicePayments.list({ payment: { type: 'payment_intent', payment_intent: paymentIntentId }, limit: 1 });
  const invoiceId = idOf(payments.data[0]?.invoice ?? null);
  if (invoiceId) return syncInvoiceById(ctx, invoiceId, extras);
  return syncPaymentIntentById(ctx, paymentIntentId, extras);
}
