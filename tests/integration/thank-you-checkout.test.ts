// The thank-you page's checkout: the local record first; Stripe only for a session this site started whose outcome is
// not recorded yet, and at most a few times per client. Stripe's calls are counted in the emulator's request log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkoutSessions, rateLimits } from '@/db/schema';
import { readThankYouCheckout, thankYouRateLimit } from '@/lib/memberships/read-thank-you-checkout';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import type { SupportChoice } from '@/lib/support/validate-support-form';
import { useTestDatabase } from '../helpers/test-database';
import { emulatorControl, payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

let t: TestStripe;

async function stripeCalls(): Promise<number> {
  return ((await emulatorControl(t.emulator, 'requests', {}, 'GET')) as { total: number }).total;
}

const choice = (patch: Partial<SupportChoice> = {}): SupportChoice =>
  ({ frequency: 'once', currency: 'usd', amount: 2500, amountText: '25', placement: 'article-end', articleSlug: 'old-river-bridge', nonce: null, ...patch });

describe('the thank-you page’s checkout', () => {
  const database = useTestDatabase();
  const read = (sessionId: unknown, clientIp = '192.0.2.10') => readThankYouCheckout({ sessionId, clientIp, stripe: () => t.stripe, database: database().db });

  beforeAll(async () => {
    t = await startTestStripe();
  });
  afterAll(async () => t?.emulator.close());

  it('answers a well-formed but unknown id, and a malformed one, as not found without asking Stripe', async () => {
    const before = await stripeCalls();
    for (const id of ['cs_test_a1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuVwXyZ', 'cs_live_00000000000000', 'cs_x', 'pi_123456789012', '', undefined, ['cs_test_a1B2c3D4e5F6'], 'cs_test_../../v1']) {
      expect(await read(id)).toBe('missing');
    }
    expect(await stripeCalls()).toBe(before);
  });

  it('confirms a paid checkout from Stripe once, then from the record alone', async () => {
    const session = await createCheckoutSession({ stripe: t.stripe, database: database().db, choice: choice(), appUrl: 'http://news.test', publicationName: 'The Ledger' });
    expect(await payCheckout(session.url, { email: 'giver@example.org' })).toContain('/support/thank-you');
    const before = await stripeCalls();
    const first = await read(session.id);
    expect(await stripeCalls()).toBeGreaterThan(before);
    expect(first).toMatchObject({ state: 'paid', frequency: 'once', amount: 2500, currency: 'usd', gift: '$25 once', email: 'giver@example.org', articleSlug: 'old-river-bridge' });
    const afterFirst = await stripeCalls();
    const again = await read(session.id);
    expect(again).toEqual(first);
    expect(await stripeCalls()).toBe(afterFirst);
  });

  it('a monthly checkout read from the record names its subscription, as Stripe does', async () => {
    const session = await createCheckoutSession({ stripe: t.stripe, database: database().db, choice: choice({ frequency: 'monthly', amount: 500, amountText: '5' }), appUrl: 'http://news.test', publicationName: 'The Ledger' });
    await payCheckout(session.url, { email: 'monthly@example.org' });
    const fromStripe = await read(session.id);
    const calls = await stripeCalls();
    expect(fromStripe).toMatchObject({ state: 'paid', gift: '$5 a month', subscriptionId: expect.stringMatching(/^sub_/) });
    expect(await read(session.id)).toEqual(fromStripe);
    expect(await stripeCalls()).toBe(calls);
  });

  it('limits the Stripe reads one client can cause; another client is not held up', async () => {
    const { db } = database();
    await db.delete(rateLimits);
    // Checkouts this site started whose outcome is not recorded yet (Stripe does not know them: each read is a 404).
    const ids = Array.from({ length: 60 }, (_, i) => `cs_test_flood${String(i).padStart(6, '0')}`);
    await db.insert(checkoutSessions).values(ids.map((id) => ({ stripeCheckoutSessionId: id, frequency: 'once' as const, amount: 500, currency: 'usd' })));
    const THANK_YOU_STRIPE_READS = thankYouRateLimit();
    const before = await stripeCalls();
    const answers = [];
    for (const id of ids) answers.push(await read(id, '203.0.113.9'));
    expect(await stripeCalls()).toBe(before + THANK_YOU_STRIPE_READS.limit);
    expect(answers.slice(0, THANK_YOU_STRIPE_READS.limit).every((a) => a === 'missing')).toBe(true);
    expect(answers.slice(THANK_YOU_STRIPE_READS.limit).every((a) => a === 'unavailable')).toBe(true);
    expect(await read(ids[0], '198.51.100.20')).toBe('missing');
    expect(await stripeCalls()).toBe(before + THANK_YOU_STRIPE_READS.limit + 1);
  });
});
