// The report rollups stay exact through inserts, refunds, disputes, status changes, moves, deletes and bulk writes,
// checked against sums worked out here from the raw rows; and the dashboard reads the same figures through them.
import { describe, expect, it } from 'vitest';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { checkoutSessions, contributions, paymentAdjustments } from '@/db/schema';
import { compactReportRollups } from '@/lib/reports/compact-report-rollups';
import { getDashboard } from '@/lib/reports/get-dashboard';
import { parseReportRange } from '@/lib/reports/parse-report-range';
import { setDatabaseHandle } from '@/db/client';
import { createTestDatabase, useTestDatabase } from '../helpers/test-database';

const QUARTER = 15 * 60_000;
const DAY = 86_400_000;
type Sums = Record<string, number>;

function withoutZeros(all: Record<string, Sums>): Record<string, Sums> {
  const kept: Record<string, Sums> = {};
  for (const [key, sums] of Object.entries(all)) {
    const nonZero = Object.fromEntries(Object.entries(sums).filter(([, value]) => value !== 0));
    if (Object.keys(nonZero).length > 0) kept[key] = nonZero;
  }
  return kept;
}

/** What contribution_rollups should hold: built in JavaScript from every contribution, zero rows left out. */
async function expectedContributionRollups(db: Database): Promise<Record<string, Sums>> {
  const rows = await db.select().from(contributions);
  const expected: Record<string, Sums> = {};
  const add = (at: Date | null, currency: string, kind: string, amount: number, count = 1) => {
    if (!at) return;
    for (const [grain, size] of [['quarter', QUARTER], ['day', DAY]] as const) {
      const key = `${grain} ${new Date(Math.floor(at.getTime() / size) * size).toISOString()} ${currency}`;
      const sums = (expected[key] ??= {});
      sums[`${kind}_count`] = (sums[`${kind}_count`] ?? 0) + count;
      sums[`${kind}_amount`] = (sums[`${kind}_amount`] ?? 0) + amount;
    }
  };
  for (const c of rows) {
    add(c.paidAt, c.currency, c.frequency, c.amount);
    add(c.failedAt, c.currency, 'failed', c.amount);
  }
  // A refund or dispute counts when it happened; a failed refund or a won dispute gives its amount back when that happened.
  for (const a of await db.select().from(paymentAdjustments)) {
    add(a.occurredAt, a.currency, a.kind, a.amount);
    add(a.reversedAt, a.currency, a.kind, -a.amount, 0);
  }
  return withoutZeros(expected);
}

async function actualContributionRollups(db: Database): Promise<Record<string, Sums>> {
  const result = await db.execute<Record<string, string | number | Date>>(sql`select * from contribution_rollups union all select * from contribution_rollup_deltas`);
  const actual: Record<string, Sums> = {};
  // Rolled-up rows and not yet folded deltas together; zero sums left out.
  for (const row of result.rows) {
    const sums = (actual[`${row.grain} ${new Date(row.bucket).toISOString()} ${row.currency}`] ??= {});
    for (const [key, value] of Object.entries(row)) {
      if (!['grain', 'bucket', 'currency'].includes(key)) sums[key] = (sums[key] ?? 0) + Number(value);
    }
  }
  return withoutZeros(actual);
}

async function expectContributionRollupsExact(db: Database) {
  expect(await actualContributionRollups(db)).toEqual(await expectedContributionRollups(db));
}

async function expectCheckoutRollupsExact(db: Database) {
  const rows = await db.select().from(checkoutSessions);
  const expected: Record<string, Sums> = {};
  const add = (at: Date | null, placement: string, article: string, kind: 'checkouts' | 'payments') => {
    if (!at) return;
    for (const [grain, size] of [['quarter', QUARTER], ['day', DAY]] as const) {
      const sums = (expected[`${grain} ${new Date(Math.floor(at.getTime() / size) * size).toISOString()} ${placement} ${article}`] ??= {});
      sums[kind] = (sums[kind] ?? 0) + 1;
    }
  };
  for (const c of rows) {
    add(c.createdAt, c.placement ?? '', c.articleSlug ?? '', 'checkouts');
    const lag = c.completedAt ? c.completedAt.getTime() - c.createdAt.getTime() : -1;
    if (lag >= 0 && lag <= DAY) add(c.completedAt, c.placement ?? '', c.articleSlug ?? '', 'payments');
  }
  const result = await db.execute<{ grain: string; bucket: string; placement: string; article_slug: string; checkouts: string; payments: string }>(
    sql`select * from checkout_rollups union all select * from checkout_rollup_deltas`);
  const actual: Record<string, Sums> = {};
  for (const r of result.rows) {
    const sums = (actual[`${r.grain} ${new Date(r.bucket).toISOString()} ${r.placement} ${r.article_slug}`] ??= {});
    sums.checkouts = (sums.checkouts ?? 0) + Number(r.checkouts);
    sums.payments = (sums.payments ?? 0) + Number(r.payments);
  }
  expect(withoutZeros(actual)).toEqual(withoutZeros(expected));
}

