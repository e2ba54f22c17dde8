// The account page's notice and error from the codes in its query string: the words from the one message table, the
// values from the reader's own support as stored, never from the URL.
import { formMessage } from '@/lib/http/form-messages';
import { translatorFor } from '@/lib/i18n/messages';
import { isCurrency } from '@/lib/support/amounts';
import { amountMessageParams } from '@/lib/support/check-amount';
import { moneyLocale, type Locale } from '@/lib/i18n/locales';
import { readerMoney } from './reader-money';
import type { ContributionRow, SubscriptionRow } from './get-account-overview';
import { intervalToFrequency } from './parse-support-change';
import { supportNoticeParams } from './support-notice-params';

const FIELDS = ['amount', 'frequency', 'subscription', 'confirm', 'newsletter'];

export type AccountMessages = { notice: string | null; error: { field: string; message: string } | null };

/** `contributions`: the reader's payments, newest first; a switch's notice names what its invoice charged. */
/** `locale`: the account page's language; the words and the values (money, days) are written in it. */
export function readAccountMessages(query: { notice?: string; error?: string; field?: string; frequency?: string }, current: SubscriptionRow | null, contributions: ContributionRow[] = [], locale: Locale = 'en'): AccountMessages {
  const support = current ? supportNoticeParams({ amount: current.amount, currency: current.currency, interval: current.interval, periodEnd: current.currentPeriodEnd }, locale) : {};
  const charged = current && contributions.find((c) => c.subscriptionId === current.id && c.paidAt);
  if (charged) support.charged = readerMoney(charged.amount, charged.currency, locale);
  const currency = current?.currency.trim().toLowerCase();
  const frequency = query.frequency === 'monthly' || query.frequency === 'annual' ? query.frequency : current ? intervalToFrequency(current.interval) : 'monthly';
  const amounts = isCurrency(currency) ? amountMessageParams(currency, frequency, undefined, undefined, { locale: moneyLocale(locale, currency), ...(locale === 'en' ? {} : { gift: translatorFor(locale, 'account')(`payments.kind.${frequency}`) }) }) : {};
  const message = formMessage(query.error, amounts, locale);
  return {
    notice: formMessage(query.notice, support, locale),
    error: message ? { field: query.field && FIELDS.includes(query.field) ? query.field : 'form', message } : null,
  };
}
