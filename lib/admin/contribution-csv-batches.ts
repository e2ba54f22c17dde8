// Contributions paid (or failed) in a range, optionally one currency, frequency or status, as CSV rows in batches.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { majorUnits, type CsvValue } from './csv';
import type { CsvBatches } from './stream-csv-export';

export type ContributionExportFilter = {
  start: Date;
  end: Date;
  currency: string | null;
  frequency: 'once' | 'monthly' | 'annual' | null;
  status: 'paid' | 'failed' | 'refunded' | 'partially_refunded' | 'disputed' | null;
};

export const CONTRIBUTION_CSV_HEADER = [
  'contribution_id', 'date', 'supporter_email', 'supporter_name', 'frequency', 'amount', 'currency', 'amount_refunded', 'status',
  'paid_at', 'failed_at', 'refunded_at', 'disputed_at', 'placement', 'article', 'stripe_payment_intent', 'stripe_invoice',
];

type Row = {
  id: number; email: string | null; name: string | null; frequency: string; amount: number; currency: string; amount_refunded: number; status: string;
  paid_at: string | Date | null; failed_at: string | Date | null; refunded_at: string | Date | null; disputed_at: string | Date | null;
  placement: string | null; article_slug: string | null; stripe_payment_intent_id: string | null; stripe_invoice_id: string | null;
};

const at = (value: string | Date | null) => (value ? new Date(value) : null);

export function contributionCsvBatches(filter: ContributionExportFilter, batchSize = 1000): CsvBatches {
  let afterId = 0;
  let done = false;
  const s = filter.start.toISOString();
  const e = filter.end.toISOString();
  return {
    header: CONTRIBUTION_CSV_HEADER,
    async next() {
      if (done) return null;
      const result = await db.execute<Row>(sql`
        select c.id, s.email, s.name, c.frequency, c.amount, c.currency, c.amount_refunded, c.status, c.paid_at, c.failed_at,
          (select max(a.occurred_at) from payment_adjustments a where a.contribution_id = c.id and a.kind = 'refund') as refunded_at,
          (select min(a.occurred_at) from payment_adjustments a where a.contribution_id = c.id and a.kind = 'dispute') as disputed_at,
          c.placement, c.article_slug, c.stripe_payment_intent_id, c.stripe_invoice_id
        from contributions c left join supporters s on s.id = c.supporter_id
        where c.id > ${afterId}
          and coalesce(c.paid_at, c.failed_at) >= ${s} and coalesce(c.paid_at, c.failed_at) < ${e}
          ${filter.currency ? sql`and c.currency = ${filter.currency}` : sql``}
          ${filter.frequency ? sql`and c.frequency = ${filter.frequency}` : sql``}
          ${filter.status ? sql`and c.status = ${filter.status}` : sql``}
        order by c.id limit ${batchSize}`);
      const rows = result.rows;
      if (rows.length < batchSize) done = true;
      if (rows.length === 0) return null;
      afterId = rows[rows.length - 1].id;
      return rows.map((r): CsvValue[] => {
        const currency = r.currency.trim();
        return [
          r.id, at(r.paid_at ?? r.failed_at), r.email, r.name, r.frequency, majorUnits(Number(r.amount), currency), currency,
          majorUnits(Number(r.amount_refunded), currency), r.status, at(r.paid_at), at(r.failed_at), at(r.refunded_at), at(r.disputed_at),
          r.placement, r.article_slug, r.stripe_payment_intent_id, r.stripe_invoice_id,
        ];
      });
    },
  };
}
