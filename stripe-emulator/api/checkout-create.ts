// Checkout Session creation: validates params the way Stripe does and builds the open session.
import type Stripe from 'stripe';
import type { Context } from '../core/context';
import { invalidRequest, missingParameter } from '../core/errors';
import { newId } from '../core/ids';
import { arr, expand, int, metadata, obj, oneOf, str, type Params } from '../core/params';
import { createPrice, createProduct, getPrice, getProduct, recurringParam } from './catalog';
import { getCustomer } from './customers';
import { cleanMetadata } from './shared';

/** The languages Stripe's hosted Checkout speaks (stripe's Checkout.SessionCreateParams.Locale). */
export const CHECKOUT_LOCALES = [
  'auto', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'hi-IN', 'hr', 'hu', 'id', 'it', 'ja', 'ko',
  'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW',
] as const;

export const createSessionParams = {
  locale: oneOf(...CHECKOUT_LOCALES),
  cancel_url: str, client_reference_id: str, customer: str, customer_creation: oneOf('always', 'if_required'),
  customer_email: str, expand, expires_at: int, metadata, mode: oneOf('payment', 'setup', 'subscription'),
  allowed_payment_method_types: arr(str), excluded_payment_method_types: arr(str), submit_type: oneOf('auto', 'book', 'donate', 'pay', 'subscribe'), success_url: str,
  line_items: arr(
    obj({
      price: str, quantity: int,
      price_data: obj(
        {
          currency: str, product: str, unit_amount: int, recurring: recurringParam,
          product_data: obj({ name: str, description: str, metadata }, ['name']),
        },
        ['currency'],
      ),
    }),
  ),
  payment_intent_data: obj({ metadata, description: str }),
  subscription_data: obj({ metadata, description: str }),
};

interface LineItemParam {
  price?: string;
  quantity?: number;
  price_data?: {
    currency: string;
    product?: string;
    unit_amount?: number;
    recurring?: { interval: 'day' | 'week' | 'month' | 'year'; interval_count?: number };
    product_data?: { name: string; description?: string; metadata?: unknown };
  };
}

function resolvePrice(ctx: Context, item: LineItemParam, i: number): Stripe.Price {
  if (item.price && item.price_data) throw invalidRequest(`You may only specify one of these parameters: line_items[${i}][price], line_items[${i}][price_data].`, `line_items[${i}][price]`);
  if (item.price) {
    const price = getPrice(ctx, item.price, `line_items[${i}][price]`);
    if (!price.active) throw invalidRequest(`The price specified (${price.id}) is inactive. This field only accepts active prices.`, `line_items[${i}][price]`);
    requireActiveProduct(ctx, price.product as string, `line_items[${i}][price]`);
    return price;
  }
  const data = item.price_data;
  if (!data) throw invalidRequest(`You must specify either \`price\` or \`price_data\` in line_items[${i}].`, `line_items[${i}]`);
  if (data.unit_amount === undefined) throw missingParameter(`line_items[${i}][price_data][unit_amount]`);
  if (data.unit_amount < 0) throw invalidRequest('Invalid unit_amount: must be at least 0', `line_items[${i}][price_data][unit_amount]`);
  if (!data.product && !data.product_data) throw invalidRequest(`You must specify either \`product\` or \`product_data\` in line_items[${i}][price_data].`, `line_items[${i}][price_data]`);
  const product = data.product
    ? requireActiveProduct(ctx, data.product, `line_items[${i}][price_data][product]`)
    : createProduct(ctx, { name: data.product_data!.name, description: data.product_data!.description ?? null, metadata: cleanMetadata(data.product_data!.metadata) }, { announce: false });
  return createPrice(ctx, { currency: data.currency, unit_amount: data.unit_amount, product: product.id, recurring: data.recurring ?? null }, { announce: false });
}

function requireActiveProduct(ctx: Context, id: string, param: string): Stripe.Product {
  const product = getProduct(ctx, id, param);
  if (!product.active) throw invalidRequest(`The product specified (${product.id}) is not active. Checkout only accepts active products.`, param);
  return product;
}

function buildLineItems(ctx: Context, params: Params): Stripe.LineItem[] {
  const items = (params.line_items as LineItemParam[] | undefined) ?? [];
  if (items.length === 0) throw missingParameter('line_items');
  return items.map((item, i) => {
    if (item.quantity === undefined) throw missingParameter(`line_items[${i}][quantity]`);
    if (item.quantity < 1) throw invalidRequest('Quantity must be greater than 0.', `line_items[${i}][quantity]`);
    const price = resolvePrice(ctx, item, i);
    const product = ctx.state.objects.products[price.product as string];
    const amount = (price.unit_amount ?? 0) * item.quantity;
    return {
      id: newId('li_'), object: 'item', adjustable_quantity: null, amount_discount: 0, amount_subtotal: amount,
      amount_tax: 0, amount_total: amount, currency: price.currency, description: product?.name ?? null, metadata: {},
      price, quantity: item.quantity,
    };
  });
}

