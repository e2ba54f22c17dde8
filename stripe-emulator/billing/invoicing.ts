// Subscription invoices: create, finalize, and collect payment with the customer's saved card.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { idOf } from '../api/shared';
import { payWithMethod } from './debits';
import { buildInvoice, buildInvoicePayment, lineDescription, type LineInput } from './objects';

const DAY = 86_400;
/** Days after the previous failed attempt when Stripe's retry schedule tries again; then the subscription is canceled. */
export const RETRY_DAYS = [3, 5, 7];

export function productName(ctx: Context, price: Stripe.Price): string {
  const id = typeof price.product === 'string' ? price.product : price.product.id;
  return ctx.state.objects.products[id]?.name ?? 'Subscription';
}

export function linesForPeriod(ctx: Context, sub: Stripe.Subscription, period: { start: number; end: number }): LineInput[] {
  return sub.items.data.map((item) => ({
    amount: (item.price.unit_amount ?? 0) * (item.quantity ?? 1),
    description: lineDescription(item.quantity ?? 1, productName(ctx, item.price), item.price),
    price: item.price,
    quantity: item.quantity ?? 1,
    period,
    subscriptionItem: item.id,
  }));
}

export interface InvoiceRequest {
  sub: Stripe.Subscription;
  reason: Stripe.Invoice.BillingReason;
  lines: LineInput[];
  period: { start: number; end: number };
  at: number;
}

/** Creates a draft invoice (invoice.created); finalize separately so events interleave as Stripe's do. */
export function createInvoice(ctx: Context, req: InvoiceRequest): Stripe.Invoice {
  const customer = ctx.state.objects.customers[idOf(req.sub.customer)!] as Stripe.Customer;
  const invoice = buildInvoice(ctx, { subscription: req.sub, customer, reason: req.reason, lines: req.lines, period: req.period, created: req.at });
  ctx.state.objects.invoices[invoice.id] = invoice;
  ctx.emit('invoice.created', invoice, { clock: req.sub.test_clock as string | null });
  return invoice;
}

/** A customer's credit balance (negative) pays for invoices first; an invoice that nets negative adds to it. */
function applyCustomerBalance(ctx: Context, invoice: Stripe.Invoice, customer: Stripe.Customer): void {
  const balance = customer.balance ?? 0;
  const due = invoice.total + balance;
  invoice.starting_balance = balance;
  invoice.ending_balance = due < 0 ? due : 0;
  invoice.amount_due = Math.max(0, due);
  invoice.amount_remaining = invoice.amount_due;
  if (balance === invoice.ending_balance) return;
  customer.balance = invoice.ending_balance;
  ctx.emit('customer.updated', customer, { previous: { balance }, clock: invoice.test_clock as string | null });
}

export function finalizeInvoice(ctx: Context, invoice: Stripe.Invoice, at: number): void {
  const customer = ctx.state.objects.customers[idOf(invoice.customer)!] as Stripe.Customer;
  applyCustomerBalance(ctx, invoice, customer);
  ctx.state.internal.invoice_counter += 1;
  const seq = customer.next_invoice_sequence ?? 1;
  customer.next_invoice_sequence = seq + 1;
  invoice.number = `${customer.invoice_prefix ?? 'INV'}-${String(seq).padStart(4, '0')}`;
  invoice.status = 'open';
  invoice.effective_at = at;
  invoice.status_transitions.finalized_at = at;
  if (invoice.amount_due === 0) {
    markPaid(ctx, invoice, at, null);
    return;
  }
  ctx.emit('invoice.finalized', invoice, { clock: invoice.test_clock as string | null });
}

export function markPaid(ctx: Context, invoice: Stripe.Invoice, at: number, intent: Stripe.PaymentIntent | null): void {
  invoice.status = 'paid';
  invoice.amount_paid = invoice.amount_due;
  invoice.amount_remaining = 0;
  invoice.attempted = true;
  invoice.next_payment_attempt = null;
  invoice.status_transitions.paid_at = at;
  if (intent) {
    const open = Object.values(ctx.state.objects.invoice_payments).find((p) => p.invoice === invoice.id && p.payment.payment_intent === intent.id);
    const payment = open ?? buildInvoicePayment(invoice, intent, at);
    Object.assign(payment, { status: 'paid', amount_paid: intent.amount_received, status_transitions: { canceled_at: null, paid_at: at } });
    ctx.state.objects.invoice_payments[payment.id] = payment;
  }
  const clock = invoice.test_clock as string | null;
  ctx.emit('invoice.paid', invoice, { clock });
  ctx.emit('invoice.payment_succeeded', invoice, { clock });
}

export function paymentMethodFor(ctx: Context, sub: Stripe.Subscription): string | null {
  const usable = (pm: string | null) => Boolean(pm && (ctx.state.internal.cards[pm] || ctx.state.internal.debits[pm]));
  const own = idOf(sub.default_payment_method as string | null);
  if (usable(own)) return own;
  const customer = ctx.state.objects.customers[idOf(sub.customer)!];
  if (!customer || customer.deleted) return null;
  const fallback = idOf(customer.invoice_settings.default_payment_method as string | null);
  return usable(fallback) ? fallback : null;
}

export type Collection = 'paid' | 'failed' | 'processing';

/** Charges the invoice's amount with the subscription's payment method: paid, failed, or (a debit) processing. */
export function collectInvoice(ctx: Context, invoice: Stripe.Invoice, sub: Stripe.Subscription, at: number): Collection {
  const clock = invoice.test_clock as string | null;
  const pm = paymentMethodFor(ctx, sub);
  invoice.attempt_count += 1;
  invoice.attempted = true;
  if (!pm) {
    ctx.emit('invoice.payment_failed', invoice, { clock });
    return 'failed';
  }
  const reuse = lastIntentOf(ctx, invoice);
  const result = payWithMethod(ctx, {
    amount: invoice.amount_remaining, currency: invoice.currency, customer: idOf(invoice.customer), paymentMethod: pm,
    description: invoice.billing_reason === 'subscription_create' ? 'Subscription creation' : 'Subscription update',
    metadata: {}, receiptEmail: invoice.customer_email, clock, existing: reuse,
  });
  pendingIntents.set(invoice.id, result.intent.id);
  if (result.processing) {
    const payment = buildInvoicePayment(invoice, result.intent, at);
    Object.assign(payment, { status: 'open', amount_paid: null, status_transitions: { canceled_at: null, paid_at: null } });
    ctx.state.objects.invoice_payments[payment.id] = payment;
    return 'processing';
  }
  if (!result.decline) {
    markPaid(ctx, invoice, at, result.intent);
    return 'paid';
  }
  ctx.emit('invoice.payment_failed', invoice, { clock });
  return 'failed';
}

/** Stripe retries an invoice on the same PaymentIntent. */
const pendingIntents = new Map<string, string>();

function lastIntentOf(ctx: Context, invoice: Stripe.Invoice): Stripe.PaymentIntent | null {
  const id = pendingIntents.get(invoice.id);
  const intent = id ? ctx.state.objects.payment_intents[id] : undefined;
  return intent && intent.status !== 'succeeded' ? intent : null;
}

export function nextRetryAt(at: number, retriesDone: number): number | null {
  const days = RETRY_DAYS[retriesDone];
  return days === undefined ? null : at + days * DAY;
}
