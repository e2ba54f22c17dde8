// A test's report per variant: impressions, Continue presses, checkouts started, payments, money raised and new
// recurring revenue per currency, conversion (payments per impression) with its 95% interval and the chance to beat control.
import { sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { CONTROL_KEY, HOLDBACK_KEY, type CampaignTest } from './campaign-test';
import { chanceToBeat, DEFAULT_WINNER_RULE, pickWinner, wilsonInterval, type Interval, type WinnerRule } from './test-statistics';

export type CurrencyAmount = { currency: string; amount: number };
export type VariantReport = {
  key: string;
  name: string;
  impressions: number;
  continues: number;
  checkouts: number;
  payments: number;
  raised: CurrencyAmount[];
  /** Monthly value of recurring support started (an annual gift counts a twelfth). */
  newRecurring: CurrencyAmount[];
  conversion: Interval | null;
  chanceToBeatControl: number | null;
};
export type TestReport = { variants: VariantReport[]; winner: { key: string; chance: number } | null; rule: WinnerRule };

type CountRow = { variant: string; kind: string; count: number };
type CheckoutRow = { variant: string; currency: string; checkouts: number; payments: number; recurring: number };
type MoneyRow = { variant: string; currency: string; raised: number };

export async function getTestReport(options: { testId: number; test: CampaignTest; rule?: WinnerRule }): Promise<TestReport> {
  const { testId } = options;
  const [counts, checkouts, money] = await Promise.all([
    db.execute<CountRow>(sql`select variant, kind, sum(count)::float8 as count from appeal_attribution_counts where test_id = ${testId} group by 1, 2`),
    db.execute<CheckoutRow>(sql`
      select appeal_variant as variant, currency, count(*)::float8 as checkouts,
             count(*) filter (where status = 'complete')::float8 as payments,
             coalesce(sum(case frequency when 'monthly' then amount when 'annual' then amount / 12.0 end) filter (where status = 'complete'), 0)::float8 as recurring
        from checkout_sessions where appeal_test_id = ${testId} group by 1, 2`),
    db.execute<MoneyRow>(sql`
      select appeal_variant as variant, currency, sum(amount - amount_refunded)::float8 as raised
        from contributions where appeal_test_id = ${testId} and paid_at is not null group by 1, 2`),
  ]);
  const keys = [...options.test.variants.map((v) => v.key), ...(options.test.holdbackPercent > 0 ? [HOLDBACK_KEY] : [])];
  const names = new Map(options.test.variants.map((v) => [v.key, v.name]));
  const reports = new Map<string, VariantReport>(
    keys.map((key) => [key, { key, name: names.get(key) ?? 'Holdback (no appeal)', impressions: 0, continues: 0, checkouts: 0, payments: 0, raised: [], newRecurring: [], conversion: null, chanceToBeatControl: null }]),
  );
  for (const row of counts.rows) {
    const report = reports.get(row.variant);
    if (report && row.kind === 'impression') report.impressions += Number(row.count);
    if (report && row.kind === 'continue') report.continues += Number(row.count);
  }
  for (const row of checkouts.rows) {
    const report = reports.get(row.variant);
    if (!report) continue;
    report.checkouts += Number(row.checkouts);
    report.payments += Number(row.payments);
    if (Number(row.recurring) > 0) report.newRecurring.push({ currency: row.currency.trim(), amount: Math.round(Number(row.recurring)) });
  }
  for (const row of money.rows) reports.get(row.variant)?.raised.push({ currency: row.currency.trim(), amount: Number(row.raised) });

  const variants = [...reports.values()];
  const arm = (r: VariantReport) => ({ successes: Math.min(r.payments, r.impressions), trials: r.impressions });
  const control = reports.get(CONTROL_KEY);
  for (const report of variants) {
    report.raised.sort((a, b) => a.currency.localeCompare(b.currency));
    report.newRecurring.sort((a, b) => a.currency.localeCompare(b.currency));
    report.conversion = wilsonInterval(arm(report));
    if (control && report.key !== CONTROL_KEY && report.key !== HOLDBACK_KEY && control.impressions > 0 && report.impressions > 0) {
      report.chanceToBeatControl = chanceToBeat(arm(control), arm(report));
    }
  }
  const rule = options.rule ?? DEFAULT_WINNER_RULE;
  const compared = variants.filter((r) => r.key !== HOLDBACK_KEY).map((r) => ({ key: r.key, arm: arm(r) }));
  return { variants, winner: pickWinner(compared, CONTROL_KEY, rule), rule };
}