const at = (iso: string) => new Date(iso);
const gift = (n: number, paidAt: string, extra: Partial<typeof contributions.$inferInsert> = {}) => ({
  stripePaymentIntentId: `pi_r${n}`, frequency: 'once' as const, amount: 1000 + n, currency: 'usd', status: 'paid', paidAt: at(paidAt), ...extra,
});

/** Writes contributions as payments, refunds, disputes, fixes, upserts, deletes and a bulk load do; `check` runs after each step. */
async function writeContributionHistory(db: Database, check: () => Promise<void> = async () => {}): Promise<void> {
  await db.insert(contributions).values([
    gift(1, '2026-10-01T03:59:59.999Z'), // the last instant of 30 September in New York
    gift(2, '2026-10-01T04:00:00Z'),
    gift(3, '2026-10-01T04:14:00Z', { currency: 'eur' }),
    gift(4, '2026-10-02T18:29:00Z', { frequency: 'monthly', stripePaymentIntentId: null, stripeInvoiceId: 'in_r4' }),
    gift(5, '2026-10-03T00:00:00Z', { frequency: 'annual', stripePaymentIntentId: null, stripeInvoiceId: 'in_r5' }),
    { stripeInvoiceId: 'in_r6', frequency: 'monthly' as const, amount: 800, currency: 'usd', status: 'failed', failedAt: at('2026-10-04T10:00:00Z') },
  ]);
  await check();

  // A partial refund, then the rest; a dispute; a failed renewal paid later; a payment moved to another day; a currency fix.
  const idOf = async (intent: string) => (await db.select({ id: contributions.id }).from(contributions).where(eq(contributions.stripePaymentIntentId, intent)))[0].id;
  const adjustment = async (stripeId: string, kind: 'refund' | 'dispute', intent: string, amount: number, occurredAt: string) => ({
    stripeId, kind, contributionId: await idOf(intent), amount, currency: 'usd', status: kind === 'refund' ? 'succeeded' : 'needs_response', occurredAt: at(occurredAt),
  });
  await db.update(contributions).set({ amountRefunded: 500, status: 'partially_refunded' }).where(eq(contributions.stripePaymentIntentId, 'pi_r1'));
  await db.insert(paymentAdjustments).values(await adjustment('re_r1a', 'refund', 'pi_r1', 500, '2026-10-05T12:00:00Z'));
  await check();
  await db.update(contributions).set({ amountRefunded: 1001, status: 'refunded' }).where(eq(contributions.stripePaymentIntentId, 'pi_r1'));
  await db.insert(paymentAdjustments).values([
    await adjustment('re_r1b', 'refund', 'pi_r1', 501, '2026-10-06T12:00:00Z'),
    await adjustment('dp_r2', 'dispute', 'pi_r2', 1002, '2026-10-07T09:45:00Z'),
    await adjustment('dp_r7', 'dispute', 'pi_r1', 1001, '2026-10-07T10:00:00Z'),
  ]);
  await db.update(contributions).set({ status: 'disputed' }).where(eq(contributions.stripePaymentIntentId, 'pi_r2'));
  await db.update(contributions).set({ status: 'paid', paidAt: at('2026-10-06T10:00:00Z') }).where(eq(contributions.stripeInvoiceId, 'in_r6'));
  await check();
  // The second refund fails and a dispute is won, each later: the money comes back in its own bucket; a status change alone counts nothing.
  await db.update(paymentAdjustments).set({ status: 'failed', reversedAt: at('2026-10-09T08:00:00Z') }).where(eq(paymentAdjustments.stripeId, 're_r1b'));
  await db.update(paymentAdjustments).set({ status: 'won', reversedAt: at('2026-10-15T08:00:00Z') }).where(eq(paymentAdjustments.stripeId, 'dp_r7'));
  await db.update(paymentAdjustments).set({ status: 'under_review' }).where(eq(paymentAdjustments.stripeId, 'dp_r2'));
  await db.update(contributions).set({ paidAt: at('2026-10-09T23:59:00Z') }).where(eq(contributions.stripeInvoiceId, 'in_r4'));
  await db.update(contributions).set({ currency: 'gbp', frequency: 'once' }).where(eq(contributions.stripePaymentIntentId, 'pi_r3'));
  // An update that changes nothing the reports count, across every row.
  await db.update(contributions).set({ receiptUrl: 'https://example.org/receipt' });
  await check();

  // Upserts as the webhooks write them: the first inserts, the second updates the same row.
  for (const paidAt of ['2026-10-08T11:00:00Z', '2026-10-08T23:50:00Z']) {
    const values = gift(7, paidAt, { amount: paidAt.endsWith('50:00Z') ? 2500 : 2000 });
    await db.insert(contributions).values(values).onConflictDoUpdate({ target: contributions.stripePaymentIntentId, set: { amount: values.amount, paidAt: values.paidAt } });
    await check();
  }
  await db.delete(contributions).where(inArray(contributions.stripePaymentIntentId, ['pi_r2', 'pi_r3']));
  await check();

  // A bulk write in one statement, as the demo seeder makes them, with a refund of every tenth.
  await db.execute(sql`
    insert into contributions (stripe_payment_intent_id, frequency, amount, currency, amount_refunded, status, paid_at)
    select 'pi_bulk_' || g, case when g % 3 = 0 then 'once' when g % 3 = 1 then 'monthly' else 'annual' end, 100 + g,
      case when g % 2 = 0 then 'usd' else 'eur' end, case when g % 10 = 0 then 50 else 0 end, 'paid',
      timestamptz '2026-09-20T00:00:00Z' + g * interval '7 minutes'
    from generate_series(1, 2000) g`);
  await db.execute(sql`
    insert into payment_adjustments (stripe_id, kind, contribution_id, amount, currency, status, occurred_at)
    select 're_' || c.stripe_payment_intent_id, 'refund', c.id, 50, c.currency, 'succeeded', timestamptz '2026-10-20T00:00:00Z' + c.id * interval '1 hour'
    from contributions c where c.stripe_payment_intent_id like 'pi_bulk_%' and c.amount_refunded > 0`);
  await db.execute(sql`update contributions set amount = amount + 1 where stripe_payment_intent_id like 'pi_bulk_%' and amount % 7 = 0`);
  await db.execute(sql`update payment_adjustments set reversed_at = occurred_at + interval '2 days', status = 'failed' where stripe_id like 're_pi_bulk_%' and contribution_id % 3 = 0`);
  await check();

}

