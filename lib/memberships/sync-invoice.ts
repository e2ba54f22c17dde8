// A recurring payment: the subscription's invoice, recorded paid or failed, with its charge for refunds and disputes.
import type Stripe from 'stripe';
import type { Transaction } from '@/db/client';
import { chargeState, loadRefunds } from './charge-state';
import { applySubscription, loadSubscription, subscriptionOfInvoice, type SubscriptionSnapshot } from './sync-subscription';
import { fromUnix, idOf, type ApplySync, type SyncContext } from './types';
import { upsertContribution } from './upsert-contribution';
import { supporterFromCustomer, upsertSupporter } from './upsert-supporter';
import { attributionFromMetadata } from './attribution-from-metadata';
import { ignoreForeign } from './ignore-foreign';
import { foreignSubscriptionReason } from '@/lib/support/support-stripe-objects';

export type InvoiceSnapshot = {
  invoice: Stripe.Invoice;
  subscription: SubscriptionSnapshot | null;
  intent: Stripe.PaymentIntent | null;
  charge: Stripe.Charge | null;
  refunds: Stripe.Refund[];
  fetchedAt: Date;
};

/** The invoice with its subscription (and customer) in one read, then its payment; fewer round trips to Stripe. */
export async function loadInvoice(ctx: SyncContext, invoiceId: string): Promise<InvoiceSnapshot> {
  const fetchedAt = ctx.fetchedAt ?? new Date();
  const at = { ...ctx, fetchedAt };
  const invoice = await ctx.stripe.invoices.retrieve(invoiceId, { expand: ['parent.subscription_details.subscription.customer'] });
  const subscriptionRef = subscriptionOfInvoice(invoice);
  const [subscription, payments] = await Promise.all([
    subscriptionRef ? loadSubscription(at, subscriptionRef) : null,
    invoice.status === 'paid' && invoice.amount_paid > 0
      ? ctx.stripe.invoicePayments.list({ invoice: invoice.id, limit: 10, expand: ['data.payment.payment_intent.latest_charge'] })
      : null,
  ]);
  const paid = payments?.data.find((p) => p.status === 'paid') ?? null;
  const intent = paid && typeof paid.payment.payment_intent === 'object' ? (paid.payment.payment_intent as Stripe.PaymentIntent) : null;
  const charge = intent && typeof intent.latest_charge === 'object' ? (intent.latest_charge as Stripe.Charge | null) : null;
  const refunds = charge ? await loadRefunds(ctx, charge) : [];
  return { invoice, subscription, intent, charge, refunds, fetchedAt };
}

export type InvoiceExtras = { checkoutSessionId?: string | null; disputedAt?: Date | null; failedAt?: Date | null };

export async function applyInvoice(tx: Transaction, snapshot: InvoiceSnapshot, extras: InvoiceExtras = {}): Promise<string> {
  const { invoice, charge } = snapshot;
  if (!snapshot.subscription) return ignoreForeign('invoice', invoice.id, 'it is not for a subscription');
  const reason = foreignSubscriptionReason(snapshot.subscription.subscription);
  if (reason) return ignoreForeign('invoice', invoice.id, `its subscription ${snapshot.subscription.subscription.id} is not the app's: ${reason}`);
  const subscriptionId = await applySubscription(tx, snapshot.subscription);
  const interval = snapshot.subscription!.subscription.items.data[0].price.recurring?.interval;
  const paid = invoice.status === 'paid';
  const failed = !paid && invoice.status === 'open' && invoice.attempted;
  if ((!paid && !failed) || invoice.total <= 0) return `invoice ${invoice.id} ${invoice.status}, nothing to record`;
  const state = paid && charge ? chargeState(charge, snapshot.refunds) : null;
  const metadata = snapshot.subscription!.subscription.metadata ?? {};
  const supporterId = await upsertSupporter(tx, supporterFromCustomer(idOf(invoice.customer), { email: invoice.customer_email, name: invoice.customer_name }));
  await upsertContribution(tx, 'invoice', {
    supporterId,
    subscriptionId,
    stripeInvoiceId: invoice.id,
    stripePaymentIntentId: snapshot.intent?.id ?? null,
    stripeChargeId: state?.chargeId ?? null,
    stripeCheckoutSessionId: invoice.billing_reason === 'subscription_create' ? (extras.checkoutSessionId ?? null) : null,
    frequency: interval === 'year' ? 'annual' : 'monthly',
    amount: paid ? invoice.amount_paid : invoice.amount_due,
    currency: invoice.currency,
    amountRefunded: state?.amountRefunded ?? 0,
    status: state?.status ?? (paid ? 'paid' : 'failed'),
    paidAt: paid ? fromUnix(invoice.status_transitions.paid_at) : null,
    failedAt: failed ? (extras.failedAt ?? null) : null,
    refundedAt: state?.refundedAt ?? null,
    disputedAt: extras.disputedAt ?? null,
    placement: metadata.placement || null,
    articleSlug: metadata.article || null,
    ...attributionFromMetadata(metadata),
    receiptUrl: state?.receiptUrl ?? invoice.hosted_invoice_url ?? null,
    updatedAt: snapshot.fetchedAt,
  });
  return `invoice ${invoice.id} ${state?.status ?? (paid ? 'paid' : 'failed')}`;
}

export async function syncInvoiceById(ctx: SyncContext, invoiceId: string, extras: InvoiceExtras = {}): Promise<ApplySync> {
  const snapshot = await loadInvoice(ctx, invoiceId);
  return (tx) => applyInvoice(tx, snapshot, extras);
}
