// The bounds a recurring amount must keep (the appeal's own: at least 1 and at most 10,000 in major units).
import { currencyExponent } from './parse-support-change';
import { formatMoney } from './format-money';

export function validateRecurringAmount(options: { amount: number; currency: string }): string | null {
  const unit = 10 ** currencyExponent(options.currency);
  const min = 1 * unit;
  const max = 10_000 * unit;
  if (options.amount < min) return `The smallest amount is ${formatMoney(min, options.currency)}.`;
  if (options.amount > max) return `The largest amount we accept here is ${formatMoney(max, options.currency)}.`;
  return null;
}
