// The appeal's state after a plain-form post (no JavaScript), from the query the form route redirected to: the choice
// kept, and messages looked up by their codes (never words from the URL itself).
import type { AppealConfig } from '@/lib/campaigns/appeal-config';
import { firstParam as first, type SearchParams } from '@/lib/http/first-param';
import { formMessage } from '@/lib/http/form-messages';
import { moneyLocale, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import { formatMonth } from '@/lib/reminders/reminder-months';
import { isCurrency, isFrequency } from '@/lib/support/amounts';
import { amountMessageParams } from '@/lib/support/check-amount';
import type { AppealFormState } from './render-appeal-slot';

const APPEAL_FIELDS = ['frequency', 'currency', 'amount', 'placement', 'article', 'form'];
const REMINDER_FIELDS = ['email', 'month', 'frequency'];
const GIFT_KEYS = { once: 'giftOnce', monthly: 'giftMonthly', annual: 'giftAnnual' } as const;

export function readAppealFormState(query: SearchParams, config: AppealConfig, locale: Locale): AppealFormState | null {
  const appeal = first(query.appeal);
  const form = first(query.form);
  const reminder = first(query.reminder);
  const requestedFrequency = first(query.frequency);
  const requestedCurrency = first(query.currency);
  // A link may name the frequency or currency to start from (a reminder email's link to /support?frequency=annual).
  if (!appeal && form !== 'reminder' && !reminder && !requestedFrequency && !requestedCurrency) return null;
  const frequency = isFrequency(requestedFrequency) && config.frequencies.includes(requestedFrequency) ? requestedFrequency : config.defaultFrequency;
  const currency = isCurrency(requestedCurrency) && config.currencies.includes(requestedCurrency) ? requestedCurrency : config.currencies[0];
  const code = first(query.error);
  const field = first(query.field) ?? '';
  const appealMessage =
    appeal === '1'
      ? formMessage(code, amountMessageParams(currency, frequency, config.amounts[currency][frequency], config.currencies, { locale: moneyLocale(locale, currency), gift: translatorFor(locale, 'appeal')(GIFT_KEYS[frequency]) }), locale)
      : null;
  // The codes' words in the page's language (messages/<locale>/forms.json).
  const reminderMessage = form === 'reminder' ? formMessage(code, {}, locale) : null;
  return {
    frequency,
    currency,
    amountText: first(query.amount)?.slice(0, 30) ?? '',
    error: appealMessage ? { field: APPEAL_FIELDS.includes(field) ? field : 'form', message: appealMessage } : null,
    justDeferred: appeal === 'deferred' || form === 'reminder' || Boolean(reminder),
    reminderDoneMonth: reminder && /^\d{4}-(0[1-9]|1[0-2])$/.test(reminder) ? formatMonth(reminder, locale) : null,
    reminderError: reminderMessage ? { field: REMINDER_FIELDS.includes(field) ? field : 'email', message: reminderMessage } : null,
  };
}
