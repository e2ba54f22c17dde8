// Subscriptions: retrieve, list, update (cancel_at_period_end, metadata, price, payment method), cancel.
import type Stripe from 'stripe';
import { endSubscription, periodOf } from '../billing/engine';
import { collectInvoice, createInvoice, finalizeInvoice, productName } from '../billing/invoicing';
import { buildItem, lineDescription, planFromPrice } from '../billing/objects';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { matchesRange, newestFirst, paginate } from '../core/list';
import { arr, bool, expand, int, listParams, metadata, obj, oneOf, range, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import { createPrice, getPrice, getProduct, recurringParam } from './catalog';
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

interface ItemParam {
  id?: string;
  price?: string;
  quantity?: number;
  price_data?: { currency: string; product: string; unit_amount?: number; recurring: { interval: string; interval_count?: number } };
}

function priceForItem(ctx: Context, item: ItemParam, i: number): Stripe.Price | null {
  if (item.price) return getPrice(ctx, item.price, `items[${i}][price]`);
  if (!item.price_data) return null;
  const d = item.price_data;
  getProduct(ctx, d.product, `items[${i}][price_data][product]`);
  if (d.unit_amount === undefined) throw invalidRequest('Missing required param: items[' + i + '][price_data][unit_amount].', `items[${i}][price_data][unit_amount]`);
  return createPrice(ctx, { currency: d.currency, unit_amount: d.unit_amount, product: d.product, recurring: d.recurring as never }, { announce: false });
}

/** Prorated charge for the rest of the period when the price goes up (proration_behavior=always_invoice). */
function invoiceProration(ctx: Context, sub: Stripe.Subscription, oldAmount: number, newPrice: Stripe.Price, quantity: number): void {
  const { start, end } = periodOf(sub);
  const now = ctx.now(clockOf(sub));
  const remaining = Math.max(0, end - now) / Math.max(1, end - start);
  const amount = Math.round(((newPrice.unit_amount ?? 0) * quantity - oldAmount) * remaining);
  if (amount <= 0) return;
  const line = {
    amount, description: `Remaining time on ${lineDescription(quantity, productName(ctx, newPrice), newPrice)}`, price: newPrice,
    quantity, period: { start: now, end }, subscriptionItem: sub.items.data[0].id, proration: true,
  };
  const invoice = createInvoice(ctx, { sub, reason: 'subscription_update', lines: [line], period: { start: now, end: now }, at: now });
  sub.latest_invoice = invoice.id;
  finalizeInvoice(ctx, invoice, now);
  if (invoice.status !== 'paid') collectInvoice(ctx, invoice, sub, now);
}

function updateItems(ctx: Context, sub: Stripe.Subscription, items: ItemParam[], behavior: string | undefined, previous: Record<string, unknown>): void {
  const before = structuredClone(sub.items);
  items.forEach((param, i) => {
    const existing = param.id ? sub.items.data.find((it) => it.id === param.id) : undefined;
    if (param.id && !existing) throw invalidRequest(`Invalid subscription item: '${param.id}' does not belong to this subscription.`, `items[${i}][id]`);
    const price = priceForItem(ctx, param, i);
    if (price && !price.recurring) throw invalidRequest('The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.', `items[${i}][price]`);
    if (!existing) {
      if (!price) throw invalidRequest('Missing required param: items[' + i + '][price].', `items[${i}][price]`);
      sub.items.data.push(buildItem(sub.id, { price, quantity: param.quantity ?? 1 }, periodOf(sub), ctx.now(clockOf(sub))));
      return;
    }
    const oldAmount = (existing.price.unit_amount ?? 0) * (existing.quantity ?? 1);
    if (price) {
      existing.price = price;
      existing.plan = planFromPrice(price);
    }
    if (param.quantity !== undefined) existing.quantity = param.quantity;
    if (behavior === 'always_invoice' && price) invoiceProration(ctx, sub, oldAmount, price, existing.quantity ?? 1);
  });
  previous.items = before;
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
  if (p.items !== undefined) updateItems(ctx, sub, p.items as ItemParam[], p.proration_behavior as string | undefined, previous);
  if (Object.keys(previous).length > 0) ctx.emit('customer.subscription.updated', sub, { previous, clock: clockOf(sub) });
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
      proration_behavior: oneOf('always_invoice', 'create_prorations', 'none'),
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
