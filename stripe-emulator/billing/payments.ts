// Payments: card payment methods, PaymentIntents and their charges, with the events Stripe sends for each step.
// A bank debit (debits.ts) shares the PaymentIntent and charge; it stays processing until it settles.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { newId, randomToken } from '../core/ids';
import type { CardInfo, Decline } from '../core/store';
import { disputeCharge } from './refunds';

export interface BillingContact {
  email: string | null;
  name: string | null;
}

export function createPaymentMethod(ctx: Context, card: CardInfo, contact: BillingContact, customer: string | null, clock: string | null): Stripe.PaymentMethod {
  const pm: Stripe.PaymentMethod = {
    id: newId('pm_'),
    object: 'payment_method',
    allow_redisplay: 'unspecified',
    billing_details: { address: null, email: contact.email, name: contact.name, phone: null, tax_id: null },
    card: {
      brand: card.brand, checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: 'US', display_brand: card.brand, exp_month: card.exp_month, exp_year: card.exp_year,
      fingerprint: randomToken(16), funding: card.funding, generated_from: null, last4: card.last4,
      networks: { available: [card.brand], preferred: null }, regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true }, wallet: null,
    },
    created: ctx.now(clock),
    customer,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
  ctx.state.objects.payment_methods[pm.id] = pm;
  ctx.state.internal.cards[pm.id] = card;
  if (customer) ctx.emit('payment_method.attached', pm, { clock });
  return pm;
}

export interface PaymentRequest {
  amount: number;
  currency: string;
  customer: string | null;
  paymentMethod: string;
  description: string | null;
  metadata: Stripe.Metadata;
  receiptEmail: string | null;
  clock: string | null;
  /** Reuse a PaymentIntent whose earlier attempt failed (Checkout retries on the same one). */
  existing?: Stripe.PaymentIntent | null;
  setupFutureUsage?: 'off_session' | null;
}

export interface PaymentResult {
  intent: Stripe.PaymentIntent;
  charge: Stripe.Charge;
  decline: Decline | null;
  /** A bank debit: submitted, not yet settled. */
  processing?: boolean;
}

export function newPaymentIntent(ctx: Context, req: PaymentRequest): Stripe.PaymentIntent {
  const id = newId('pi_');
  const intent: Stripe.PaymentIntent = {
    id, object: 'payment_intent', allowed_payment_method_types: null, amount: req.amount, amount_capturable: 0,
    amount_details: { tip: {} }, amount_received: 0, application: null, application_fee_amount: null,
    automatic_payment_methods: null, canceled_at: null, cancellation_reason: null, capture_method: 'automatic',
    client_secret: `${id}_secret_${randomToken(24)}`, confirmation_method: 'automatic', created: ctx.now(req.clock),
    currency: req.currency, customer: req.customer, customer_account: null, description: req.description,
    excluded_payment_method_types: null, last_payment_error: null, latest_charge: null, livemode: false,
    managed_payments: null, metadata: { ...req.metadata }, next_action: null, on_behalf_of: null, payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' } },
    payment_method_types: ctx.state.internal.debits[req.paymentMethod] ? ['sepa_debit'] : ['card'], payment_record: null, processing: null, receipt_email: req.receiptEmail, review: null,
    setup_future_usage: req.setupFutureUsage ?? null, shipping: null, source: null, statement_descriptor: null,
    statement_descriptor_suffix: null, status: 'requires_payment_method', transfer_data: null, transfer_group: null,
  };
  ctx.state.objects.payment_intents[id] = intent;
  ctx.emit('payment_intent.created', intent, { clock: req.clock });
  return intent;
}

export interface ChargeOutcome {
  status: 'succeeded' | 'failed' | 'pending';
  decline: Decline | null;
  details: Stripe.Charge.PaymentMethodDetails;
}

