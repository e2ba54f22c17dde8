// Customers: create (optionally on a test clock), retrieve, update, list by email, delete.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { newId } from '../core/ids';
import { matchesRange, newestFirst, paginate } from '../core/list';
import { expand, listParams, metadata, obj, range, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import { mergeMetadata } from './shared';

export interface NewCustomer {
  email?: string | null;
  name?: string | null;
  metadata?: Record<string, string>;
  test_clock?: string | null;
  description?: string | null;
  phone?: string | null;
}

export function buildCustomer(ctx: Context, input: NewCustomer): Stripe.Customer {
  const id = newId('cus_');
  return {
    id,
    object: 'customer',
    address: null,
    balance: 0,
    created: ctx.now(input.test_clock ?? null),
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description ?? null,
    discount: null,
    email: input.email ?? null,
    invoice_prefix: id.slice(4, 12).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: input.metadata ?? {},
    name: input.name ?? null,
    next_invoice_sequence: 1,
    phone: input.phone ?? null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: input.test_clock ?? null,
  };
}

/** Creates, stores and announces a customer (customer.created). */
export function createCustomer(ctx: Context, input: NewCustomer): Stripe.Customer {
  const customer = buildCustomer(ctx, input);
  ctx.state.objects.customers[customer.id] = customer;
  ctx.emit('customer.created', customer, { clock: customer.test_clock as string | null });
  return customer;
}

export function getCustomer(ctx: Context, id: string, param?: string): Stripe.Customer {
  const c = ctx.state.objects.customers[id];
  if (!c || c.deleted) throw resourceMissing('customer', id, param);
  return c;
}

export function customerClock(ctx: Context, customerId: string | null | undefined): string | null {
  if (!customerId) return null;
  const c = ctx.state.objects.customers[customerId];
  return c && !c.deleted ? ((c.test_clock as string | null | undefined) ?? null) : null;
}

const writable = {
  description: str, email: str, metadata, name: str, phone: str, expand,
  invoice_settings: obj({ default_payment_method: str }),
};

function create(ctx: Context, params: Params): Stripe.Customer {
  const clock = params.test_clock as string | undefined;
  if (clock && !ctx.state.objects.test_clocks[clock]) throw resourceMissing('test_helpers.test_clock', clock, 'test_clock');
  const customer = createCustomer(ctx, {
    email: params.email as string | undefined,
    name: params.name as string | undefined,
    description: params.description as string | undefined,
    phone: params.phone as string | undefined,
    metadata: (params.metadata as Record<string, string> | undefined) || {},
    test_clock: clock ?? null,
  });
  const pm = (params.invoice_settings as { default_payment_method?: string } | undefined)?.default_payment_method;
  if (pm) customer.invoice_settings.default_payment_method = pm;
  return customer;
}

function update(ctx: Context, id: string, params: Params): Stripe.Customer {
  const customer = getCustomer(ctx, id);
  const previous: Record<string, unknown> = {};
  for (const field of ['email', 'name', 'description', 'phone'] as const) {
    if (params[field] === undefined) continue;
    previous[field] = customer[field] ?? null;
    customer[field] = (params[field] as string) || null;
  }
  if (params.metadata !== undefined) {
    previous.metadata = { ...customer.metadata };
    customer.metadata = mergeMetadata(customer.metadata, params.metadata);
  }
  const pm = (params.invoice_settings as { default_payment_method?: string } | undefined)?.default_payment_method;
  if (pm !== undefined) {
    if (pm && !ctx.state.objects.payment_methods[pm]) throw resourceMissing('PaymentMethod', pm, 'invoice_settings[default_payment_method]');
    previous.invoice_settings = { ...customer.invoice_settings };
    customer.invoice_settings.default_payment_method = pm || null;
  }
  ctx.emit('customer.updated', customer, { previous, clock: customer.test_clock as string | null });
  return customer;
}

export function deleteCustomer(ctx: Context, id: string): Stripe.DeletedCustomer {
  const customer = getCustomer(ctx, id);
  const deleted: Stripe.DeletedCustomer = { id, object: 'customer', deleted: true };
  for (const sub of Object.values(ctx.state.objects.subscriptions)) {
    if (sub.customer === id && sub.status !== 'canceled') {
      sub.status = 'canceled';
      sub.ended_at = sub.canceled_at = ctx.now(customer.test_clock as string | null);
      ctx.emit('customer.subscription.deleted', sub, { clock: sub.test_clock as string | null });
    }
  }
  ctx.state.objects.customers[id] = deleted;
  ctx.emit('customer.deleted', customer, { clock: customer.test_clock as string | null });
  return deleted;
}

function list(ctx: Context, params: Params, url: string): Stripe.ApiList<Stripe.Customer> {
  const all = newestFirst(
    Object.fromEntries(Object.entries(ctx.state.objects.customers).filter((e): e is [string, Stripe.Customer] => !e[1].deleted)),
  ).filter(
    (c) =>
      (params.email === undefined || c.email === params.email) &&
      (params.test_clock === undefined || c.test_clock === params.test_clock) &&
      matchesRange(c.created, params.created),
  );
  return paginate(all, params, url);
}

export const customerOperations: Operation[] = [
  {
    method: 'POST', path: '/v1/customers',
    params: { ...writable, test_clock: str },
    handle: (ctx, req) => create(ctx, req.params),
  },
  {
    method: 'GET', path: '/v1/customers/{customer}', params: { expand },
    handle: (ctx, req) => {
      const c = ctx.state.objects.customers[req.path.customer];
      if (!c) throw resourceMissing('customer', req.path.customer);
      return c;
    },
  },
  {
    method: 'POST', path: '/v1/customers/{customer}', params: writable,
    handle: (ctx, req) => update(ctx, req.path.customer, req.params),
  },
  {
    method: 'DELETE', path: '/v1/customers/{customer}', params: {},
    handle: (ctx, req) => deleteCustomer(ctx, req.path.customer),
  },
  {
    method: 'GET', path: '/v1/customers',
    params: { ...listParams, email: str, created: range, test_clock: str },
    handle: (ctx, req) => {
      if (req.params.email === '') throw invalidRequest('Invalid email', 'email');
      return list(ctx, req.params, req.url);
    },
  },
];
