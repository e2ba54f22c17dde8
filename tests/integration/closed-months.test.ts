// A closed month never changes: refunds and disputes are rows of their own, each counted in the month Stripe says it
// happened. Two partial refunds of a March gift (one in March, one in April), a refund that fails in April, a dispute won
// in April and one lost: every event applied as the webhook would, March's figures read before and after April's events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { HANDLED_EVENT_TYPES } from '@/lib/stripe/read-stripe-event';
import { getDashboard } from '@/lib/reports/get-dashboard';
import { parseReportRange } from '@/lib/reports/parse-report-range';
import { createCheckoutSession } from '@/lib/support/create-checkout-session';
import type { SupportChoice } from '@/lib/support/validate-support-form';
import { useTestDatabase } from '../helpers/test-database';
import { applyNewEvents, emulatorControl, payCheckout, startTestStripe, type TestStripe } from '../helpers/stripe-checkout';

const REFUNDS_FAIL = '4000 0000 0000 5126';
let t: TestStripe;
const applied = new Set<string>();

function choice(amount: number): SupportChoice {
  return { frequency: 'once', currency: 'usd', amount, amountText: String(amount / 100), placement: 'article-end', articleSlug: null, nonce: null };
}

const control = (path: string, body: unknown = {}) => emulatorControl(t.emulator, path, body) as Promise<Stripe.Dispute>;

const monthStart = (year: number, month: number) => Date.UTC(year, month, 1) / 1000;
const day = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

describe('a closed month never changes', () => {
  const database = useTestDatabase();
  const deliver = () => applyNewEvents(t, database().db, applied);
  let march: { from: string; to: string };
  let april: { from: string; to: string };
  const figures = async (month: { from: string; to: string }) => {
    const parsed = parseReportRange({ ...month, timeZone: 'UTC', now: new Date(Date.UTC(2100, 0, 1)) });
    if (!parsed.ok) throw new Error(parsed.message);
    const { summaries } = await getDashboard({ range: parsed.range, currency: 'usd', now: new Date(Date.UTC(2100, 0, 1)) });
    const usd = summaries[0];
    return usd && { received: usd.received, refunds: usd.refunds, disputes: usd.disputes, netRaised: usd.netRaised };
  };
  const gift = async (amount: number, card?: string) => {
    const session = await createCheckoutSession({ stripe: t.stripe, database: database().db, choice: choice(amount), appUrl: 'http://news.test', publicationName: 'The Ledger' });
    expect(await payCheckout(session.url, { email: `g${amount}@example.org`, card })).toBeTruthy();
    const intent = (await t.stripe.checkout.sessions.retrieve(session.id)).payment_intent as string;
    return { intent, charge: (await t.stripe.paymentIntents.retrieve(intent)).latest_charge as string };
  };
  const status = async (intent: string) =>
    (await database().db.execute<{ status: string; amount_refunded: number }>(sql`select status, amount_refunded from contributions where stripe_payment_intent_id = ${intent}`)).rows[0];

  let refunded: Awaited<ReturnType<typeof gift>>;
  let failing: Awaited<ReturnType<typeof gift>>;
  let won: Awaited<ReturnType<typeof gift>>;
  let lost: Awaited<ReturnType<typeof gift>>;
  let marchFigures: Awaited<ReturnType<typeof figures>>;

  beforeAll(async () => {
    t = await startTestStripe();
    // "March" and "April": the next two whole months on the emulator's clock.
    const now = new Date(((await (await fetch(`${t.emulator.url}/_emulator/now`)).json()) as { now: number }).now * 1000);
    const marchStart = monthStart(now.getUTCFullYear(), now.getUTCMonth() + 1);
    const aprilStart = monthStart(now.getUTCFullYear(), now.getUTCMonth() + 2);
    march = { from: day(marchStart), to: day(aprilStart - 86_400) };
    april = { from: day(aprilStart), to: day(monthStart(now.getUTCFullYear(), now.getUTCMonth() + 3) - 86_400) };

    await control('advance', { to: marchStart + 2 * 86_400 });
    refunded = await gift(5000);
    failing = await gift(4000, REFUNDS_FAIL);
    won = await gift(3000);
    lost = await gift(2000);
    await t.stripe.refunds.create({ payment_intent: refunded.intent, amount: 1000 });
    const wonDispute = await control(`charges/${won.charge}/dispute`);
    const lostDispute = await control(`charges/${lost.charge}/dispute`);
    // Half an hour before April: this refund fails an hour after it is made, in April.
    await control('advance', { to: aprilStart - 1800 });
    await t.stripe.refunds.create({ payment_intent: failing.intent, amount: 2000 });
    await deliver();
    marchFigures = await figures(march);

    await control('advance', { to: aprilStart + 2 * 86_400 });
    await t.stripe.refunds.create({ payment_intent: refunded.intent, amount: 1500 });
    await control(`disputes/${wonDispute.id}/close`, { outcome: 'won' });
    await control(`disputes/${lostDispute.id}/close`, { outcome: 'lost' });
    await deliver();
  });

  afterAll(async () => {
    await t.emulator.close();
  });

  it('March as it closed: four gifts, two refunds, two disputes', () => {
    expect(marchFigures).toEqual({
      received: 14000,
      refunds: { count: 2, amount: 3000 },
      disputes: { count: 2, amount: 5000 },
      netRaised: 14000 - 3000 - 5000,
    });
  });

  it('April\'s refund, the refund that failed in April and the disputes closed in April leave March exactly as it was', async () => {
    expect(await figures(march)).toEqual(marchFigures);
  });

  it('April counts its own refund, and the money given back by the failed refund and the won dispute', async () => {
    expect(await figures(april)).toEqual({
      received: 0,
      refunds: { count: 1, amount: 1500 - 2000 },
      disputes: { count: 0, amount: -3000 },
      netRaised: 0 - (1500 - 2000) - -3000,
    });
  });

  it('each payment reads as Stripe has it now: a won dispute is no longer disputed, a lost one stays', async () => {
    expect(await status(refunded.intent)).toEqual({ status: 'partially_refunded', amount_refunded: 2500 });
    expect(await status(failing.intent)).toEqual({ status: 'paid', amount_refunded: 0 });
    expect(await status(won.intent)).toEqual({ status: 'paid', amount_refunded: 0 });
    expect(await status(lost.intent)).toEqual({ status: 'disputed', amount_refunded: 0 });
    const rows = await database().db.execute<{ kind: string; status: string; reversed: boolean }>(sql`
      select kind, status, reversed_at is not null as reversed from payment_adjustments order by occurred_at, stripe_id`);
    expect(rows.rows.map((r) => [r.kind, r.status, r.reversed]).sort()).toEqual([
      ['dispute', 'lost', false], ['dispute', 'won', true], ['refund', 'failed', true], ['refund', 'succeeded', false], ['refund', 'succeeded', false],
    ]);
  });

  it('the stripe:setup endpoint subscribes to refund updates and closed disputes', () => {
    expect(HANDLED_EVENT_TYPES).toEqual(expect.arrayContaining(['charge.refund.updated', 'refund.failed', 'charge.dispute.closed']));
  });
});
