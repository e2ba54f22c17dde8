// Money received over time by frequency, bucketed by day, week or month in the report time zone.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { getPaymentEvents, type PaymentFigures } from './get-revenue-summary';
import type { MoneySeries, PaymentRow, SeriesPoint } from './report-types';
import { rollupPieces } from './rollup-pieces';
import { eventRowsFromSums, paymentRowsFromSums } from './rollup-totals';
import { sumContributionRollups } from './sum-contribution-rollups';
import { addDays, zonedDayStart } from './zoned-time';

type Range = { from: string; to: string; start: Date; end: Date; days: number; timeZone: string };

export function seriesUnit(days: number): MoneySeries['unit'] {
  if (days <= 62) return 'day';
  if (days <= 366) return 'week';
  return 'month';
}

/** The first day of the bucket holding `day` (weeks start on Monday, as date_trunc does). */
export function bucketStart(day: string, unit: MoneySeries['unit']): string {
  if (unit === 'day') return day;
  if (unit === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** Every bucket of the range, so that empty days show as zero rather than disappear. */
export function rangeBuckets(from: string, to: string, unit: MoneySeries['unit']): string[] {
  const buckets: string[] = [];
  let current = bucketStart(from, unit);
  while (current <= to) {
    buckets.push(current);
    if (unit === 'day') current = addDays(current, 1);
    else if (unit === 'week') current = addDays(current, 7);
    else {
      const [y, m] = current.split('-').map(Number);
      current = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    }
  }
  return buckets;
}

type Row = { bucket: number; currency: string; frequency: 'once' | 'monthly' | 'annual'; count: number; amount: number };

export type SeriesWithTotals = { series: MoneySeries[]; figures: PaymentFigures };

/** Rows as the raw query gives them (bucket counted from 1), from the rollups over each bucket's part of the range. */
async function getRowsFromRollups(range: Range, edges: Date[], currency: string | null): Promise<{ rows: Row[]; figures: PaymentFigures } | null> {
  const intervals = edges.map((edge, k) => ({
    start: new Date(Math.max(edge.getTime(), range.start.getTime())),
    end: new Date(Math.min(edges[k + 1]?.getTime() ?? Infinity, range.end.getTime())),
    index: k + 1,
  }));
  const pieces = rollupPieces(intervals);
  if (!pieces) return null;
  const sums = await sumContributionRollups({ pieces, currency });
  const rows: Row[] = [];
  for (const s of sums) {
    if (s.once_count > 0) rows.push({ bucket: s.index, currency: s.currency, frequency: 'once', count: s.once_count, amount: s.once_amount });
    if (s.monthly_count > 0) rows.push({ bucket: s.index, currency: s.currency, frequency: 'monthly', count: s.monthly_count, amount: s.monthly_amount });
    if (s.annual_count > 0) rows.push({ bucket: s.index, currency: s.currency, frequency: 'annual', count: s.annual_count, amount: s.annual_amount });
  }
  return { rows, figures: { payments: paymentRowsFromSums(sums), events: eventRowsFromSums(sums) } };
}

async function getRowsFromContributions(range: Range, edges: Date[], currency: string | null): Promise<{ rows: Row[]; figures: PaymentFigures }> {
  const [result, events] = await Promise.all([
    db.execute<Row>(sql`
      select width_bucket(paid_at, ${`{${edges.map((e) => e.toISOString()).join(',')}}`}::timestamptz[]) as bucket, currency, frequency, count(*)::int as count, sum(amount)::float8 as amount
      from contributions
      where paid_at >= ${range.start.toISOString()} and paid_at < ${range.end.toISOString()} ${currency ? sql`and currency = ${currency}` : sql``}
      group by 1, 2, 3`),
    getPaymentEvents({ start: range.start, end: range.end, currency }),
  ]);
  return { rows: result.rows, figures: { payments: paymentTotals(result.rows), events } };
}

/** The chart's points, and (from the same pass) the range's payment totals and events per currency. */
export async function getMoneySeries(options: { range: Range; currency: string | null }): Promise<SeriesWithTotals> {
  const { range, currency } = options;
  const unit = seriesUnit(range.days);
  const buckets = rangeBuckets(range.from, range.to, unit);
  // Bucket edges as instants (DST-safe): every zone's midnight falls on the rollups' 15-minute grid, so whole buckets are summed
  // from them; an edge off the grid (a historical odd offset) falls back to binning raw payments by binary search.
  const edges = buckets.map((day) => zonedDayStart(day, range.timeZone));
  const { rows, figures } = (await getRowsFromRollups(range, edges, currency)) ?? (await getRowsFromContributions(range, edges, currency));
  const byCurrency = new Map<string, Map<string, SeriesPoint>>();
  for (const row of rows) {
    const code = row.currency.trim().toLowerCase();
    if (!byCurrency.has(code)) byCurrency.set(code, new Map(buckets.map((b) => [b, { bucket: b, once: 0, monthly: 0, annual: 0 }])));
    // width_bucket counts from 1 at the first edge.
    const point = byCurrency.get(code)!.get(buckets[Number(row.bucket) - 1]);
    if (point) point[row.frequency] += Number(row.amount);
  }
  const series = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, points]) => ({ currency: code, unit, points: [...points.values()] }));
  return { series, figures };
}

function paymentTotals(rows: Row[]): PaymentRow[] {
  const totals = new Map<string, PaymentRow>();
  for (const row of rows) {
    const currency = row.currency.trim().toLowerCase();
    const total = totals.get(currency) ?? { currency, once_count: 0, once_sum: 0, recurring_count: 0, monthly_sum: 0, annual_sum: 0, received: 0 };
    const amount = Number(row.amount);
    const count = Number(row.count);
    if (row.frequency === 'once') {
      total.once_count += count;
      total.once_sum += amount;
    } else {
      total.recurring_count += count;
      if (row.frequency === 'monthly') total.monthly_sum += amount;
      else total.annual_sum += amount;
    }
    total.received += amount;
    totals.set(currency, total);
  }
  return [...totals.values()];
}
