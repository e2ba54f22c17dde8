// The newsletter's signup emails: the double opt-in confirmation, and a note for an address that is already subscribed.
import { renderEmail } from '@/lib/email/render-email';
import type { OutgoingEmail } from '@/lib/email/outgoing-email';

type Input = { email: string; appUrl: string; publicationName: string; confirmUrl: string; unsubscribeUrl: string; dedupeKey: string };

function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

export function renderConfirmationEmail(input: Input): OutgoingEmail {
  const { text, html } = renderEmail({
    publicationName: input.publicationName,
    heading: 'Confirm your newsletter signup',
    paragraphs: [
      `Someone (we hope you) asked to get the free weekly newsletter from ${input.publicationName} at this address.`,
      'Press the button to confirm. If it was not you, ignore this email and you will hear nothing more from us.',
      'The link works for 7 days.',
    ],
    action: { label: 'Confirm my subscription', url: input.confirmUrl },
    footer: { text: 'Not you, or changed your mind?', linkLabel: 'Unsubscribe', url: input.unsubscribeUrl },
  });
  return { to: input.email, subject: `Confirm your subscription to ${input.publicationName}`, text, html, dedupeKey: input.dedupeKey, headers: unsubscribeHeaders(input.unsubscribeUrl) };
}

export function renderAlreadySubscribedEmail(input: Omit<Input, 'confirmUrl'>): OutgoingEmail {
  const { text, html } = renderEmail({
    publicationName: input.publicationName,
    heading: 'You are already subscribed',
    paragraphs: [
      `Someone asked to sign this address up for the weekly newsletter from ${input.publicationName}. It is already subscribed, so nothing has changed.`,
    ],
    action: { label: 'Read the latest stories', url: `${input.appUrl}/` },
    footer: { text: 'Don’t want the newsletter any more?', linkLabel: 'Unsubscribe', url: input.unsubscribeUrl },
  });
  return { to: input.email, subject: `You are subscribed to ${input.publicationName}`, text, html, dedupeKey: input.dedupeKey, headers: unsubscribeHeaders(input.unsubscribeUrl) };
}
