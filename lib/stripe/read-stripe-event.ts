// The Stripe events the app acts on, in one switch: each re-reads its object from Stripe (outside any transaction)
// and returns how to apply it. Any other type is acknowledged and ignored.
import type Stripe from 'stripe';
import { syncChargeById } from '@/lib/memberships/sync-charge';
import { syncCheckoutSessionById } from '@/lib/memberships/sync-checkout-session';
import { syncInvoiceById } from '@/lib/memberships/sync-invoice';
import { syncSubscriptionById } from '@/lib/memberships/sync-subscription';
import { givesMoneyBack } from '@/lib/memberships/charge-state';
import { idOf, type ApplySync, type SyncContext } from '@/lib/memberships/types';

export const HANDLED_EVENT_TYPES = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'invoice.paid',
  'invoice.payment_failed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'charge.refunded',
  'charge.refund.updated',
  'refund.failed',
  'charge.dispute.created',
  'charge.dispute.closed',
] as const satisfies readonly Stripe.Event.Type[];

export type HandledEventType = (typeof HANDLED_EVENT_TYPES)[number];

export function isHandledEventType(type: string): type is HandledEventType {
  return (HANDLED_EVENT_TYPES as readonly string[]).includes(type);
}

export type ReadStripeEvent = (event: Stripe.Event, ctx: SyncContext) => Promise<ApplySync>;

export const readStripeEvent: ReadStripeEvent = async (event, ctx) => {
  const id = (event.data.object as { id: string }).id;
  const at = new Date(event.created * 1000);
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.expired':
      return syncCheckoutSessionById(ctx, id);
    case 'checkout.session.async_payment_failed':
      return syncCheckoutSessionById(ctx, id, { failedAt: at });
    // A recurring payment (first or renewal); a declined renewal is failed unless Stripe now says it is paid.
    case 'invoice.paid':
      return syncInvoiceById(ctx, id);
    case 'invoice.payment_failed':
      return syncInvoiceById(ctx, id, { failedAt: at });
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted':
      return syncSubscriptionById(ctx, id);
    // A refund or a dispute names a charge; the payment it belongs to is re-read with its refunds and disputes. The
    // event's own snapshot says whether this is the moment a refund failed or a dispute was won: the money came back then.
    case 'charge.refunded': return syncChargeById(ctx, id, {}, idOf((event.data.object as Stripe.Charge).payment_intent));
    case 'charge.refund.updated':
    case 'refund.failed': {
      const refund = event.data.object as Stripe.Refund;
      if (!refund.charge) return async () => `refund ${refund.id} has no charge`;
      const back = givesMoneyBack('refund', refund.status ?? '') ? { [refund.id]: at } : undefined;
      return syncChargeById({ ...ctx, refundChanged: true }, idOf(refund.charge)!, { reversedAt: back }, idOf(refund.payment_intent));
    }
    case 'charge.dispute.created':
    case 'charge.dispute.closed': {
      const dispute = event.data.object as Stripe.Dispute;
      const back = event.type === 'charge.dispute.closed' && givesMoneyBack('dispute', dispute.status) ? { [dispute.id]: at } : undefined;
      return syncChargeById(ctx, idOf(dispute.charge)!, { reversedAt: back }, idOf(dispute.payment_intent));
    }
    default: return async () => `ignored ${event.type}`;
  }
};
