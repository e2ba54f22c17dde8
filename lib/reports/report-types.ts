// The shapes of the staff reports. Money is integer minor units, always beside its ISO currency.
export type CountAndAmount = { count: number; amount: number };

export type CurrencySummary = {
  currency: string;
  /** Payments received in the range (gross, before refunds). */
  received: number;
  /** Refunds issued in the range (each dated by its own time); the amount less refunds that failed in the range. */
  refunds: CountAndAmount;
  /** received − refunds − disputes in the range (cash basis, as Stripe pays out: a dispute withdraws the money, a won one
   * gives it back in the month it was won). A closed range's figure never changes. */
  netRaised: number;
  oneOff: { count: number; sum: number; average: number | null };
  recurring: { count: number; sum: number; monthlySum: number; annualSum: number };
  activeMonthly: number;
  activeAnnual: number;
  /** Monthly recurring revenue at the end of the range; annual plans count one twelfth. */
  mrr: number;
  arr: number;
  newRecurring: number;
  /** Subscriptions whose cancellation was asked for in the range (at once or at period end). */
  cancellations: number;
  /** Subscriptions that stopped in the range. */
  ended: number;
  activeAtStart: number;
  /** Of the subscriptions running at the start, the share that stopped within the range; null when none were running. */
  churnRate: number | null;
  /** Payments whose first attempt failed in the range (whether paid later or not). */
  failed: CountAndAmount;
  /** Disputes opened in the range; the amount less disputes won in the range. */
  disputes: CountAndAmount;
};

export type SeriesPoint = { bucket: string; once: number; monthly: number; annual: number };
export type MoneySeries = { currency: string; unit: 'day' | 'week' | 'month'; points: SeriesPoint[] };

export type FunnelRow = {
  placement: string;
  article: string;
  impressions: number;
  continues: number;
  checkouts: number;
  payments: number;
};

/** Payment totals per currency, from the raw rows or from the rollups (the same shape either way). */
export type PaymentRow = { currency: string; once_count: number; once_sum: number; recurring_count: number; monthly_sum: number; annual_sum: number; received: number };

/** Refunds, disputes and failures per currency. */
export type EventRow = { currency: string; kind: 'refund' | 'dispute' | 'failed'; count: number; amount: number };