/** A charge as Stripe writes it; a pending one (a bank debit) is captured but not yet paid. */
export function newCharge(ctx: Context, req: PaymentRequest, intent: Stripe.PaymentIntent, outcome: ChargeOutcome): Stripe.Charge {
  const id = newId('ch_');
  const pm = ctx.state.objects.payment_methods[req.paymentMethod];
  const { decline, status } = outcome;
  const ok = status === 'succeeded';
  const charge: Stripe.Charge = {
    id, object: 'charge', amount: req.amount, amount_captured: status === 'failed' ? 0 : req.amount, amount_refunded: 0,
    application: null, application_fee: null, application_fee_amount: null,
    balance_transaction: status === 'failed' ? null : newId('txn_'),
    billing_details: pm?.billing_details ?? { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: 'NEWSROOM', captured: status !== 'failed', created: ctx.now(req.clock), currency: req.currency,
    customer: req.customer, description: req.description, disputed: false, failure_balance_transaction: null,
    failure_code: decline?.code ?? null, failure_message: decline?.message ?? null, fraud_details: {}, livemode: false,
    metadata: { ...req.metadata }, on_behalf_of: null,
    outcome: {
      advice_code: null, network_advice_code: null, network_decline_code: null,
      network_status: status === 'failed' ? 'declined_by_network' : 'approved_by_network',
      reason: decline?.decline_code ?? null, risk_level: 'normal', risk_score: 20,
      seller_message: status === 'failed' ? 'The bank did not return any further details with this decline.' : status === 'pending' ? 'The payment is pending.' : 'Payment complete.',
      type: status === 'failed' ? 'issuer_declined' : 'authorized',
    },
    paid: ok, payment_intent: intent.id, payment_method: req.paymentMethod,
    payment_method_details: outcome.details,
    receipt_email: req.receiptEmail, receipt_number: null,
    receipt_url: status === 'failed' ? null : `${ctx.publicUrl()}/receipts/${id}`,
    // charge.refunds is only returned when expanded at this API version (see api/index.ts)
    refunded: false, review: null, shipping: null, source: null, source_transfer: null, statement_descriptor: null,
    statement_descriptor_suffix: null, status, transfer_data: null, transfer_group: null,
  };
  ctx.state.objects.charges[id] = charge;
  return charge;
}

function cardDetails(card: CardInfo, amount: number, ok: boolean): Stripe.Charge.PaymentMethodDetails {
  return {
    type: 'card',
    card: {
      amount_authorized: ok ? amount : null, authorization_code: ok ? '123456' : null, brand: card.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' }, country: 'US',
      electronic_commerce_indicator: null, exp_month: card.exp_month, exp_year: card.exp_year, funding: card.funding,
      installments: null, last4: card.last4, mandate: null, network: card.brand, network_transaction_id: null,
      regulated_status: 'unregulated', three_d_secure: null, transaction_link_id: null, wallet: null,
    },
  };
}

/** Confirms a PaymentIntent with a saved card: one charge, succeeded or failed, and the matching events. */
export function payWithCard(ctx: Context, req: PaymentRequest): PaymentResult {
  const card = ctx.state.internal.cards[req.paymentMethod];
  const intent = req.existing ?? newPaymentIntent(ctx, req);
  const decline = card.charge_decline;
  const charge = newCharge(ctx, req, intent, { status: decline ? 'failed' : 'succeeded', decline, details: cardDetails(card, req.amount, !decline) });
  intent.latest_charge = charge.id;
  intent.payment_method = req.paymentMethod;
  if (decline) {
    intent.status = 'requires_payment_method';
    intent.last_payment_error = {
      type: 'card_error', code: decline.code, decline_code: decline.decline_code ?? undefined, message: decline.message,
      charge: charge.id, doc_url: `https://stripe.com/docs/error-codes/${decline.code.replace(/_/g, '-')}`,
      payment_method: ctx.state.objects.payment_methods[req.paymentMethod],
    };
    ctx.emit('charge.failed', charge, { clock: req.clock });
    ctx.emit('payment_intent.payment_failed', intent, { clock: req.clock });
  } else {
    intent.status = 'succeeded';
    intent.amount_received = req.amount;
    intent.last_payment_error = null;
    ctx.emit('charge.succeeded', charge, { clock: req.clock });
    ctx.emit('payment_intent.succeeded', intent, { clock: req.clock });
    if (card.dispute_on_charge) disputeCharge(ctx, charge);
  }
  return { intent, charge, decline };
}

/** A declined card typed into Checkout still leaves a PaymentIntent and a failed charge behind. */
export function recordDeclinedAttempt(ctx: Context, req: Omit<PaymentRequest, 'paymentMethod'>, card: CardInfo, contact: BillingContact, decline: Decline): PaymentResult {
  const pm = createPaymentMethod(ctx, { ...card, charge_decline: decline }, contact, null, req.clock);
  return payWithCard(ctx, { ...req, paymentMethod: pm.id });
}
