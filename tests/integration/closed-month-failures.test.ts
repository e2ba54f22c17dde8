// A failed payment counts in the month it failed, and stays there when it is paid later: a renewal declined on the
// 29th (the reader's new card fails), paid by Stripe's retry three days later, in the next month, after the reader
// fixed their card in the Billing Portal. The first month's failed payments read the same before and after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { getDashboard } from '@/lib/reports/get-dashboard';
import { parseReportRange } from '@/lib/reports/parse-report-range';
import { findPortalConfigurationId } from '@/lib/stripe/portal-configuration';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import { useTestDatabase } from '../helpers/test-database';
import { applyNewEvents, emulatorControl, payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

const FAILS = '4000 0000 0000 0341';
let t: TestStripe;
const applied = new Set<string>();
const DAY = 86_400;
const day = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);
const monthStart = (year: number, month: number) => Date.UTC(year, month, 1) / 1000;

describe('a closed month keeps its failed payments', () => {
  const database = useTestDatabase();
  const deliver = () => applyNewEvents(t, database().db, applied);
  let failedMonth: { from: string; to: string };
  let before: unknown;
  let subscription: string;
  let customer: string;

  const failures = async (month: { from: string; to: string }) => {
    const never = new Date(Date.UTC(2100, 0, 1));
    const parsed = parseReportRange({ ...month, timeZone: 'UTC', now: never });
    if (!parsed.ok) throw new Error(parsed.message);
    const [usd] = (await getDashboard({ range: parsed.range, currency: 'usd', now: never })).summaries;
    return usd && { received: usd.received, failed: usd.failed };
  };
  /** The reader changes their card on Stripe's Billing Portal. */
  const changeCard = async (card: string) => {
    const portal = await t.stripe.billingPortal.sessions.create({ customer, configuration: (await findPortalConfigurationId(t.stripe))!, return_url: 'http://news.test/account' });
    const body = new URLSearchParams({ cardnumber: card, exp: '12 / 34', cvc: '123', name: 'Rae Reader' });
    const response = await fetch(`${portal.url}/payment-method`, { method: 'POST', body, redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(response.status).toBe(303);
  };

  beforeAll(async () => {
    t = await startTestStripe();
    const now = new Date(((await (await fetch(`${t.emulator.url}/_emulator/now`)).json()) as { now: number }).now * 1000);
    // Support starts on the 29th at noon, so the renewal fails on (about) the 29th and a retry three days later is in the next month.
    const start = monthStart(now.getUTCFullYear(), now.getUTCMonth() + 1) + 28 * DAY + DAY / 2;
    await emulatorControl(t.emulator, 'advance', { to: start });
    const session = await createCheckoutSession({
      stripe: t.stripe, database: database().db, appUrl: 'http://news.test', publicationName: 'The Ledger',
      choice: { frequency: 'monthly', currency: 'usd', amount: 1000, amountText: '10', placement: 'article-end', articleSlug: null, nonce: null },
    });
    expect(await payCheckout(session.url, { email: 'renews@example.org' })).toBeTruthy();
    const paid = await t.stripe.checkout.sessions.retrieve(session.id);
    subscription = paid.subscription as string;
    customer = paid.customer as string;
    await deliver();
    await changeCard(FAILS);
    const renewal = (await t.stripe.subscriptions.retrieve(subscription)).items.data[0].current_period_end;
    const renewalDate = new Date(renewal * 1000);
    failedMonth = { from: day(monthStart(renewalDate.getUTCFullYear(), renewalDate.getUTCMonth())), to: day(monthStart(renewalDate.getUTCFullYear(), renewalDate.getUTCMonth() + 1) - DAY) };
    await emulatorControl(t.emulator, 'advance', { to: renewal + 3600 });
    await deliver();
    before = await failures(failedMonth);
    await changeCard('4242 4242 4242 4242');
    // Stripe retries three days after the failure: paid, in the next month.
    await emulatorControl(t.emulator, 'advance', { to: renewal + 3 * DAY + 3600 });
    await deliver();
  });

  afterAll(async () => {
    await t.emulator.close();
  });

  it('the renewal failed in its month', () => {
    expect(before).toEqual({ received: 0, failed: { count: 1, amount: 1000 } });
  });

  it('paid by the retry in the next month, the failed month reads the same', async () => {
    const row = (await database().db.execute<{ status: string; paid_at: Date; failed_at: Date }>(sql`
      select status, paid_at, failed_at from contributions where stripe_checkout_session_id is null`)).rows[0];
    expect(row.status).toBe('paid');
    expect(day(new Date(row.paid_at).getTime() / 1000) > failedMonth.to).toBe(true);
    expect(day(new Date(row.failed_at).getTime() / 1000) <= failedMonth.to).toBe(true);
    expect(await failures(failedMonth)).toEqual(before);
  });
});
