// Bank debits (SEPA Direct Debit on the emulator, as Stripe's delayed test IBANs behave): a payment is processing until
// the bank answers a few minutes later on Stripe's clock, then paid (and only then thanked by email) or failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import type { SupportChoice } from '@/lib/support/validate-support-form';
import { paymentStatusLabel } from '@/lib/memberships/payment-status-label';
import { useTestDatabase } from '../helpers/test-database';
import { applyNewEvents, emulatorControl, IBAN_FAILS, IBAN_SETTLES, payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

let t: TestStripe;
const applied = new Set<string>();

function choice(patch: Partial<SupportChoice>): SupportChoice {
  return { frequency: 'monthly', currency: 'eur', amount: 1000, amountText: '10', placement: 'article-end', articleSlug: null, nonce: null, ...patch };
}

describe('a bank debit through the app', () => {
  const database = useTestDatabase();
  const deliver = () => applyNewEvents(t, database().db, applied);
  const row = async (query: ReturnType<typeof sql>) => (await database().db.execute<Record<string, unknown>>(query)).rows[0];
  const contribution = (email: string) => row(sql`select c.status, c.paid_at, c.failed_at, c.amount, c.frequency from contributions c
    join supporters s on s.id = c.supporter_id where s.email = ${email}`);
  const thanked = async (email: string) => Number((await row(sql`select count(*)::int as n from email_outbox where "to" = ${email} and subject like 'Thank you%'`))!.n);
  const checkout = (email: string) => row(sql`select c.status from checkout_sessions c where c.stripe_checkout_session_id = (
    select stripe_checkout_session_id from contributions x join supporters s on s.id = x.supporter_id where s.email = ${email} and x.stripe_checkout_session_id is not null limit 1)`);
  const pay = async (c: SupportChoice, email: string, iban: string) => {
    const session = await createCheckoutSession({ stripe: t.stripe, database: database().db, choice: c, appUrl: 'http://news.test', publicationName: 'The Ledger' });
    expect(await payCheckout(session.url, { email, iban })).toContain('/support/thank-you');
  };

  beforeAll(async () => {
    t = await startTestStripe();
    await pay(choice({}), 'monthly@example.org', IBAN_SETTLES);
    await pay(choice({}), 'bounced@example.org', IBAN_FAILS);
    await pay(choice({ frequency: 'once', amount: 2500, amountText: '25' }), 'gift@example.org', IBAN_SETTLES);
    await deliver();
  });

  afterAll(async () => {
    await t.emulator.close();
  });

  it('while the bank has not answered, each payment is processing (not failed), unthanked, and reads so', async () => {
    for (const email of ['monthly@example.org', 'bounced@example.org', 'gift@example.org']) {
      expect(await contribution(email)).toMatchObject({ status: 'processing', paid_at: null, failed_at: null });
      expect(await thanked(email)).toBe(0);
      expect(await checkout(email)).toEqual({ status: 'processing' });
    }
    expect(paymentStatusLabel('processing')).toBe('Processing: waiting for your bank');
  });

  it('when the debit settles the payment is paid and the thank-you email goes; a refused one is failed as of that moment', async () => {
    await emulatorControl(t.emulator, 'advance', { seconds: 200 });
    await deliver();
    expect(await contribution('monthly@example.org')).toMatchObject({ status: 'paid', frequency: 'monthly', amount: 1000, failed_at: null });
    expect((await contribution('monthly@example.org'))!.paid_at).not.toBeNull();
    expect(await contribution('gift@example.org')).toMatchObject({ status: 'paid', frequency: 'once', amount: 2500 });
    expect(await thanked('monthly@example.org')).toBe(1);
    expect(await thanked('gift@example.org')).toBe(1);
    const failed = await contribution('bounced@example.org');
    expect(failed).toMatchObject({ status: 'failed', paid_at: null });
    expect(failed!.failed_at).not.toBeNull();
    expect(await thanked('bounced@example.org')).toBe(0);
    expect(await checkout('monthly@example.org')).toEqual({ status: 'complete' });
    expect(await checkout('bounced@example.org')).toEqual({ status: 'failed' });
  });

  it('the staff see the same: processing, paid or failed as Stripe said', async () => {
    const statuses = await database().db.execute<{ status: string }>(sql`select status from contributions order by status`);
    expect(statuses.rows.map((r) => r.status)).toEqual(['failed', 'paid', 'paid']);
  });
});
