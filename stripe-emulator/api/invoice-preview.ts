// POST /v1/invoices/create_preview: what a subscription change would bill, without changing anything. An interval
// change (or always_invoice) previews the invoice made at once; otherwise the next renewal, prorations included.
import type Stripe from 'stripe';
import { periodOf } from '../billing/engine';
import { linesForPeriod } from '../billing/invoicing';
import { planChange, prorationDate, resolveItemChanges, type ItemParam, type ProrationBehavior } from '../billing/item-changes';
import { buildInvoice, planFromPrice } from '../billing/objects';
import { addInterval } from '../core/clock';
import type { Context } from '../core/context';
import { invalidRequest } from '../core/errors';
import { randomToken } from '../core/ids';
import { arr, bool, expand, int, obj, oneOf, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import { recurringParam } from './catalog';
import { getCustomer } from './customers';
import { getSubscription } from './subscriptions';

function preview(ctx: Context, p: Params): Stripe.Invoice {
  if (!p.subscription) throw invalidRequest('The emulator previews subscription invoices only: pass `subscription`.', 'subscription');
  const sub = structuredClone(getSubscription(ctx, p.subscription as string));
  if (p.customer !== undefined && p.customer !== sub.customer) throw invalidRequest('The subscription does not belong to this customer.', 'customer');
  const customer = getCustomer(ctx, sub.customer as string);
  const details = (p.subscription_details as { items?: ItemParam[]; proration_behavior?: ProrationBehavior; proration_date?: number } | undefined) ?? {};
  const clock = (sub.test_clock as string | null) ?? null;
  const now = ctx.now(clock);
  const { changes, added } = resolveItemChanges(ctx, sub, details.items ?? []);
  if (added.length > 0) throw invalidRequest('The emulator previews changes to existing items only.', 'subscription_details[items]');
  const at = prorationDate(sub, details.proration_date, now);
  const plan = planChange(ctx, changes, details.proration_behavior ?? 'create_prorations', at);
  for (const change of changes) Object.assign(change.item, { price: change.price, plan: planFromPrice(change.price), quantity: change.quantity });
  const pending = [...(ctx.state.internal.pending_lines[sub.id] ?? []), ...plan.pending];
  let invoice: Stripe.Invoice;
  if (plan.invoiceNow.length > 0) {
    invoice = buildInvoice(ctx, { subscription: sub, customer, reason: 'subscription_update', lines: [...pending, ...plan.invoiceNow], period: { start: now, end: now }, created: now });
  } else {
    const { start, end } = periodOf(sub);
    const recurring = sub.items.data[0].price.recurring!;
    const next = { start: end, end: addInterval(end, recurring.interval, recurring.interval_count, new Date(sub.billing_cycle_anchor * 1000).getUTCDate()) };
    invoice = buildInvoice(ctx, { subscription: sub, customer, reason: 'subscription_cycle', lines: [...pending, ...linesForPeriod(ctx, sub, next)], period: { start, end }, created: end });
  }
  const balance = customer.balance ?? 0;
  const due = invoice.total + balance;
  // As on Stripe: the time prorations were computed for, to pass as proration_date when making the change.
  const parent = invoice.parent?.subscription_details ? { ...invoice.parent, subscription_details: { ...invoice.parent.subscription_details, subscription_proration_date: at } } : invoice.parent;
  return {
    ...invoice, parent, id: `upcoming_in_${randomToken(24)}`, hosted_invoice_url: null, invoice_pdf: null,
    starting_balance: balance, ending_balance: due < 0 ? due : 0, amount_due: Math.max(0, due), amount_remaining: Math.max(0, due),
  };
}

export const invoicePreviewOperations: Operation[] = [
  {
    method: 'POST', path: '/v1/invoices/create_preview',
    params: {
      customer: str, subscription: str, expand,
      subscription_details: obj({
        items: arr(obj({ id: str, price: str, quantity: int, deleted: bool, price_data: obj({ currency: str, product: str, unit_amount: int, recurring: recurringParam }, ['currency', 'product', 'recurring']) })),
        proration_behavior: oneOf('always_invoice', 'create_prorations', 'none'), proration_date: int,
      }),
    },
    extra: 'previewing what a change bills (the 2023 extract has the older GET /v1/invoices/upcoming)',
    handle: (ctx, req) => preview(ctx, req.params),
  },
];
