// Refunds (full and partial; a debit's stays pending until it settles; Stripe's 5126 card's fails later) and disputes
// (opened, answered with evidence, closed won or lost).
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { invalidRequest } from '../core/errors';
import { newId } from '../core/ids';
import { scheduleAction } from '../core/schedule';

/** How long after it is made a refund settles (a debit's) or fails (Stripe's test card 4000 0000 0000 5126). */
export const REFUND_SETTLEMENT_SECONDS = 3600;
/** How long a dispute with Stripe's winning_evidence / losing_evidence stays under review. */
export const DISPUTE_REVIEW_SECONDS = 86_400;

export interface RefundRequest {
  charge: Stripe.Charge;
  amount?: number;
  reason?: Stripe.Refund.Reason;
  metadata: Stripe.Metadata;
}

export function refundCharge(ctx: Context, req: RefundRequest): Stripe.Refund {
  const { charge } = req;
  const debit = Boolean(ctx.state.internal.debits[charge.payment_method ?? '']);
  if (charge.status !== 'succeeded') throw invalidRequest(`Charge ${charge.id} has not been captured or has failed.`, 'charge');
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, 'charge', 'charge_already_refunded');
  const amount = req.amount ?? remaining;
  if (amount <= 0) throw invalidRequest('Invalid positive integer', 'amount');
  if (amount > remaining) {
    throw invalidRequest(`Refund amount (${amount / 100} ${charge.currency.toUpperCase()}) is greater than unrefunded amount on charge (${remaining / 100} ${charge.currency.toUpperCase()})`, 'amount', 'amount_too_large');
  }
  const refund: Stripe.Refund = {
    id: newId('re_'), object: 'refund', amount, balance_transaction: newId('txn_'), charge: charge.id,
    created: ctx.now(), currency: charge.currency, customer: charge.customer, customer_account: null,
    destination_details: { type: 'card', card: { reference: '1234567890', reference_status: 'available', reference_type: 'acquirer_reference_number', type: 'refund' } },
    metadata: req.metadata, payment_intent: charge.payment_intent, payment_method: charge.payment_method,
    reason: req.reason ?? null, receipt_number: null, source_transfer_reversal: null, status: debit ? 'pending' : 'succeeded', transfer_reversal: null,
  };
  ctx.state.objects.refunds[refund.id] = refund;
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  ctx.emit('refund.created', refund);
  ctx.emit('charge.refunded', charge, { previous });
  const later = debit ? 'settle_refund' : ctx.state.internal.cards[charge.payment_method ?? '']?.refunds_fail ? 'fail_refund' : null;
  if (later) scheduleAction(ctx, { at: refund.created + REFUND_SETTLEMENT_SECONDS, clock: null, kind: later, target: refund.id });
  return refund;
}

function updateRefund(ctx: Context, refund: Stripe.Refund, changes: Partial<Stripe.Refund>): void {
  const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, refund[k as keyof Stripe.Refund] ?? null]));
  Object.assign(refund, changes);
  ctx.emit('refund.updated', refund, { previous });
  ctx.emit('charge.refund.updated', refund, { previous });
}

export function settleRefund(ctx: Context, refundId: string): void {
  const refund = ctx.state.objects.refunds[refundId];
  if (refund?.status === 'pending') updateRefund(ctx, refund, { status: 'succeeded' });
}

/** The money could not be returned: the refund fails and the charge counts it as unrefunded again. */
export function failRefund(ctx: Context, refundId: string): void {
  const refund = ctx.state.objects.refunds[refundId];
  if (!refund || refund.status === 'failed' || refund.status === 'canceled') return;
  const charge = ctx.state.objects.charges[refund.charge as string];
  if (charge) {
    charge.amount_refunded -= refund.amount;
    charge.refunded = charge.amount_refunded >= charge.amount && charge.amount > 0;
  }
  updateRefund(ctx, refund, { status: 'failed', failure_reason: 'expired_or_canceled_card', failure_balance_transaction: newId('txn_') });
  ctx.emit('refund.failed', refund);
}

