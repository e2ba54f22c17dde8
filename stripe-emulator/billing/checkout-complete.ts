// Paying a Checkout Session on the hosted page: card checks, then the payment or the subscription, then completion.
import type Stripe from 'stripe';
import { createCustomer } from '../api/customers';
import { addInterval } from '../core/clock';
import type { Context } from '../core/context';
import type { CardInfo, Decline } from '../core/store';
import { checkCard, type CardForm } from './cards';
import { checkIban, createDebitPaymentMethod, payWithMethod } from './debits';
import { collectInvoice, createInvoice, finalizeInvoice, linesForPeriod } from './invoicing';
import { buildSubscription } from './objects';
import { createPaymentMethod, recordDeclinedAttempt, type BillingContact } from './payments';

export interface CheckoutForm extends CardForm {
  email: string;
  /** 'card' (default) or 'sepa_debit'. */
  method?: string;
  iban?: string;
  /** The account holder, for a debit. */
  accountName?: string;
}

/** The payment method the customer chose, saved (on the customer, when there is one). */
type NewMethod = (customer: string | null, clock: string | null) => string;

export type CheckoutOutcome = { ok: true; redirect: string } | { ok: false; message: string; field: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function successUrl(session: Stripe.Checkout.Session): string {
  return (session.success_url ?? '').replaceAll('{CHECKOUT_SESSION_ID}', session.id);
}

function customerClock(ctx: Context, customerId: string | null): string | null {
  const c = customerId ? ctx.state.objects.customers[customerId] : undefined;
  return c && !c.deleted ? ((c.test_clock as string | null | undefined) ?? null) : null;
}

function complete(ctx: Context, session: Stripe.Checkout.Session, contact: BillingContact, paid = true): CheckoutOutcome {
  session.status = 'complete';
  // A debit is still processing: Stripe completes the session unpaid and sends async_payment_* later
  session.payment_status = paid ? 'paid' : 'unpaid';
  // Stripe only shows the URL while the session is open
  session.url = null;
  session.customer_details = {
    address: null, business_name: null, email: contact.email, individual_name: null, name: contact.name, phone: null,
    tax_exempt: 'none', tax_ids: [],
  };
  ctx.emit('checkout.session.completed', session);
  return { ok: true, redirect: successUrl(session) };
}

function ensureCustomer(ctx: Context, session: Stripe.Checkout.Session, contact: BillingContact, always: boolean): string | null {
  if (session.customer) return session.customer as string;
  if (!always) return null;
  const customer = createCustomer(ctx, { email: contact.email, name: contact.name });
  session.customer = customer.id;
  return customer.id;
}

function payOneOff(ctx: Context, session: Stripe.Checkout.Session, method: NewMethod, contact: BillingContact): CheckoutOutcome {
  const options = ctx.state.internal.session_options[session.id];
  const existing = session.payment_intent ? ctx.state.objects.payment_intents[session.payment_intent as string] : null;
  const customer = ensureCustomer(ctx, session, contact, session.customer_creation === 'always');
  const pm = method(customer, null);
  const result = payWithMethod(ctx, {
    amount: session.amount_total ?? 0, currency: session.currency ?? 'usd', customer, paymentMethod: pm,
    description: options?.payment_intent_description ?? null, metadata: options?.payment_intent_metadata ?? {},
    receiptEmail: null, clock: null, existing: existing?.status === 'succeeded' ? null : existing,
  });
  session.payment_intent = result.intent.id;
  if (result.decline) return { ok: false, message: result.decline.message, field: 'number' };
  return complete(ctx, session, contact, !result.processing);
}

function startSubscription(ctx: Context, session: Stripe.Checkout.Session, method: NewMethod, contact: BillingContact): CheckoutOutcome {
  const options = ctx.state.internal.session_options[session.id];
  const customer = ensureCustomer(ctx, session, contact, true)!;
  const clock = customerClock(ctx, customer);
  const pm = method(customer, clock);
  const items = ctx.state.internal.session_line_items[session.id].map((li) => ({ price: li.price!, quantity: li.quantity ?? 1 }));
  const start = ctx.now(clock);
  const recurring = items.find((i) => i.price.recurring)!.price.recurring!;
  const sub = buildSubscription({
    customer, items: items.filter((i) => i.price.recurring), metadata: { ...(options?.subscription_metadata ?? {}) },
    defaultPaymentMethod: pm, clock, start, periodEnd: addInterval(start, recurring.interval, recurring.interval_count),
    description: options?.subscription_description ?? null,
  });
  // A debit's first payment only settles later: until then the subscription is incomplete, as on Stripe
  if (ctx.state.internal.debits[pm]) sub.status = 'incomplete';
  ctx.state.objects.subscriptions[sub.id] = sub;
  const invoice = createInvoice(ctx, { sub, reason: 'subscription_create', lines: linesForPeriod(ctx, sub, { start, end: sub.items.data[0].current_period_end }), period: { start, end: start }, at: start });
  sub.latest_invoice = invoice.id;
  ctx.emit('customer.subscription.created', sub, { clock });
  finalizeInvoice(ctx, invoice, start);
  const processing = invoice.status !== 'paid' && collectInvoice(ctx, invoice, sub, start) === 'processing';
  session.subscription = sub.id;
  session.invoice = invoice.id;
  return complete(ctx, session, contact, !processing);
}

function declinedOneOff(ctx: Context, session: Stripe.Checkout.Session, form: CheckoutForm, decline: Decline, contact: BillingContact): CheckoutOutcome {
  const options = ctx.state.internal.session_options[session.id];
  const existing = session.payment_intent ? ctx.state.objects.payment_intents[session.payment_intent as string] : null;
  const digits = form.number.replace(/\D/g, '');
  const card: CardInfo = { brand: 'visa', last4: digits.slice(-4), exp_month: 12, exp_year: 2099, funding: 'credit', charge_decline: decline };
  const result = recordDeclinedAttempt(ctx, {
    amount: session.amount_total ?? 0, currency: session.currency ?? 'usd', customer: (session.customer as string | null) ?? null,
    description: options?.payment_intent_description ?? null, metadata: options?.payment_intent_metadata ?? {},
    receiptEmail: null, clock: null, existing,
  }, card, contact, decline);
  session.payment_intent = result.intent.id;
  return { ok: false, message: decline.message, field: 'number' };
}

/** Runs what Stripe runs when the customer presses Pay / Donate / Subscribe. */
export function submitCheckout(ctx: Context, session: Stripe.Checkout.Session, form: CheckoutForm): CheckoutOutcome {
  if (session.status !== 'open') return { ok: false, message: 'This Checkout Session is no longer active.', field: 'form' };
  const email = (session.customer_email ?? form.email).trim();
  if (!email) return { ok: false, message: 'Your email is incomplete.', field: 'email' };
  if (!EMAIL.test(email)) return { ok: false, message: 'Your email address is invalid.', field: 'email' };
  if (form.method === 'sepa_debit') return payByDebit(ctx, session, form, email);
  const contact: BillingContact = { email, name: form.name.trim() || null };
  const check = checkCard(form, ctx.now());
  if (!check.ok) {
    const isDecline = check.decline.decline_code !== null;
    if (isDecline && session.mode === 'payment') return declinedOneOff(ctx, session, form, check.decline, contact);
    return { ok: false, message: check.decline.message, field: check.field };
  }
  if (session.mode === 'subscription') {
    // The subscription only exists once its first payment succeeds
    if (check.card.charge_decline) return { ok: false, message: check.card.charge_decline.message, field: 'number' };
    return startSubscription(ctx, session, cardMethod(ctx, check.card, contact), contact);
  }
  return payOneOff(ctx, session, cardMethod(ctx, check.card, contact), contact);
}

function cardMethod(ctx: Context, card: CardInfo, contact: BillingContact): NewMethod {
  return (customer, clock) => createPaymentMethod(ctx, card, contact, customer, clock).id;
}

function payByDebit(ctx: Context, session: Stripe.Checkout.Session, form: CheckoutForm, email: string): CheckoutOutcome {
  if (!session.payment_method_types?.includes('sepa_debit')) return { ok: false, message: 'This payment method is not available.', field: 'method' };
  const check = checkIban(form.iban ?? '');
  if (!check.ok) return { ok: false, message: check.message, field: 'iban' };
  const name = form.accountName?.trim();
  if (!name) return { ok: false, message: 'Your name is incomplete.', field: 'accountName' };
  const contact: BillingContact = { email, name };
  const method: NewMethod = (customer, clock) => createDebitPaymentMethod(ctx, check.debit, contact, customer, clock).id;
  return session.mode === 'subscription' ? startSubscription(ctx, session, method, contact) : payOneOff(ctx, session, method, contact);
}
