// Runs one piece of queued work when its clock reaches it: a debit settling, a refund failing or settling, a
// dispute closing, an incomplete subscription expiring.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { scheduleAction } from '../core/schedule';
import type { ScheduledAction } from '../core/store';
import { settleDebit } from './debits';
import { clockOf, endDunning, expireIncomplete, startDunning } from './dunning';
import { markPaid } from './invoicing';
import { closeDispute, failRefund, settleRefund } from './refunds';

/** Stripe gives an incomplete subscription 23 hours to be paid. */
const INCOMPLETE_SECONDS = 23 * 3600;

function sessionFor(ctx: Context, match: (s: Stripe.Checkout.Session) => boolean): Stripe.Checkout.Session | undefined {
  return Object.values(ctx.state.objects.checkout_sessions).find((s) => s.status === 'complete' && s.payment_status === 'unpaid' && match(s));
}

function announceSession(ctx: Context, session: Stripe.Checkout.Session | undefined, outcome: 'succeeded' | 'failed'): void {
  if (!session) return;
  if (outcome === 'succeeded') session.payment_status = 'paid';
  ctx.emit(outcome === 'succeeded' ? 'checkout.session.async_payment_succeeded' : 'checkout.session.async_payment_failed', session);
}

function settleInvoiceDebit(ctx: Context, payment: Stripe.InvoicePayment, intent: Stripe.PaymentIntent, outcome: 'succeeded' | 'failed', at: number): void {
  const invoice = ctx.state.objects.invoices[payment.invoice as string];
  const subId = invoice.parent?.subscription_details?.subscription as string | undefined;
  const sub = subId ? ctx.state.objects.subscriptions[subId] : undefined;
  const session = sessionFor(ctx, (s) => s.invoice === invoice.id);
  if (outcome === 'succeeded') {
    markPaid(ctx, invoice, at, intent);
    if (sub) endDunning(ctx, sub);
    announceSession(ctx, session, 'succeeded');
    return;
  }
  payment.status = 'canceled';
  payment.status_transitions.canceled_at = at;
  ctx.emit('invoice.payment_failed', invoice, { clock: invoice.test_clock as string | null });
  if (sub?.status === 'incomplete') {
    scheduleAction(ctx, { at: Math.max(at, sub.created + INCOMPLETE_SECONDS), clock: clockOf(sub), kind: 'expire_incomplete', target: sub.id });
  } else if (sub && sub.status !== 'canceled') startDunning(ctx, sub, invoice, at);
  announceSession(ctx, session, 'failed');
}

function settle(ctx: Context, intentId: string, clock: string | null, at: number): void {
  const intent = ctx.state.objects.payment_intents[intentId];
  if (!intent || intent.status !== 'processing') return;
  const outcome = settleDebit(ctx, intent, clock);
  const payment = Object.values(ctx.state.objects.invoice_payments).find((p) => p.payment.payment_intent === intentId && p.status === 'open');
  if (payment) settleInvoiceDebit(ctx, payment, intent, outcome, at);
  else announceSession(ctx, sessionFor(ctx, (s) => s.payment_intent === intentId), outcome);
}

export function runScheduledAction(ctx: Context, action: ScheduledAction): void {
  ctx.state.internal.scheduled = ctx.state.internal.scheduled.filter((a) => a.id !== action.id);
  switch (action.kind) {
    case 'settle_debit':
      return settle(ctx, action.target, action.clock, action.at);
    case 'fail_refund':
      return failRefund(ctx, action.target);
    case 'settle_refund':
      return settleRefund(ctx, action.target);
    case 'close_dispute':
      return closeDispute(ctx, action.target, action.outcome ?? 'lost');
    case 'expire_incomplete': {
      const sub = ctx.state.objects.subscriptions[action.target];
      if (sub) expireIncomplete(ctx, sub, action.at);
    }
  }
}
