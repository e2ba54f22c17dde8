// A recurring payment: the subscription's invoice, recorded paid, processing (a bank debit not yet settled) or failed,
// with its charge's refunds and disputes.
import type Stripe from 'stripe';
import type { Transaction } from '@/db/client';
import { chargeState, loadDisputes, loadRefunds } from './charge-state';
import { applySubscription, loadSubscription, subscriptionOfInvoice, type SubscriptionSnapshot } from './sync-subscription';
import { fromUnix, idOf, type ApplySync, type EventTimes, type SyncContext } from './types';
import { upsertContribution } from './upsert-contribution';
import { supporterFromCustomer, upsertSupporter } from './upsert-supporter';
import { attributionFromMetadata } from './attribution-from-metadata';
import { ignoreForeign } from './ignore-foreign';
import { recordAdjustments } from './record-adjustments';
import { foreignSubscriptionReason } from '@/lib/support/support-stripe-objects';

export type InvoiceSnapshot = {
  invoice: Stripe.Invoice;
  subscription: SubscriptionSnapshot | null;
  intent: Stripe.PaymentIntent | null;
  charge: Stripe.Charge | null;
  refunds: Stripe.Refund[];
  disputes: Stripe.Dispute[];
  fetchedAt: Date;
};

const intentOf = (payment: Stripe.InvoicePayment | undefined) =>
  payment && typeof payment.payment.payment_intent === 'object' ? (payment.payment.payment_intent as Stripe.PaymentIntent) : null;

/** The invoice with its subscription (and customer) in one read, then its payment; fewer round trips to Stripe. */
export async function loadInvoice(ctx: SyncContext, invoiceId: string): Promise<InvoiceSnapshot> {
  const fetchedAt = ctx.fetchedAt ?? new Date();
  const at = { ...ctx, fetchedAt };
  const invoice = await ctx.stripe.invoices.retrieve(invoiceId, { expand: ['parent.subscription_details.subscription.customer'] });
  const subscriptionRef = subscriptionOfInvoice(invoice);
  // A paid invoice's payment, or an attempted open one's (which may be a bank debit still processing).
  const hasPayment = (invoice.status === 'paid' && invoice.amount_paid > 0) || (invoice.status === 'open' && invoice.attempted);
  const [subscription, payments] = await Promise.all([
    subscriptionRef ? loadSubscription(at, subscriptionRef) : null,
    hasPayment ? ctx.stripe.invoicePayments.list({ invoice: invoice.id, limit: 10, expand: ['data.payment.payment_intent.latest_charge'] }) : null,
  ]);
  const intent = intentOf(payments?.data.find((p) => p.status === (invoice.status === 'paid' ? 'paid' : 'open')));
  const charge = invoice.status === 'paid' && intent && typeof intent.latest_charge === 'object' ? (intent.latest_charge as Stripe.Charge | null) : null;
  const [refunds, disputes] = charge ? await Promise.all([loadRefunds(ctx, charge), loadDisputes(ctx, charge)]) : [[], []];
  return { invoice, subscription, intent, charge, refunds, disputes, fetchedAt };
}

export type InvoiceExtras = EventTimes & { checkoutSessionId?: string | null };

/** paid; processing (attempted, its payment still on its way); failed (attempted and refused); else nothing yet. */
function invoiceStage(snapshot: InvoiceSnapshot): 'paid' | 'processing' | 'failed' | null {
  const { invoice, intent } = snapshot;
  if (invoice.status === 'paid') return 'paid';
  if (invoice.status !== 'open' || !invoice.attempted) return null;
  return intent?.status === 'processing' ? 'processing' : 'failed';
}

export async function applyInvoice(tx: Transaction, snapshot: InvoiceSnapshot, extras: InvoiceExtras = {}): Promise<string> {
  const { invoice, charge } = snapshot;
  if (!snapshot.subscription) return ignoreForeign('invoice', invoice.id, 'it is not for a subscription');
  const reason = foreignSubscriptionReason(snapshot.subscription.subscription);
  if (reason) return ignoreForeign('invoice', invoice.id, `its subscription ${snapshot.subscription.subscription.id} is not the app's: ${reason}`);
  const subscriptionId = await applySubscription(tx, snapshot.subscription);
  const interval = snapshot.subscription!.subscription.items.data[0].price.recurring?.interval;
  const stage = invoiceStage(snapshot);
  if (!stage || invoice.total <= 0) return `invoice ${invoice.id} ${invoice.status}, nothing to record`;
  const state = stage === 'paid' && charge ? chargeState(charge, snapshot.disputes) : null;
  const metadata = snapshot.subscription!.subscription.metadata ?? {};
  const supporterId = await upsertSupporter(tx, supporterFromCustomer(idOf(invoice.customer), { email: invoice.customer_email, name: invoice.customer_name }));
  const status = state?.status ?? stage;
  const contributionId = await upsertContribution(tx, 'invoice', {
    supporterId,
    subscriptionId,
    stripeInvoiceId: invoice.id,
    stripePaymentIntentId: snapshot.intent?.id ?? null,
    stripeChargeId: state?.chargeId ?? null,
    stripeCheckoutSessionId: invoice.billing_reason === 'subscription_create' ? (extras.checkoutSessionId ?? null) : null,
    frequency: interval === 'year' ? 'annual' : 'monthly',
    amount: stage === 'paid' ? invoice.amount_paid : invoice.amount_due,
    currency: invoice.currency,
    amountRefunded: state?.amountRefunded ?? 0,
    status,
    paidAt: stage === 'paid' ? fromUnix(invoice.status_transitions.paid_at) : null,
    failedAt: stage === 'failed' ? (extras.failedAt ?? null) : null,
    placement: metadata.placement || null,
    articleSlug: metadata.article || null,
    ...attributionFromMetadata(metadata),
    receiptUrl: state?.receiptUrl ?? invoice.hosted_invoice_url ?? null,
    updatedAt: snapshot.fetchedAt,
  }, { locale: metadata.locale });
  if (state) await recordAdjustments(tx, { contributionId, refunds: snapshot.refunds, disputes: snapshot.disputes, fetchedAt: snapshot.fetchedAt, reversedAt: extras.reversedAt });
  return `invoice ${invoice.id} ${status}`;
}

export async function syncInvoiceById(ctx: SyncContext, invoiceId: string, extras: InvoiceExtras = {}): Promise<ApplySync> {
  const snapshot = await loadInvoice(ctx, invoiceId);
  return (tx) => applyInvoice(tx, snapshot, extras);
}
