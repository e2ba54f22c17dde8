// What happens after a subscription payment: failed renewals enter dunning (past_due, retries), a paid retry ends it.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import type { SubscriptionBilling } from '../core/store';
import { nextRetryAt } from './invoicing';

export function clockOf(sub: Stripe.Subscription): string | null {
  return (sub.test_clock as string | null) ?? null;
}

export function billingOf(ctx: Context, subId: string): SubscriptionBilling {
  return (ctx.state.internal.billing[subId] ??= { retry_invoice: null, retries_done: 0, next_retry_at: null });
}

/** Ends a subscription (at period end, after failed retries, or on request) with customer.subscription.deleted. */
export function endSubscription(ctx: Context, sub: Stripe.Subscription, at: number, reason: Stripe.Subscription.CancellationDetails.Reason): void {
  sub.status = 'canceled';
  sub.ended_at = at;
  sub.canceled_at ??= at;
  sub.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason };
  delete ctx.state.internal.billing[sub.id];
  delete ctx.state.internal.pending_lines[sub.id];
  ctx.emit('customer.subscription.deleted', sub, { clock: clockOf(sub) });
}

/** A renewal's payment failed: past_due and Stripe's retry schedule starts, or goes on; after the last try it ends. */
export function startDunning(ctx: Context, sub: Stripe.Subscription, invoice: Stripe.Invoice, at: number): void {
  const billing = billingOf(ctx, sub.id);
  if (billing.retry_invoice !== invoice.id) {
    billing.retry_invoice = invoice.id;
    billing.retries_done = 0;
  }
  billing.next_retry_at = nextRetryAt(at, billing.retries_done);
  invoice.next_payment_attempt = billing.next_retry_at;
  if (billing.next_retry_at === null) {
    endSubscription(ctx, sub, at, 'payment_failed');
    return;
  }
  if (sub.status === 'past_due') return;
  const previousStatus = sub.status;
  sub.status = 'past_due';
  ctx.emit('customer.subscription.updated', sub, { previous: { status: previousStatus }, clock: clockOf(sub) });
}

/** A retried (or settled) payment went through: the subscription is active again. */
export function endDunning(ctx: Context, sub: Stripe.Subscription): void {
  delete ctx.state.internal.billing[sub.id];
  if (sub.status !== 'past_due' && sub.status !== 'incomplete') return;
  const previousStatus = sub.status;
  sub.status = 'active';
  ctx.emit('customer.subscription.updated', sub, { previous: { status: previousStatus }, clock: clockOf(sub) });
}

/** An incomplete subscription whose first payment never arrived: incomplete_expired, its invoice voided. */
export function expireIncomplete(ctx: Context, sub: Stripe.Subscription, at: number): void {
  if (sub.status !== 'incomplete') return;
  const clock = clockOf(sub);
  const invoice = sub.latest_invoice ? ctx.state.objects.invoices[sub.latest_invoice as string] : undefined;
  if (invoice && invoice.status === 'open') {
    invoice.status = 'void';
    invoice.status_transitions.voided_at = at;
    ctx.emit('invoice.voided', invoice, { clock });
  }
  sub.status = 'incomplete_expired';
  sub.ended_at = at;
  sub.canceled_at = at;
  delete ctx.state.internal.billing[sub.id];
  ctx.emit('customer.subscription.updated', sub, { previous: { status: 'incomplete', ended_at: null, canceled_at: null }, clock });
}
