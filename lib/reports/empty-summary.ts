// A currency with nothing in the range: every figure zero.
import type { CurrencySummary } from './report-types';

export function emptySummary(currency: string): CurrencySummary {
  const none = { count: 0, amount: 0 };
  return {
    currency, received: 0, refunds: { ...none }, netRaised: 0,
    oneOff: { count: 0, sum: 0, average: null },
    recurring: { count: 0, sum: 0, monthlySum: 0, annualSum: 0 },
    activeMonthly: 0, activeAnnual: 0, mrr: 0, arr: 0, newRecurring: 0, cancellations: 0, ended: 0, activeAtStart: 0, churnRate: null,
    failed: { ...none }, disputes: { ...none },
  };
}