function checkModeRules(params: Params, items: Stripe.LineItem[]): void {
  const mode = params.mode as string;
  const recurring = items.filter((i) => i.price?.recurring);
  if (mode === 'subscription' && recurring.length === 0) {
    throw invalidRequest('You must provide at least one recurring price in `subscription` mode when using prices.', 'line_items');
  }
  if (mode === 'payment' && recurring.length > 0) {
    throw invalidRequest('You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.', 'line_items');
  }
  const currencies = new Set(items.map((i) => i.currency));
  if (currencies.size > 1) throw invalidRequest('All prices on a Checkout Session must share the same currency.', 'line_items');
  // submit_type is allowed in both modes (the SDK: "payment or subscription mode"); setup mode is refused above
  if (mode === 'subscription') {
    for (const p of ['customer_creation', 'payment_intent_data'] as const) {
      if (params[p] !== undefined) throw invalidRequest(`You can not pass \`${p}\` in \`subscription\` mode.`, p);
    }
  } else if (params.subscription_data !== undefined) {
    throw invalidRequest('You can not pass `subscription_data` in `payment` mode.', 'subscription_data');
  }
}

const EMULATED_METHODS = ['card', 'sepa_debit'];

/**
 * The account's payment methods, as Stripe computes them dynamically: cards, and SEPA Direct Debit for euro amounts;
 * allowed_payment_method_types filters that set, excluded_payment_method_types takes from it.
 */
function paymentMethodTypes(params: Params, currency: string): string[] {
  const eligible = currency === 'eur' ? EMULATED_METHODS : ['card'];
  const allowed = params.allowed_payment_method_types as string[] | undefined;
  const excluded = (params.excluded_payment_method_types as string[] | undefined) ?? [];
  if (allowed && excluded.length > 0) throw invalidRequest('You may only specify one of these parameters: allowed_payment_method_types, excluded_payment_method_types.', 'excluded_payment_method_types');
  const types = eligible.filter((type) => (!allowed || allowed.includes(type)) && !excluded.includes(type));
  if (types.length === 0) throw invalidRequest(`None of the payment method types asked for can be used for ${currency} in this Checkout Session.`, allowed ? 'allowed_payment_method_types' : 'excluded_payment_method_types');
  return types;
}

function checkExpiry(params: Params, now: number): number {
  const expiresAt = params.expires_at as number | undefined;
  if (expiresAt === undefined) return now + 24 * 3600;
  if (expiresAt < now + 30 * 60) throw invalidRequest('The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.', 'expires_at');
  if (expiresAt > now + 24 * 3600) throw invalidRequest('The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.', 'expires_at');
  return expiresAt;
}

export function createSession(ctx: Context, params: Params): Stripe.Checkout.Session {
  if (params.mode === undefined) throw missingParameter('mode');
  if (params.mode === 'setup') throw invalidRequest('The emulator does not support `setup` mode Checkout Sessions.', 'mode');
  if (params.customer && params.customer_email) throw invalidRequest('You may only specify one of these parameters: customer, customer_email.', 'customer_email');
  if (params.customer) getCustomer(ctx, params.customer as string, 'customer');
  const now = ctx.now();
  const expiresAt = checkExpiry(params, now);
  const items = buildLineItems(ctx, params);
  checkModeRules(params, items);
  const id = newId('cs_test_');
  const total = items.reduce((s, i) => s + i.amount_total, 0);
  const mode = params.mode as 'payment' | 'subscription';
  const customer = (params.customer as string | undefined) ?? null;
  const session: Stripe.Checkout.Session = {
    id, object: 'checkout.session', adaptive_pricing: { enabled: false }, after_expiration: null,
    allow_promotion_codes: null, allowed_payment_method_types: (params.allowed_payment_method_types as string[] | undefined) ?? null, amount_subtotal: total, amount_total: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null }, billing_address_collection: null,
    cancel_url: (params.cancel_url as string | undefined) ?? null,
    client_reference_id: (params.client_reference_id as string | undefined) ?? null, client_secret: null,
    collected_information: null, consent: null, consent_collection: null, created: now, currency: items[0].currency,
    currency_conversion: null, custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer, customer_account: null,
    customer_creation: mode === 'payment' ? ((params.customer_creation as 'always' | 'if_required' | undefined) ?? 'if_required') : null,
    customer_details: null, customer_email: (params.customer_email as string | undefined) ?? null, discounts: [],
    expires_at: expiresAt, integration_identifier: null, invoice: null, invoice_creation: null, livemode: false,
    locale: (params.locale as Stripe.Checkout.Session.Locale | undefined) ?? null, managed_payments: null, metadata: cleanMetadata(params.metadata), mode, origin_context: null,
    payment_intent: null, payment_link: null, payment_method_collection: 'if_required',
    payment_method_configuration_details: null, payment_method_options: { card: { request_three_d_secure: 'automatic' } },
    payment_method_types: paymentMethodTypes(params, items[0].currency), payment_status: 'unpaid', permissions: null,
    phone_number_collection: { enabled: false }, recovered_from: null, saved_payment_method_options: null,
    setup_intent: null, shipping_address_collection: null, shipping_cost: null, shipping_options: [], status: 'open',
    submit_type: (params.submit_type as Stripe.Checkout.Session.SubmitType | undefined) ?? null, subscription: null,
    success_url: params.success_url as string, total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted_page', url: `${ctx.publicUrl()}/c/pay/${id}`, wallet_options: null,
  };
  ctx.state.objects.checkout_sessions[id] = session;
  ctx.state.internal.session_line_items[id] = items;
  ctx.state.internal.session_options[id] = {
    payment_intent_metadata: cleanMetadata((params.payment_intent_data as { metadata?: unknown } | undefined)?.metadata),
    payment_intent_description: (params.payment_intent_data as { description?: string } | undefined)?.description ?? null,
    subscription_metadata: cleanMetadata((params.subscription_data as { metadata?: unknown } | undefined)?.metadata),
    subscription_description: (params.subscription_data as { description?: string } | undefined)?.description ?? null,
  };
  return session;
}
