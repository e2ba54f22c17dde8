// Products and Prices: create, retrieve, list (prices by lookup_keys, product, active, type, currency).
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { invalidRequest, resourceMissing } from '../core/errors';
import { newId } from '../core/ids';
import { matchesRange, newestFirst, paginate } from '../core/list';
import { arr, bool, expand, int, listParams, metadata, obj, oneOf, range, str, type Params } from '../core/params';
import type { Operation } from '../core/router';
import { cleanMetadata, mergeMetadata } from './shared';

export interface NewProduct {
  name: string;
  description?: string | null;
  metadata?: Stripe.Metadata;
  id?: string;
  active?: boolean;
}

export function createProduct(ctx: Context, input: NewProduct, options: { announce?: boolean } = {}): Stripe.Product {
  if (input.id && ctx.state.objects.products[input.id]) throw invalidRequest(`Product already exists.`, 'id', 'resource_already_exists');
  const now = ctx.now();
  const product: Stripe.Product = {
    id: input.id ?? newId('prod_'),
    object: 'product',
    active: input.active ?? true,
    created: now,
    default_price: null,
    description: input.description ?? null,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: input.metadata ?? {},
    name: input.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    tax_details: null,
    type: 'service',
    unit_label: null,
    updated: now,
    url: null,
  };
  ctx.state.objects.products[product.id] = product;
  if (options.announce !== false) ctx.emit('product.created', product);
  return product;
}

export interface NewPrice {
  currency: string;
  unit_amount: number;
  product: string;
  recurring?: { interval: 'day' | 'week' | 'month' | 'year'; interval_count?: number } | null;
  lookup_key?: string | null;
  nickname?: string | null;
  metadata?: Stripe.Metadata;
  active?: boolean;
}

/** Stripe keeps unit_amount_decimal as a decimal string on the wire. */
function decimal(value: number): Stripe.Decimal {
  return String(value) as unknown as Stripe.Decimal;
}

export function createPrice(ctx: Context, input: NewPrice, options: { announce?: boolean } = {}): Stripe.Price {
  const price: Stripe.Price = {
    id: newId('price_'),
    object: 'price',
    active: input.active ?? true,
    billing_scheme: 'per_unit',
    created: ctx.now(),
    currency: input.currency.toLowerCase(),
    custom_unit_amount: null,
    livemode: false,
    lookup_key: input.lookup_key ?? null,
    metadata: input.metadata ?? {},
    nickname: input.nickname ?? null,
    product: input.product,
    recurring: input.recurring
      ? { interval: input.recurring.interval, interval_count: input.recurring.interval_count ?? 1, meter: null, trial_period_days: null, usage_type: 'licensed' }
      : null,
    tax_behavior: 'unspecified',
    tiers_mode: null,
    transform_quantity: null,
    type: input.recurring ? 'recurring' : 'one_time',
    unit_amount: input.unit_amount,
    unit_amount_decimal: decimal(input.unit_amount),
  };
  ctx.state.objects.prices[price.id] = price;
  // Inline price_data prices are not announced by Stripe either
  if (options.announce !== false) ctx.emit('price.created', price);
  return price;
}

export function getPrice(ctx: Context, id: string, param?: string): Stripe.Price {
  const p = ctx.state.objects.prices[id];
  if (!p) throw resourceMissing('price', id, param);
  return p;
}

export function getProduct(ctx: Context, id: string, param?: string): Stripe.Product {
  const p = ctx.state.objects.products[id];
  if (!p) throw resourceMissing('product', id, param);
  return p;
}

export const recurringParam = obj({ interval: oneOf('day', 'month', 'week', 'year'), interval_count: int }, ['interval']);

function createPriceFromParams(ctx: Context, params: Params): Stripe.Price {
  const productData = params.product_data as { name: string; metadata?: unknown } | undefined;
  if (!params.product && !productData) throw invalidRequest('You must specify either `product` or `product_data` when creating a price.', 'product');
  const productId = productData
    ? createProduct(ctx, { name: productData.name, metadata: cleanMetadata(productData.metadata) }).id
    : getProduct(ctx, params.product as string, 'product').id;
  if (params.unit_amount === undefined) throw invalidRequest('Missing required param: unit_amount.', 'unit_amount', 'parameter_missing');
  if ((params.unit_amount as number) < 0) throw invalidRequest('Invalid unit_amount: must be at least 0', 'unit_amount');
  const lookupKey = params.lookup_key as string | undefined;
  if (lookupKey) {
    const clash = Object.values(ctx.state.objects.prices).find((p) => p.lookup_key === lookupKey);
    if (clash && !params.transfer_lookup_key) {
      throw invalidRequest(`A price (\`${clash.id}\`) already uses that lookup key.`, 'lookup_key', 'lookup_key_already_exists');
    }
    if (clash) clash.lookup_key = null;
  }
  return createPrice(ctx, {
    currency: params.currency as string,
    unit_amount: params.unit_amount as number,
    product: productId,
    recurring: params.recurring as NewPrice['recurring'],
    lookup_key: lookupKey ?? null,
    nickname: (params.nickname as string | undefined) ?? null,
    metadata: cleanMetadata(params.metadata),
    active: params.active as boolean | undefined,
  });
}

/** Changes only what was sent; previous_attributes on the event name what changed, as Stripe's *.updated events do. */
function patch<T extends object>(target: T, changes: Partial<T>): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    const key = k as keyof T;
    if (JSON.stringify(target[key]) === JSON.stringify(v)) continue;
    previous[k] = target[key];
    target[key] = v as T[keyof T];
  }
  return previous;
}

