// A one-off gift: the PaymentIntent Checkout made, recorded once it succeeded (a declined card records nothing).
import type Stripe from 'stripe';
import type { Transaction } from '@/db/client';
import { chargeState, loadRefunds } from './charge-state';
import { fromUnix, type ApplySync, type SyncContext } from './types';
import { upsertContribution } from './upsert-contribution';
import { supporterFromCustomer, upsertSupporter } from './upsert-supporter';
import { attributionFromMetadata } from './attribution-from-metadata';
import { ignoreForeign } from './ignore-foreign';
import { foreignPaymentIntentReason } from '@/lib/support/support-stripe-objects';

export type PaymentIntentSnapshot = { intent: Stripe.PaymentIntent; charge: Stripe.Charge | null; refunds: Stripe.Refund[]; fetchedAt: Date };

/** Takes the PaymentIntent when it came expanded (charge and customer) in another read, else retrieves it. */
export async function loadPaymentIntent(ctx: SyncContext, paymentIntent: string | Stripe.PaymentIntent): Promise<PaymentIntentSnapshot> {
  const fetchedAt = ctx.fetchedAt ?? new Date();
  const expanded = typeof paymentIntent !== 'string' && typeof paymentIntent.latest_charge !== 'string' && typeof paymentIntent.customer !== 'string';
  const intent = expanded
    ? paymentIntent
    : await ctx.stripe.paymentIntents.retrieve(typeof paymentIntent === 'string' ? paymentIntent : paymentIntent.id, { expand: ['latest_charge', 'customer'] });
  const charge = intent.latest_charge && typeof intent.latest_charge !== 'string' ? intent.latest_charge : null;
  const refunds = charge ? await loadRefunds(ctx, charge) : [];
  return { intent, charge, refunds, fetchedAt };
}

export type PaymentExtras = { checkoutSessionId?: string | null; disputedAt?: Date | null };

export async function applyPaymentIntent(tx: Transaction, snapshot: PaymentIntentSnapshot, extras: PaymentExtras = {}): Promise<string> {
  const { intent, charge } = snapshot;
  const reason = foreignPaymentIntentReason(intent);
  if (reason) return ignoreForeign('payment', intent.id, reason);
  if (intent.status !== 'succeeded' || !charge || charge.status !== 'succeeded') return `payment ${intent.id} not paid (${intent.status})`;
  const state = chargeState(charge, snapshot.refunds);
  const supporterId = await upsertSupporter(tx, supporterFromCustomer(intent.customer, charge.billing_details));
  await upsertContribution(tx, 'paymentIntent', {
    supporterId,
    stripePaymentIntentId: intent.id,
    stripeChargeId: state.chargeId,
    stripeCheckoutSessionId: extras.checkoutSessionId ?? null,
    frequency: 'once',
    amount: charge.amount,
    currency: charge.currency,
    amountRefunded: state.amountRefunded,
    status: state.status,
    paidAt: fromUnix(charge.created),
    failedAt: null,
    refundedAt: state.refundedAt,
    disputedAt: extras.disputedAt ?? null,
    placement: intent.metadata.placement || null,
    articleSlug: intent.metadata.article || null,
    ...attributionFromMetadata(intent.metadata),
    receiptUrl: state.receiptUrl,
    updatedAt: snapshot.fetchedAt,
  });
  return `one-off gift ${intent.id} ${state.status}`;
}

export async function syncPaymentIntentById(ctx: SyncContext, paymentIntentId: string, extras: PaymentExtras = {}): Promise<ApplySync> {
  const snapshot = await loadPaymentIntent(ctx, paymentIntentId);
  return (tx) => applyPaymentIntent(tx, snapshot, extras);
}
