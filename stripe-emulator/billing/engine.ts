// The billing clock: renewals, failed-payment retries, cancellations at period end, session expiry.
import type Stripe from 'stripe';
import { addInterval } from '../core/clock';
import type { Context } from '../core/context';
import type { SubscriptionBilling } from '../core/store';
import { collectInvoice, createInvoice, finalizeInvoice, linesForPeriod, nextRetryAt } from './invoicing';

type Action = { at: number; run: () => void };

export function periodOf(sub: Stripe.Subscription): { start: number; end: number } {
  const item = sub.items.data[0];
  return { start: item.current_period_start, end: item.current_period_end };
}

function billingOf(ctx: Context, subId: string): SubscriptionBilling {
  return (ctx.state.internal.billing[subId] ??= { retry_invoice: null, retries_done: 0, next_retry_at: null });
}

function clockOf(sub: Stripe.Subscription): string | null {
  return (sub.test_clock as string | null) ?? null;
}

/** Ends a subscription (at period end, after failed retries, or on request) with customer.subscription.deleted. */
export function endSubscription(ctx: Context, sub: Stripe.Subscription, at: number, reason: Stripe.Subscription.CancellationDetails.Reason): void {
  sub.status = 'canceled';
  sub.ended_at = at;
  sub.canceled_at ??= at;
  sub.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason };
  delete ctx.state.internal.billing[sub.id];
  ctx.emit('customer.subscription.deleted', sub, { clock: clockOf(sub) });
}

function renew(ctx: Context, sub: Stripe.Subscription, at: number): void {
  const old = periodOf(sub);
  const recurring = sub.items.data[0].price.recurring!;
  const anchorDay = new Date(sub.billing_cycle_anchor * 1000).getUTCDate();
  const next = { start: old.end, end: addInterval(old.end, recurring.interval, recurring.interval_count, anchorDay) };
  const invoice = createInvoice(ctx, { sub, reason: 'subscription_cycle', lines: linesForPeriod(ctx, sub, next), period: old, at });
  const previous = { items: structuredClone(sub.items), latest_invoice: sub.latest_invoice };
  for (const item of sub.items.data) {
    item.current_period_start = next.start;
    item.current_period_end = next.end;
  }
  sub.latest_invoice = invoice.id;
  ctx.emit('customer.subscription.updated', sub, { previous, clock: clockOf(sub) });
  finalizeInvoice(ctx, invoice, at);
  if (invoice.status === 'paid' || collectInvoice(ctx, invoice, sub, at)) return;
  startDunning(ctx, sub, invoice, at);
}

function startDunning(ctx: Context, sub: Stripe.Subscription, invoice: Stripe.Invoice, at: number): void {
  const billing = billingOf(ctx, sub.id);
  billing.retry_invoice = invoice.id;
  billing.retries_done = 0;
  billing.next_retry_at = nextRetryAt(at, 0);
  invoice.next_payment_attempt = billing.next_retry_at;
  const previousStatus = sub.status;
  sub.status = 'past_due';
  ctx.emit('customer.subscription.updated', sub, { previous: { status: previousStatus }, clock: clockOf(sub) });
}

function retry(ctx: Context, sub: Stripe.Subscription, at: number): void {
  const billing = billingOf(ctx, sub.id);
  const invoice = billing.retry_invoice ? ctx.state.objects.invoices[billing.retry_invoice] : undefined;
  if (!invoice || invoice.status !== 'open') {
    delete ctx.state.internal.billing[sub.id];
    return;
  }
  billing.retries_done += 1;
  billing.next_retry_at = nextRetryAt(at, billing.retries_done);
  invoice.next_payment_attempt = billing.next_retry_at;
  if (collectInvoice(ctx, invoice, sub, at)) {
    delete ctx.state.internal.billing[sub.id];
    sub.status = 'active';
    ctx.emit('customer.subscription.updated', sub, { previous: { status: 'past_due' }, clock: clockOf(sub) });
    return;
  }
  if (billing.next_retry_at === null) endSubscription(ctx, sub, at, 'payment_failed');
}

function cancelAtPeriodEnd(ctx: Context, sub: Stripe.Subscription, at: number): void {
  endSubscription(ctx, sub, at, sub.cancellation_details?.reason ?? 'cancellation_requested');
}

function nextActionFor(ctx: Context, sub: Stripe.Subscription): Action | null {
  if (sub.status === 'canceled' || sub.status === 'incomplete_expired' || sub.status === 'incomplete') return null;
  const { end } = periodOf(sub);
  const billing = ctx.state.internal.billing[sub.id];
  if (sub.cancel_at !== null && (sub.cancel_at_period_end || sub.cancel_at <= end)) {
    const at = Math.min(sub.cancel_at, end);
    return { at, run: () => cancelAtPeriodEnd(ctx, sub, at) };
  }
  if (sub.status === 'past_due' && billing?.next_retry_at != null && billing.next_retry_at < end) {
    const at = billing.next_retry_at;
    return { at, run: () => retry(ctx, sub, at) };
  }
  if (sub.status === 'past_due') return null;
  return { at: end, run: () => renew(ctx, sub, end) };
}

function expireSessions(ctx: Context, now: number): void {
  for (const session of Object.values(ctx.state.objects.checkout_sessions)) {
    if (session.status !== 'open' || session.expires_at > now) continue;
    session.status = 'expired';
    session.url = null;
    ctx.emit('checkout.session.expired', session);
  }
}

/** Runs every billing action due on this clock (null = the global clock), oldest first. */
export function runBilling(ctx: Context, clock: string | null): number {
  const now = ctx.now(clock);
  let ran = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    const subs = Object.values(ctx.state.objects.subscriptions).filter((s) => clockOf(s) === clock);
    const due = subs
      .map((s) => nextActionFor(ctx, s))
      .filter((a): a is Action => a !== null && a.at <= now)
      .sort((a, b) => a.at - b.at);
    if (due.length === 0) break;
    due[0].run();
    ran += 1;
  }
  if (clock === null) expireSessions(ctx, now);
  if (ran > 0) ctx.touch();
  return ran;
}
