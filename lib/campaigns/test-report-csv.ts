// The test report as CSV: one line per variant and currency (counts repeat on each currency's line; money is per line).
import { csvLine, majorUnits } from '@/lib/admin/csv';
import type { TestReport } from './get-test-report';

const HEADER = ['variant', 'name', 'impressions', 'continue_presses', 'checkouts_started', 'payments', 'conversion', 'conversion_low_95', 'conversion_high_95', 'chance_to_beat_control', 'currency', 'raised', 'new_recurring_monthly'];

export function testReportCsv(report: TestReport): string {
  let csv = csvLine(HEADER);
  for (const v of report.variants) {
    const currencies = [...new Set([...v.raised, ...v.newRecurring].map((m) => m.currency))].sort();
    const rate = (n: number | undefined) => (n === undefined ? '' : n.toFixed(6));
    const base = [v.key, v.name, v.impressions, v.continues, v.checkouts, v.payments, rate(v.conversion?.rate), rate(v.conversion?.low), rate(v.conversion?.high), v.chanceToBeatControl === null ? '' : v.chanceToBeatControl.toFixed(4)];
    if (currencies.length === 0) csv += csvLine([...base, '', '', '']);
    for (const currency of currencies) {
      const raised = v.raised.find((m) => m.currency === currency)?.amount ?? 0;
      const recurring = v.newRecurring.find((m) => m.currency === currency)?.amount ?? 0;
      csv += csvLine([...base, currency, majorUnits(raised, currency), majorUnits(recurring, currency)]);
    }
  }
  return csv;
}
