// The reminder itself, in the language the reader asked from: a link back to /support on the frequency the reader
// looked at, and a one-click cancel link.
import { renderEmail } from '@/lib/email/render-email';
import type { OutgoingEmail } from '@/lib/email/outgoing-email';
import { isLocale, localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';
import type { Frequency } from '@/lib/support/amounts';
import { formatMonth } from './reminder-months';

export type ReminderEmailInput = {
  id: number;
  email: string;
  frequency: Frequency;
  token: string;
  appUrl: string;
  publicationName: string;
  /** YYYY-MM, the month the reader chose. */
  month: string;
  /** The reminder's stored language (reminders.locale); anything unknown is English. */
  locale?: string;
};

export function cancelReminderUrl(appUrl: string, token: string, locale: Locale = 'en'): string {
  return `${appUrl}${localePath(locale, '/support/reminder/cancel')}?token=${encodeURIComponent(token)}`;
}

export function renderReminderEmail(input: ReminderEmailInput): OutgoingEmail {
  const locale: Locale = isLocale(input.locale) ? input.locale : 'en';
  const t = translatorFor(locale, 'emails');
  const publication = input.publicationName;
  const cancelUrl = cancelReminderUrl(input.appUrl, input.token, locale);
  const { text, html } = renderEmail({
    lang: locale,
    publicationName: publication,
    heading: t('reminder.heading'),
    paragraphs: [
      t('reminder.intro', { publication, month: formatMonth(input.month, locale === 'en' ? 'en-US' : locale), frequency: input.frequency }),
      t('reminder.why'),
      t('reminder.only'),
    ],
    action: { label: t('reminder.action', { publication }), url: `${input.appUrl}${localePath(locale, '/support')}?frequency=${input.frequency}` },
    footer: { text: t('reminder.footer', { publication }), linkLabel: t('reminder.cancel'), url: cancelUrl },
  });
  return {
    to: input.email,
    subject: t('reminder.subject', { publication }),
    text,
    html,
    dedupeKey: `reminder:${input.id}`,
    headers: { 'List-Unsubscribe': `<${cancelUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
