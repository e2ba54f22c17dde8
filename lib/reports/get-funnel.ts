// The appeal funnel per placement and article: impressions, "Continue" presses, checkouts started, payments.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import type { FunnelRow } from './report-types';

type Range = { from: string; to: string; start: Date; end: Date };
type Row = { placement: string; article: string; step: 'impression' | 'continue' | 'checkout' | 'payment'; count: number };

export async function getFunnel(range: Range): Promise<FunnelRow[]> {
  const s = range.start.toISOString();
  const e = range.end.toISOString();
  // A Checkout Session expires within 24 hours, so one completed in the range was created at most a day before it (lets the created_at index serve).
  const dayBefore = new Date(range.start.getTime() - 86_400_000).toISOString();
  // Impressions and presses are counted per day in the report time zone; checkouts and payments by their instants.
  const result = await db.execute<Row>(sql`
    select placement, article_slug as article, kind as step, sum(count)::float8 as count
      from appeal_daily_counts where day >= ${range.from} and day <= ${range.to} group by 1, 2, 3
    union all
    select coalesce(placement, ''), coalesce(article_slug, ''), 'checkout', count(*)::float8
      from checkout_sessions where created_at >= ${s} and created_at < ${e} group by 1, 2
    union all
    select coalesce(placement, ''), coalesce(article_slug, ''), 'payment', count(*)::float8
      from checkout_sessions
      where completed_at >= ${s} and completed_at < ${e} and created_at >= ${dayBefore} and created_at < ${e} group by 1, 2`);
  const rows = new Map<string, FunnelRow>();
  for (const row of result.rows) {
    const key = `${row.placement}\u0000${row.article}`;
    if (!rows.has(key)) rows.set(key, { placement: row.placement, article: row.article, impressions: 0, continues: 0, checkouts: 0, payments: 0 });
    const target = rows.get(key)!;
    const count = Number(row.count);
    if (row.step === 'impression') target.impressions += count;
    else if (row.step === 'continue') target.continues += count;
    else if (row.step === 'checkout') target.checkouts += count;
    else target.payments += count;
  }
  return [...rows.values()].sort((a, b) => b.impressions - a.impressions || b.checkouts - a.checkouts || a.placement.localeCompare(b.placement) || a.article.localeCompare(b.article));
}

/** Totals by placement alone (articles folded together). */
export function funnelByPlacement(rows: FunnelRow[]): FunnelRow[] {
  const totals = new Map<string, FunnelRow>();
  for (const row of rows) {
    const total = totals.get(row.placement) ?? { placement: row.placement, article: '', impressions: 0, continues: 0, checkouts: 0, payments: 0 };
    total.impressions += row.impressions;
    total.continues += row.continues;
    total.checkouts += row.checkouts;
    total.payments += row.payments;
    totals.set(row.placement, total);
  }
  return [...totals.values()].sort((a, b) => b.impressions - a.impressions || a.placement.localeCompare(b.placement));
}

/** A conversion rate, or null when the step before had nothing to convert. */
export function conversionRate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
