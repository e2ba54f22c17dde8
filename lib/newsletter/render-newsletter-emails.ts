// The newsletter's signup emails, in the subscriber's language: the double opt-in confirmation, and a note for an
// address that is already subscribed.
import { renderEmail } from '@/lib/email/render-email';
import type { OutgoingEmail } from '@/lib/email/outgoing-email';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { translatorFor } from '@/lib/i18n/messages';

type Input = { email: string; appUrl: string; publicationName: string; confirmUrl: string; unsubscribeUrl: string; dedupeKey: string; locale?: Locale };

function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export function renderConfirmationEmail(input: Input): OutgoingEmail {
  const locale = input.locale ?? 'en';
  const t = translatorFor(locale, 'emails');
  const publication = input.publicationName;
  const { text, html } = renderEmail({
    lang: locale,
    publicationName: publication,
    heading: t('newsletterConfirm.heading'),
    paragraphs: [t('newsletterConfirm.intro', { publication }), t('newsletterConfirm.press'), t('newsletterConfirm.expiry')],
    action: { label: t('newsletterConfirm.action'), url: input.confirmUrl },
    footer: { text: t('newsletterConfirm.footer'), linkLabel: t('newsletterConfirm.unsubscribe'), url: input.unsubscribeUrl },
  });
  return { to: input.email, subject: t('newsletterConfirm.subject', { publication }), text, html, dedupeKey: input.dedupeKey, headers: unsubscribeHeaders(input.unsubscribeUrl) };
}

export function renderAlreadySubscribedEmail(input: Omit<Input, 'confirmUrl'>): OutgoingEmail {
  const locale = input.locale ?? 'en';
  const t = translatorFor(locale, 'emails');
  const publication = input.publicationName;
  const { text, html } = renderEmail({
    lang: locale,
    publicationName: publication,
    heading: t('newsletterKnown.heading'),
    paragraphs: [t('newsletterKnown.intro', { publication })],
    action: { label: t('newsletterKnown.action'), url: `${input.appUrl}${localePath(locale, '/')}` },
    footer: { text: t('newsletterKnown.footer'), linkLabel: t('newsletterKnown.unsubscribe'), url: input.unsubscribeUrl },
  });
  return { to: input.email, subject: t('newsletterKnown.subject', { publication }), text, html, dedupeKey: input.dedupeKey, headers: unsubscribeHeaders(input.unsubscribeUrl) };
}
