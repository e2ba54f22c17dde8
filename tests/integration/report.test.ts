// Every dashboard figure for a known history, on PGlite and (with DATABASE_URL) PostgreSQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDashboard } from '@/lib/reports/get-dashboard';
import { parseReportRange, type ReportRange } from '@/lib/reports/parse-report-range';
import { emptySummary } from '@/lib/reports/empty-summary';
import { useTestDatabase } from '../helpers/test-database';
import { insertReportHistory } from './report-history';

const timeZone = 'America/New_York';
const now = new Date('2026-11-26T12:00:00Z');

function october(): ReportRange {
  const parsed = parseReportRange({ from: '2026-10-01', to: '2026-10-31', timeZone, now: new Date('2026-11-26T12:00:00Z') });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.range;
}

describe('staff reports', () => {
  const database = useTestDatabase();
  beforeAll(async () => insertReportHistory(database().db));

  it('reports October in New York time, per currency, exactly', async () => {
    const dashboard = await getDashboard({ range: october(), currency: null, now });
    expect(dashboard.range).toEqual({ from: '2026-10-01', to: '2026-10-31', timeZone, previous: { from: '2026-08-31', to: '2026-09-30' } });
    expect(dashboard.summaries.map((s) => s.currency)).toEqual(['eur', 'gbp', 'usd']);
    const [eur, gbp, usd] = dashboard.summaries;
    expect(usd).toEqual({
      currency: 'usd',
      received: 25500, // one-off 2500+3000+500+2000+4000, recurring 1000+500+12000
      refunds: { count: 2, amount: 3500 }, // 2000 (October gift) + 1500 (September gift, refunded in October)
      netRaised: 18000, // less the refunds and the 4000 disputed (withdrawn by Stripe until a dispute is won)
      oneOff: { count: 5, sum: 12000, average: 2400 },
      recurring: { count: 3, sum: 13500, monthlySum: 1500, annualSum: 12000 },
      activeMonthly: 3, // A, B (cancelling at period end, still running) and D (past due)
      activeAnnual: 1, // C
      mrr: 2000, // A 1000 + C 12000/12; B set to cancel and D past due are left out
      arr: 24000,
      newRecurring: 2, // B and C
      cancellations: 2, // B (at period end) and E (at once)
      ended: 1, // E
      activeAtStart: 3, // A, D, E
      churnRate: 1 / 3,
      failed: { count: 1, amount: 800 },
      disputes: { count: 1, amount: 4000 },
    });
    expect(eur).toEqual({
      ...emptySummary('eur'),
      received: 1500, netRaised: 1500, oneOff: { count: 1, sum: 1500, average: 1500 },
      activeAnnual: 1, activeAtStart: 1, mrr: 500, arr: 6000, churnRate: 0,
    });
    expect(gbp).toEqual({ ...emptySummary('gbp'), received: 2000, netRaised: 2000, oneOff: { count: 1, sum: 2000, average: 2000 } });
  });

  it('compares with the previous period of the same length', async () => {
    const { previous } = await getDashboard({ range: october(), currency: 'usd', now });
    expect(previous).toHaveLength(1);
    expect(previous[0]).toMatchObject({
      received: 6000, // 5000 on 20 September, 1000 at 23:59 on 30 September
      oneOff: { count: 2, sum: 6000, average: 3000 },
      refunds: { count: 0, amount: 0 },
      activeMonthly: 3, activeAnnual: 0, mrr: 2400, newRecurring: 0, // A 1000 + D 800 + E 600; D and E were then in good standing
    });
  });

  it('limits every figure to one currency when asked', async () => {
    const { summaries } = await getDashboard({ range: october(), currency: 'eur', now });
    expect(summaries.map((s) => s.currency)).toEqual(['eur']);
  });

  it('charts money in by day and frequency, with gifts on the right side of midnight', async () => {
    const { series } = await getDashboard({ range: october(), currency: 'usd', now });
    expect(series).toHaveLength(1);
    const { unit, points } = series[0];
    expect(unit).toBe('day');
    expect(points).toHaveLength(31);
    const day = (d: string) => points.find((p) => p.bucket === d);
    expect(day('2026-10-01')).toEqual({ bucket: '2026-10-01', once: 3000, monthly: 1000, annual: 0 });
    expect(day('2026-10-31')).toEqual({ bucket: '2026-10-31', once: 500, monthly: 0, annual: 0 });
    expect(day('2026-10-15')).toEqual({ bucket: '2026-10-15', once: 4000, monthly: 0, annual: 12000 });
    expect(points.reduce((sum, p) => sum + p.once + p.monthly + p.annual, 0)).toBe(25500);
  });

  it('counts the appeal funnel per placement and article', async () => {
    const { funnel } = await getDashboard({ range: october(), currency: null, now });
    expect(funnel).toEqual([
      { placement: 'article-end', article: 'bridge-story', impressions: 120, continues: 12, checkouts: 3, payments: 2 },
      { placement: 'support-page', article: '', impressions: 50, continues: 5, checkouts: 1, payments: 0 },
    ]);
  });

  it('reports nothing for a quiet range', async () => {
    const parsed = parseReportRange({ from: '2020-01-01', to: '2020-01-31', timeZone, now: new Date('2026-11-26T12:00:00Z') });
    if (!parsed.ok) throw new Error(parsed.message);
    const dashboard = await getDashboard({ range: parsed.range, currency: null, now });
    expect(dashboard.summaries).toEqual([]);
    expect(dashboard.series).toEqual([]);
    expect(dashboard.funnel).toEqual([]);
  });
});