/** Writes checkouts started, completed within a day or later, moved and deleted; `check` runs after each step. */
async function writeCheckoutHistory(db: Database, check: () => Promise<void> = async () => {}): Promise<void> {
  const checkout = (id: string, createdAt: string, completedAt: string | null, placement: string | null = 'article-end', articleSlug: string | null = 'story') => ({
    stripeCheckoutSessionId: id, frequency: 'once' as const, amount: 1000, currency: 'usd', placement, articleSlug,
    status: completedAt ? 'complete' : 'open', createdAt: at(createdAt), completedAt: completedAt ? at(completedAt) : null,
  });
  await db.insert(checkoutSessions).values([
    checkout('cs_r1', '2026-10-01T03:58:00Z', '2026-10-01T04:01:00Z'),
    checkout('cs_r2', '2026-10-02T12:00:00Z', null, 'support-page', null),
    checkout('cs_r3', '2026-10-03T12:00:00Z', '2026-10-04T12:00:00Z'), // exactly a day later: still counted by the rollup
    checkout('cs_r4', '2026-10-05T12:00:00Z', '2026-10-06T12:00:01Z'), // later than a day: left to the raw query
  ]);
  await check();
  await db.update(checkoutSessions).set({ status: 'complete', completedAt: at('2026-10-02T12:30:00Z') }).where(eq(checkoutSessions.stripeCheckoutSessionId, 'cs_r2'));
  await db.update(checkoutSessions).set({ placement: 'newsletter' }).where(eq(checkoutSessions.stripeCheckoutSessionId, 'cs_r1'));
  await check();
  await db.delete(checkoutSessions).where(eq(checkoutSessions.stripeCheckoutSessionId, 'cs_r3'));
  await check();
}