function updateProduct(ctx: Context, id: string, p: Params): Stripe.Product {
  const product = getProduct(ctx, id);
  const previous = patch(product, {
    active: p.active as boolean | undefined,
    name: p.name as string | undefined,
    description: p.description === undefined ? undefined : ((p.description as string) || null),
    metadata: p.metadata === undefined ? undefined : mergeMetadata(product.metadata, p.metadata),
  });
  if (Object.keys(previous).length === 0) return product;
  product.updated = ctx.now();
  ctx.emit('product.updated', product, { previous });
  return product;
}

function updatePrice(ctx: Context, id: string, p: Params): Stripe.Price {
  const price = getPrice(ctx, id);
  const lookupKey = p.lookup_key as string | undefined;
  if (lookupKey) {
    const clash = Object.values(ctx.state.objects.prices).find((other) => other.id !== price.id && other.lookup_key === lookupKey);
    if (clash && !p.transfer_lookup_key) throw invalidRequest(`A price (\`${clash.id}\`) already uses that lookup key.`, 'lookup_key', 'lookup_key_already_exists');
    if (clash) clash.lookup_key = null;
  }
  const previous = patch(price, {
    active: p.active as boolean | undefined,
    nickname: p.nickname === undefined ? undefined : ((p.nickname as string) || null),
    lookup_key: lookupKey === undefined ? undefined : lookupKey || null,
    metadata: p.metadata === undefined ? undefined : mergeMetadata(price.metadata, p.metadata),
  });
  if (Object.keys(previous).length > 0) ctx.emit('price.updated', price, { previous });
  return price;
}

function listPrices(ctx: Context, params: Params, url: string): Stripe.ApiList<Stripe.Price> {
  const keys = params.lookup_keys as string[] | undefined;
  const recurring = params.recurring as { interval?: string } | undefined;
  const all = newestFirst(ctx.state.objects.prices).filter(
    (p) =>
      (keys === undefined || (p.lookup_key !== null && keys.includes(p.lookup_key))) &&
      (params.active === undefined || p.active === params.active) &&
      (params.product === undefined || p.product === params.product) &&
      (params.currency === undefined || p.currency === params.currency) &&
      (params.type === undefined || p.type === params.type) &&
      (recurring?.interval === undefined || p.recurring?.interval === recurring.interval) &&
      matchesRange(p.created, params.created),
  );
  return paginate(all, params, url);
}

function listProducts(ctx: Context, params: Params, url: string): Stripe.ApiList<Stripe.Product> {
  const ids = params.ids as string[] | undefined;
  const all = newestFirst(ctx.state.objects.products).filter(
    (p) =>
      (ids === undefined || ids.includes(p.id)) &&
      (params.active === undefined || p.active === params.active) &&
      matchesRange(p.created, params.created),
  );
  return paginate(all, params, url);
}

export const catalogOperations: Operation[] = [
  {
    method: 'POST', path: '/v1/products',
    params: { active: bool, description: str, expand, id: str, metadata, name: str },
    required: ['name'],
    handle: (ctx, req) =>
      createProduct(ctx, {
        name: req.params.name as string,
        description: (req.params.description as string | undefined) ?? null,
        metadata: cleanMetadata(req.params.metadata),
        id: req.params.id as string | undefined,
        active: req.params.active as boolean | undefined,
      }),
  },
  { method: 'GET', path: '/v1/products/{id}', params: { expand }, handle: (ctx, req) => getProduct(ctx, req.path.id) },
  {
    method: 'POST', path: '/v1/products/{id}', params: { active: bool, description: str, expand, metadata, name: str },
    extra: 'updating a product (e.g. archiving or restoring it); the 2023 extract lacks it',
    handle: (ctx, req) => updateProduct(ctx, req.path.id, req.params),
  },
  {
    method: 'GET', path: '/v1/products', params: { ...listParams, active: bool, created: range, ids: arr(str) },
    handle: (ctx, req) => listProducts(ctx, req.params, req.url),
  },
  {
    method: 'POST', path: '/v1/prices',
    params: {
      active: bool, currency: str, expand, lookup_key: str, metadata, nickname: str, product: str,
      product_data: obj({ name: str, metadata }, ['name']),
      recurring: recurringParam, transfer_lookup_key: bool, unit_amount: int,
    },
    required: ['currency'],
    handle: (ctx, req) => createPriceFromParams(ctx, req.params),
  },
  { method: 'GET', path: '/v1/prices/{price}', params: { expand }, handle: (ctx, req) => getPrice(ctx, req.path.price) },
  {
    method: 'POST', path: '/v1/prices/{price}', params: { active: bool, expand, lookup_key: str, metadata, nickname: str, transfer_lookup_key: bool },
    extra: 'updating a price (archiving it, moving its lookup key); the 2023 extract lacks it',
    handle: (ctx, req) => updatePrice(ctx, req.path.price, req.params),
  },
  {
    method: 'GET', path: '/v1/prices',
    params: {
      ...listParams, active: bool, created: range, currency: str, lookup_keys: arr(str), product: str,
      recurring: obj({ interval: oneOf('day', 'month', 'week', 'year') }), type: oneOf('one_time', 'recurring'),
    },
    handle: (ctx, req) => listPrices(ctx, req.params, req.url),
  },
];
