// A supporter's plan in words: "$10.00 monthly, active", "€60.00 annual, cancels at period end".
import { formatMinor } from '@/lib/reports/format-report';

export function describePlan(plan: { interval: string; amount: number; currency: string; status: string; cancelAtPeriodEnd: boolean } | null): string {
  if (!plan) return 'One-off only';
  const status = plan.cancelAtPeriodEnd && plan.status === 'active' ? 'cancels at period end' : plan.status.replace('_', ' ');
  return `${formatMinor(plan.amount, plan.currency)} ${plan.interval === 'year' ? 'annual' : 'monthly'}, ${status}`;
}
