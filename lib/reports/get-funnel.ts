// The appeal funnel per placement and article: impressions, "Continue" presses, checkouts started, payments.
import { sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import type { FunnelRow } from './report-types';
import { pieceArrays, rollupPieces } from './rollup-pieces';

type Range = { from: string; to: string; start: Date; end: Date };
type Row = { placement: string; article: string; step: 'impression' | 'continue' | 'checkout' | 'payment'; count: number };

/** Checkouts started and paid in the range, from the rollups (whole 15-minute buckets) when its edges are on that grid. */
function checkoutSteps(range: Range): SQL {
  const s = range.start.toISOString();
  const e = range.end.toISOString();
  // A Checkout Session expires within 24 hours, so one completed in the range was created at most a day before it (lets the created_at index serve).
  const dayBefore = new Date(range.start.getTime() - 86_400_000).toISOString();
  const pieces = rollupPieces([{ start: range.start, end: range.end, index: 0 }]);
  if (!pieces) {
    return sql`
      select coalesce(placement, ''), coalesce(article_slug, ''), 'checkout', count(*)::float8
        from checkout_sessions where created_at >= ${s} and created_at < ${e} group by 1, 2
      union all
      select coalesce(placement, ''), coalesce(article_slug, ''), 'payment', count(*)::float8
        from checkout_sessions
        where completed_at >= ${s} and completed_at < ${e} and created_at >= ${dayBefore} and created_at < ${e} group by 1, 2`;
  }
  const p = pieceArrays(pieces);
  const rollups = sql`unnest(${p.grains}::text[], ${p.froms}::timestamptz[], ${p.tos}::timestamptz[]) as p(grain, lo, hi)
    cross join lateral (
      select * from checkout_rollups c where c.grain = p.grain and c.bucket >= p.lo and c.bucket < p.hi
      union all
      select * from checkout_rollup_deltas c where c.grain = p.grain and c.bucket >= p.lo and c.bucket < p.hi
      offset 0
    ) r`;
  // The rollups count payments completed within 24 hours of their start; the rare others are read raw (a partial index holds them).
  return sql`
    select r.placement, r.article_slug, 'checkout', sum(r.checkouts)::float8 from ${rollups} group by 1, 2 having sum(r.checkouts) <> 0
    union all
    select r.placement, r.article_slug, 'payment', sum(r.payments)::float8 from ${rollups} group by 1, 2 having sum(r.payments) <> 0
    union all
    select coalesce(placement, ''), coalesce(article_slug, ''), 'payment', count(*)::float8
      from checkout_sessions
      where (completed_at < created_at or completed_at - created_at > interval '24 hours')
        and completed_at >= ${s} and completed_at < ${e} and created_at >= ${dayBefore} and created_at < ${e} group by 1, 2`;
}

export async function getFunnel(range: Range): Promise<FunnelRow[]> {
  // Impressions and presses are counted per day in the report time zone; checkouts and payments by their instants.
  const query = sql`
    select placement, article_slug as article, kind as step, sum(count)::float8 as count
      from appeal_daily_counts where day >= ${range.from} and day <= ${range.to} group by 1, 2, 3
    union all
    ${checkoutSteps(range)}`;
  const result = await db.transaction(async (tx) => {
    // The planner cannot tell that the partial index of late completions is nearly empty; parallel workers would only add start-up time.
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return tx.execute<Row>(query);
  });
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
