// The change-support form: which subscription, the new amount as typed (major units) and the frequency.
import { z } from 'zod';

export const supportChangeSchema = z.object({
  subscription: z.string().trim().regex(/^sub_\w{1,100}$/, 'Choose the support to change.'),
  amount: z.string().trim().min(1, 'Enter an amount.').max(20, 'Enter a smaller amount.'),
  frequency: z.enum(['monthly', 'annual'], { error: 'Choose monthly or annual.' }),
});

export type SupportChangeFields = z.infer<typeof supportChangeSchema>;

/** Digits after the decimal point for a currency (2 for usd, 0 for jpy). */
export function currencyExponent(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "12", "12.5", "1,200.00", "$12" to integer minor units; null when it is not a plain positive amount. */
export function toMinorUnits(typed: string, currency: string): number | null {
  const cleaned = typed.replace(/[\s,]/g, '').replace(/^[^\d.-]+/, ''); // a leading currency sign, never a minus
  const exponent = currencyExponent(currency);
  const pattern = exponent > 0 ? new RegExp(`^\\d{1,9}(\\.\\d{1,${exponent}})?$`) : /^\d{1,9}$/;
  if (!pattern.test(cleaned)) return null;
  const [whole, fraction = ''] = cleaned.split('.');
  return Number(whole) * 10 ** exponent + Number(fraction.padEnd(exponent, '0') || '0');
}

export function frequencyToInterval(frequency: 'monthly' | 'annual'): 'month' | 'year' {
  return frequency === 'monthly' ? 'month' : 'year';
}
