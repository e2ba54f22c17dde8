// The dashboard's figures per currency for a range: payments, refunds, disputes, failures and subscriptions.
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { emptySummary } from './empty-summary';
import type { CurrencySummary, EventRow, PaymentRow } from './report-types';
import { rollupPieces } from './rollup-pieces';
import { eventRowsFromSums, paymentRowsFromSums } from './rollup-totals';
import { sumContributionRollups } from './sum-contribution-rollups';

type Window = { start: Date; end: Date; currency: string | null; now: Date };

const currencyFilter = (currency: string | null): SQL => (currency ? sql`and currency = ${currency}` : sql``);

async function getPaymentTotals({ start, end, currency }: Window) {
  const result = await db.execute<PaymentRow>(sql`
    select currency,
      (count(*) filter (where frequency = 'once'))::int as once_count,
      coalesce(sum(amount) filter (where frequency = 'once'), 0)::float8 as once_sum,
      (count(*) filter (where frequency <> 'once'))::int as recurring_count,
      coalesce(sum(amount) filter (where frequency = 'monthly'), 0)::float8 as monthly_sum,
      coalesce(sum(amount) filter (where frequency = 'annual'), 0)::float8 as annual_sum,
      coalesce(sum(amount), 0)::float8 as received
    from contributions
    where paid_at >= ${start.toISOString()} and paid_at < ${end.toISOString()} ${currencyFilter(currency)}
    group by currency`);
  return result.rows;
}

/** Refunds and disputes by their own time, each amount given back when it came back (a failed refund, a won dispute);
 * failures by the first failed attempt. */
export async function getPaymentEvents({ start, end, currency }: Omit<Window, 'now'>) {
  const s = start.toISOString();
  const e = end.toISOString();
  const result = await db.execute<EventRow>(sql`
    select currency, kind, sum(n)::int as count, coalesce(sum(amount), 0)::float8 as amount
    from (
      select currency, kind, 1 as n, amount from payment_adjustments where occurred_at >= ${s} and occurred_at < ${e} ${currencyFilter(currency)}
      union all
      select currency, kind, 0, -amount from payment_adjustments where reversed_at >= ${s} and reversed_at < ${e} ${currencyFilter(currency)}
    ) a
    group by currency, kind
    union all
    select currency, 'failed', count(*)::int, coalesce(sum(amount), 0)::float8
      from contributions where failed_at >= ${s} and failed_at < ${e} ${currencyFilter(currency)} group by currency`);
  return result.rows.filter((row) => Number(row.count) !== 0 || Number(row.amount) !== 0);
}

type SubscriptionRow = {
  currency: string; active_monthly: number; active_annual: number; active_at_start: number; new_recurring: number;
  cancellations: number; ended: number; churned: number; mrr_monthly: number; mrr_annual: number;
};

async function getSubscriptionTotals({ start, end, currency, now }: Window) {
  const s = start.toISOString();
  const e = end.toISOString();
  const activeAt = (t: string) => sql`(started_at < ${t} and (ended_at is null or ended_at >= ${t}))`;
  // Behind on payment at the end: a renewal had failed and was not yet paid; for a range reaching today, Stripe's status says so too.
  const behind = sql`(id in (select f.subscription_id from contributions f where f.failed_at < ${e} and (f.paid_at is null or f.paid_at >= ${e}) and f.subscription_id is not null)
    ${end.getTime() >= now.getTime() ? sql`or status in ('past_due', 'unpaid')` : sql``})`;
  // Counted in MRR: running at the end, not asked to stop (canceled_at is when that was asked), not behind on payment.
  const cancelling = end.getTime() >= now.getTime() ? sql`cancel_at_period_end or` : sql``;
  const earning = sql`${activeAt(e)} and not (${cancelling} coalesce(canceled_at < ${e}, false) or ${behind})`;
  const supporter = sql`coalesce(supporter_id, -id)`;
  const result = await db.execute<SubscriptionRow>(sql`
    select currency,
      (count(distinct ${supporter}) filter (where interval = 'month' and ${activeAt(e)}))::int as active_monthly,
      (count(distinct ${supporter}) filter (where interval = 'year' and ${activeAt(e)}))::int as active_annual,
      (count(*) filter (where ${activeAt(s)}))::int as active_at_start,
      (count(distinct ${supporter}) filter (where started_at >= ${s} and started_at < ${e}))::int as new_recurring,
      (count(*) filter (where canceled_at >= ${s} and canceled_at < ${e}))::int as cancellations,
      (count(*) filter (where ended_at >= ${s} and ended_at < ${e}))::int as ended,
      (count(*) filter (where ${activeAt(s)} and ended_at < ${e}))::int as churned,
      coalesce(sum(amount) filter (where interval = 'month' and ${earning}), 0)::float8 as mrr_monthly,
      coalesce(sum(amount) filter (where interval = 'year' and ${earning}), 0)::float8 as mrr_annual
    from subscriptions
    where status not in ('incomplete', 'incomplete_expired') ${currencyFilter(currency)}
    group by currency`);
  return result.rows;
}

