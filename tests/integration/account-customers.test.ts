// One reader, their Stripe customers: a signed-in reader's Checkout reuses their customer; every customer the app's
// Checkouts made is recorded; "Delete my account" deletes exactly those and cancels exactly the app's subscriptions,
// never another product's customer with the same email, and never misses one whose email Stripe holds in other case.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import { db } from '@/db/client';
import { stripeCustomers } from '@/db/schema';
import { deleteAccount } from '@/lib/account/delete-account';
import { linkSupporterToUser } from '@/lib/account/link-supporter-to-user';
import { findReaderCustomer } from '@/lib/memberships/find-reader-customer';
import { syncCheckoutSession } from '@/lib/memberships/sync-checkout-session';
import { startCheckout } from '@/lib/support/start-checkout';
import { useTestDatabase } from '../helpers/test-database';
import { payCheckout } from '../helpers/stripe-checkout';
import { createSignedInUser } from './admin-session-helper';
import { createUser, getSupporterIdByEmail, giveOnce, startMonthlySupport, useAccountEmulator } from './account-fixtures';

const APP = 'http://localhost:3999';

async function foreignSubscription(stripe: Stripe, customer: string): Promise<string> {
  const product = await stripe.products.create({ name: 'Crossword Pro' });
  const session = await stripe.checkout.sessions.create({
    mode: 'subscription', customer, success_url: 'https://shop.test/ok', cancel_url: 'https://shop.test/no',
    line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 900, product: product.id, recurring: { interval: 'month' } } }],
  });
  expect(await payCheckout(session.url!, { email: 'case@example.org' })).toBe('https://shop.test/ok');
  return (await stripe.checkout.sessions.retrieve(session.id)).subscription as string;
}

describe('the reader\'s Stripe customers', () => {
  useTestDatabase();
  const emulator = useAccountEmulator();

  it('deletion deletes the app\'s customers of the reader (whatever case Stripe holds their email in) and nothing else', async () => {
    const { stripe } = emulator();
    const user = await createUser('case@example.org');
    const monthly = await startMonthlySupport(stripe, 'case@example.org');
    // A gift given signed out, typed with capitals: Stripe keeps "Case@Example.org", which its email filter never matches.
    const giftCustomer = await giveOnce(stripe, 'Case@Example.org');
    expect((await stripe.customers.retrieve(giftCustomer) as Stripe.Customer).email).toBe('Case@Example.org');
    // The same address buys the crossword on the same account.
    const foreignCustomer = await stripe.customers.create({ email: 'case@example.org', name: 'Case' });
    const foreignSub = await foreignSubscription(stripe, foreignCustomer.id);
    const supporterId = await getSupporterIdByEmail('case@example.org');
    const recorded = await db.select().from(stripeCustomers).where(eq(stripeCustomers.supporterId, supporterId));
    expect(recorded.map((r) => r.stripeCustomerId).sort()).toEqual([monthly.customer as string, giftCustomer].sort());

    await linkSupporterToUser(user);
    expect(await deleteAccount({ user, fields: { confirm: 'delete' }, now: new Date() })).toMatchObject({ ok: true });

    for (const id of [monthly.customer as string, giftCustomer]) expect(await stripe.customers.retrieve(id)).toMatchObject({ deleted: true });
    expect((await stripe.subscriptions.retrieve(monthly.id)).status).toBe('canceled');
    expect(await stripe.customers.retrieve(foreignCustomer.id)).not.toHaveProperty('deleted', true);
    expect((await stripe.subscriptions.retrieve(foreignSub)).status).toBe('active');
  });

  it('a signed-in reader\'s new Checkout reuses their customer instead of making another', async () => {
    const { stripe, emulator: e } = emulator();
    const { userId, cookie } = await createSignedInUser({ email: 'again@example.org', role: 'reader' });
    const first = await giveOnce(stripe, 'again@example.org');
    await linkSupporterToUser({ id: userId, email: 'again@example.org', name: null });
    expect(await findReaderCustomer({ id: userId, email: 'again@example.org' })).toBe(first);
    const customersBefore = Object.keys(e.context.state.objects.customers).length;
    for (const frequency of ['once', 'monthly']) {
      const response = await startCheckout(new Request(`${APP}/support/checkout`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP, cookie, 'x-client-ip': `10.9.0.${frequency.length}` },
        body: new URLSearchParams({ frequency, amount: '12', currency: 'usd', placement: 'support-page', article: '' }).toString(),
      }), { stripe: () => stripe, database: db, appUrl: APP, publicationName: 'The Ledger', customerFor: findReaderCustomer });
      expect(response.status).toBe(303);
      const url = response.headers.get('location')!;
      const sessionId = /cs_[A-Za-z0-9_]+/.exec(url)![0];
      expect((await stripe.checkout.sessions.retrieve(sessionId)).customer).toBe(first);
      expect(await payCheckout(url, { email: 'again@example.org' })).toContain('/support/thank-you');
      const synced = await syncCheckoutSession({ stripe, database: db, sessionId });
      expect(synced!.session.customer).toBe(first);
    }
    expect(Object.keys(e.context.state.objects.customers).length).toBe(customersBefore);
  });

  it('a reader whose customer was deleted at Stripe still gets a Checkout, with a new customer', async () => {
    const { stripe } = emulator();
    const { userId, cookie } = await createSignedInUser({ email: 'gone@example.org', role: 'reader' });
    const first = await giveOnce(stripe, 'gone@example.org');
    await linkSupporterToUser({ id: userId, email: 'gone@example.org', name: null });
    await stripe.customers.del(first);
    const response = await startCheckout(new Request(`${APP}/support/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP, cookie, 'x-client-ip': '10.9.1.1' },
      body: new URLSearchParams({ frequency: 'once', amount: '12', currency: 'usd', placement: 'support-page', article: '' }).toString(),
    }), { stripe: () => stripe, database: db, appUrl: APP, publicationName: 'The Ledger', customerFor: findReaderCustomer });
    expect(response.status).toBe(303);
  });
});
