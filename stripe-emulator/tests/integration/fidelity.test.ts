// Where the emulator used to be kinder than Stripe: product and price updates, inactive products, submit_type,
// Stripe-Version, expand[], the PaymentIntent of an expired session, rate limits, the request count.
import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { CARDS, MONTHLY, payHosted, emulatorForFile } from '../helpers';

const env = emulatorForFile();

const ONCE = { currency: 'eur', unit_amount: 1500, product_data: { name: 'Gift' } };

describe('products and prices', () => {
  it('updates a product (archive, restore, rename) with product.updated naming what changed', async () => {
    const product = await env.t.stripe.products.create({ name: 'Support', metadata: { app: 'news' } });
    const archived = await env.t.stripe.products.update(product.id, { active: false });
    expect(archived.active).toBe(false);
    const renamed = await env.t.stripe.products.update(product.id, { active: true, name: 'Support us', metadata: { frequency: 'monthly' } });
    expect(renamed).toMatchObject({ active: true, name: 'Support us', metadata: { app: 'news', frequency: 'monthly' } });
    await env.receiver.waitFor((r) => r.filter((x) => x.event.type === 'product.updated').length >= 2);
    const updates = env.receiver.received.filter((r) => r.event.type === 'product.updated');
    expect(updates[0].event.data.previous_attributes).toEqual({ active: true });
    expect(updates[1].event.data.previous_attributes).toMatchObject({ active: false, name: 'Support' });
    await expect(env.t.stripe.products.update('prod_nope', { active: true })).rejects.toMatchObject({ statusCode: 404 });
  });

  it('archives a price and moves its lookup key', async () => {
    const product = await env.t.stripe.products.create({ name: 'Prices' });
    const first = await env.t.stripe.prices.create({ product: product.id, currency: 'eur', unit_amount: 500, lookup_key: 'fidelity_key' });
    const second = await env.t.stripe.prices.create({ product: product.id, currency: 'eur', unit_amount: 600 });
    await expect(env.t.stripe.prices.update(second.id, { lookup_key: 'fidelity_key' })).rejects.toMatchObject({ code: 'lookup_key_already_exists' });
    await env.t.stripe.prices.update(second.id, { lookup_key: 'fidelity_key', transfer_lookup_key: true });
    expect((await env.t.stripe.prices.retrieve(first.id)).lookup_key).toBeNull();
    expect((await env.t.stripe.prices.update(first.id, { active: false })).active).toBe(false);
  });

  it('refuses Checkout with an inactive product or price', async () => {
    const product = await env.t.stripe.products.create({ name: 'Archived' });
    const price = await env.t.stripe.prices.create({ product: product.id, currency: 'eur', unit_amount: 500 });
    await env.t.stripe.products.update(product.id, { active: false });
    const base = { mode: 'payment' as const, success_url: 'http://app.test/ok' };
    await expect(env.t.stripe.checkout.sessions.create({ ...base, line_items: [{ quantity: 1, price_data: { currency: 'eur', unit_amount: 500, product: product.id } }] }))
      .rejects.toMatchObject({ statusCode: 400, param: 'line_items[0][price_data][product]' });
    await expect(env.t.stripe.checkout.sessions.create({ ...base, line_items: [{ quantity: 1, price: price.id }] })).rejects.toMatchObject({ statusCode: 400 });
    await env.t.stripe.products.update(product.id, { active: true });
    await env.t.stripe.prices.update(price.id, { active: false });
    await expect(env.t.stripe.checkout.sessions.create({ ...base, line_items: [{ quantity: 1, price: price.id }] })).rejects.toMatchObject({ param: 'line_items[0][price]' });
  });
});

describe('Checkout Session parameters', () => {
  it('takes submit_type from the SDK\'s enum in payment and subscription mode, and names the button after it', async () => {
    const donate = await env.t.stripe.checkout.sessions.create({ mode: 'subscription', submit_type: 'donate', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    expect(donate.submit_type).toBe('donate');
    expect(await (await fetch(donate.url!)).text()).toMatch(/<button type="submit">Donate<\/button>/);
    const subscribe = await env.t.stripe.checkout.sessions.create({ mode: 'subscription', submit_type: 'subscribe', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: MONTHLY }] });
    expect(await (await fetch(subscribe.url!)).text()).toMatch(/<button type="submit">Subscribe<\/button>/);
    const auto = await env.t.stripe.checkout.sessions.create({ mode: 'payment', submit_type: 'auto', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] });
    expect(await (await fetch(auto.url!)).text()).toMatch(/<button type="submit">Pay<\/button>/);
    await expect(env.t.stripe.checkout.sessions.create({ mode: 'payment', submit_type: 'gift' as never, success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] }))
      .rejects.toMatchObject({ statusCode: 400, param: 'submit_type' });
  });

  it('offers SEPA Direct Debit for euro amounts unless allowed/excluded_payment_method_types say otherwise', async () => {
    const eur = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] });
    expect(eur.payment_method_types).toEqual(['card', 'sepa_debit']);
    const usd = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { ...ONCE, currency: 'usd' } }] });
    expect(usd.payment_method_types).toEqual(['card']);
    const cardOnly = await env.t.stripe.checkout.sessions.create({ mode: 'payment', excluded_payment_method_types: ['sepa_debit'], success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] });
    expect(cardOnly.payment_method_types).toEqual(['card']);
    expect(await (await fetch(cardOnly.url!)).text()).not.toContain('IBAN');
    const allowed = await env.t.stripe.checkout.sessions.create({ mode: 'payment', allowed_payment_method_types: ['card'], success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] });
    expect(allowed).toMatchObject({ payment_method_types: ['card'], allowed_payment_method_types: ['card'] });
    await expect(env.t.stripe.checkout.sessions.create({ mode: 'payment', allowed_payment_method_types: ['sepa_debit'], success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: { ...ONCE, currency: 'usd' } }] }))
      .rejects.toMatchObject({ param: 'allowed_payment_method_types' });
    // Gone at this API version (the SDK's SessionCreateParams has no payment_method_types)
    await expect(env.t.stripe.checkout.sessions.create({ mode: 'payment', payment_method_types: ['card'], success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] } as never))
      .rejects.toMatchObject({ message: 'Received unknown parameter: payment_method_types' });
  });

  it('cancels the PaymentIntent a declined attempt left when the session expires', async () => {
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'payment', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] });
    expect((await payHosted(session.url!, { cardnumber: CARDS.declined })).status).toBe(402);
    const attempted = await env.t.stripe.checkout.sessions.retrieve(session.id);
    expect((await env.t.stripe.paymentIntents.retrieve(attempted.payment_intent as string)).status).toBe('requires_payment_method');
    await env.t.stripe.checkout.sessions.expire(session.id);
    const intent = await env.t.stripe.paymentIntents.retrieve(attempted.payment_intent as string);
    expect(intent).toMatchObject({ status: 'canceled', cancellation_reason: 'expired' });
    await env.receiver.waitFor((r) => r.some((x) => x.event.type === 'payment_intent.canceled' && (x.event.data.object as Stripe.PaymentIntent).id === intent.id));
  });
});