describe('report rollups', () => {
  const database = useTestDatabase();

  it('is kept by one trigger function per table', async () => {
    const functions = await database().db.execute<{ name: string }>(sql`select proname as name from pg_proc where proname like '%rollup%' order by 1`);
    expect(functions.rows.map((f) => f.name)).toEqual(['checkout_rollups_apply', 'compact_report_rollups', 'contribution_rollups_apply', 'payment_adjustment_rollups_apply']);
  });

  it('follows inserts, refunds, disputes, status changes, moves and deletes of contributions', async () => {
    const db = database().db;
    await writeContributionHistory(db, () => expectContributionRollupsExact(db));
    // Folding the small writes' deltas into the rollups changes no sum.
    expect(Number((await db.execute<{ n: number }>(sql`select count(*) as n from contribution_rollup_deltas`)).rows[0].n)).toBeGreaterThan(0);
    await compactReportRollups();
    expect(Number((await db.execute<{ n: number }>(sql`select count(*) as n from contribution_rollup_deltas`)).rows[0].n)).toBe(0);
    await expectContributionRollupsExact(db);
  });

  it('follows checkouts started, completed within a day or later, and deleted', async () => {
    const db = database().db;
    await writeCheckoutHistory(db, () => expectCheckoutRollupsExact(db));
  });

  it('gives the dashboard the raw rows\' figures, in a zone whose midnight is off the hour', async () => {
    // A database of its own with both histories written, so that it stands alone and in any order.
    const own = await createTestDatabase();
    setDatabaseHandle(own);
    try {
      await writeContributionHistory(own.db);
      await writeCheckoutHistory(own.db);
      const now = at('2026-11-26T12:00:00Z');
      for (const timeZone of ['Asia/Kathmandu', 'America/New_York']) {
        const parsed = parseReportRange({ from: '2026-09-15', to: '2026-10-31', timeZone, now });
        if (!parsed.ok) throw new Error(parsed.message);
        const { range } = parsed;
        const dashboard = await getDashboard({ range, currency: null, now });
        const s = range.start.toISOString();
        const e = range.end.toISOString();
        const inRange = (column: string) => sql.raw(`${column} >= '${s}' and ${column} < '${e}'`);
        const raw = await own.db.execute<{ currency: string; received: number; refunds: number; refunded: number; disputes: number; failed: number }>(sql`
          select c.currency,
            coalesce(sum(amount) filter (where ${inRange('paid_at')}), 0)::float8 as received,
            coalesce((select count(*) filter (where ${inRange('occurred_at')}) from payment_adjustments a where a.currency = c.currency and a.kind = 'refund'), 0)::float8 as refunds,
            coalesce((select sum(amount) filter (where ${inRange('occurred_at')}) from payment_adjustments a where a.currency = c.currency and a.kind = 'refund'), 0)::float8
              - coalesce((select sum(amount) filter (where ${inRange('reversed_at')}) from payment_adjustments a where a.currency = c.currency and a.kind = 'refund'), 0)::float8 as refunded,
            coalesce((select count(*) filter (where ${inRange('occurred_at')}) from payment_adjustments a where a.currency = c.currency and a.kind = 'dispute'), 0)::float8 as disputes,
            (count(*) filter (where ${inRange('failed_at')}))::float8 as failed
          from contributions c group by c.currency order by c.currency`);
        const expected = raw.rows.filter((r) => r.received || r.refunds || r.disputes || r.failed)
          .map((r) => ({ currency: r.currency, received: r.received, refunds: { count: r.refunds, amount: r.refunded }, disputes: r.disputes, failed: r.failed }));
        expect(expected.length).toBeGreaterThan(1); // never empty compared with empty
        expect(dashboard.summaries.map((s) => ({ currency: s.currency, received: s.received, refunds: s.refunds, disputes: s.disputes.count, failed: s.failed.count })))
          .toEqual(expected);
        const charted = dashboard.series.flatMap((s) => s.points).reduce((sum, p) => sum + p.once + p.monthly + p.annual, 0);
        expect(charted).toBe(expected.reduce((sum, r) => sum + r.received, 0));
        expect(dashboard.funnel.reduce((sum, r) => sum + r.payments, 0)).toBe(3); // cs_r1 and cs_r2 from the rollup, cs_r4 raw
      }
    } finally {
      setDatabaseHandle(database());
      await own.close();
    }
  });
});
