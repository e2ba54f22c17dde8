// The range's payment totals and payment events per currency, from rollup sums over its intervals.
import type { EventRow, PaymentRow } from './report-types';
import type { RollupSums } from './sum-contribution-rollups';

function byCurrency(sums: RollupSums[]): Map<string, RollupSums> {
  const totals = new Map<string, RollupSums>();
  for (const row of sums) {
    const total = totals.get(row.currency);
    if (!total) {
      totals.set(row.currency, { ...row });
      continue;
    }
    for (const key of Object.keys(row) as (keyof RollupSums)[]) {
      if (key !== 'currency' && key !== 'index') total[key] += row[key];
    }
  }
  return totals;
}

/** Payment totals, only for currencies with payments (as the raw query groups them). */
export function paymentRowsFromSums(sums: RollupSums[]): PaymentRow[] {
  return [...byCurrency(sums).values()]
    .filter((t) => t.once_count + t.monthly_count + t.annual_count > 0)
    .map((t) => ({
      currency: t.currency, once_count: t.once_count, once_sum: t.once_amount, recurring_count: t.monthly_count + t.annual_count,
      monthly_sum: t.monthly_amount, annual_sum: t.annual_amount, received: t.once_amount + t.monthly_amount + t.annual_amount,
    }));
}

/** Refunds, disputes and failures, only where there were any (as the raw query keeps them): a month with only money
 * given back (a failed refund, a won dispute) has a count of zero and a negative amount. */
export function eventRowsFromSums(sums: RollupSums[]): EventRow[] {
  const rows: EventRow[] = [];
  const add = (currency: string, kind: EventRow['kind'], count: number, amount: number) => {
    if (count !== 0 || amount !== 0) rows.push({ currency, kind, count, amount });
  };
  for (const t of byCurrency(sums).values()) {
    add(t.currency, 'refund', t.refund_count, t.refund_amount);
    add(t.currency, 'dispute', t.dispute_count, t.dispute_amount);
    add(t.currency, 'failed', t.failed_count, t.failed_amount);
  }
  return rows;
}
