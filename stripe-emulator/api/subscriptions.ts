// Subscriptions: retrieve, list, update (cancel_at_period_end, metadata, price, payment method), cancel.
import type Stripe from 'stripe';
import { startDunning } from '../billing/dunning';
import { endSubscription, periodOf } from '../billing/engine';
import { collectInvoice, createInvoice, finalizeInvoice } from '../billing/invoicing';
import { planChange, prorationDate, resolveItemChanges, type ItemParam, type ProrationBehavior } from '../billing/item-changes';
import { buildItem, planFromPrice } from '../billing/objects';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { matchesRange, newestFirst, paginate } from '../core/list';
import { arr, bool, expand, int, listParams, metadata, obj, oneOf, range, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import type { LineInput } from '../core/store';
import { recurringParam } from './catalog';
import { mergeMetadata } from './shared';

export function getSubscription(ctx: Context, id: string): Stripe.Subscription {
  const s = ctx.state.objects.subscriptions[id];
  if (!s) throw resourceMissing('subscription', id);
  return s;
}

const clockOf = (sub: Stripe.Subscription) => (sub.test_clock as string | null) ?? null;

/** Sets or clears cancel_at_period_end the way the API and the portal both do. */
export function setCancelAtPeriodEnd(ctx: Context, sub: Stripe.Subscription, cancel: boolean, previous: Record<string, unknown>): void {
  if (sub.cancel_at_period_end === cancel) return;
  previous.cancel_at_period_end = sub.cancel_at_period_end;
  previous.cancel_at = sub.cancel_at;
  previous.canceled_at = sub.canceled_at;
  sub.cancel_at_period_end = cancel;
  sub.cancel_at = cancel ? periodOf(sub).end : null;
  sub.canceled_at = cancel ? ctx.now(clockOf(sub)) : null;
  sub.cancellation_details = { comment: null, feedback: null, feedback_option: null, reason: cancel ? 'cancellation_requested' : null };
}

/** Bills what a price change owes now (an invoice at once, dunning if it fails), after the update event. */
function invoiceNow(ctx: Context, sub: Stripe.Subscription, lines: LineInput[], at: number): void {
  const pending = ctx.state.internal.pending_lines[sub.id] ?? [];
  delete ctx.state.internal.pending_lines[sub.id];
  const invoice = createInvoice(ctx, { sub, reason: 'subscription_update', lines: [...pending, ...lines], period: { start: at, end: at }, at });
  sub.latest_invoice = invoice.id;
  finalizeInvoice(ctx, invoice, at);
  if (invoice.status !== 'paid' && collectInvoice(ctx, invoice, sub, at) === 'failed') startDunning(ctx, sub, invoice, at);
}

/** Applies items[]; returns the billing to run once customer.subscription.updated is out. */
function updateItems(ctx: Context, sub: Stripe.Subscription, p: Params, previous: Record<string, unknown>): (() => void) | null {
  const now = ctx.now(clockOf(sub));
  const at = prorationDate(sub, p.proration_date, now);
  const { changes, added } = resolveItemChanges(ctx, sub, p.items as ItemParam[]);
  const plan = planChange(ctx, changes, (p.proration_behavior as ProrationBehavior | undefined) ?? 'create_prorations', at);
  previous.items = structuredClone(sub.items);
  for (const change of changes) {
    change.item.price = change.price;
    change.item.plan = planFromPrice(change.price);
    change.item.quantity = change.quantity;
  }
  for (const item of added) sub.items.data.push(buildItem(sub.id, item, periodOf(sub), now));
  if (plan.pending.length > 0) (ctx.state.internal.pending_lines[sub.id] ??= []).push(...plan.pending);
  if (plan.newPeriod) {
    // A new interval restarts the billing period now, as Stripe does
    previous.billing_cycle_anchor = sub.billing_cycle_anchor;
    sub.billing_cycle_anchor = plan.newPeriod.start;
    for (const item of sub.items.data) {
      item.current_period_start = plan.newPeriod.start;
      item.current_period_end = plan.newPeriod.end;
    }
  }
  return plan.invoiceNow.length > 0 ? () => invoiceNow(ctx, sub, plan.invoiceNow, now) : null;
}

function update(ctx: Context, id: string, p: Params): Stripe.Subscription {
  const sub = getSubscription(ctx, id);
  if (sub.status === 'canceled') throw invalidRequest('A canceled subscription can only update its cancellation_details and metadata.', undefined);
  const previous: Record<string, unknown> = {};
  if (p.cancel_at_period_end !== undefined) setCancelAtPeriodEnd(ctx, sub, p.cancel_at_period_end as boolean, previous);
  if (p.metadata !== undefined) {
    previous.metadata = { ...sub.metadata };
    sub.metadata = mergeMetadata(sub.metadata, p.metadata);
  }
  if (p.default_payment_method !== undefined) {
    const pm = p.default_payment_method as string;
    if (pm && !ctx.state.objects.payment_methods[pm]) throw resourceMissing('PaymentMethod', pm, 'default_payment_method');
    previous.default_payment_method = sub.default_payment_method;
    sub.default_payment_method = pm || null;
  }
  if (p.description !== undefined) {
    previous.description = sub.description;
    sub.description = (p.description as string) || null;
  }
  const bill = p.items !== undefined ? updateItems(ctx, sub, p, previous) : null;
  if (Object.keys(previous).length > 0) ctx.emit('customer.subscription.updated', sub, { previous, clock: clockOf(sub) });
  bill?.();
  return sub;
}

function cancel(ctx: Context, id: string, p: Params): Stripe.Subscription {
  const sub = getSubscription(ctx, id);
  if (sub.status === 'canceled') throw invalidRequest(`A canceled subscription can't be canceled again.`, undefined, 'resource_missing');
  const details = p.cancellation_details as { comment?: string; feedback?: string } | undefined;
  endSubscription(ctx, sub, ctx.now(clockOf(sub)), 'cancellation_requested');
  if (details) sub.cancellation_details = { ...sub.cancellation_details!, comment: details.comment || null, feedback: (details.feedback || null) as never };
  return sub;
}

function list(ctx: Context, p: Params, url: string): Stripe.ApiList<Stripe.Subscription> {
  const status = p.status as string | undefined;
  const statusMatches = (s: Stripe.Subscription) => {
    if (status === 'all') return true;
    if (status === 'ended') return s.status === 'canceled' || s.status === 'incomplete_expired';
    if (status === undefined) return s.status !== 'canceled' && s.status !== 'incomplete_expired';
    return s.status === status;
  };
  const all = newestFirst(ctx.state.objects.subscriptions).filter(
    (s) =>
      statusMatches(s) &&
      (p.customer === undefined || s.customer === p.customer) &&
      (p.price === undefined || s.items.data.some((i) => i.price.id === p.price)) &&
      (p.test_clock === undefined || s.test_clock === p.test_clock) &&
      matchesRange(s.created, p.created),
  );
  return paginate(all, p, url);
}

export const subscriptionOperations: Operation[] = [
  { method: 'GET', path: '/v1/subscriptions/{subscription_exposed_id}', params: { expand }, handle: (ctx, req) => getSubscription(ctx, req.path.subscription_exposed_id) },
  {
    method: 'POST', path: '/v1/subscriptions/{subscription_exposed_id}',
    params: {
      cancel_at_period_end: bool, default_payment_method: str, description: str, expand, metadata,
      proration_behavior: oneOf('always_invoice', 'create_prorations', 'none'), proration_date: int,
      cancellation_details: obj({ comment: str, feedback: str }),
      items: arr(obj({ id: str, price: str, quantity: int, price_data: obj({ currency: str, product: str, unit_amount: int, recurring: recurringParam }, ['currency', 'product', 'recurring']) })),
    },
    handle: (ctx, req) => update(ctx, req.path.subscription_exposed_id, req.params),
  },
  {
    method: 'DELETE', path: '/v1/subscriptions/{subscription_exposed_id}',
    params: { expand, invoice_now: bool, prorate: bool, cancellation_details: obj({ comment: str, feedback: str }) },
    handle: (ctx, req) => cancel(ctx, req.path.subscription_exposed_id, req.params),
  },
  {
    method: 'GET', path: '/v1/subscriptions',
    params: {
      ...listParams, customer: str, price: str, test_clock: str, created: range,
      status: oneOf('active', 'all', 'canceled', 'ended', 'incomplete', 'incomplete_expired', 'past_due', 'paused', 'trialing', 'unpaid'),
    },
    handle: (ctx, req) => list(ctx, req.params, req.url),
  },
];
