// Money for people: Intl-formatted, without ".00" on whole amounts ("$5", "$7.50", "£1,000").
import { minorUnitDigits, type Currency } from './amounts';

export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  const digits = minorUnitDigits(currency as Currency);
  const major = minor / 10 ** digits;
  const whole = minor % 10 ** digits === 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(major);
}

/** The amount as typed into a form (major units, no symbol): 750 → "7.50", 1000 → "10". */
export function toMajorInput(minor: number, currency: string): string {
  const digits = minorUnitDigits(currency as Currency);
  return minor % 10 ** digits === 0 ? String(minor / 10 ** digits) : (minor / 10 ** digits).toFixed(digits);
}
