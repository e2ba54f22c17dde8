// Every /v1 operation through the official SDK, with Stripe's errors, pagination, expand and idempotency.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTHLY, payHosted, startTestEmulator, type TestEmulator } from '../helpers';

let t: TestEmulator;
let stripe: Stripe;

beforeAll(async () => {
  t = await startTestEmulator();
  stripe = t.stripe;
});
afterAll(() => t.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, checked by the assertions
async function raw(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(`${t.emulator.url}${path}`, {
    method, body, headers: { authorization: 'Bearer sk_test_raw', 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
  return { status: res.status, json: await res.json(), headers: res.headers };
}

describe('authentication and routing', () => {
  it('accepts any sk_test_ key and rejects others with 401', async () => {
    const live = new Stripe('sk_live_nope', { ...t.emulator.stripeConfig, maxNetworkRetries: 0 });
    await expect(live.customers.list()).rejects.toMatchObject({ statusCode: 401, type: 'StripeAuthenticationError' });
    expect((await fetch(`${t.emulator.url}/v1/customers`)).status).toBe(401);
    const unknown = await raw('GET', '/v1/nothing_here');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.type).toBe('invalid_request_error');
    expect(unknown.headers.get('stripe-version')).toBe('2026-10-28.endive');
  });
});

describe('customers', () => {
  it('creates, retrieves, updates, lists by email, paginates and deletes', async () => {
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await stripe.customers.create({ email: `list${i}@example.org`, name: `N${i}`, metadata: { i: String(i) } }));
    expect(created[0].id).toMatch(/^cus_/);
    expect((await stripe.customers.retrieve(created[0].id)) as Stripe.Customer).toMatchObject({ email: 'list0@example.org', metadata: { i: '0' } });
    const updated = await stripe.customers.update(created[0].id, { name: 'Renamed', metadata: { i: '', extra: 'y' } });
    expect(updated.name).toBe('Renamed');
    expect(updated.metadata).toEqual({ extra: 'y' });
    expect((await stripe.customers.list({ email: 'list3@example.org' })).data.map((c) => c.id)).toEqual([created[3].id]);
    const page1 = await stripe.customers.list({ limit: 2 });
    expect(page1.has_more).toBe(true);
    expect(page1.data.map((c) => c.id)).toEqual([created[4].id, created[3].id]);
    const page2 = await stripe.customers.list({ limit: 2, starting_after: page1.data[1].id });
    expect(page2.data.map((c) => c.id)).toEqual([created[2].id, created[1].id]);
    const back = await stripe.customers.list({ limit: 2, ending_before: page2.data[0].id });
    expect(back.data.map((c) => c.id)).toEqual(page1.data.map((c) => c.id));
    const all = await stripe.customers.list({ limit: 100 }).autoPagingToArray({ limit: 100 });
    expect(all.length).toBeGreaterThanOrEqual(5);
    const del = await stripe.customers.del(created[4].id);
    expect(del).toEqual({ id: created[4].id, object: 'customer', deleted: true });
    expect(((await stripe.customers.retrieve(created[4].id)) as Stripe.DeletedCustomer).deleted).toBe(true);
    await expect(stripe.customers.update(created[4].id, { name: 'x' })).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('returns Stripe-shaped errors for unknown ids, unknown params and wrong types', async () => {
    await expect(stripe.customers.retrieve('cus_missing')).rejects.toMatchObject({ statusCode: 404, code: 'resource_missing', message: "No such customer: 'cus_missing'" });
    await expect(stripe.customers.create({ favourite_colour: 'red' } as never)).rejects.toMatchObject({ statusCode: 400, message: 'Received unknown parameter: favourite_colour', param: 'favourite_colour' });
    await expect(stripe.customers.create({ address: { city: 'x' } } as never)).rejects.toMatchObject({ param: 'address' });
    await expect(stripe.customers.create({ metadata: 'x' } as never)).rejects.toMatchObject({ statusCode: 400, param: 'metadata' });
    await expect(stripe.customers.list({ limit: 'ten' } as never)).rejects.toMatchObject({ statusCode: 400, param: 'limit', message: 'Invalid integer: ten' });
    await expect(stripe.customers.list({ limit: 500 })).rejects.toMatchObject({ param: 'limit' });
    await expect(stripe.customers.create({ test_clock: 'clock_nope' })).rejects.toMatchObject({ statusCode: 404, param: 'test_clock' });
  });
});

describe('products and prices', () => {
  it('creates and finds prices by lookup_keys, product and type', async () => {
    const product = await stripe.products.create({ name: 'Membership', metadata: { kind: 'membership' } });
    expect(product.id).toMatch(/^prod_/);
    const monthly = await stripe.prices.create({ product: product.id, currency: 'eur', unit_amount: 500, recurring: { interval: 'month' }, lookup_key: 'member_monthly' });
    const once = await stripe.prices.create({ currency: 'eur', unit_amount: 1500, product_data: { name: 'Gift' }, lookup_key: 'gift' });
    expect(monthly).toMatchObject({ type: 'recurring', recurring: { interval: 'month', interval_count: 1 } });
    // The SDK turns the wire's decimal string into its Decimal type
    expect(String(monthly.unit_amount_decimal)).toBe('500');
    expect(once.type).toBe('one_time');
    expect((await stripe.prices.list({ lookup_keys: ['member_monthly', 'gift'] })).data.map((p) => p.id).sort()).toEqual([monthly.id, once.id].sort());
    expect((await stripe.prices.list({ product: product.id })).data).toHaveLength(1);
    expect((await stripe.prices.list({ type: 'one_time', lookup_keys: ['member_monthly', 'gift'] })).data[0].id).toBe(once.id);
    expect((await stripe.prices.retrieve(monthly.id, { expand: ['product'] })).product).toMatchObject({ name: 'Membership' });
    expect((await stripe.products.retrieve(product.id)).name).toBe('Membership');
    expect((await stripe.products.list({ ids: [product.id] })).data).toHaveLength(1);
    await expect(stripe.prices.create({ product: product.id, currency: 'eur', unit_amount: 1, lookup_key: 'gift' })).rejects.toMatchObject({ statusCode: 400, param: 'lookup_key' });
    await expect(stripe.prices.create({ product: 'prod_nope', currency: 'eur', unit_amount: 1 })).rejects.toMatchObject({ statusCode: 404 });
    await expect(stripe.prices.create({ product: product.id, unit_amount: 1 } as never)).rejects.toMatchObject({ statusCode: 400, param: 'currency' });
    await expect(stripe.products.create({} as never)).rejects.toMatchObject({ param: 'name' });
    await expect(stripe.prices.create({ product: product.id, currency: 'eur', unit_amount: 1, recurring: { interval: 'fortnight' } } as never)).rejects.toMatchObject({ param: 'recurring[interval]' });
  });
});

describe('checkout sessions', () => {
  it('validates like Stripe', async () => {
    const base = { success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'x' } } }] };
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', success_url: undefined } as never)).rejects.toMatchObject({ param: 'success_url' });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'subscription' })).rejects.toMatchObject({ param: 'line_items' });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', line_items: [{ quantity: 1, price_data: MONTHLY }] })).rejects.toMatchObject({ param: 'line_items' });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', line_items: [{ quantity: 1, price: 'price_missing' }] })).rejects.toMatchObject({ statusCode: 404, param: 'line_items[0][price]' });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', line_items: [{ price_data: base.line_items[0].price_data }] })).rejects.toMatchObject({ param: 'line_items[0][quantity]' });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', customer: 'cus_x', customer_email: 'a@b.c' })).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', expires_at: Math.floor(Date.now() / 1000) + 60 })).rejects.toMatchObject({ param: 'expires_at' });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', submit_type: 'gift' } as never)).rejects.toMatchObject({ param: 'submit_type' });
    await expect(stripe.checkout.sessions.create({ ...base, mode: 'payment', subscription_data: { metadata: { a: 'b' } } })).rejects.toMatchObject({ param: 'subscription_data' });
    await expect(stripe.checkout.sessions.retrieve('cs_test_missing')).rejects.toMatchObject({ statusCode: 404, message: "No such checkout.session: 'cs_test_missing'" });
  });

  it('lists sessions and their line items, and expands customer/subscription/invoice', async () => {
    const price = await stripe.prices.create({ currency: 'eur', unit_amount: 500, recurring: { interval: 'month' }, product_data: { name: 'Plan' } });
    const customer = await stripe.customers.create({ email: 'cs@example.org' });
    const session = await stripe.checkout.sessions.create({ mode: 'subscription', customer: customer.id, success_url: 'http://app.test/ok', line_items: [{ price: price.id, quantity: 2 }] });
    expect(session.amount_total).toBe(1000);
    const items = await stripe.checkout.sessions.listLineItems(session.id);
    expect(items.data[0]).toMatchObject({ object: 'item', quantity: 2, amount_total: 1000, price: { id: price.id } });
    await payHosted(session.url!);
    const listed = await stripe.checkout.sessions.list({ customer: customer.id, expand: ['data.subscription'] });
    expect(listed.data).toHaveLength(1);
    expect((listed.data[0].subscription as Stripe.Subscription).object).toBe('subscription');
    const subId = (listed.data[0].subscription as Stripe.Subscription).id;
    expect((await stripe.checkout.sessions.list({ subscription: subId })).data[0].id).toBe(session.id);
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['customer', 'invoice', 'line_items'] });
    expect((expanded.customer as Stripe.Customer).email).toBe('cs@example.org');
    expect((expanded.invoice as Stripe.Invoice).object).toBe('invoice');
    await expect(stripe.checkout.sessions.retrieve(session.id, { expand: ['nonsense'] })).rejects.toMatchObject({ statusCode: 400 });
  });
});

