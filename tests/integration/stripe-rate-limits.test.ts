// Stripe refuses a burst of requests with 429 and Stripe-Should-Retry (its rate limit; test mode allows 25 a second):
// the app's SDK client waits and retries, so a reader's checkout start and a webhook's sync still succeed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { db } from '@/db/client';
import { processStripeEvent } from '@/lib/stripe/process-stripe-event';
import { startCheckout } from '@/lib/support/start-checkout';
import { useTestDatabase } from '../helpers/test-database';
import { emulatorControl, payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

const APP = 'http://news.test';
let t: TestStripe;

describe('a burst of 429s from Stripe', () => {
  const database = useTestDatabase();
  const refused = async () => ((await (await fetch(`${t.emulator.url}/_emulator/requests`)).json()) as { refused: number }).refused;

  beforeAll(async () => {
    t = await startTestStripe();
  });
  afterAll(async () => {
    await t.emulator.close();
  });

  it('a reader\'s checkout start waits it out and still reaches Stripe Checkout', async () => {
    const before = await refused();
    await emulatorControl(t.emulator, 'rate-limit', { refuse_next: 2, should_retry: true });
    const response = await startCheckout(new Request(`${APP}/support/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP, 'x-client-ip': '10.7.0.1' },
      body: new URLSearchParams({ frequency: 'monthly', amount: '10', currency: 'usd', placement: 'support-page' }).toString(),
    }), { stripe: () => t.stripe, database: database().db, appUrl: APP, publicationName: 'The Ledger' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(/\/c\/pay\/cs_/);
    expect(await refused()).toBe(before + 2);
    expect(await payCheckout(response.headers.get('location')!, { email: 'burst@example.org' })).toContain('/support/thank-you');
  });

  it('a webhook\'s sync waits it out and records the payment', async () => {
    const [completed] = (await t.stripe.events.list({ type: 'checkout.session.completed', limit: 1 })).data as Stripe.Event[];
    const before = await refused();
    await emulatorControl(t.emulator, 'rate-limit', { refuse_next: 2, should_retry: true });
    expect(await processStripeEvent({ event: completed, stripe: t.stripe, database: db })).toMatchObject({ applied: true });
    expect(await refused()).toBe(before + 2);
    const rows = await db.execute<{ status: string; amount: number }>(sql`select status, amount from contributions`);
    expect(rows.rows).toEqual([{ status: 'paid', amount: 1000 }]);
  });
});
