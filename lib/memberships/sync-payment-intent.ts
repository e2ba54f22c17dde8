// A one-off gift: the PaymentIntent Checkout made, recorded once the money is on its way: processing (a bank debit not
// yet settled), paid, or failed after processing. A declined card records nothing (the reader is still on Checkout).
import type Stripe from 'stripe';
import type { Transaction } from '@/db/client';
import { chargeState, loadDisputes, loadRefunds } from './charge-state';
import { fromUnix, type ApplySync, type EventTimes, type SyncContext } from './types';
import { upsertContribution } from './upsert-contribution';
import { supporterFromCustomer, upsertSupporter } from './upsert-supporter';
import { attributionFromMetadata } from './attribution-from-metadata';
import { ignoreForeign } from './ignore-foreign';
import { recordAdjustments } from './record-adjustments';
import { foreignPaymentIntentReason } from '@/lib/support/support-stripe-objects';

export type PaymentIntentSnapshot = {
  intent: Stripe.PaymentIntent;
  charge: Stripe.Charge | null;
  refunds: Stripe.Refund[];
  disputes: Stripe.Dispute[];
  fetchedAt: Date;
};

/** Takes the PaymentIntent when it came expanded (charge and customer) in another read, else retrieves it. */
export async function loadPaymentIntent(ctx: SyncContext, paymentIntent: string | Stripe.PaymentIntent): Promise<PaymentIntentSnapshot> {
  const fetchedAt = ctx.fetchedAt ?? new Date();
  const expanded = typeof paymentIntent !== 'string' && typeof paymentIntent.latest_charge !== 'string' && typeof paymentIntent.customer !== 'string';
  const intent = expanded
    ? paymentIntent
    : await ctx.stripe.paymentIntents.retrieve(typeof paymentIntent === 'string' ? paymentIntent : paymentIntent.id, { expand: ['latest_charge', 'customer'] });
  const charge = intent.latest_charge && typeof intent.latest_charge !== 'string' ? intent.latest_charge : null;
  const [refunds, disputes] = charge ? await Promise.all([loadRefunds(ctx, charge), loadDisputes(ctx, charge)]) : [[], []];
  return { intent, charge, refunds, disputes, fetchedAt };
}

export type PaymentExtras = EventTimes & { checkoutSessionId?: string | null };

type PaymentStage = 'processing' | 'paid' | 'failed' | null;

/** Where the money is: a delayed method (not a card) that failed had been accepted and processing, so it is recorded. */
function paymentStage(intent: Stripe.PaymentIntent, charge: Stripe.Charge | null): PaymentStage {
  if (intent.status === 'processing') return 'processing';
  if (intent.status === 'succeeded' && charge?.status === 'succeeded') return 'paid';
  if (charge?.status === 'failed' && charge.payment_method_details && charge.payment_method_details.type !== 'card') return 'failed';
  return null;
}

export async function applyPaymentIntent(tx: Transaction, snapshot: PaymentIntentSnapshot, extras: PaymentExtras = {}): Promise<string> {
  const { intent, charge } = snapshot;
  const reason = foreignPaymentIntentReason(intent);
  if (reason) return ignoreForeign('payment', intent.id, reason);
  const stage = paymentStage(intent, charge);
  if (!stage) return `payment ${intent.id} not paid (${intent.status})`;
  const state = stage === 'paid' ? chargeState(charge!, snapshot.disputes) : null;
  const supporterId = await upsertSupporter(tx, supporterFromCustomer(intent.customer, charge?.billing_details));
  const contributionId = await upsertContribution(tx, 'paymentIntent', {
    supporterId,
    stripePaymentIntentId: intent.id,
    stripeChargeId: charge?.id ?? null,
    stripeCheckoutSessionId: extras.checkoutSessionId ?? null,
    frequency: 'once',
    amount: charge?.amount ?? intent.amount,
    currency: charge?.currency ?? intent.currency,
    amountRefunded: state?.amountRefunded ?? 0,
    status: state?.status ?? stage,
    paidAt: state ? fromUnix(charge!.created) : null,
    failedAt: stage === 'failed' ? (extras.failedAt ?? null) : null,
    placement: intent.metadata.placement || null,
    articleSlug: intent.metadata.article || null,
    ...attributionFromMetadata(intent.metadata),
    receiptUrl: state?.receiptUrl ?? null,
    updatedAt: snapshot.fetchedAt,
  }, { locale: intent.metadata.locale });
  if (state) await recordAdjustments(tx, { contributionId, refunds: snapshot.refunds, disputes: snapshot.disputes, fetchedAt: snapshot.fetchedAt, reversedAt: extras.reversedAt });
  return `one-off gift ${intent.id} ${state?.status ?? stage}`;
}

export async function syncPaymentIntentById(ctx: SyncContext, paymentIntentId: string, extras: PaymentExtras = {}): Promise<ApplySync> {
  const snapshot = await loadPaymentIntent(ctx, paymentIntentId);
  return (tx) => applyPaymentIntent(tx, snapshot, extras);
}
