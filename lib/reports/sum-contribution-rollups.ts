// Payments, refunds, disputes and failures per interval and currency, summed from contribution_rollups (kept exact by triggers).
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { pieceArrays, type RollupPiece } from './rollup-pieces';

export type RollupSums = {
  index: number; currency: string;
  once_count: number; once_amount: number; monthly_count: number; monthly_amount: number; annual_count: number; annual_amount: number;
  refund_count: number; refund_amount: number; dispute_count: number; dispute_amount: number; failed_count: number; failed_amount: number;
};

export async function sumContributionRollups(options: { pieces: RollupPiece[]; currency: string | null }): Promise<RollupSums[]> {
  const { pieces, currency } = options;
  if (pieces.length === 0) return [];
  const p = pieceArrays(pieces);
  const currencyFilter = currency ? sql`and c.currency = ${currency}` : sql``;
  const result = await db.execute<RollupSums>(sql`
    select p.idx as index, r.currency,
      sum(r.once_count)::float8 as once_count, sum(r.once_amount)::float8 as once_amount,
      sum(r.monthly_count)::float8 as monthly_count, sum(r.monthly_amount)::float8 as monthly_amount,
      sum(r.annual_count)::float8 as annual_count, sum(r.annual_amount)::float8 as annual_amount,
      sum(r.refund_count)::float8 as refund_count, sum(r.refund_amount)::float8 as refund_amount,
      sum(r.dispute_count)::float8 as dispute_count, sum(r.dispute_amount)::float8 as dispute_amount,
      sum(r.failed_count)::float8 as failed_count, sum(r.failed_amount)::float8 as failed_amount
    from unnest(${p.grains}::text[], ${p.froms}::timestamptz[], ${p.tos}::timestamptz[], ${p.indexes}::int[]) as p(grain, lo, hi, idx)
    -- Lateral and offset 0 keep one index range scan per piece (a hash join would read the whole rollup); the deltas are
    -- small writes not yet folded in.
    cross join lateral (
      select * from contribution_rollups c where c.grain = p.grain and c.bucket >= p.lo and c.bucket < p.hi ${currencyFilter}
      union all
      select * from contribution_rollup_deltas c where c.grain = p.grain and c.bucket >= p.lo and c.bucket < p.hi ${currencyFilter}
      offset 0
    ) r
    group by 1, 2`);
  return result.rows.map((row) => {
    const numbers = Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key === 'currency' ? value : Number(value)]));
    return numbers as RollupSums;
  });
}
