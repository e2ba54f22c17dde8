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
  return renderNewsletterEmail(input, 'newsletterConfirm', ['intro', 'press', 'expiry'], input.confirmUrl);
}

export function renderAlreadySubscribedEmail(input: Omit<Input, 'confirmUrl'>): OutgoingEmail {
  return renderNewsletterEmail(input, 'newsletterKnown', ['intro'], `${input.appUrl}${localePath(input.locale ?? 'en', '/')}`);
}

/** Both emails: a heading, paragraphs, one button, and the unsubscribe line and headers, in the reader's language. */
function renderNewsletterEmail(input: Omit<Input, 'confirmUrl'>, kind: 'newsletterConfirm' | 'newsletterKnown', paragraphs: ('intro' | 'press' | 'expiry')[], actionUrl: string): OutgoingEmail {
  const locale = input.locale ?? 'en';
  const t = translatorFor(locale, 'emails');
  const publication = input.publicationName;
  const words = (key: string) => t(`${kind}.${key}` as Parameters<typeof t>[0], { publication });
  const { text, html } = renderEmail({
    lang: locale,
    publicationName: publication,
    heading: words('heading'),
    paragraphs: paragraphs.map(words),
    action: { label: words('action'), url: actionUrl },
    footer: { text: words('footer'), linkLabel: words('unsubscribe'), url: input.unsubscribeUrl },
  });
  return { to: input.email, subject: words('subject'), text, html, dedupeKey: input.dedupeKey, headers: unsubscribeHeaders(input.unsubscribeUrl) };
}
