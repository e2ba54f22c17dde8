// A known history of reader support (America/New_York reports), inserted row by row, with every expected figure worked out by hand.
import type { Database } from '@/db/client';
import { appealDailyCounts, checkoutSessions, contributions, paymentAdjustments, subscriptions, supporters } from '@/db/schema';

const t = (iso: string) => new Date(iso);

export async function insertReportHistory(db: Database): Promise<void> {
  const people = await db
    .insert(supporters)
    .values(Array.from({ length: 10 }, (_, i) => ({ email: `s${i + 1}@example.org`, name: `Supporter ${i + 1}`, stripeCustomerId: `cus_s${i + 1}`, createdAt: t('2026-05-01T12:00:00Z') })))
    .returning({ id: supporters.id });
  const s = (n: number) => people[n - 1].id;

  const subs = await db
    .insert(subscriptions)
    .values([
      // A: monthly, running since August.
      { stripeSubscriptionId: 'sub_A', supporterId: s(5), status: 'active', amount: 1000, currency: 'usd', interval: 'month', startedAt: t('2026-08-01T12:00:00Z'), currentPeriodEnd: t('2026-11-01T12:00:00Z') },
      // B: monthly, started in October, then set to cancel at the period end.
      { stripeSubscriptionId: 'sub_B', supporterId: s(6), status: 'active', amount: 500, currency: 'usd', interval: 'month', startedAt: t('2026-10-07T12:00:00Z'), cancelAtPeriodEnd: true, canceledAt: t('2026-10-20T12:00:00Z'), currentPeriodEnd: t('2026-11-07T12:00:00Z') },
      // C: annual, started in October.
      { stripeSubscriptionId: 'sub_C', supporterId: s(7), status: 'active', amount: 12000, currency: 'usd', interval: 'year', startedAt: t('2026-10-15T12:00:00Z'), currentPeriodEnd: t('2027-10-15T12:00:00Z') },
      // D: monthly since June; the October renewal failed.
      { stripeSubscriptionId: 'sub_D', supporterId: s(8), status: 'past_due', amount: 800, currency: 'usd', interval: 'month', startedAt: t('2026-06-01T12:00:00Z'), currentPeriodEnd: t('2026-11-01T12:00:00Z') },
      // E: monthly since May, cancelled at once in October.
      { stripeSubscriptionId: 'sub_E', supporterId: s(9), status: 'canceled', amount: 600, currency: 'usd', interval: 'month', startedAt: t('2026-05-01T12:00:00Z'), canceledAt: t('2026-10-09T12:00:00Z'), endedAt: t('2026-10-09T12:00:00Z') },
      // F: annual in euros since last December.
      { stripeSubscriptionId: 'sub_F', supporterId: s(10), status: 'active', amount: 6000, currency: 'eur', interval: 'year', startedAt: t('2025-12-01T12:00:00Z'), currentPeriodEnd: t('2026-12-01T12:00:00Z') },
      // G: never paid (incomplete): counted nowhere.
      { stripeSubscriptionId: 'sub_G', supporterId: s(4), status: 'incomplete_expired', amount: 900, currency: 'usd', interval: 'month', startedAt: t('2026-10-02T12:00:00Z') },
    ])
    .returning({ id: subscriptions.id, key: subscriptions.stripeSubscriptionId });
  const sub = (key: string) => subs.find((x) => x.key === key)!.id;

  let n = 0;
  const paid = (supporter: number, frequency: 'once' | 'monthly' | 'annual', amount: number, currency: string, paidAt: string, extra: Partial<typeof contributions.$inferInsert> = {}) => ({
    supporterId: s(supporter), frequency, amount, currency, status: 'paid', paidAt: t(paidAt), stripePaymentIntentId: `pi_${++n}`, stripeChargeId: `ch_${n}`, ...extra,
  });
  await db.insert(contributions).values([
    paid(1, 'once', 2500, 'usd', '2026-10-05T15:00:00Z'),
    paid(2, 'once', 1000, 'usd', '2026-10-01T03:59:00Z'), // 23:59 on 30 September in New York: previous period
    paid(3, 'once', 3000, 'usd', '2026-10-01T04:00:00Z'), // midnight starting 1 October in New York
    paid(1, 'once', 500, 'usd', '2026-11-01T03:30:00Z'), // 23:30 on 31 October in New York
    paid(2, 'once', 700, 'usd', '2026-11-01T04:30:00Z'), // 00:30 on 1 November: after the range
    paid(3, 'once', 2000, 'usd', '2026-10-10T15:00:00Z', { status: 'refunded', amountRefunded: 2000 }),
    paid(4, 'once', 5000, 'usd', '2026-09-20T15:00:00Z', { status: 'partially_refunded', amountRefunded: 1500 }),
    paid(1, 'once', 4000, 'usd', '2026-10-15T15:00:00Z', { status: 'disputed' }),
    paid(5, 'monthly', 1000, 'usd', '2026-10-01T12:00:00Z', { subscriptionId: sub('sub_A'), stripePaymentIntentId: null, stripeInvoiceId: 'in_A10' }),
    paid(6, 'monthly', 500, 'usd', '2026-10-07T12:00:00Z', { subscriptionId: sub('sub_B'), stripePaymentIntentId: null, stripeInvoiceId: 'in_B10' }),
    paid(7, 'annual', 12000, 'usd', '2026-10-15T12:00:00Z', { subscriptionId: sub('sub_C'), stripePaymentIntentId: null, stripeInvoiceId: 'in_C10' }),
    { supporterId: s(8), subscriptionId: sub('sub_D'), frequency: 'monthly', amount: 800, currency: 'usd', status: 'failed', failedAt: t('2026-10-01T16:00:00Z'), stripeInvoiceId: 'in_D10' },
    paid(3, 'once', 1500, 'eur', '2026-10-20T10:00:00Z'),
    paid(2, 'once', 2000, 'gbp', '2026-10-31T23:30:00Z'), // 19:30 on 31 October in New York
  ]);
  // Refunds and disputes, each dated by its own time.
  const ids = new Map((await db.select({ id: contributions.id, intent: contributions.stripePaymentIntentId }).from(contributions)).map((c) => [c.intent, c.id]));
  const adjustment = (stripeId: string, kind: 'refund' | 'dispute', intent: string, amount: number, at: string) => ({
    stripeId, kind, contributionId: ids.get(intent)!, amount, currency: 'usd', status: kind === 'refund' ? 'succeeded' : 'needs_response', occurredAt: t(at),
  });
  await db.insert(paymentAdjustments).values([
    adjustment('re_6', 'refund', 'pi_6', 2000, '2026-10-12T15:00:00Z'),
    adjustment('re_7', 'refund', 'pi_7', 1500, '2026-10-03T15:00:00Z'), // a September gift refunded in October
    adjustment('dp_8', 'dispute', 'pi_8', 4000, '2026-10-20T15:00:00Z'),
  ]);

  await db.insert(appealDailyCounts).values([
    { day: '2026-10-05', placement: 'article-end', articleSlug: 'bridge-story', kind: 'impression', count: 100 },
    { day: '2026-10-06', placement: 'article-end', articleSlug: 'bridge-story', kind: 'impression', count: 20 },
    { day: '2026-10-05', placement: 'article-end', articleSlug: 'bridge-story', kind: 'continue', count: 12 },
    { day: '2026-10-05', placement: 'support-page', articleSlug: '', kind: 'impression', count: 50 },
    { day: '2026-10-05', placement: 'support-page', articleSlug: '', kind: 'continue', count: 5 },
    { day: '2026-09-30', placement: 'support-page', articleSlug: '', kind: 'impression', count: 999 },
  ]);
  const checkout = (id: string, placement: string, articleSlug: string | null, createdAt: string, completedAt?: string) => ({
    stripeCheckoutSessionId: id, frequency: 'once' as const, amount: 1000, currency: 'usd', placement, articleSlug, createdAt: t(createdAt),
    status: completedAt ? 'complete' : 'open', completedAt: completedAt ? t(completedAt) : null,
  });
  await db.insert(checkoutSessions).values([
    checkout('cs_1', 'article-end', 'bridge-story', '2026-10-05T15:00:00Z', '2026-10-05T15:02:00Z'),
    checkout('cs_2', 'article-end', 'bridge-story', '2026-10-05T16:00:00Z', '2026-10-05T16:03:00Z'),
    checkout('cs_3', 'article-end', 'bridge-story', '2026-10-06T16:00:00Z'),
    checkout('cs_4', 'support-page', null, '2026-10-05T17:00:00Z'),
    checkout('cs_5', 'support-page', null, '2026-09-30T12:00:00Z', '2026-09-30T12:05:00Z'),
  ]);
}
