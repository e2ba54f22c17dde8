// Money on the account's pages and in its messages, as the reader's language writes it (lib/i18n/locales.ts moneyLocale).
import { moneyLocale, type Locale } from '@/lib/i18n/locales';
import { formatMoney } from '@/lib/support/format-money';

export function readerMoney(minor: number, currency: string, locale: Locale = 'en'): string {
  const code = currency.trim().toLowerCase();
  return formatMoney(minor, code, moneyLocale(locale, code));
}
