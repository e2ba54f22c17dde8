// The Stripe events the app acts on, one small handler each; any other type is acknowledged and ignored.
import type { WebhookHandler } from './types';
import { handle as chargeDisputeCreated } from './charge-dispute-created';
import { handle as chargeRefunded } from './charge-refunded';
import { handle as checkoutSessionAsyncPaymentFailed } from './checkout-session-async-payment-failed';
import { handle as checkoutSessionAsyncPaymentSucceeded } from './checkout-session-async-payment-succeeded';
import { handle as checkoutSessionCompleted } from './checkout-session-completed';
import { handle as checkoutSessionExpired } from './checkout-session-expired';
import { handle as customerSubscriptionCreated } from './customer-subscription-created';
import { handle as customerSubscriptionDeleted } from './customer-subscription-deleted';
import { handle as customerSubscriptionUpdated } from './customer-subscription-updated';
import { handle as invoicePaid } from './invoice-paid';
import { handle as invoicePaymentFailed } from './invoice-payment-failed';

export type { WebhookHandler } from './types';

export const webhookHandlers: Record<string, WebhookHandler> = {
  'checkout.session.completed': checkoutSessionCompleted,
  'checkout.session.async_payment_succeeded': checkoutSessionAsyncPaymentSucceeded,
  'checkout.session.async_payment_failed': checkoutSessionAsyncPaymentFailed,
  'checkout.session.expired': checkoutSessionExpired,
  'invoice.paid': invoicePaid,
  'invoice.payment_failed': invoicePaymentFailed,
  'customer.subscription.created': customerSubscriptionCreated,
  'customer.subscription.updated': customerSubscriptionUpdated,
  'customer.subscription.deleted': customerSubscriptionDeleted,
  'charge.refunded': chargeRefunded,
  'charge.dispute.created': chargeDisputeCreated,
};
