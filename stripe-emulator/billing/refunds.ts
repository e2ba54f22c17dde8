// Refunds (full and partial) and disputes on charges.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { invalidRequest } from '../core/errors';
import { newId } from '../core/ids';

export interface RefundRequest {
  charge: Stripe.Charge;
  amount?: number;
  reason?: Stripe.Refund.Reason;
  metadata: Stripe.Metadata;
}

export function refundCharge(ctx: Context, req: RefundRequest): Stripe.Refund {
  const { charge } = req;
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
    reason: req.reason ?? null, receipt_number: null, source_transfer_reversal: null, status: 'succeeded', transfer_reversal: null,
  };
  ctx.state.objects.refunds[refund.id] = refund;
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  if (charge.refunds) charge.refunds.data.unshift(refund);
  ctx.emit('refund.created', refund);
  ctx.emit('charge.refunded', charge, { previous });
  return refund;
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
