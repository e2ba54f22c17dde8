// The figures for one currency, each beside the previous period.
import type { CurrencySummary } from '@/lib/reports/report-types';
import { describeChange, formatCount, formatMinor, formatRate } from '@/lib/reports/format-report';
import { Figure } from './figure';

export function CurrencyFigures({ summary, previous }: { summary: CurrencySummary; previous: CurrencySummary }) {
  const money = (minor: number) => formatMinor(minor, summary.currency);
  const was = (current: number, before: number, show: (n: number) => string) => `${describeChange(current, before)} (${show(before)})`;
  return (
    <dl className="grid grid-cols-2 gap-x-4 sm:grid-cols-3 lg:grid-cols-4">
      <Figure label="Net raised" value={money(summary.netRaised)} detail={was(summary.netRaised, previous.netRaised, money)} />
      <Figure label="Payments received" value={money(summary.received)} detail={was(summary.received, previous.received, money)} />
      <Figure label="One-off gifts" value={`${formatCount(summary.oneOff.count)} · ${money(summary.oneOff.sum)}`}
        detail={`Average ${summary.oneOff.average === null ? '—' : money(summary.oneOff.average)}; ${was(summary.oneOff.sum, previous.oneOff.sum, money)}`} />
      <Figure label="Recurring revenue" value={money(summary.recurring.sum)}
        detail={`Monthly ${money(summary.recurring.monthlySum)}, annual ${money(summary.recurring.annualSum)}; ${was(summary.recurring.sum, previous.recurring.sum, money)}`} />
      <Figure label="Active monthly supporters" value={formatCount(summary.activeMonthly)} detail={was(summary.activeMonthly, previous.activeMonthly, formatCount)} />
      <Figure label="Active annual supporters" value={formatCount(summary.activeAnnual)} detail={was(summary.activeAnnual, previous.activeAnnual, formatCount)} />
      <Figure label="MRR" value={money(summary.mrr)} detail={was(summary.mrr, previous.mrr, money)} />
      <Figure label="ARR" value={money(summary.arr)} detail={was(summary.arr, previous.arr, money)} />
      <Figure label="New recurring supporters" value={formatCount(summary.newRecurring)} detail={was(summary.newRecurring, previous.newRecurring, formatCount)} />
      <Figure label="Cancellations" value={formatCount(summary.cancellations)} detail={`${formatCount(summary.ended)} ended in the range; ${was(summary.cancellations, previous.cancellations, formatCount)}`} />
      <Figure label="Churn rate" value={formatRate(summary.churnRate)} detail={`Of ${formatCount(summary.activeAtStart)} running at the start; previously ${formatRate(previous.churnRate)}`} />
      <Figure label="Failed payments" value={`${formatCount(summary.failed.count)} · ${money(summary.failed.amount)}`} detail={was(summary.failed.count, previous.failed.count, formatCount)} />
      <Figure label="Refunds" value={`${formatCount(summary.refunds.count)} · ${money(summary.refunds.amount)}`} detail={was(summary.refunds.amount, previous.refunds.amount, money)} />
      <Figure label="Disputes" value={`${formatCount(summary.disputes.count)} · ${money(summary.disputes.amount)}`} detail={was(summary.disputes.count, previous.disputes.count, formatCount)} />
    </dl>
  );
}
