// Everything the dashboard (and GET /api/admin/summary) shows for one range: figures now and before, the series, the funnel.
import { compactReportRollups } from './compact-report-rollups';
import { getFunnel } from './get-funnel';
import { getMoneySeries } from './get-money-series';
import { getRevenueSummary } from './get-revenue-summary';
import type { ReportRange } from './parse-report-range';
import type { CurrencySummary, FunnelRow, MoneySeries } from './report-types';

export type Dashboard = {
  range: { from: string; to: string; timeZone: string; previous: { from: string; to: string } };
  currency: string | null;
  summaries: CurrencySummary[];
  previous: CurrencySummary[];
  series: MoneySeries[];
  funnel: FunnelRow[];
};

export async function getDashboard(options: { range: ReportRange; currency: string | null; now: Date }): Promise<Dashboard> {
  const { range, currency, now } = options;
  await compactReportRollups();
  // One pass over the range's payments feeds both the chart and the payment figures.
  const seriesWithTotals = getMoneySeries({ range, currency });
  const [summaries, previous, { series }, funnel] = await Promise.all([
    getRevenueSummary({ start: range.start, end: range.end, currency, now }, { payments: seriesWithTotals.then((s) => s.figures) }),
    getRevenueSummary({ start: range.previous.start, end: range.previous.end, currency, now }),
    seriesWithTotals,
    getFunnel(range),
  ]);
  return {
    range: { from: range.from, to: range.to, timeZone: range.timeZone, previous: { from: range.previous.from, to: range.previous.to } },
    currency,
    summaries,
    previous,
    series,
    funnel,
  };
}
