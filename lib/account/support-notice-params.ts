// What an account notice names ({support}, {day}): the action describes the support Stripe answered with, and the
// page showing the notice describes the same support as stored, in the same words (in the reader's language).
import type { MessageParams } from '@/lib/http/form-messages';
import { moneyLocale, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { formatMoney } from '@/lib/support/format-money';
import { formatDay } from './format-day';

/** "$10.00 monthly", "10,00 $ ежемесячно". */
export function describeSupport(support: { amount: number; currency: string; interval: 'month' | 'year' }, locale: Locale = 'en'): string {
  const currency = support.currency.trim().toLowerCase();
  return translatorFor(locale, 'account')('supportWords', {
    amount: formatMoney(support.amount, currency, moneyLocale(locale, currency)),
    frequency: support.interval === 'month' ? 'monthly' : 'annual',
  });
}

export function supportNoticeParams(support: { amount: number; currency: string; interval: 'month' | 'year'; periodEnd: Date | number | null | undefined }, locale: Locale = 'en'): MessageParams {
  const params: MessageParams = { support: describeSupport(support, locale) };
  if (support.periodEnd) params.day = formatDay(support.periodEnd, locale);
  return params;
}