describe('subscriptions, invoices, payments', () => {
  let sub: Stripe.Subscription;
  beforeAll(async () => {
    const session = await stripe.checkout.sessions.create({ mode: 'subscription', customer_email: 'subs@example.org', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    await payHosted(session.url!);
    sub = await stripe.subscriptions.retrieve((await stripe.checkout.sessions.retrieve(session.id)).subscription as string);
  });

  it('updates metadata, cancel_at_period_end and the price', async () => {
    const meta = await stripe.subscriptions.update(sub.id, { metadata: { note: 'x' } });
    expect(meta.metadata).toMatchObject({ note: 'x' });
    const cancel = await stripe.subscriptions.update(sub.id, { cancel_at_period_end: true });
    expect(cancel.cancel_at_period_end).toBe(true);
    expect((await stripe.subscriptions.update(sub.id, { cancel_at_period_end: false })).cancel_at).toBeNull();
    const product = sub.items.data[0].price.product as string;
    const higher = await stripe.prices.create({ product, currency: 'eur', unit_amount: 1000, recurring: { interval: 'month' } });
    const swapped = await stripe.subscriptions.update(sub.id, { items: [{ id: sub.items.data[0].id, price: higher.id }], proration_behavior: 'always_invoice' });
    expect(swapped.items.data[0].price.id).toBe(higher.id);
    const invoices = await stripe.invoices.list({ subscription: sub.id });
    expect(invoices.data[0].billing_reason).toBe('subscription_update');
    expect(invoices.data[0].status).toBe('paid');
    const inline = await stripe.subscriptions.update(sub.id, { items: [{ id: sub.items.data[0].id, price_data: { currency: 'eur', product, unit_amount: 700, recurring: { interval: 'month' } } }], proration_behavior: 'none' });
    expect(inline.items.data[0].price.unit_amount).toBe(700);
    await expect(stripe.subscriptions.update(sub.id, { items: [{ id: 'si_nope', price: higher.id }] })).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.subscriptions.update(sub.id, { pause_collection: { behavior: 'void' } } as never)).rejects.toMatchObject({ message: 'Received unknown parameter: pause_collection' });
    await expect(stripe.subscriptions.retrieve('sub_nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('lists by customer and status; invoices, payment intents, charges, payment methods', async () => {
    const customer = sub.customer as string;
    expect((await stripe.subscriptions.list({ customer, status: 'active' })).data[0].id).toBe(sub.id);
    expect((await stripe.subscriptions.list({ customer, status: 'past_due' })).data).toHaveLength(0);
    const invoices = await stripe.invoices.list({ customer });
    expect(invoices.data.length).toBeGreaterThanOrEqual(1);
    const invoice = await stripe.invoices.retrieve(invoices.data.at(-1)!.id, { expand: ['payments'] });
    expect(invoice.payments?.data[0].payment.type).toBe('payment_intent');
    expect(invoice.lines.data[0].parent?.subscription_item_details?.subscription).toBe(sub.id);
    const pis = await stripe.paymentIntents.list({ customer });
    expect(pis.data.length).toBeGreaterThanOrEqual(1);
    const charges = await stripe.charges.list({ payment_intent: pis.data.at(-1)!.id });
    expect(charges.data[0].paid).toBe(true);
    const pms = await stripe.paymentMethods.list({ customer, type: 'card' });
    expect((await stripe.paymentMethods.retrieve(pms.data[0].id)).card?.last4).toBe('4242');
    await expect(stripe.invoices.retrieve('in_nope')).rejects.toMatchObject({ statusCode: 404 });
    await expect(stripe.charges.retrieve('ch_nope')).rejects.toMatchObject({ statusCode: 404 });
    await expect(stripe.paymentIntents.retrieve('pi_nope')).rejects.toMatchObject({ statusCode: 404 });
    await expect(stripe.refunds.create({})).rejects.toMatchObject({ statusCode: 400 });
  });

  it('creates portal sessions only with a saved configuration, and validates the customer', async () => {
    // Stripe refuses a portal session until the account has a (default or given) configuration
    await expect(stripe.billingPortal.sessions.create({ customer: sub.customer as string })).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('No configuration provided') });
    const configuration = await stripe.billingPortal.configurations.create({ features: { subscription_cancel: { enabled: true }, payment_method_update: { enabled: true } }, metadata: { app: 'test' } });
    expect(configuration).toMatchObject({ object: 'billing_portal.configuration', is_default: false, active: true, metadata: { app: 'test' } });
    expect((await stripe.billingPortal.configurations.list({ active: true })).data.map((c) => c.id)).toContain(configuration.id);
    const portal = await stripe.billingPortal.sessions.create({ customer: sub.customer as string, configuration: configuration.id, return_url: 'http://app.test/account' });
    expect(portal).toMatchObject({ object: 'billing_portal.session', return_url: 'http://app.test/account', configuration: configuration.id });
    await stripe.billingPortal.configurations.update(configuration.id, { active: false });
    await expect(stripe.billingPortal.sessions.create({ customer: sub.customer as string, configuration: configuration.id })).rejects.toMatchObject({ param: 'configuration' });
    await expect(stripe.billingPortal.sessions.create({ customer: 'cus_nope' })).rejects.toMatchObject({ statusCode: 404 });
    await expect(stripe.billingPortal.sessions.create({} as never)).rejects.toMatchObject({ param: 'customer' });
  });
});

describe('events, endpoints and clocks', () => {
  it('names the API request that caused an event', async () => {
    const customer = await stripe.customers.create({ email: 'req@example.org' }, { idempotencyKey: 'req-key' });
    const [event] = (await stripe.events.list({ type: 'customer.created', limit: 1 })).data;
    expect((event.data.object as Stripe.Customer).id).toBe(customer.id);
    expect(event.request).toEqual({ id: customer.lastResponse.requestId, idempotency_key: 'req-key' });
  });

  it('retrieves and filters events', async () => {
    const events = await stripe.events.list({ type: 'customer.created', limit: 3 });
    expect(events.data.every((e) => e.type === 'customer.created')).toBe(true);
    expect((await stripe.events.retrieve(events.data[0].id)).id).toBe(events.data[0].id);
    const since = events.data[0].created;
    expect((await stripe.events.list({ created: { gte: since } })).data.every((e) => e.created >= since)).toBe(true);
    expect((await stripe.events.list({ types: ['invoice.*'] })).data.every((e) => e.type.startsWith('invoice.'))).toBe(true);
    await expect(stripe.events.retrieve('evt_nope')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('pages through events like Stripe: newest first, starting_after backwards, ending_before forwards', async () => {
    for (let i = 0; i < 5; i++) await stripe.customers.create({ email: `page${i}@example.org` });
    const newest = (await stripe.events.list({ type: 'customer.created', limit: 5 })).data;
    expect(newest.map((e) => (e.data.object as Stripe.Customer).email)).toEqual(['page4@example.org', 'page3@example.org', 'page2@example.org', 'page1@example.org', 'page0@example.org']);
    const older = await stripe.events.list({ type: 'customer.created', limit: 2, starting_after: newest[1].id });
    expect(older.data.map((e) => e.id)).toEqual([newest[2].id, newest[3].id]);
    expect(older.has_more).toBe(true);
    const newer = await stripe.events.list({ type: 'customer.created', limit: 2, ending_before: newest[4].id });
    expect(newer.data.map((e) => e.id)).toEqual([newest[2].id, newest[3].id]);
    expect(newer.has_more).toBe(true);
    const all: string[] = [];
    for await (const e of stripe.events.list({ type: 'customer.created', created: { gte: newest[4].created }, limit: 2 })) all.push(e.id);
    expect(all).toEqual(expect.arrayContaining(newest.map((e) => e.id)));
  });

  it('keeps events listable and retrievable for 30 days, as Stripe does', async () => {
    // Its own emulator: the clock moves a month
    const own = await startTestEmulator();
    try {
      const customer = await own.stripe.customers.create({ email: 'old@example.org' });
      const [event] = (await own.stripe.events.list({ type: 'customer.created', limit: 1 })).data;
      expect((event.data.object as Stripe.Customer).id).toBe(customer.id);
      await own.control('advance', { seconds: 29 * 86_400 });
      expect((await own.stripe.events.retrieve(event.id)).id).toBe(event.id);
      await own.control('advance', { seconds: 2 * 86_400 });
      await expect(own.stripe.events.retrieve(event.id)).rejects.toMatchObject({ statusCode: 404 });
      expect((await own.stripe.events.list({ limit: 100 })).data.map((e) => e.id)).not.toContain(event.id);
    } finally {
      await own.close();
    }
  });

  it('manages webhook endpoints and test clocks', async () => {
    const we = await stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:1/hook', enabled_events: ['invoice.paid'] });
    expect(we.secret).toMatch(/^whsec_/);
    await expect(stripe.webhookEndpoints.create({ url: 'http://x' } as never)).rejects.toMatchObject({ param: 'enabled_events' });
    expect((await stripe.webhookEndpoints.del(we.id)).deleted).toBe(true);
    await expect(stripe.webhookEndpoints.del(we.id)).rejects.toMatchObject({ statusCode: 404 });
    const clock = await stripe.testHelpers.testClocks.create({ frozen_time: 2_000_000_000 });
    expect(clock).toMatchObject({ status: 'ready', frozen_time: 2_000_000_000 });
    await expect(stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: 1_000 })).rejects.toMatchObject({ param: 'frozen_time' });
    await expect(stripe.testHelpers.testClocks.create({} as never)).rejects.toMatchObject({ param: 'frozen_time' });
    const customer = await stripe.customers.create({ test_clock: clock.id });
    expect(customer.test_clock).toBe(clock.id);
    expect(customer.created).toBe(2_000_000_000);
    expect((await stripe.customers.list({ test_clock: clock.id })).data).toHaveLength(1);
  });
});

describe('idempotency', () => {
  it('replays the first response for the same key and rejects other params', async () => {
    const first = await stripe.customers.create({ email: 'idem@example.org' }, { idempotencyKey: 'key-1' });
    const again = await stripe.customers.create({ email: 'idem@example.org' }, { idempotencyKey: 'key-1' });
    expect(again.id).toBe(first.id);
    expect((await stripe.customers.list({ email: 'idem@example.org' })).data).toHaveLength(1);
    await expect(stripe.customers.create({ email: 'other@example.org' }, { idempotencyKey: 'key-1' })).rejects.toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
    const failed = await raw('POST', '/v1/customers/cus_nope', 'name=x', { 'idempotency-key': 'key-2' });
    const replayed = await raw('POST', '/v1/customers/cus_nope', 'name=x', { 'idempotency-key': 'key-2' });
    expect(replayed.status).toBe(404);
    expect(replayed.json).toEqual(failed.json);
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    // Each SDK call gets its own automatic key, so two plain creates are two customers
    await stripe.customers.create({ email: 'twice@example.org' });
    await stripe.customers.create({ email: 'twice@example.org' });
    expect((await stripe.customers.list({ email: 'twice@example.org' })).data).toHaveLength(2);
  });

  it('parses nested form keys and expand[] the way curl sends them', async () => {
    const res = await raw('POST', '/v1/customers', 'email=curl%40example.org&metadata[a]=1&expand[]=test_clock');
    expect(res.status).toBe(200);
    expect(res.json.metadata).toEqual({ a: '1' });
  });
});
