// The dashboard's first row: money raised, running recurring revenue, new supporters and the appeal's conversion,
// large, each beside the previous period; every other figure follows in the detailed lists below.
import type { CurrencySummary, FunnelRow } from '@/lib/reports/report-types';
import { emptySummary } from '@/lib/reports/empty-summary';
import { conversionRate } from '@/lib/reports/get-funnel';
import { describeChange, formatCount, formatMinor, formatRate } from '@/lib/reports/format-report';

type Line = { key: string; value: string; note: string };

function Headline({ label, lines }: { label: string; lines: Line[] }) {
  return (
    <div className="min-w-0 rounded border border-gray-300 border-t-4 border-t-ink bg-white p-4">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      {lines.map((line) => (
        <dd key={line.key} className="mt-1 [overflow-wrap:anywhere]">
          <span className="block font-serif text-2xl font-bold tabular-nums sm:text-3xl">{line.value}</span>
          <span className="block text-sm text-muted">{line.note}</span>
        </dd>
      ))}
    </div>
  );
}

type Props = { summaries: CurrencySummary[]; previous: CurrencySummary[]; funnel: FunnelRow[] };

export function HeadlineFigures({ summaries, previous, funnel }: Props) {
  const several = summaries.length > 1;
  const lines = (value: (s: CurrencySummary) => number, show: (n: number, currency: string) => string): Line[] =>
    summaries.map((summary) => {
      const before = previous.find((p) => p.currency === summary.currency) ?? emptySummary(summary.currency);
      const change = describeChange(value(summary), value(before));
      return { key: summary.currency, value: show(value(summary), summary.currency), note: several ? `${summary.currency.toUpperCase()}: ${change}` : change };
    });
  const impressions = funnel.reduce((sum, row) => sum + row.impressions, 0);
  const payments = funnel.reduce((sum, row) => sum + row.payments, 0);
  return (
    <section aria-labelledby="at-a-glance">
      <h2 id="at-a-glance" className="sr-only">At a glance</h2>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Headline label="Net raised" lines={lines((s) => s.netRaised, formatMinor)} />
        <Headline label="Running recurring revenue (MRR)" lines={lines((s) => s.mrr, formatMinor)} />
        <Headline label="New recurring supporters" lines={lines((s) => s.newRecurring, (n) => formatCount(n))} />
        <Headline label="Appeal conversion" lines={[{ key: 'all', value: formatRate(conversionRate(payments, impressions)), note: `${formatCount(payments)} payments from ${formatCount(impressions)} impressions` }]} />
      </dl>
    </section>
  );
}
