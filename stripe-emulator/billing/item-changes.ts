// A subscription's price change as Stripe bills it. Same interval: prorations (credit the unused time of the old
// price, charge the rest of the period at the new one) go on the next invoice (create_prorations), on an invoice
// now (always_invoice) or nowhere (none). Another interval: the billing period restarts now and is invoiced at
// once, the unused time credited unless proration_behavior=none.
import type Stripe from 'stripe';
import { createPrice, getPrice, getProduct } from '../api/catalog';
import { addInterval } from '../core/clock';
import type { Context } from '../core/context';
import { invalidRequest } from '../core/errors';
import type { LineInput } from '../core/store';
import { productName } from './invoicing';
import { lineDescription } from './objects';

export type ProrationBehavior = 'always_invoice' | 'create_prorations' | 'none';

export interface ItemChange {
  item: Stripe.SubscriptionItem;
  price: Stripe.Price;
  quantity: number;
}

export interface ChangePlan {
  /** Lines to invoice at once. */
  invoiceNow: LineInput[];
  /** Lines for the subscription's next invoice. */
  pending: LineInput[];
  /** The new billing period when the interval changes. */
  newPeriod: { start: number; end: number } | null;
}

const amountOf = (price: Stripe.Price, quantity: number) => (price.unit_amount ?? 0) * quantity;

function formatDay(seconds: number): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(seconds * 1000));
}

export function planChange(ctx: Context, changes: ItemChange[], behavior: ProrationBehavior, at: number): ChangePlan {
  const plan: ChangePlan = { invoiceNow: [], pending: [], newPeriod: null };
  const first = changes[0];
  if (!first) return plan;
  const period = { start: first.item.current_period_start, end: first.item.current_period_end };
  const unused = Math.max(0, period.end - at) / Math.max(1, period.end - period.start);
  const oldRecurring = first.item.price.recurring!;
  const newRecurring = first.price.recurring!;
  const intervalChanges = oldRecurring.interval !== newRecurring.interval || oldRecurring.interval_count !== newRecurring.interval_count;
  const credits = changes.map((c): LineInput => ({
    amount: -Math.round(amountOf(c.item.price, c.item.quantity ?? 1) * unused),
    description: `Unused time on ${lineDescription(c.item.quantity ?? 1, productName(ctx, c.item.price), c.item.price)} after ${formatDay(at)}`,
    price: c.item.price, quantity: c.item.quantity ?? 1, period: { start: at, end: period.end }, subscriptionItem: c.item.id, proration: true,
  }));
  if (intervalChanges) {
    const end = addInterval(at, newRecurring.interval, newRecurring.interval_count);
    plan.newPeriod = { start: at, end };
    const charges = changes.map((c): LineInput => ({
      amount: amountOf(c.price, c.quantity), description: lineDescription(c.quantity, productName(ctx, c.price), c.price),
      price: c.price, quantity: c.quantity, period: { start: at, end }, subscriptionItem: c.item.id,
    }));
    plan.invoiceNow = [...(behavior === 'none' ? [] : credits.filter((l) => l.amount !== 0)), ...charges];
    return plan;
  }
  if (behavior === 'none') return plan;
  const remaining = changes.map((c): LineInput => ({
    amount: Math.round(amountOf(c.price, c.quantity) * unused),
    description: `Remaining time on ${lineDescription(c.quantity, productName(ctx, c.price), c.price)} after ${formatDay(at)}`,
    price: c.price, quantity: c.quantity, period: { start: at, end: period.end }, subscriptionItem: c.item.id, proration: true,
  }));
  const lines = [...credits, ...remaining].filter((l) => l.amount !== 0);
  if (behavior === 'always_invoice') plan.invoiceNow = lines;
  else plan.pending = lines;
  return plan;
}

export interface ItemParam {
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

/** items[] as Stripe reads it: changes to existing items, and new items; refuses one-time and inactive prices. */
export function resolveItemChanges(ctx: Context, sub: Stripe.Subscription, items: ItemParam[]): { changes: ItemChange[]; added: Array<{ price: Stripe.Price; quantity: number }> } {
  const changes: ItemChange[] = [];
  const added: Array<{ price: Stripe.Price; quantity: number }> = [];
  items.forEach((param, i) => {
    const existing = param.id ? sub.items.data.find((it) => it.id === param.id) : undefined;
    if (param.id && !existing) throw invalidRequest(`Invalid subscription item: '${param.id}' does not belong to this subscription.`, `items[${i}][id]`);
    const price = priceForItem(ctx, param, i);
    if (price && !price.recurring) throw invalidRequest('The price specified is set to `type=one_time` but this field only accepts prices with `type=recurring`.', `items[${i}][price]`);
    if (price && !price.active) throw invalidRequest(`The price specified (${price.id}) is inactive. This field only accepts active prices.`, `items[${i}][price]`);
    if (!existing) {
      if (!price) throw invalidRequest('Missing required param: items[' + i + '][price].', `items[${i}][price]`);
      added.push({ price, quantity: param.quantity ?? 1 });
      return;
    }
    changes.push({ item: existing, price: price ?? existing.price, quantity: param.quantity ?? existing.quantity ?? 1 });
  });
  return { changes, added };
}

/** The moment prorations are computed for: proration_date when given (within the current period), else now. */
export function prorationDate(sub: Stripe.Subscription, given: unknown, now: number): number {
  if (given === undefined) return now;
  const item = sub.items.data[0];
  const at = given as number;
  if (at < item.current_period_start || at > item.current_period_end) {
    throw invalidRequest('proration_date must be within the current billing period of the subscription.', 'proration_date');
  }
  return at;
}