describe('the wire', () => {
  it('refuses an unknown Stripe-Version and one the emulator does not render', async () => {
    const older = new Stripe('sk_test_version', { ...env.t.emulator.stripeConfig, apiVersion: '2020-08-27' as never, maxNetworkRetries: 0 });
    await expect(older.customers.list()).rejects.toMatchObject({ statusCode: 400, message: expect.stringContaining('Invalid Stripe API version: 2020-08-27') });
    const res = await fetch(`${env.t.emulator.url}/v1/customers`, { headers: { authorization: 'Bearer sk_test_x', 'stripe-version': 'banana' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe('Invalid Stripe API version: banana');
    const current = await fetch(`${env.t.emulator.url}/v1/customers`, { headers: { authorization: 'Bearer sk_test_x', 'stripe-version': '2026-10-28.endive' } });
    expect(current.status).toBe(200);
  });

  it('expands only what Stripe marks expandable', async () => {
    const session = await env.t.stripe.checkout.sessions.create({ mode: 'payment', customer_creation: 'always', success_url: 'http://app.test/ok', line_items: [{ quantity: 1, price_data: ONCE }] });
    await payHosted(session.url!);
    const done = await env.t.stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge', 'customer', 'line_items'] });
    expect(((done.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge).object).toBe('charge');
    for (const path of ['customer_email', 'id', 'payment_intent.metadata', 'payment_intent.latest_charge.billing_details', 'metadata']) {
      await expect(env.t.stripe.checkout.sessions.retrieve(session.id, { expand: [path] })).rejects.toMatchObject({ statusCode: 400, message: `This property cannot be expanded (${path}).` });
    }
    const charge = (done.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
    expect(charge.refunds).toBeUndefined();
    expect((await env.t.stripe.charges.retrieve(charge.id, { expand: ['refunds'] })).refunds?.object).toBe('list');
  });
});

describe('rate limits and counted requests', () => {
  it('answers 429 rate_limit with Stripe-Should-Retry when asked, and the SDK retries through it', async () => {
    await env.t.control('rate-limit', { refuse_next: 1, should_retry: true });
    const raw = await fetch(`${env.t.emulator.url}/v1/customers`, { headers: { authorization: 'Bearer sk_test_x' } });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('stripe-should-retry')).toBe('true');
    expect((await raw.json()).error.code).toBe('rate_limit');

    const patient = new Stripe('sk_test_retry', { ...env.t.emulator.stripeConfig, maxNetworkRetries: 2 });
    await env.t.control('rate-limit', { refuse_next: 2 });
    expect((await patient.customers.create({ email: 'retry@example.org' })).email).toBe('retry@example.org');
    await env.t.control('rate-limit', { refuse_next: 3 });
    await expect(patient.customers.create({ email: 'gives-up@example.org' })).rejects.toMatchObject({ statusCode: 429, type: 'StripeRateLimitError' });
    await env.t.control('rate-limit', { refuse_next: 0, should_retry: false });
    await env.t.control('rate-limit', { refuse_next: 1 });
    await expect(patient.customers.list()).rejects.toMatchObject({ statusCode: 429 });
    await env.t.control('rate-limit', { refuse_next: 0, should_retry: true });
  });

  it('limits to N requests a second when asked (Stripe test mode allows 25)', async () => {
    await env.t.control('rate-limit', { per_second: 5 });
    const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${env.t.emulator.url}/v1/customers?limit=1`, { headers: { authorization: 'Bearer sk_test_x' } }).then((r) => r.status)));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(10);
    await env.t.control('rate-limit', { per_second: 'off' });
  });

  it('counts the requests it served per operation', async () => {
    const before = await env.t.control('requests');
    await env.t.stripe.customers.create({ email: 'count@example.org' });
    await env.t.stripe.customers.list({ limit: 1 });
    const after = await env.t.control('requests');
    expect(after.total - before.total).toBe(2);
    expect(after.by_operation['POST /v1/customers'] - (before.by_operation['POST /v1/customers'] ?? 0)).toBe(1);
  });
});
