// The dashboard's query string (range, from, to, currency) checked into a report range, or the first problem found.
import { getConfig } from '@/lib/config';
import { parseCurrency } from '@/lib/reports/parse-currency';
import { parseReportRange, type ReportRange } from '@/lib/reports/parse-report-range';

export type DashboardQuery =
  | { ok: true; range: ReportRange; currency: string | null }
  | { ok: false; field: string; message: string };

export function readDashboardQuery(params: URLSearchParams, now: Date): DashboardQuery {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const currency = parseCurrency(get('currency'));
  if (!currency.ok) return currency;
  const preset = get('range');
  // A preset other than "custom" wins over stale dates left in the form.
  const custom = !preset || preset === 'custom';
  const range = parseReportRange({ preset, from: custom ? get('from') : undefined, to: custom ? get('to') : undefined, timeZone: getConfig().REPORT_TIMEZONE, now });
  if (!range.ok) return range;
  return { ok: true, range: range.range, currency: currency.currency };
}

/** Next's searchParams object as URLSearchParams (first value of repeated keys). */
export function toSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const result = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result.set(key, first);
  }
  return result;
}
