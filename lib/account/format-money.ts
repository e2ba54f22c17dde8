// Integer minor units and an ISO currency, shown the reader's way through Intl.
import { currencyExponent } from './parse-support-change';

export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const exponent = currencyExponent(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: amount % 10 ** exponent === 0 ? 0 : exponent,
  }).format(amount / 10 ** exponent);
}

export function intervalLabel(interval: 'month' | 'year'): string {
  return interval === 'month' ? 'monthly' : 'annual';
}
