// The supporters matching the list's filters, as CSV rows in batches of a thousand.
import { majorUnits, type CsvValue } from './csv';
import { listSupporters } from './list-supporters';
import type { SupporterFilters } from './parse-supporter-filters';
import type { CsvBatches } from './stream-csv-export';

export const SUPPORTER_CSV_HEADER = [
  'supporter_id', 'email', 'name', 'supporter_since', 'plan', 'plan_amount', 'plan_currency', 'plan_status', 'cancel_at_period_end', 'given_net', 'last_payment_at',
];

export function supporterCsvBatches(filters: SupporterFilters, batchSize = 1000): CsvBatches {
  let cursor: string | null = null;
  let done = false;
  return {
    header: SUPPORTER_CSV_HEADER,
    async next() {
      if (done) return null;
      const page = await listSupporters({ ...filters, cursor, limit: batchSize });
      cursor = page.nextCursor;
      done = !cursor;
      if (page.rows.length === 0) return null;
      return page.rows.map((row): CsvValue[] => [
        row.id, row.email, row.name, row.createdAt,
        row.plan ? (row.plan.interval === 'year' ? 'annual' : 'monthly') : 'one-off',
        row.plan ? majorUnits(row.plan.amount, row.plan.currency) : null,
        row.plan?.currency ?? null, row.plan?.status ?? null, row.plan?.cancelAtPeriodEnd ?? null,
        row.given.map((g) => `${g.currency} ${majorUnits(g.amount, g.currency)}`).join('; '),
        row.lastPaidAt,
      ]);
    },
  };
}
