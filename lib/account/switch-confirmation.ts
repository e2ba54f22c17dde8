// What the reader is told before switching between monthly and annual: the message code and its values, all from
// Stripe's preview of the change (never from the URL).
import type { FormMessageCode, MessageParams } from '@/lib/http/form-messages';
import type { Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { readerMoney } from './reader-money';
import { formatDay } from './format-day';
import type { SupportChange, SwitchPreview } from './preview-support-change';
import { supportNoticeParams } from './support-notice-params';

export type SwitchConfirmation = { code: Extract<FormMessageCode, 'support_switch_confirm' | 'support_switch_confirm_credit'>; params: MessageParams };

export function switchConfirmation(preview: SwitchPreview, change: SupportChange, locale: Locale = 'en'): SwitchConfirmation {
  const money = (minor: number) => readerMoney(minor, change.currency, locale);
  const interval = change.frequency === 'monthly' ? 'month' : 'year';
  const params: MessageParams = {
    support: supportNoticeParams({ amount: change.amount, currency: change.currency, interval, periodEnd: null }, locale).support,
    period: translatorFor(locale, 'account')(`period.${interval}`),
    dueNow: money(preview.dueNow),
    newPeriod: money(preview.newPeriod),
    unused: money(preview.unused),
    creditLeft: money(preview.creditLeft),
    day: preview.nextPaymentAt ? formatDay(preview.nextPaymentAt, locale) : '',
  };
  return { code: preview.dueNow > 0 ? 'support_switch_confirm' : 'support_switch_confirm_credit', params };
}