export type PaymentFigures = { payments: PaymentRow[]; events: EventRow[] };

/** Payments and their events from the rollups when the window's edges are on the 15-minute grid, else from the raw rows. */
async function getPaymentFigures(window: Window): Promise<PaymentFigures> {
  const pieces = rollupPieces([{ start: window.start, end: window.end, index: 0 }]);
  if (!pieces) {
    const [payments, events] = await Promise.all([getPaymentTotals(window), getPaymentEvents(window)]);
    return { payments, events };
  }
  const sums = await sumContributionRollups({ pieces, currency: window.currency });
  return { payments: paymentRowsFromSums(sums), events: eventRowsFromSums(sums) };
}

/** Figures for each currency that has any activity (or running subscriptions) in the window, sorted by code. */
export async function getRevenueSummary(window: Window, known: { payments?: Promise<PaymentFigures> } = {}): Promise<CurrencySummary[]> {
  // The dashboard passes the payment figures it already has from the chart's pass over the same range.
  const [{ payments, events }, subscriptions] = await Promise.all([known.payments ?? getPaymentFigures(window), getSubscriptionTotals(window)]);
  const byCurrency = new Map<string, CurrencySummary>();
  const entry = (currency: string) => {
    const code = currency.trim().toLowerCase();
    if (!byCurrency.has(code)) byCurrency.set(code, emptySummary(code));
    return byCurrency.get(code)!;
  };
  for (const row of payments) {
    const summary = entry(row.currency);
    summary.received = Number(row.received);
    summary.oneOff = { count: Number(row.once_count), sum: Number(row.once_sum), average: row.once_count > 0 ? Math.round(Number(row.once_sum) / Number(row.once_count)) : null };
    summary.recurring = { count: Number(row.recurring_count), sum: Number(row.monthly_sum) + Number(row.annual_sum), monthlySum: Number(row.monthly_sum), annualSum: Number(row.annual_sum) };
  }
  for (const row of events) {
    const summary = entry(row.currency);
    const value = { count: Number(row.count), amount: Number(row.amount) };
    if (row.kind === 'refund') summary.refunds = value;
    else if (row.kind === 'dispute') summary.disputes = value;
    else summary.failed = value;
  }
  for (const row of subscriptions) {
    const summary = entry(row.currency);
    const yearly = 12 * Number(row.mrr_monthly) + Number(row.mrr_annual);
    Object.assign(summary, {
      activeMonthly: Number(row.active_monthly), activeAnnual: Number(row.active_annual), activeAtStart: Number(row.active_at_start),
      newRecurring: Number(row.new_recurring), cancellations: Number(row.cancellations), ended: Number(row.ended),
      arr: yearly, mrr: Math.round(yearly / 12),
      churnRate: Number(row.active_at_start) > 0 ? Number(row.churned) / Number(row.active_at_start) : null,
    });
  }
  for (const summary of byCurrency.values()) summary.netRaised = summary.received - summary.refunds.amount - summary.disputes.amount;
  const hasActivity = (s: CurrencySummary) =>
    s.received || s.refunds.count || s.refunds.amount || s.disputes.count || s.disputes.amount || s.failed.count || s.activeMonthly || s.activeAnnual || s.activeAtStart || s.newRecurring || s.cancellations || s.ended;
  return [...byCurrency.values()].filter(hasActivity).sort((a, b) => a.currency.localeCompare(b.currency));
}
