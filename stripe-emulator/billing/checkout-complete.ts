// Paying a Checkout Session on the hosted page: card checks, then the payment or the subscription, then completion.
import type Stripe from 'stripe';
import { createCustomer } from '../api/customers';
import { addInterval } from '../core/clock';
import type { Context } from '../core/context';
import type { CardInfo, Decline } from '../core/store';
import { checkCard, type CardForm } from './cards';
import { collectInvoice, createInvoice, finalizeInvoice, linesForPeriod } from './invoicing';
import { buildSubscription } from './objects';
import { createPaymentMethod, payWithCard, recordDeclinedAttempt, type BillingContact } from './payments';

export interface CheckoutForm extends CardForm {
  email: string;
}

export type CheckoutOutcome = { ok: true; redirect: string } | { ok: false; message: string; field: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function successUrl(session: Stripe.Checkout.Session): string {
  return (session.success_url ?? '').replaceAll('{CHECKOUT_SESSION_ID}', session.id);
}

function customerClock(ctx: Context, customerId: string | null): string | null {
  const c = customerId ? ctx.state.objects.customers[customerId] : undefined;
  return c && !c.deleted ? ((c.test_clock as string | null | undefined) ?? null) : null;
}

function complete(ctx: Context, session: Stripe.Checkout.Session, contact: BillingContact): CheckoutOutcome {
  session.status = 'complete';
  session.payment_status = 'paid';
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

function payOneOff(ctx: Context, session: Stripe.Checkout.Session, card: CardInfo, contact: BillingContact): CheckoutOutcome {
  const options = ctx.state.internal.session_options[session.id];
  const existing = session.payment_intent ? ctx.state.objects.payment_intents[session.payment_intent as string] : null;
  const customer = ensureCustomer(ctx, session, contact, session.customer_creation === 'always');
  const pm = createPaymentMethod(ctx, card, contact, customer, null);
  const result = payWithCard(ctx, {
    amount: session.amount_total ?? 0, currency: session.currency ?? 'usd', customer, paymentMethod: pm.id,
    description: options?.payment_intent_description ?? null, metadata: options?.payment_intent_metadata ?? {},
    receiptEmail: null, clock: null, existing: existing?.status === 'succeeded' ? null : existing,
  });
  session.payment_intent = result.intent.id;
  if (result.decline) return { ok: false, message: result.decline.message, field: 'number' };
  return complete(ctx, session, contact);
}

function startSubscription(ctx: Context, session: Stripe.Checkout.Session, card: CardInfo, contact: BillingContact): CheckoutOutcome {
  const options = ctx.state.internal.session_options[session.id];
  const customer = ensureCustomer(ctx, session, contact, true)!;
  const clock = customerClock(ctx, customer);
  const pm = createPaymentMethod(ctx, card, contact, customer, clock);
  const items = ctx.state.internal.session_line_items[session.id].map((li) => ({ price: li.price!, quantity: li.quantity ?? 1 }));
  const start = ctx.now(clock);
  const recurring = items.find((i) => i.price.recurring)!.price.recurring!;
  const sub = buildSubscription({
    customer, items: items.filter((i) => i.price.recurring), metadata: { ...(options?.subscription_metadata ?? {}) },
    defaultPaymentMethod: pm.id, clock, start, periodEnd: addInterval(start, recurring.interval, recurring.interval_count),
    description: options?.subscription_description ?? null,
  });
  ctx.state.objects.subscriptions[sub.id] = sub;
  const invoice = createInvoice(ctx, { sub, reason: 'subscription_create', lines: linesForPeriod(ctx, sub, { start, end: sub.items.data[0].current_period_end }), period: { start, end: start }, at: start });
  sub.latest_invoice = invoice.id;
  ctx.emit('customer.subscription.created', sub, { clock });
  finalizeInvoice(ctx, invoice, start);
  if (invoice.status !== 'paid') collectInvoice(ctx, invoice, sub, start);
  session.subscription = sub.id;
  session.invoice = invoice.id;
  return complete(ctx, session, contact);
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
    return startSubscription(ctx, session, check.card, contact);
  }
  return payOneOff(ctx, session, check.card, contact);
}