export function disputeCharge(ctx: Context, charge: Stripe.Charge, reason = 'fraudulent'): Stripe.Dispute {
  if (charge.status !== 'succeeded') throw invalidRequest(`Charge ${charge.id} cannot be disputed.`, 'charge');
  const now = ctx.now();
  const dispute: Stripe.Dispute = {
    id: newId('dp_'), object: 'dispute', amount: charge.amount - charge.amount_refunded, balance_transactions: [],
    charge: charge.id, created: now, currency: charge.currency, enhanced_eligibility_types: [],
    evidence: {
      access_activity_log: null, billing_address: null, cancellation_policy: null, cancellation_policy_disclosure: null,
      cancellation_rebuttal: null, customer_communication: null, customer_email_address: null, customer_name: null,
      customer_purchase_ip: null, customer_signature: null, duplicate_charge_documentation: null,
      duplicate_charge_explanation: null, duplicate_charge_id: null, enhanced_evidence: {}, product_description: null,
      receipt: null, refund_policy: null, refund_policy_disclosure: null, refund_refusal_explanation: null,
      service_date: null, service_documentation: null, shipping_address: null, shipping_carrier: null, shipping_date: null,
      shipping_documentation: null, shipping_tracking_number: null, uncategorized_file: null, uncategorized_text: null,
    },
    evidence_details: { due_by: now + 7 * 86_400, enhanced_eligibility: {}, has_evidence: false, past_due: false, submission_count: 0, submission_method: 'manual' },
    intended_submission_method: null, is_charge_refundable: false, livemode: false, metadata: {},
    payment_intent: charge.payment_intent, reason, status: 'needs_response',
  };
  ctx.state.objects.disputes[dispute.id] = dispute;
  charge.disputed = true;
  ctx.emit('charge.dispute.created', dispute);
  ctx.emit('charge.dispute.funds_withdrawn', dispute);
  return dispute;
}

export function closeDispute(ctx: Context, disputeId: string, outcome: 'won' | 'lost'): void {
  const dispute = ctx.state.objects.disputes[disputeId];
  if (!dispute || dispute.status === 'won' || dispute.status === 'lost') return;
  const previous = { status: dispute.status };
  dispute.status = outcome;
  if (outcome === 'won') ctx.emit('charge.dispute.funds_reinstated', dispute);
  ctx.emit('charge.dispute.closed', dispute, { previous });
}

export interface DisputeUpdate {
  evidence?: Partial<Stripe.Dispute.Evidence>;
  metadata?: Stripe.Metadata;
  submit?: boolean;
}

/** Evidence is saved and (unless submit=false) submitted; Stripe's winning_evidence / losing_evidence decide the outcome. */
export function updateDispute(ctx: Context, dispute: Stripe.Dispute, update: DisputeUpdate): Stripe.Dispute {
  if (dispute.status === 'won' || dispute.status === 'lost') throw invalidRequest(`This dispute is already closed.`, undefined);
  const previous: Record<string, unknown> = { evidence: { ...dispute.evidence }, status: dispute.status };
  dispute.evidence = { ...dispute.evidence, ...(update.evidence ?? {}) };
  if (update.metadata) dispute.metadata = { ...dispute.metadata, ...update.metadata };
  if (update.submit !== false) {
    dispute.status = 'under_review';
    dispute.evidence_details = { ...dispute.evidence_details, has_evidence: true, submission_count: dispute.evidence_details.submission_count + 1 };
    const text = dispute.evidence.uncategorized_text;
    const outcome = text === 'winning_evidence' ? 'won' : text === 'losing_evidence' ? 'lost' : null;
    if (outcome) scheduleAction(ctx, { at: ctx.now() + DISPUTE_REVIEW_SECONDS, clock: null, kind: 'close_dispute', target: dispute.id, outcome });
  }
  ctx.emit('charge.dispute.updated', dispute, { previous });
  return dispute;
}

/** Closing a dispute through the API accepts it: the dispute is lost. */
export function acceptDispute(ctx: Context, dispute: Stripe.Dispute): Stripe.Dispute {
  if (dispute.status === 'won' || dispute.status === 'lost') throw invalidRequest(`This dispute is already closed.`, undefined);
  closeDispute(ctx, dispute.id, 'lost');
  return dispute;
}
