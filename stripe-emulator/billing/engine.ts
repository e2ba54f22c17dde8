// The billing clock: renewals, failed-payment retries, cancellations at period end, session expiry and the work
// queued for later (debits settling, refunds failing, disputes closing). Each step runs as of its own time.
import type Stripe from 'stripe';
import { addInterval } from '../core/clock';
import type { Context } from '../core/context';
import { billingOf, clockOf, endDunning, endSubscription, startDunning } from './dunning';
import { collectInvoice, createInvoice, finalizeInvoice, linesForPeriod } from './invoicing';
import { runScheduledAction } from './scheduled';
import { expireSession } from './session-expiry';

type Action = { at: number; order: number; run: () => void };

export { endSubscription };

export function periodOf(sub: Stripe.Subscription): { start: number; end: number } {
  const item = sub.items.data[0];
  return { start: item.current_period_start, end: item.current_period_end };
}

/** Lines queued by earlier changes (create_prorations) go onto the next invoice. */
function takePendingLines(ctx: Context, sub: Stripe.Subscription) {
  const pending = ctx.state.internal.pending_lines[sub.id] ?? [];
  delete ctx.state.internal.pending_lines[sub.id];
  return pending;
}

function renew(ctx: Context, sub: Stripe.Subscription, at: number): void {
  const old = periodOf(sub);
  const recurring = sub.items.data[0].price.recurring!;
  const anchorDay = new Date(sub.billing_cycle_anchor * 1000).getUTCDate();
  const next = { start: old.end, end: addInterval(old.end, recurring.interval, recurring.interval_count, anchorDay) };
  const lines = [...takePendingLines(ctx, sub), ...linesForPeriod(ctx, sub, next)];
  const invoice = createInvoice(ctx, { sub, reason: 'subscription_cycle', lines, period: old, at });
  const previous = { items: structuredClone(sub.items), latest_invoice: sub.latest_invoice };
  for (const item of sub.items.data) {
    item.current_period_start = next.start;
    item.current_period_end = next.end;
  }
  sub.latest_invoice = invoice.id;
  ctx.emit('customer.subscription.updated', sub, { previous, clock: clockOf(sub) });
  finalizeInvoice(ctx, invoice, at);
  if (invoice.status === 'paid') return;
  if (collectInvoice(ctx, invoice, sub, at) === 'failed') startDunning(ctx, sub, invoice, at);
}

function retry(ctx: Context, sub: Stripe.Subscription, at: number): void {
  const billing = billingOf(ctx, sub.id);
  const invoice = billing.retry_invoice ? ctx.state.objects.invoices[billing.retry_invoice] : undefined;
  if (!invoice || invoice.status !== 'open') {
    delete ctx.state.internal.billing[sub.id];
    return;
  }
  billing.retries_done += 1;
  billing.next_retry_at = null;
  const outcome = collectInvoice(ctx, invoice, sub, at);
  if (outcome === 'paid') endDunning(ctx, sub);
  else if (outcome === 'failed') startDunning(ctx, sub, invoice, at);
}

function subscriptionAction(ctx: Context, sub: Stripe.Subscription): Action | null {
  if (sub.status === 'canceled' || sub.status === 'incomplete_expired' || sub.status === 'incomplete') return null;
  const { end } = periodOf(sub);
  const billing = ctx.state.internal.billing[sub.id];
  if (sub.cancel_at !== null && (sub.cancel_at_period_end || sub.cancel_at <= end)) {
    const at = Math.min(sub.cancel_at, end);
    return { at, order: 1, run: () => endSubscription(ctx, sub, at, sub.cancellation_details?.reason ?? 'cancellation_requested') };
  }
  if (sub.status === 'past_due' && billing?.next_retry_at != null && billing.next_retry_at < end) {
    const at = billing.next_retry_at;
    return { at, order: 1, run: () => retry(ctx, sub, at) };
  }
  if (sub.status === 'past_due') return null;
  return { at: end, order: 1, run: () => renew(ctx, sub, end) };
}

function dueActions(ctx: Context, clock: string | null): Action[] {
  const actions: Action[] = [];
  for (const sub of Object.values(ctx.state.objects.subscriptions)) {
    if (clockOf(sub) !== clock) continue;
    const action = subscriptionAction(ctx, sub);
    if (action) actions.push(action);
  }
  for (const scheduled of ctx.state.internal.scheduled) {
    if (scheduled.clock !== clock) continue;
    actions.push({ at: scheduled.at, order: 0, run: () => runScheduledAction(ctx, scheduled) });
  }
  if (clock === null) {
    for (const session of Object.values(ctx.state.objects.checkout_sessions)) {
      if (session.status === 'open') actions.push({ at: session.expires_at, order: 2, run: () => expireSession(ctx, session) });
    }
  }
  return actions;
}

/** Runs every action due on this clock (null = the global clock) oldest first, each stamped with its own time. */
export function runBilling(ctx: Context, clock: string | null): number {
  const now = ctx.now(clock);
  let ran = 0;
  for (let guard = 0; guard < 100_000; guard++) {
    let next: Action | null = null;
    for (const action of dueActions(ctx, clock)) {
      if (action.at > now) continue;
      if (!next || action.at < next.at || (action.at === next.at && action.order < next.order)) next = action;
    }
    if (!next) break;
    ctx.at(clock, next.at, next.run);
    ran += 1;
  }
  if (ran > 0) ctx.touch();
  return ran;
}
