// Builders for subscription and invoice objects, typed against the SDK so shapes stay Stripe's.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { newId } from '../core/ids';
import type { LineInput } from '../core/store';

export interface ItemInput {
  price: Stripe.Price;
  quantity: number;
}

function decimal(value: number): Stripe.Decimal {
  return String(value) as unknown as Stripe.Decimal;
}

export function planFromPrice(price: Stripe.Price): Stripe.Plan {
  const recurring = price.recurring!;
  return {
    id: price.id, object: 'plan', active: price.active, amount: price.unit_amount,
    amount_decimal: price.unit_amount === null ? null : decimal(price.unit_amount), billing_scheme: 'per_unit',
    created: price.created, currency: price.currency, interval: recurring.interval, interval_count: recurring.interval_count,
    livemode: false, metadata: price.metadata, meter: null, nickname: price.nickname,
    product: typeof price.product === 'string' ? price.product : price.product.id, tiers_mode: null,
    transform_usage: null, trial_period_days: null, usage_type: 'licensed',
  };
}

export function buildItem(subscriptionId: string, input: ItemInput, period: { start: number; end: number }, created: number): Stripe.SubscriptionItem {
  return {
    id: newId('si_'), object: 'subscription_item', billing_thresholds: null, created,
    current_period_end: period.end, current_period_start: period.start, current_trial: null, discounts: [],
    metadata: {}, plan: planFromPrice(input.price), price: input.price, quantity: input.quantity,
    subscription: subscriptionId, tax_rates: [],
  };
}

export interface NewSubscription {
  customer: string;
  items: ItemInput[];
  metadata: Stripe.Metadata;
  defaultPaymentMethod: string | null;
  clock: string | null;
  start: number;
  periodEnd: number;
  description?: string | null;
}

export function buildSubscription(input: NewSubscription): Stripe.Subscription {
  const id = newId('sub_');
  const period = { start: input.start, end: input.periodEnd };
  const items = input.items.map((i) => buildItem(id, i, period, input.start));
  return {
    id, object: 'subscription', application: null, application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor: input.start, billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'classic' }, billing_schedules: [], billing_thresholds: null,
    cancel_at: null, cancel_at_period_end: false, canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    collection_method: 'charge_automatically', created: input.start, currency: input.items[0].price.currency,
    customer: input.customer, customer_account: null, days_until_due: null,
    default_payment_method: input.defaultPaymentMethod, default_source: null, default_tax_rates: [],
    description: input.description ?? null, discounts: [], ended_at: null,
    invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: 'self' } },
    items: { object: 'list', data: items, has_more: false, url: `/v1/subscription_items?subscription=${id}` },
    latest_invoice: null, livemode: false, managed_payments: null, metadata: input.metadata,
    next_pending_invoice_item_invoice: null, on_behalf_of: null, pause_collection: null,
    payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
    pending_invoice_item_interval: null, pending_setup_intent: null, pending_update: null, schedule: null,
    start_date: input.start, status: 'active', test_clock: input.clock, transfer_data: null, trial_end: null,
    trial_settings: { end_behavior: { billing_cycle_anchor: null, missing_payment_method: 'create_invoice' } }, trial_start: null,
  };
}

export type { LineInput } from '../core/store';

function buildLine(invoiceId: string, subscription: Stripe.Subscription, line: LineInput): Stripe.InvoiceLineItem {
  return {
    id: newId('il_'), object: 'line_item', amount: line.amount, currency: line.price.currency,
    description: line.description, discount_amounts: [], discountable: true, discounts: [], invoice: invoiceId,
    livemode: false, metadata: { ...subscription.metadata },
    parent: {
      type: 'subscription_item_details', invoice_item_details: null,
      subscription_item_details: {
        invoice_item: null, proration: line.proration ?? false, proration_details: { credited_items: null },
        subscription: subscription.id, subscription_item: line.subscriptionItem ?? subscription.items.data[0].id,
      },
    },
    period: line.period, pretax_credit_amounts: [],
    pricing: {
      type: 'price_details', unit_amount_decimal: line.price.unit_amount_decimal,
      price_details: { price: line.price.id, product: typeof line.price.product === 'string' ? line.price.product : line.price.product.id },
    },
    quantity: line.quantity, quantity_decimal: decimal(line.quantity), subscription: subscription.id, subtotal: line.amount, taxes: [],
  };
}

