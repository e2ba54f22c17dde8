// Staff dashboard: reader-revenue figures for a range, per currency, with the chart and the appeal funnel (staff only).
import type { Metadata } from 'next';
import Link from 'next/link';
import { CurrencyFigures } from '@/components/admin/currency-figures';
import { FunnelTable } from '@/components/admin/funnel-table';
import { HeadlineFigures } from '@/components/admin/headline-figures';
import { MoneyChart } from '@/components/admin/money-chart';
import { RangeForm } from '@/components/admin/range-form';
import { getArticleHeadlines } from '@/lib/articles/get-article-headlines';
import { readDashboardQuery, toSearchParams } from '@/lib/admin/read-dashboard-query';
import { requireStaff } from '@/lib/auth/require-role';
import { emptySummary } from '@/lib/reports/empty-summary';
import { currencyName } from '@/lib/reports/format-report';
import { getDashboard } from '@/lib/reports/get-dashboard';
import { funnelByPlacement } from '@/lib/reports/get-funnel';
import { listCurrencies } from '@/lib/reports/list-currencies';

export const metadata: Metadata = { title: 'Reader revenue', robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminDashboardPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  await requireStaff(`/admin${params.size ? `?${params}` : ''}`);
  const now = new Date();
  const query = readDashboardQuery(params, now);
  const currencies = await listCurrencies();
  if (!query.ok) {
    return (
      <div>
        <h1 className="font-serif text-4xl font-bold">Reader revenue</h1>
        <div className="mt-6"><RangeForm preset={params.get('range') ?? 'custom'} from={params.get('from') ?? ''} to={params.get('to') ?? ''} currency={null} currencies={currencies} /></div>
        <p role="alert" className="mt-6 rounded border border-accent bg-red-50 p-3 text-accent">{query.message}</p>
      </div>
    );
  }
  const { range, currency } = query;
  const dashboard = await getDashboard({ range, currency, now });
  const headlines = await getArticleHeadlines(dashboard.funnel.map((row) => row.article));
  const exportQuery = new URLSearchParams({ from: range.from, to: range.to, ...(currency ? { currency } : {}) });
  return (
    <div className="space-y-10">
      <div>
        <h1 className="font-serif text-4xl font-bold">Reader revenue</h1>
        <p className="mt-2 text-muted">
          {range.from} to {range.to} ({range.timeZone}), compared with {range.previous.from} to {range.previous.to}.
        </p>
      </div>
      <RangeForm preset={range.preset} from={range.from} to={range.to} currency={currency} currencies={currencies} />
      {dashboard.summaries.length === 0 ? <p>No payments or subscriptions in this range.</p> : <HeadlineFigures summaries={dashboard.summaries} previous={dashboard.previous} funnel={dashboard.funnel} />}
      {dashboard.summaries.map((summary) => {
        const series = dashboard.series.find((s) => s.currency === summary.currency);
        return (
          <section key={summary.currency} aria-labelledby={`figures-${summary.currency}`} className="space-y-4">
            <h2 id={`figures-${summary.currency}`} className="font-serif text-2xl font-bold">{currencyName(summary.currency)}</h2>
            {series && <MoneyChart series={series} id={`chart-${summary.currency}`} />}
            <CurrencyFigures summary={summary} previous={dashboard.previous.find((p) => p.currency === summary.currency) ?? emptySummary(summary.currency)} />
          </section>
        );
      })}
      <p className="text-sm text-muted">
        Net raised is payments received in the range minus the refunds and disputes of that range; a refund that failed or a
        dispute won counts back in the month it happened, so a closed month never changes. MRR counts annual plans at one twelfth and leaves out
        subscriptions that are cancelled, set to cancel at the period end, or behind on payment.{' '}
        <Link href={`/api/admin/exports/contributions?${exportQuery}`} className="underline">Export these contributions (CSV)</Link>
      </p>
      <section aria-labelledby="funnel" className="space-y-4">
        <h2 id="funnel" className="font-serif text-2xl font-bold">Appeal funnel</h2>
        <FunnelTable rows={funnelByPlacement(dashboard.funnel)} caption="By placement" byArticle={false} />
        <FunnelTable rows={dashboard.funnel.filter((row) => row.article)} caption="By article" byArticle headlines={headlines} />
      </section>
    </div>
  );
}
