// The contributions export's query: the dashboard's range and currency, plus an optional frequency and status.
import { z } from 'zod';
import type { ContributionExportFilter } from './contribution-csv-batches';
import { readDashboardQuery } from './read-dashboard-query';

const extra = z.object({
  frequency: z.enum(['once', 'monthly', 'annual'], { error: 'Frequency must be once, monthly or annual.' }).optional(),
  status: z.enum(['paid', 'failed', 'refunded', 'partially_refunded', 'disputed'], { error: 'Status must be paid, failed, refunded, partially_refunded or disputed.' }).optional(),
});

export type ContributionExportQuery =
  | { ok: true; filter: ContributionExportFilter; described: Record<string, unknown> }
  | { ok: false; field: string; message: string };

export function parseContributionExport(params: URLSearchParams, now: Date): ContributionExportQuery {
  const query = readDashboardQuery(params, now);
  if (!query.ok) return query;
  const parsed = extra.safeParse({ frequency: params.get('frequency') || undefined, status: params.get('status') || undefined });
  if (!parsed.success) return { ok: false, field: String(parsed.error.issues[0].path[0]), message: parsed.error.issues[0].message };
  const { range, currency } = query;
  const frequency = parsed.data.frequency ?? null;
  const status = parsed.data.status ?? null;
  return {
    ok: true,
    filter: { start: range.start, end: range.end, currency, frequency, status },
    described: { from: range.from, to: range.to, timeZone: range.timeZone, currency, frequency, status },
  };
}