export interface NewInvoice {
  subscription: Stripe.Subscription;
  customer: Stripe.Customer;
  reason: Stripe.Invoice.BillingReason;
  lines: LineInput[];
  period: { start: number; end: number };
  created: number;
}

export function buildInvoice(ctx: Context, input: NewInvoice): Stripe.Invoice {
  const id = newId('in_');
  const total = input.lines.reduce((sum, l) => sum + l.amount, 0);
  const { subscription: sub, customer } = input;
  return {
    id, object: 'invoice', account_country: 'US', account_name: 'Newsroom (emulated Stripe)', account_tax_ids: null,
    amount_due: Math.max(0, total), amount_overpaid: 0, amount_paid: 0, amount_remaining: Math.max(0, total), amount_shipping: 0,
    application: null, attempt_count: 0, attempted: false, auto_advance: true,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null, billing_reason: input.reason, collection_method: 'charge_automatically',
    created: input.created, currency: sub.currency, custom_fields: null, customer: customer.id, customer_account: null,
    customer_address: null, customer_email: customer.email, customer_name: customer.name ?? null, customer_phone: null,
    customer_shipping: null, customer_tax_exempt: 'none', customer_tax_ids: [], default_payment_method: null,
    default_source: null, default_tax_rates: [], description: null, discounts: [], due_date: null, effective_at: null,
    ending_balance: null, footer: null, from_invoice: null, hosted_invoice_url: `${ctx.publicUrl()}/invoices/${id}`,
    invoice_pdf: `${ctx.publicUrl()}/invoices/${id}?format=pdf`, issuer: { type: 'self' }, last_finalization_error: null,
    latest_revision: null,
    lines: { object: 'list', data: input.lines.map((l) => buildLine(id, sub, l)), has_more: false, url: `/v1/invoices/${id}/lines` },
    livemode: false, metadata: {}, next_payment_attempt: null, number: null, on_behalf_of: null,
    parent: {
      type: 'subscription_details', quote_details: null,
      subscription_details: { metadata: { ...sub.metadata }, subscription: sub.id },
    },
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    period_end: input.period.end, period_start: input.period.start, post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0, receipt_number: null, rendering: null, shipping_cost: null, shipping_details: null,
    starting_balance: 0, statement_descriptor: null, status: 'draft',
    status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
    subtotal: total, subtotal_excluding_tax: total, test_clock: sub.test_clock, total, total_discount_amounts: [],
    total_excluding_tax: total, total_pretax_credit_amounts: [], total_taxes: [], webhooks_delivered_at: null,
  };
}

export function buildInvoicePayment(invoice: Stripe.Invoice, intent: Stripe.PaymentIntent, at: number): Stripe.InvoicePayment {
  return {
    id: newId('inpay_'), object: 'invoice_payment', amount_paid: intent.amount_received, amount_requested: intent.amount,
    created: at, currency: intent.currency, invoice: invoice.id, is_default: true, livemode: false,
    payment: { type: 'payment_intent', payment_intent: intent.id }, status: 'paid',
    status_transitions: { canceled_at: null, paid_at: at },
  };
}

/** "€5.00 × 1 (at €5.00 / month)"-like line description Stripe writes on subscription invoices. */
export function lineDescription(quantity: number, productName: string, price: Stripe.Price): string {
  return `${quantity} × ${productName} (at ${(price.unit_amount ?? 0) / 100} ${price.currency.toUpperCase()} / ${price.recurring?.interval ?? 'once'})`;
}
